import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath } from '../services/paths.ts';
import { startWebServer, type WebServer } from './server.ts';
import { defaultStaticDir } from './static.ts';

/**
 * `npm run web`: the app in the browser. Opens the same database as the desktop app and the
 * command line (--db, SOAN_NQ_DB, or the app's data folder), prints the address to open, and
 * stops cleanly on Ctrl+C. Entry point: the only place besides launch.ts that prints.
 */
export { defaultStaticDir };

export type ServeOptions = { db?: string | undefined; port?: number | undefined; staticDir?: string | undefined };

export async function serveWeb(
  options: ServeOptions = {},
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<WebServer> {
  const staticDir = options.staticDir ?? defaultStaticDir;
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`Chưa có giao diện đã dựng trong "${staticDir}". Hãy chạy "npm run build:renderer" rồi thử lại.`);
  }
  const web = await startWebServer({ dbPath: databasePath(options.db), staticDir, port: options.port ?? 0 });
  out(`Soạn Nghị quyết đang chạy trong trình duyệt (dữ liệu: ${web.store.path}).`);
  out(`Mở địa chỉ này (chỉ máy này truy cập được): ${web.url}`);
  out('Nhấn Ctrl+C để dừng.');
  const stop = () => {
    void web.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return web;
}

function readOptions(argv: string[]): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new Error(`Cổng "${values.port}" không hợp lệ.`);
  return { db: values.db, port, staticDir: values.static };
}

if (import.meta.main) {
  try {
    await serveWeb(readOptions(process.argv.slice(2)));
  } catch (err) {
    process.stderr.write(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
}
