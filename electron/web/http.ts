import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppError, ErrorCode } from '../contract/result.ts';

/** Small helpers of the loopback server: JSON answers, the body limit, and the gate checks. */

/**
 * Largest request body accepted: a long resolution is well under 5 MB of JSON, but `makeCopy` may
 * carry a received .docx of about 30 MB as base64 (42 MB), so the limit is 50 MB.
 */
export const MAX_BODY_MB = 50;
export const MAX_BODY_BYTES = MAX_BODY_MB * 1024 * 1024;

const jsonHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...jsonHeaders, ...extra, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** A refusal in the contract's own shape, so the page shows it like any other error. */
export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string, extra: Record<string, string> = {}): void {
  const error: AppError = { code, message };
  // A refused request is not read further: its connection closes after the answer.
  const refused = status === 401 || status === 403;
  sendJson(res, status, { ok: false, error }, refused ? { ...extra, Connection: 'close' } : extra);
  if (refused) res.once('finish', () => res.socket?.end());
}

/** The Host header names this server (127.0.0.1:<port> or localhost:<port>): the DNS-rebinding guard. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** No Origin (same-origin GET, tools) or this server's own origin; any other site is refused. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** `Authorization: Bearer <token>`, compared in constant time. */
export function hasToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type Body = { ok: true; text: string } | { ok: false; status: 413 | 400 };

/** The request body as UTF-8 text, refusing more than `limit` bytes (413) as soon as it is known. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, status: 413 });
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (body: Body) => {
      if (finished) return;
      finished = true;
      done(body);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, status: 413 });
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => finish({ ok: false, status: 400 }));
  });
}

/** Whether the Content-Type says JSON (application/json, with or without a charset). */
export function isJsonContentType(value: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(value ?? '');
}
