import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { ok, type Result } from '../contract/result.ts';
import { dispatchByName, isApiName } from '../ipc/dispatch.ts';
import { asPerson, type HandlerContext } from '../ipc/context.ts';
import { logError } from '../log.ts';
import { currentUserName } from '../services/appInfo.ts';
import { autoBackup } from '../services/backup.ts';
import { ensureDemo } from '../services/demo.ts';
import { downloadFile } from '../services/exportFile.ts';
import { openStore, type Store } from '../store/connection.ts';
import { hasToken, isOwnHost, isOwnOrigin, readJsonRequest, sendError, sendJson } from './http.ts';
import { decodePath, readStatic } from './static.ts';
import { securityHeaders } from '../security.ts';

export type WebServerOptions = {
  /** An open store (left open on close), or the path of the database file to open (closed on close). */
  store?: Store;
  dbPath?: string;
  /** The built UI (dist/renderer). */
  staticDir: string;
  /** 0 (default): any free port. */
  port?: number;
  /** The per-launch secret; random (32 bytes, base64url) by default. */
  token?: string;
  who?: string;
  /** Seed the demo into an empty database (tests); by default the first screen offers it instead. */
  demo?: boolean;
};

export type WebServer = {
  /** The address to open, with the token in the fragment (never sent to the server, never logged). */
  url: string;
  port: number;
  token: string;
  server: Server;
  store: Store;
  close: () => Promise<void>;
};

const API_PREFIX = '/api/';

/** The person working, as the page sends it (percent-encoded UTF-8: header values are Latin-1). */
export const PERSON_HEADER = 'x-soan-nq-nguoi';

function personHeader(value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

async function handleApi(req: IncomingMessage, res: ServerResponse, verb: string, ctx: HandlerContext, token: string): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, 'INVALID_INPUT', 'Chức năng này chỉ nhận yêu cầu POST.', { Allow: 'POST' });
  if (!hasToken(req.headers.authorization, token)) {
    return sendError(res, 401, 'INVALID_INPUT', 'Thiếu hoặc sai mã truy cập. Hãy mở lại đúng địa chỉ mà cửa sổ dòng lệnh đã in ra.', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  if (!isApiName(verb)) return sendError(res, 404, 'NOT_FOUND', `Không có chức năng "${verb}".`);
  const request = await readJsonRequest(req, res);
  if (request === null) return;
  const result: Result<unknown> = await dispatchByName(verb, request.value, asPerson(ctx, personHeader(req.headers[PERSON_HEADER])));
  sendJson(res, 200, result);
}

/** The built UI's files (GET/HEAD); paths without an extension get the page itself (the UI's own routes). */
export async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string, staticDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendError(res, 405, 'INVALID_INPUT', 'Chỉ đọc được tệp giao diện.', { Allow: 'GET, HEAD' });
  }
  const path = decodePath(pathname);
  let file = path === null ? ({ status: 404 } as const) : await readStatic(staticDir, path);
  // Paths without an extension are the UI's own routes: they get the page itself.
  if (file.status === 404 && path !== null && !/\.[A-Za-z0-9]+$/.test(path) && !path.split(/[/\\]/).includes('..')) {
    file = await readStatic(staticDir, 'index.html');
  }
  if (file.status !== 200) return sendError(res, 404, 'NOT_FOUND', 'Không có tệp này.');
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': file.contentType,
    'Content-Length': file.body.length,
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

function openOwnStore(options: WebServerOptions): { store: Store; owned: boolean } {
  if (options.store) return { store: options.store, owned: false };
  if (!options.dbPath) throw new Error('startWebServer: cần store hoặc dbPath');
  mkdirSync(dirname(options.dbPath), { recursive: true, mode: 0o700 });
  const opened = openStore(options.dbPath);
  if (!opened.ok) throw Object.assign(new Error(opened.error.message), { appError: opened.error });
  const demo = options.demo === true ? ensureDemo(opened.value.db) : ok(null);
  if (!demo.ok) {
    opened.value.close();
    throw Object.assign(new Error(demo.error.message), { appError: demo.error });
  }
  void autoBackup(opened.value).then((made) => {
    if (!made.ok) logError(`Không sao lưu tự động được: ${made.error.message}`);
  });
  return { store: opened.value, owned: true };
}

/** Connections open at once: one browser tab uses a handful. */
export const MAX_CONNECTIONS = 64;
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 60_000;

/**
 * Browser mode: the same contract and services as the desktop app over HTTP, bound to 127.0.0.1
 * only, on a random port, behind a random per-launch token. Serves the built UI and
 * `POST /api/<verb>`; refuses other hosts (DNS rebinding), other origins, missing tokens,
 * unknown verbs, other methods, non-JSON and bodies over 50 MB. A refused request (401/403)
 * closes its connection without its body being read; connections are capped and a request must
 * send its headers within 10 s and finish within 60 s, so idle local connections cannot lock the
 * UI out.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { store, owned } = openOwnStore(options);
  const token = options.token ?? randomBytes(32).toString('base64url');
  const ctx: HandlerContext = { store, transport: 'web', who: options.who ?? currentUserName(), saveFile: downloadFile };
  let port = 0;
  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, keepAliveTimeout: 5_000 },
    (req, res) => {
      const respond = async () => {
        if (!isOwnHost(req.headers.host, port)) {
          return sendError(res, 403, 'INVALID_INPUT', 'Địa chỉ máy chủ không hợp lệ; hãy mở ứng dụng qua 127.0.0.1.');
        }
        if (!isOwnOrigin(req.headers.origin, port)) {
          return sendError(res, 403, 'INVALID_INPUT', 'Yêu cầu đến từ một trang web khác nên bị từ chối.');
        }
        const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        if (pathname.startsWith(API_PREFIX)) return handleApi(req, res, pathname.slice(API_PREFIX.length), ctx, token);
        return handleStatic(req, res, (req.url ?? '/').split(/[?#]/)[0] ?? '/', options.staticDir);
      };
      respond().catch((err: unknown) => {
        logError('Lỗi máy chủ giao diện', err);
        if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Ứng dụng gặp lỗi không mong đợi.');
        else res.destroy();
      });
    },
  );
  server.maxConnections = MAX_CONNECTIONS;
  await new Promise<void>((ready, failed) => {
    server.once('error', failed);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => ready());
  });
  port = (server.address() as AddressInfo).port;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
    if (owned) store.close();
  };
  return { url: `http://127.0.0.1:${port}/#token=${token}`, port, token, server, store, close };
}
