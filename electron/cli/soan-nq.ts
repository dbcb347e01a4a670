#!/usr/bin/env node
import type { Command } from './args.ts';
import { copyCommand } from './commands/copy.ts';
import { dbCommand } from './commands/database.ts';
import { checkCommand, exportCommand } from './commands/document.ts';
import { draftCommand } from './commands/draft.ts';
import { importCommand } from './commands/importFile.ts';
import { issueCommand, registerCommand } from './commands/numberRegister.ts';
import { resultsCommand, targetsCommand } from './commands/results.ts';
import { searchCommand } from './commands/search.ts';
import { EXIT_FAILURE, EXIT_OK, processIo, type Io } from './output.ts';

/**
 * Every command of `soan-nq`, in the order of its help. A command is a module under `commands/`
 * (its options, its help lines, its run through `call.ts`); adding one is one line here.
 */
export const commands: readonly Command[] = [
  exportCommand,
  checkCommand,
  importCommand,
  dbCommand,
  targetsCommand,
  resultsCommand,
  searchCommand,
  draftCommand,
  copyCommand,
  issueCommand,
  registerCommand,
];

const usage = `Soạn Nghị quyết — dòng lệnh

Cách dùng:
${commands.map((c) => c.usage).join('\n')}
  soan-nq help                                        In hướng dẫn này; soan-nq <lệnh> --help cho một lệnh

Cơ sở dữ liệu: --db <tệp>, hoặc biến SOAN_NQ_DB, hoặc tệp của ứng dụng trong thư mục dữ liệu người dùng.
Người thực hiện (ghi vào lịch sử và nhật ký): --as "<họ tên>", nếu không thì tên người dùng của máy.

Mã thoát: 0 thành công, 1 có lỗi thể thức, 2 sai cách dùng hoặc lỗi đọc/ghi tệp.`;

/** Runs one command line; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage);
    return name === undefined ? EXIT_FAILURE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Lỗi: không có lệnh "${name}". Gõ "soan-nq help" để xem các lệnh.`);
    return EXIT_FAILURE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    io.err(`Lỗi ngoài dự kiến: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_FAILURE;
  }
}

if (import.meta.main) {
  // A reader that stops early (`soan-nq search … | head`) closes the pipe: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(process.exitCode ?? 0);
    });
  }
  process.exitCode = await main(process.argv.slice(2));
}
