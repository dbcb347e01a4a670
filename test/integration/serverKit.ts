import { mkdtempSync, rmSync } from 'node:fs';
import { request, type Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PeerCertificate } from 'node:tls';
import type { ApiName, ApiRequest, ApiResult } from '../../electron/contract/api.ts';
import type { Role } from '../../electron/contract/model/people.ts';
import type { Result } from '../../electron/contract/result.ts';
import { dispatch } from '../../electron/ipc/dispatch.ts';
import { ensureDemo } from '../../electron/services/demo.ts';
import { downloadFile } from '../../electron/services/exportFile.ts';
import { openStore } from '../../electron/store/connection.ts';
import { startOfficeServer, type OfficeServer, type OfficeServerOptions } from '../../electron/server/officeServer.ts';

/** The office server in tests: a real SQLite file in a temp folder, real HTTPS on a random loopback port, the certificate pinned. */

export const ADMIN = { name: 'Trần Văn Quản', password: 'quan-tri-2026', role: 'quan-tri' } as const;
export const CV = { name: 'Lê Thị Chuyên', password: 'chuyen-vien-2026', role: 'chuyen-vien' } as const;
export const CVP = { name: 'Nguyễn Văn Chánh', password: 'chanh-vp-2026', role: 'chanh-van-phong' } as const;
export const VT = { name: 'Phạm Thị Văn Thư', password: 'van-thu-2026!', role: 'van-thu' } as const;
export type Who = { name: string; password: string; role: Role };

/** A database with the demo's bodies and the four accounts (the quản trị first, who adds the others). */
export async function officeDatabase(
  prefix: string,
  people: readonly Who[] = [ADMIN, CV, CVP, VT],
): Promise<{ dir: string; dbPath: string }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dbPath = join(dir, 'van-phong.sqlite');
  const opened = openStore(dbPath);
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const seeded = ensureDemo(store.db);
  if (!seeded.ok) throw new Error(seeded.error.message);
  for (const p of people) {
    const ctx = { store, transport: 'cli' as const, who: ADMIN.name, saveFile: downloadFile };
    const made = await dispatch('addAccount', { name: p.name, role: p.role, password: p.password }, ctx);
    if (!made.ok) throw new Error(made.error.message);
  }
  store.close();
  return { dir, dbPath };
}

export type Answer = { status: number; body: Result<unknown> };

/** One HTTPS request to the server, trusting only the certificate with `fingerprint` (as a client pins it). */
export function ask(
  server: { port: number; fingerprint: string; certificate: string },
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string>; agent?: Agent } = {},
): Promise<Answer> {
  const text = options.body === undefined ? '' : JSON.stringify(options.body);
  return new Promise((done, failed) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        ca: server.certificate,
        checkServerIdentity: (_host: string, cert: PeerCertificate) =>
          cert.fingerprint256 === server.fingerprint ? undefined : new Error(`Chứng chỉ máy chủ đã đổi: ${cert.fingerprint256}`),
        agent: options.agent ?? false,
        headers: {
          ...(text ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) } : {}),
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            done({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'] });
          } catch (err) {
            failed(err instanceof Error ? err : new Error(String(err)));
          }
        });
      },
    );
    req.on('error', failed);
    req.end(text);
  });
}

/** Logs in and returns the session token (fails the test otherwise). */
export async function logIn(server: OfficeServer, who: { name: string; password: string }): Promise<string> {
  const answer = await ask(server, 'POST', '/auth/login', { body: { name: who.name, password: who.password } });
  if (!answer.body.ok) throw new Error(`Đăng nhập ${who.name}: ${answer.body.error.code} ${answer.body.error.message}`);
  return (answer.body.value as { token: string }).token;
}

/** Calls a verb as the session; returns the Result body. */
export async function api<K extends ApiName>(
  server: OfficeServer,
  token: string,
  verb: K,
  body: ApiRequest<K>,
): Promise<Result<ApiResult<K>>> {
  return (await ask(server, 'POST', `/api/${verb}`, { body, token })).body as Result<ApiResult<K>>;
}

/** Calls a verb as the session and returns its value (fails the test with the error otherwise). */
export async function value<K extends ApiName>(server: OfficeServer, token: string, verb: K, body: ApiRequest<K>): Promise<ApiResult<K>> {
  const answer = await api(server, token, verb, body);
  if (!answer.ok) throw new Error(`${verb}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

export async function startOn(dbPath: string, options: Partial<OfficeServerOptions> = {}): Promise<OfficeServer> {
  return startOfficeServer({ dbPath, host: '127.0.0.1', port: 0, staticDir: join(tmpdir(), 'khong-co-giao-dien'), ...options });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
