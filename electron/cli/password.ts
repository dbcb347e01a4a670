import { createInterface } from 'node:readline';
import { MIN_PASSWORD_LENGTH } from '../contract/verbs/accounts.ts';

/**
 * A password for `soan-nq account …`: read from standard input (the first line), never from the
 * command line (where it would stay in the shell's history and the process list). At a terminal
 * it is asked for (typed twice); piped, the first line is taken.
 */
async function readLines(count: number, prompt: (i: number) => void): Promise<string[]> {
  const lines: string[] = [];
  const rl = createInterface({ input: process.stdin, terminal: false });
  prompt(0);
  for await (const line of rl) {
    lines.push(line.replace(/\r$/, ''));
    if (lines.length >= count) break;
    prompt(lines.length);
  }
  rl.close();
  return lines;
}

export type PasswordRead = { ok: true; password: string } | { ok: false; message: string };

export async function readPassword(what = 'Mật khẩu'): Promise<PasswordRead> {
  const tty = process.stdin.isTTY === true;
  const lines = await readLines(tty ? 2 : 1, (i) => {
    if (tty) process.stderr.write(i === 0 ? `${what} (ít nhất ${MIN_PASSWORD_LENGTH} ký tự): ` : 'Gõ lại để xác nhận: ');
  });
  const password = lines[0] ?? '';
  if (password === '') {
    return {
      ok: false,
      message: `Chưa có mật khẩu: hãy gõ mật khẩu (hoặc chuyển vào đầu vào chuẩn, ví dụ: echo "…" | soan-nq account add …).`,
    };
  }
  if (tty && lines[1] !== password) return { ok: false, message: 'Hai lần gõ mật khẩu không khớp; chưa lưu gì.' };
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return { ok: false, message: `Mật khẩu quá ngắn: cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự; chưa lưu gì.` };
  }
  return { ok: true, password };
}
