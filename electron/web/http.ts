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

/**
 * The Host header names this server (one of `allowed`, each "name:port"): the DNS-rebinding guard.
 * Names compare without case; an IPv6 address is written in brackets, as in a URL.
 */
export function isAllowedHost(host: string | undefined, allowed: readonly string[]): boolean {
  return host !== undefined && allowed.includes(host.toLowerCase());
}

/** No Origin (same-origin GET, tools, a desktop client) or one of `allowed` ("https://name:port"); any other site is refused. */
export function isAllowedOrigin(origin: string | undefined, allowed: readonly string[]): boolean {
  return origin === undefined || allowed.includes(origin.toLowerCase());
}

/** Browser mode's names for itself: 127.0.0.1:<port> or localhost:<port>. */
export const loopbackHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

export function isOwnHost(host: string | undefined, port: number): boolean {
  return isAllowedHost(host, loopbackHosts(port));
}

export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return isAllowedOrigin(
    origin,
    loopbackHosts(port).map((h) => `http://${h}`),
  );
}

/** `Authorization: Bearer <token>`, compared in constant time. */
export function hasToken(authorization: string | undefined, token: string): boolean {
  const bearer = bearerToken(authorization);
  if (bearer === null) return false;
  const given = Buffer.from(bearer);
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

/**
 * The JSON body of a POST: answers the refusal itself (405, 400, 413) and returns null, or the
 * parsed value (an empty body is `{}`).
 */
export async function readJsonRequest(req: IncomingMessage, res: ServerResponse): Promise<{ value: unknown } | null> {
  if (req.method !== 'POST') {
    sendError(res, 405, 'INVALID_INPUT', 'Chức năng này chỉ nhận yêu cầu POST.', { Allow: 'POST' });
    return null;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    sendError(res, 400, 'INVALID_JSON', 'Yêu cầu phải gửi dữ liệu dạng JSON (Content-Type: application/json).');
    return null;
  }
  const body = await readBody(req);
  if (!body.ok) {
    if (body.status === 413) {
      sendError(res, 413, 'INVALID_INPUT', `Dữ liệu gửi lên quá lớn (tối đa ${MAX_BODY_MB} MB).`, { Connection: 'close' });
    } else sendError(res, 400, 'INVALID_INPUT', 'Không đọc được dữ liệu gửi lên.');
    return null;
  }
  try {
    return { value: body.text.trim() === '' ? {} : JSON.parse(body.text) };
  } catch {
    sendError(res, 400, 'INVALID_JSON', 'Dữ liệu gửi lên không phải JSON hợp lệ.');
    return null;
  }
}

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  return /^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? null;
}

/** Whether the Content-Type says JSON (application/json, with or without a charset). */
export function isJsonContentType(value: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(value ?? '');
}
