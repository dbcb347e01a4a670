import { fail, ok, type Result } from '../contract/result.ts';
import { DEFAULT_LISTEN } from '../contract/verbs/officeHost.ts';
import type { OfficeHostControl, OfficeHostStatus } from '../ipc/context.ts';
import { logError } from '../log.ts';
import { readHostSettings, writeHostSettings } from '../remote/settings.ts';
import { parseListen } from './hosts.ts';
import { startHostThread, type HostedServer, type HostThreadOptions } from './hostThread.ts';
import { NoAccountError } from './officeServer.ts';

/**
 * The office server run by the desktop app (Cơ quan › Máy chủ văn phòng): `soan-nq serve` inside
 * the app, in a thread of its own (hostThread.ts), on the app's own database (its own connection;
 * SQLite's WAL lets both work). Where it listens and whether it ran are kept in the app's settings
 * file, so that it starts again with the app (`resume`), and stops with it.
 */
export type OfficeHostOptions = {
  dbPath: string;
  settingsFile: string;
  /** The built UI, served to browsers on the LAN. */
  staticDir?: string;
  /** Tests: how the server is started (a loopback port, a folder without the UI); a clock cannot cross to its thread. */
  serverOptions?: Partial<HostThreadOptions>;
};

export type OfficeHost = OfficeHostControl & {
  /** Starts the server again when it ran as the app last closed; quietly logs why not. */
  resume: () => Promise<void>;
  /** Stops it as the app closes, keeping "running" for the next start. */
  close: () => Promise<void>;
};

/** Why the server did not start, in words for the quản trị. */
function startError(err: unknown, listen: string): Result<never> {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const port = listen.slice(listen.lastIndexOf(':') + 1);
  if (err instanceof NoAccountError) {
    return fail(
      'INVALID_INPUT',
      'Máy chủ văn phòng cần ít nhất một tài khoản để có người đăng nhập. Hãy đặt mật khẩu cho tài khoản quản trị ở mục này trước.',
    );
  }
  if (code === 'EADDRINUSE') {
    return fail('INVALID_INPUT', `Cổng ${port} đang được một chương trình khác dùng. Hãy chọn cổng khác (ví dụ 8444) rồi bật lại.`);
  }
  if (code === 'EACCES') {
    return fail('INVALID_INPUT', `Cổng ${port} cần quyền quản trị hệ thống. Hãy dùng cổng từ 1024 trở lên, ví dụ 8443.`);
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return fail(
      'INVALID_INPUT',
      `Máy này không có địa chỉ "${listen}". Hãy dùng 0.0.0.0:${port} (mọi địa chỉ của máy) hoặc một địa chỉ của máy.`,
    );
  }
  logError('Không bật được máy chủ văn phòng', err);
  return fail('INTERNAL', `Không bật được máy chủ văn phòng: ${err instanceof Error ? err.message : String(err)}`);
}

export function createOfficeHost(options: OfficeHostOptions): OfficeHost {
  let server: HostedServer | null = null;
  let startedAt: string | null = null;
  let busy: Promise<unknown> = Promise.resolve();
  let listen = readHostSettings(options.settingsFile)?.listen ?? DEFAULT_LISTEN;
  const remember = (running: boolean) => {
    try {
      writeHostSettings(options.settingsFile, { listen, running });
    } catch (err) {
      logError('Không ghi được cài đặt máy chủ văn phòng', err);
    }
  };
  /** One start or stop at a time (two clicks, or a stop while it starts). */
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = busy.then(run, run);
    busy = next.catch(() => undefined);
    return next;
  };
  const state = (): OfficeHostStatus => ({
    running: server !== null,
    listen,
    address: server?.url ?? null,
    fingerprint: server?.fingerprint ?? null,
    startedAt,
  });
  const start = (wanted: string): Promise<Result<OfficeHostStatus>> =>
    serial(async () => {
      if (server !== null) return ok(state());
      const at = parseListen(wanted);
      if (at === null) return fail('INVALID_INPUT', 'Địa chỉ nghe phải có dạng <địa chỉ>:<cổng>, ví dụ 0.0.0.0:8443.');
      try {
        const started: HostedServer = await startHostThread(
          { dbPath: options.dbPath, ...at, ...(options.staticDir ? { staticDir: options.staticDir } : {}), ...options.serverOptions },
          // Its thread ended by itself (a fault, logged): shown as stopped, started again next time as it was.
          () => {
            if (server !== started) return;
            server = null;
            startedAt = null;
          },
        );
        server = started;
      } catch (err) {
        return startError(err, wanted);
      }
      listen = wanted.trim();
      startedAt = new Date().toISOString();
      remember(true);
      return ok(state());
    });
  const halt = async (keepRunning: boolean) => {
    const running = server;
    server = null;
    startedAt = null;
    if (running) await running.close();
    if (!keepRunning) remember(false);
  };
  return {
    state,
    start,
    stop: () => serial(() => halt(false).then(() => ok(state()))),
    resume: async () => {
      if (readHostSettings(options.settingsFile)?.running !== true) return;
      const started = await start(listen);
      if (!started.ok) logError(`Không bật lại được máy chủ văn phòng: ${started.error.message}`);
    },
    close: () => serial(() => halt(true)),
  };
}
