import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start`: the desktop app when Electron's binary is installed; otherwise (it downloads from
 * the internet at install time) the same UI in the browser, against the same database.
 * Entry point: prints to the terminal.
 */
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Electron executable, found the way the `electron` package finds it (its path.txt and
 * dist/ folder) but without loading the package, which would try to download it.
 */
export function electronBinary(root: string = projectRoot): string | null {
  try {
    const pkg = createRequire(join(root, 'package.json')).resolve('electron/package.json');
    const pathFile = join(dirname(pkg), 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(dirname(pkg), 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The command that opens a URL in the default browser on this platform. */
export function openCommand(url: string, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * The address with its token, handed to the browser through a page readable by this user only
 * (a 0600 file in a 0700 folder), so the token never appears on a command line that other local
 * users can list. The page replaces itself with the address; it is removed after a minute.
 */
export function handoffPage(url: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'soan-nq-'));
  chmodSync(dir, 0o700);
  const page = join(dir, 'mo-ung-dung.html');
  writeFileSync(
    page,
    `<!doctype html><meta charset="utf-8"><title>Soạn Nghị quyết</title><script>location.replace(${JSON.stringify(url)})</script>`,
    { mode: 0o600 },
  );
  setTimeout(() => rmSync(dir, { recursive: true, force: true }), 60_000).unref();
  return page;
}

/** Tries to open the browser; never fails, never prints if it cannot. */
export function openBrowserQuietly(url: string): void {
  try {
    const { command, args } = openCommand(url);
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser opener: the address is printed already.
  }
}

function runElectron(binary: string): void {
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE'];
  const child = spawn(binary, [projectRoot], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

async function runBrowserMode(): Promise<void> {
  process.stdout.write(
    'Không có chương trình Electron (không tải được vì máy không có Internet), nên Soạn Nghị quyết mở cùng giao diện ở chế độ trình duyệt.\n',
  );
  const { serveWeb } = await import('./web/serve.ts');
  const web = await serveWeb();
  openBrowserQuietly(handoffPage(web.url));
}

if (import.meta.main) {
  const binary = electronBinary();
  if (binary) {
    runElectron(binary);
  } else {
    try {
      await runBrowserMode();
    } catch (err) {
      process.stderr.write(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    }
  }
}
