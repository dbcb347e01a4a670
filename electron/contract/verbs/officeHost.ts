import * as z from 'zod';
import { channel } from './channel.ts';

/**
 * "Máy chủ văn phòng" started from the desktop app's settings (issue 17): this computer serves its
 * own database to the office's PCs, as `soan-nq serve` does. The desktop shell answers these verbs
 * itself (never forwarded to a server this app is connected to); elsewhere `canHost` is false.
 */
export type OfficeHostState = {
  /** Whether this app can run the office server (the desktop app; not a page, not the command line). */
  canHost: boolean;
  running: boolean;
  /** Where it listens, as typed ("0.0.0.0:8443"): the last one used, or the default. */
  listen: string;
  /** The address the office's PCs type in "Kết nối máy chủ văn phòng", while it runs. */
  address: string | null;
  /** The SHA-256 fingerprint of its certificate (AB:CD:…), for the PCs to compare. */
  fingerprint: string | null;
  /** How many accounts can log in (the server needs a quản trị's at least). */
  accounts: number;
  /** ISO time it was started. */
  startedAt: string | null;
};

/** "0.0.0.0:8443" (every address of this computer), "192.168.1.10:8443", "[::]:8443". */
export const LISTEN_PATTERN = /^(?:\[[0-9a-fA-F:]+\]|[^:[\]\s]+):\d{1,5}$/;
export const DEFAULT_LISTEN = '0.0.0.0:8443';

export const officeHostVerbs = {
  officeHostState: channel<OfficeHostState>()(z.object({})),
  /** Starts the office server on this computer's database (quản trị only). */
  startOfficeHost: channel<OfficeHostState>()(
    z.object({ listen: z.string().trim().regex(LISTEN_PATTERN, 'Địa chỉ nghe phải có dạng <địa chỉ>:<cổng>, ví dụ 0.0.0.0:8443') }),
  ),
  /** Stops it: the PCs connected to it show "Mất kết nối máy chủ" until it runs again (quản trị only). */
  stopOfficeHost: channel<OfficeHostState>()(z.object({})),
};

export type OfficeHostVerb = keyof typeof officeHostVerbs;

export function isOfficeHostVerb(name: string): name is OfficeHostVerb {
  return Object.hasOwn(officeHostVerbs, name);
}
