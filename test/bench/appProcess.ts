import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startApp, type WebAddress } from '../e2e/support/app.ts';

/**
 * Browser mode's server in a process of its own, as the desktop app's main process and the office
 * server are, for a bench that types while the server works. With the server in the bench's own
 * process, a key due while a save ran (some 100 ms of synchronous work on 300 pages) was sent by
 * Playwright only once the save was done, so the keys measured piled up at the save's answer.
 * The child runs startApp (a fresh database with the demo, `staticDir` served) and prints its
 * address; it ends when told to or when this process's end closes its stdin.
 */
export async function startAppProcess(prefix: string, staticDir: string): Promise<{ web: WebAddress; close: () => Promise<void> }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), prefix, staticDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout });
  const [first] = (await Promise.race([once(lines, 'line'), exited.then(() => [''])])) as [string];
  if (!first) throw new Error('Máy chủ thử dừng trước khi báo địa chỉ');
  const web = JSON.parse(first) as WebAddress;
  return {
    web,
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

if (import.meta.main) {
  const [prefix, staticDir] = process.argv.slice(2);
  if (!prefix || !staticDir) throw new Error('Cách dùng: node test/bench/appProcess.ts <tiền tố> <thư mục giao diện>');
  const app = await startApp(prefix, { staticDir });
  const { url, port, token } = app.web;
  process.stdout.write(`${JSON.stringify({ url, port, token })}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => void app.close().then(() => process.exit(0)));
}
