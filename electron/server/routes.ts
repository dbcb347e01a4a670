import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import * as z from 'zod';
import { fail, ok, type Result } from '../contract/result.ts';
import type { HandlerContext } from '../ipc/context.ts';
import { dispatch, isApiName } from '../ipc/dispatch.ts';
import { authenticate, login, logout, logoutEverywhere, type Session, type SessionPolicy } from '../services/accounts/sessions.ts';
import type { PresenceBoard } from '../services/presence.ts';
import { bearerToken, readJsonRequest, sendError, sendJson } from '../web/http.ts';
import type { AddressLimit } from './addressLimit.ts';
import { mayCall, recordRefusal } from './gate.ts';

/** What every request of the office server is answered with: the store, the session rules, the presence board. */
export type ServerDeps = {
  ctx: HandlerContext;
  policy: SessionPolicy;
  presence: PresenceBoard;
  /** Wait after a wrong password (slows guessing down; 300 ms, longer for an address that keeps failing). */
  failureDelayMs: number;
  /** Failed logins per address: slowed, then refused for a while. */
  addresses: AddressLimit;
  info: () => { app: 'soan-nq'; fingerprint: string; version: string; name: string };
};

const remoteOf = (req: IncomingMessage) => req.socket.remoteAddress ?? '';

/** The session of the request's bearer token, or a 401 already answered. */
function sessionOf(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Session | null {
  const session = authenticate(deps.ctx.store.db, bearerToken(req.headers.authorization), deps.policy);
  if (session.ok) return session.value;
  sendError(res, 401, 'UNAUTHENTICATED', session.error.message, { 'WWW-Authenticate': 'Bearer' });
  return null;
}

function contextOf(deps: ServerDeps, session: Session): HandlerContext {
  return { ...deps.ctx, who: session.person.name, session: { id: session.id, personId: session.person.id }, presence: deps.presence };
}

/**
 * A request as the server takes it: an `author` field (comments name their author when working
 * alone, for the reviewer typed in) is dropped, so that the author is always the session's person.
 */
function asSessionPerson(request: unknown): unknown {
  if (typeof request !== 'object' || request === null || !('author' in request)) return request;
  const rest: Record<string, unknown> = { ...request };
  delete rest['author'];
  return rest;
}

/** `POST /api/<verb>`: the contract as browser mode serves it, acting as the session's person, within their role. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, verb: string, deps: ServerDeps): Promise<void> {
  const session = sessionOf(req, res, deps);
  if (session === null) return;
  if (!isApiName(verb)) return sendError(res, 404, 'NOT_FOUND', `Không có chức năng "${verb}".`);
  const request = await readJsonRequest(req, res);
  if (request === null) return;
  const allowed = mayCall(session.person, verb);
  const result: Result<unknown> = allowed.ok ? await dispatch(verb, asSessionPerson(request.value), contextOf(deps, session)) : allowed;
  if (!result.ok && result.error.code === 'FORBIDDEN') {
    recordRefusal(deps.ctx.store.db, {
      person: session.person,
      name: session.person.name,
      request: verb,
      error: result.error,
      remote: remoteOf(req),
    });
  }
  sendJson(res, 200, result);
}

const loginRequest = z.object({ name: z.string().max(200), password: z.string().max(1000) });

async function handleLogin(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const body = await readJsonRequest(req, res);
  if (body === null) return;
  const parsed = loginRequest.safeParse(body.value);
  if (!parsed.success) return sendJson(res, 400, fail('INVALID_INPUT', 'Cần họ tên và mật khẩu để đăng nhập.'));
  const remote = remoteOf(req);
  const address = deps.addresses.check(remote);
  const result = address.ok ? await login(deps.ctx.store.db, parsed.data.name, parsed.data.password, deps.policy) : address;
  if (result.ok) return sendJson(res, 200, result);
  recordRefusal(deps.ctx.store.db, { person: null, name: parsed.data.name, request: 'dang-nhap', error: result.error, remote });
  await sleep(address.ok ? deps.addresses.failed(remote, deps.failureDelayMs) : deps.failureDelayMs);
  sendJson(res, result.error.code === 'LOCKED_OUT' ? 429 : 401, result);
}

/** `/auth/…`: login, logout (this session or all of the person's), who am I, change my password. */
export async function handleAuth(req: IncomingMessage, res: ServerResponse, action: string, deps: ServerDeps): Promise<void> {
  const db = deps.ctx.store.db;
  if (action === 'login') return handleLogin(req, res, deps);
  if (!['logout', 'logout-all', 'me', 'password'].includes(action)) return sendError(res, 404, 'NOT_FOUND', 'Không có chức năng này.');
  const wanted = action === 'me' ? 'GET' : 'POST';
  if (req.method !== wanted) return sendError(res, 405, 'INVALID_INPUT', `Chức năng này chỉ nhận yêu cầu ${wanted}.`, { Allow: wanted });
  const session = sessionOf(req, res, deps);
  if (session === null) return;
  const person = { id: session.person.id, name: session.person.name };
  if (action === 'me') {
    return sendJson(res, 200, ok({ person, role: session.role, roles: session.person.roles, expiresAt: session.expiresAt }));
  }
  if (action === 'logout') {
    logout(db, session.id);
    return sendJson(res, 200, ok({ ended: 1 }));
  }
  if (action === 'logout-all') return sendJson(res, 200, ok({ ended: logoutEverywhere(db, session.person.id) }));
  const body = await readJsonRequest(req, res);
  if (body === null) return;
  sendJson(res, 200, await dispatch('changePassword', body.value, contextOf(deps, session)));
}

/** `GET /server-info`: what a client shows before it logs in (and compares the fingerprint with). */
export function handleInfo(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): void {
  if (req.method !== 'GET') return sendError(res, 405, 'INVALID_INPUT', 'Chức năng này chỉ nhận yêu cầu GET.', { Allow: 'GET' });
  sendJson(res, 200, ok(deps.info()));
}
