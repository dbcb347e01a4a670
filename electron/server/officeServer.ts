import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { HandlerContext } from '../ipc/context.ts';
import { logError } from '../log.ts';
import { defaultSessionPolicy, type SessionPolicy } from '../services/accounts/sessions.ts';
import { readAppVersion } from '../services/appInfo.ts';
import { autoBackup } from '../services/backup.ts';
import { downloadFile } from '../services/exportFile.ts';
import { createPresenceBoard } from '../services/presence.ts';
import { countAccounts } from '../store/accounts.ts';
import { nowIso, setClock } from '../store/clock.ts';
import { openStore, type Store } from '../store/connection.ts';
import { listOrganizations } from '../store/organizations.ts';
import { pruneSessions } from '../store/sessions.ts';
import { isAllowedHost, isAllowedOrigin, sendError } from '../web/http.ts';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, handleStatic } from '../web/server.ts';
import { defaultStaticDir } from '../web/static.ts';
import { createAddressLimit, defaultAddressPolicy, type AddressPolicy } from './addressLimit.ts';
import { ensureCertificate } from './certificate.ts';
import { allowedHosts, displayHost } from './hosts.ts';
import { handleApi, handleAuth, handleInfo, type ServerDeps } from './routes.ts';

export type OfficeServerOptions = {
  dbPath: string;
  /** Where to listen: "0.0.0.0" for the office's LAN, "127.0.0.1" for this machine only; port 0 picks a free one. */
  host: string;
  port: number;
  /** The built UI (dist/renderer by default), served to browsers; without it only the contract is served. */
  staticDir?: string;
  /** More names clients may use for the server (a DNS name of the office). */
  hostNames?: readonly string[];
  policy?: Partial<SessionPolicy>;
  failureDelayMs?: number;
  /** Failed logins per address (20 in 15 minutes: refused for 15 minutes). */
  addressPolicy?: Partial<AddressPolicy>;
  /** The clock of the store (tests move it to expire sessions and locks). */
  clock?: () => Date;
};

export type OfficeServer = {
  url: string;
  port: number;
  fingerprint: string;
  certificate: string;
  /** Whether this start made the certificate (its first start). */
  createdCertificate: boolean;
  store: Store;
  server: Server;
  close: () => Promise<void>;
};

/** Raised when the database has no account yet: the server would have no one to let in. */
export class NoAccountError extends Error {
  constructor(dbPath: string) {
    super(
      `Cơ sở dữ liệu "${dbPath}" chưa có tài khoản nào nên máy chủ không thể cho ai đăng nhập. Hãy tạo tài khoản quản trị trước: soan-nq account add --name "<họ tên>" --role quan-tri --db "${dbPath}" (mật khẩu đọc từ đầu vào chuẩn).`,
    );
    this.name = 'NoAccountError';
  }
}

export const MAX_SERVER_CONNECTIONS = 256;
const BACKUP_CHECK_MS = 60 * 60 * 1000;

function openServerStore(options: OfficeServerOptions): Store {
  mkdirSync(dirname(options.dbPath), { recursive: true, mode: 0o700 });
  const opened = openStore(options.dbPath);
  if (!opened.ok) throw Object.assign(new Error(opened.error.message), { appError: opened.error });
  const store = opened.value;
  if (options.clock) setClock(store.db, options.clock);
  if (countAccounts(store.db) === 0) {
    store.close();
    throw new NoAccountError(options.dbPath);
  }
  return store;
}

function backupNow(store: Store): void {
  void autoBackup(store).then((made) => {
    if (!made.ok) logError(`Không sao lưu tự động được: ${made.error.message}`);
  });
}

function officeName(store: Store): string {
  const orgs = listOrganizations(store.db);
  return orgs.ok ? (orgs.value[0]?.name ?? '') : '';
}

/**
 * The office server (issue 17): the contract over HTTPS with the server's own certificate, for the
 * office's PCs. Logins make sessions; each call acts as the session's person within their role;
 * refusals are audited. Host, origin, size and time limits are browser mode's. The automatic
 * backup runs at start and is checked every hour (one per day).
 */
export async function startOfficeServer(options: OfficeServerOptions): Promise<OfficeServer> {
  const store = openServerStore(options);
  pruneSessions(store.db, new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString());
  const certificate = await ensureCertificate(options.dbPath, [...(options.hostNames ?? []), options.host]);
  backupNow(store);
  const backups = setInterval(() => backupNow(store), BACKUP_CHECK_MS);
  backups.unref();
  const ctx: HandlerContext = { store, transport: 'server', who: '', saveFile: downloadFile };
  const version = readAppVersion();
  const deps: ServerDeps = {
    ctx,
    policy: { ...defaultSessionPolicy, ...options.policy },
    presence: createPresenceBoard(),
    failureDelayMs: options.failureDelayMs ?? 300,
    addresses: createAddressLimit({ ...defaultAddressPolicy, ...options.addressPolicy }, () => Date.parse(nowIso(store.db))),
    info: () => ({ app: 'soan-nq', fingerprint: certificate.fingerprint, version, name: officeName(store) }),
  };
  const ui = options.staticDir ?? defaultStaticDir;
  const staticDir = existsSync(join(ui, 'index.html')) ? ui : null;
  let hosts: string[] = [];
  let origins: string[] = [];
  const server = createServer(
    {
      key: certificate.key,
      cert: certificate.cert,
      minVersion: 'TLSv1.2',
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      keepAliveTimeout: 5_000,
    },
    (req, res) => {
      const respond = async () => {
        if (!isAllowedHost(req.headers.host, hosts)) return sendError(res, 403, 'INVALID_INPUT', 'Địa chỉ máy chủ không hợp lệ.');
        if (!isAllowedOrigin(req.headers.origin, origins)) {
          return sendError(res, 403, 'INVALID_INPUT', 'Yêu cầu đến từ một trang web khác nên bị từ chối.');
        }
        const pathname = new URL(req.url ?? '/', 'https://server').pathname;
        if (pathname === '/server-info') return handleInfo(req, res, deps);
        if (pathname.startsWith('/auth/')) return handleAuth(req, res, pathname.slice('/auth/'.length), deps);
        if (pathname.startsWith('/api/')) return handleApi(req, res, pathname.slice('/api/'.length), deps);
        if (staticDir === null) return sendError(res, 404, 'NOT_FOUND', 'Máy chủ này chưa có giao diện đã dựng (npm run build).');
        return handleStatic(req, res, (req.url ?? '/').split(/[?#]/)[0] ?? '/', staticDir);
      };
      respond().catch((err: unknown) => {
        logError('Lỗi máy chủ văn phòng', err);
        if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Máy chủ gặp lỗi không mong đợi.');
        else res.destroy();
      });
    },
  );
  server.maxConnections = MAX_SERVER_CONNECTIONS;
  try {
    await new Promise<void>((ready, failed) => {
      server.once('error', failed);
      server.listen({ host: options.host, port: options.port }, () => ready());
    });
  } catch (err) {
    clearInterval(backups);
    store.close();
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(options.host, port, options.hostNames);
  origins = hosts.map((h) => `https://${h}`);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    clearInterval(backups);
    await new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
    store.close();
  };
  return {
    url: `https://${displayHost(options.host)}:${port}/`,
    port,
    fingerprint: certificate.fingerprint,
    certificate: certificate.cert,
    createdCertificate: certificate.created,
    store,
    server,
    close,
  };
}
