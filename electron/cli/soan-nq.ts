#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { runCheck, runExport } from './commands.ts';
import { EXIT_FAILURE, EXIT_OK, processIo, type Io } from './output.ts';

const usage = `Soạn Nghị quyết — dòng lệnh

Cách dùng:
  soan-nq export <văn-bản.json> -o <tệp-xuất.docx>   Xuất văn bản ra .docx theo thể thức
  soan-nq check <văn-bản.json> [--json]               Kiểm tra thể thức; mã thoát 1 nếu có lỗi
  soan-nq help                                        In hướng dẫn này

Mã thoát: 0 thành công, 1 có lỗi thể thức, 2 sai cách dùng hoặc lỗi đọc/ghi tệp.`;

/** Runs one command line; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    io.err(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
    io.err('Gõ "soan-nq help" để xem cách dùng.');
    return EXIT_FAILURE;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') {
    io.out(usage);
    return command === undefined && !parsed.values.help ? EXIT_FAILURE : EXIT_OK;
  }
  try {
    switch (command) {
      case 'export': {
        const input = rest[0];
        if (!input || !parsed.values.out || rest.length > 1) {
          io.err('Lỗi: cần đúng một tệp văn bản và tệp xuất: soan-nq export <văn-bản.json> -o <tệp-xuất.docx>');
          return EXIT_FAILURE;
        }
        return await runExport(io, input, parsed.values.out);
      }
      case 'check': {
        const input = rest[0];
        if (!input || rest.length > 1) {
          io.err('Lỗi: cần đúng một tệp văn bản: soan-nq check <văn-bản.json>');
          return EXIT_FAILURE;
        }
        return await runCheck(io, input, parsed.values.json === true);
      }
      default:
        io.err(`Lỗi: không có lệnh "${command}". Gõ "soan-nq help" để xem các lệnh.`);
        return EXIT_FAILURE;
    }
  } catch (err) {
    io.err(`Lỗi ngoài dự kiến: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_FAILURE;
  }
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}
