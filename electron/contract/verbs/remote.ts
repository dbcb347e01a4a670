import * as z from 'zod';
import { roleSchema, type Role } from '../model/people.ts';
import { channel } from './channel.ts';

/** The person a session of the office server belongs to, and the role the server gives them. */
export type SessionInfo = { person: { id: number; name: string }; role: Role; expiresAt: string };

/**
 * Where the app works: alone on this computer (`local`, the default) or against an office server
 * (`office`): the desktop app connected to one, or a page the server itself served.
 */
export type ConnectionState = {
  mode: 'local' | 'office';
  /** https://host:port of the office server, when there is one. */
  address: string | null;
  /** The pinned SHA-256 fingerprint of the server's certificate (desktop only). */
  fingerprint: string | null;
  serverName: string | null;
  /** The logged-in person, or null (not logged in, or working alone). */
  session: SessionInfo | null;
  /** Whether this app can connect to an office server (the desktop app; not a page, not the command line). */
  canConnect: boolean;
};

/** What the first connection learns before anything is trusted: the certificate's fingerprint as seen on the wire. */
export type ServerProbe = { address: string; fingerprint: string; name: string; version: string };

/** Uppercase hex pairs with colons, as the server prints it: AB:CD:… (32 pairs). */
export const FINGERPRINT_PATTERN = /^[0-9A-F]{2}(?::[0-9A-F]{2}){31}$/;

const address = z.string().trim().min(1, 'Hãy nhập địa chỉ máy chủ').max(300);

/**
 * The connection to the office server and the session on it. The desktop shell answers these
 * itself (they are never forwarded as `/api/<verb>`); a page served by the office server maps the
 * session verbs onto the server's `/auth/…` (see `authEndpoints`).
 */
export const remoteVerbs = {
  connectionState: channel<ConnectionState>()(z.object({})),
  /** Reads the server's certificate fingerprint and name, trusting nothing yet. */
  probeServer: channel<ServerProbe>()(z.object({ address })),
  /** Pins `fingerprint` (the one the person compared) and works against the server from now on. */
  connectServer: channel<ConnectionState>()(
    z.object({ address, fingerprint: z.string().trim().toUpperCase().regex(FINGERPRINT_PATTERN, 'Dấu vân tay không đúng dạng') }),
  ),
  /** Back to working alone on this computer. */
  disconnectServer: channel<ConnectionState>()(z.object({})),
  login: channel<SessionInfo>()(
    z.object({ name: z.string().trim().min(1, 'Hãy nhập họ tên').max(120), password: z.string().min(1, 'Hãy nhập mật khẩu').max(200) }),
  ),
  logout: channel<ConnectionState>()(z.object({})),
  /** Ends every session of the person, on every computer. */
  logoutEverywhere: channel<ConnectionState>()(z.object({})),
};

export type RemoteVerb = keyof typeof remoteVerbs;
export const remoteVerbNames = Object.keys(remoteVerbs) as RemoteVerb[];

export function isRemoteVerb(name: string): name is RemoteVerb {
  return (remoteVerbNames as readonly string[]).includes(name);
}

/** The office server's session endpoints (BRIEF protocol), shared by the desktop client and the page. */
export const authEndpoints = {
  info: { method: 'GET', path: '/server-info' },
  login: { method: 'POST', path: '/auth/login' },
  logout: { method: 'POST', path: '/auth/logout' },
  logoutEverywhere: { method: 'POST', path: '/auth/logout-all' },
  me: { method: 'GET', path: '/auth/me' },
} as const;

/** `/auth/login`'s value: the session and its token. */
export const loginValueSchema = z.object({
  token: z.string().min(1),
  expiresAt: z.string(),
  person: z.object({ id: z.number(), name: z.string() }),
  role: roleSchema,
});

/** `/auth/me`'s value: the session (a token may come along; it is not needed). */
export const sessionValueSchema = loginValueSchema.omit({ token: true });

/** `/server-info`'s value. */
export const serverInfoSchema = z.object({
  app: z.literal('soan-nq'),
  fingerprint: z.string(),
  version: z.string().optional().default(''),
  name: z.string().optional().default(''),
});
