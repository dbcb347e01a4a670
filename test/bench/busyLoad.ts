import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

/** A busy loop that ends by itself once the process that started it is gone (should a kill be missed). */
const LOOP =
  'const parent = process.ppid; for (let i = 1; ; i++) if (i % 5e7 === 0) { try { process.kill(parent, 0); } catch { process.exit(0); } }';

/**
 * Runs `fn` while `count` other processes keep the CPU busy (a busy loop each, as `yes > /dev/null`
 * would), so that a figure shows what the office gets on a machine doing other work. `fn` is given
 * their process ids. They are killed afterwards whatever happens (and waited for), also when this
 * process exits.
 */
export async function underLoad<T>(count: number, fn: (pids: number[]) => Promise<T>): Promise<T> {
  const children = Array.from({ length: count }, () => spawn(process.execPath, ['-e', LOOP], { stdio: 'ignore' }));
  const exited = children.map((child) => once(child, 'exit'));
  const stop = () => {
    for (const child of children) child.kill('SIGKILL');
  };
  process.once('exit', stop);
  try {
    await sleep(300);
    return await fn(children.flatMap((child) => (child.pid === undefined ? [] : [child.pid])));
  } finally {
    stop();
    process.off('exit', stop);
    await Promise.all(exited);
  }
}
