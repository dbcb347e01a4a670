#!/usr/bin/env node
import { describeArgsError } from './argsError.ts';
import { parseArgs } from 'node:util';
import { runCheck, runExport } from './commands.ts';
import { runCheckDocx, runImport } from './importCommands.ts';
import { copyUsage, runCopyCommand } from './copyCommands.ts';
import { registerUsage, runRegisterCommand } from './registerCommands.ts';
import { runDb, runDraftNextYear, runResultsImport, runSearch, runTargets, type StoreFlags } from './storeCommands.ts';
import { EXIT_FAILURE, EXIT_OK, processIo, type Io } from './output.ts';

const usage = `Soạn Nghị quyết — dòng lệnh

Cách dùng:
  soan-nq export <văn-bản.json> -o <tệp-xuất.docx>   Xuất văn bản ra .docx theo thể thức
  soan-nq check <văn-bản.json> [--json]               Kiểm tra thể thức; mã thoát 1 nếu có lỗi
  soan-nq check <tệp.docx> [--json]                   Kiểm tra thể thức một tệp Word bất kỳ (cỡ chữ, lề, phần đầu, nơi nhận, chữ ký…)
  soan-nq import <tệp.docx|tệp.txt> [--org <mã>] [--json] [--save]
                                                      Đọc nghị quyết cũ thành văn bản; --save lưu vào kho của cơ quan --org
  soan-nq db init                                     Tạo hoặc nâng cấp cơ sở dữ liệu
  soan-nq db seed-demo                                Nạp dữ liệu mẫu (khi cơ sở dữ liệu còn trống)
  soan-nq targets --org <mã> --year <năm> [--json]    Chỉ tiêu, kết quả và đánh giá của một năm
  soan-nq results import --org <mã> --year <năm> <tệp.tsv|->
                                                      Nhập kết quả từ bảng dán từ Excel (phân cách tab)
  soan-nq search "<từ khóa>" [--org <mã>] [--json]     Tìm văn bản, không phân biệt dấu và hoa/thường
  soan-nq draft next-year --org <mã> --year <năm> -o <dự-thảo.json> [--carry] [--save] [--template <mẫu>]
                                                      Dự thảo năm sau từ nghị quyết và kết quả năm trước
${copyUsage}
${registerUsage}
  soan-nq help                                        In hướng dẫn này

Cơ sở dữ liệu: --db <tệp>, hoặc biến SOAN_NQ_DB, hoặc tệp của ứng dụng trong thư mục dữ liệu người dùng.

Mã thoát: 0 thành công, 1 có lỗi thể thức, 2 sai cách dùng hoặc lỗi đọc/ghi tệp.`;

/** Runs one command line; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  // "copy" has options of its own and parses them itself.
  if (argv[0] === 'copy') {
    try {
      return await runCopyCommand(argv.slice(1), io);
    } catch (err) {
      io.err(`Lỗi ngoài dự kiến: ${err instanceof Error ? err.message : String(err)}`);
      return EXIT_FAILURE;
    }
  }
  // "issue" and "register" (the number register) parse their own options too.
  if (argv[0] === 'issue' || argv[0] === 'register') {
    try {
      return await runRegisterCommand(argv[0], argv.slice(1), io);
    } catch (err) {
      io.err(`Lỗi ngoài dự kiến: ${err instanceof Error ? err.message : String(err)}`);
      return EXIT_FAILURE;
    }
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        db: { type: 'string' },
        org: { type: 'string' },
        year: { type: 'string' },
        carry: { type: 'boolean' },
        save: { type: 'boolean' },
        template: { type: 'string' },
      },
    });
  } catch (err) {
    io.err(`Lỗi: ${describeArgsError(err)}`);
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
          io.err('Lỗi: cần đúng một tệp văn bản: soan-nq check <văn-bản.json|tệp.docx>');
          return EXIT_FAILURE;
        }
        if (/\.(docx|docm|dotx|doc)$/i.test(input)) return await runCheckDocx(io, input, parsed.values.json === true);
        return await runCheck(io, input, parsed.values.json === true);
      }
      case 'import': {
        const input = rest[0];
        if (!input || rest.length > 1) return usageError(io, 'soan-nq import <tệp.docx|tệp.txt> [--org <mã>] [--json] [--save]');
        return await runImport(io, input, { ...storeFlags(parsed.values), save: parsed.values.save === true });
      }
      case 'db':
        return await runDb(io, rest[0], storeFlags(parsed.values));
      case 'search': {
        const words = rest.join(' ').trim();
        if (!words) return usageError(io, 'soan-nq search "<từ khóa>"');
        return await runSearch(io, words, storeFlags(parsed.values));
      }
      case 'targets': {
        const scope = orgYear(io, parsed.values, 'soan-nq targets --org <mã> --year <năm>');
        return scope === null ? EXIT_FAILURE : await runTargets(io, { ...storeFlags(parsed.values), ...scope });
      }
      case 'results': {
        const scope = orgYear(io, parsed.values, 'soan-nq results import --org <mã> --year <năm> <tệp.tsv|->');
        if (scope === null) return EXIT_FAILURE;
        if (rest[0] !== 'import' || !rest[1]) return usageError(io, 'soan-nq results import --org <mã> --year <năm> <tệp.tsv|->');
        return await runResultsImport(io, rest[1], { ...storeFlags(parsed.values), ...scope });
      }
      case 'draft': {
        const scope = orgYear(io, parsed.values, 'soan-nq draft next-year --org <mã> --year <năm> -o <dự-thảo.json>');
        if (scope === null) return EXIT_FAILURE;
        if (rest[0] !== 'next-year' || !parsed.values.out)
          return usageError(io, 'soan-nq draft next-year --org <mã> --year <năm> -o <dự-thảo.json>');
        return await runDraftNextYear(io, {
          ...storeFlags(parsed.values),
          ...scope,
          out: parsed.values.out,
          carry: parsed.values.carry === true,
          save: parsed.values.save === true,
          ...(parsed.values.template ? { template: parsed.values.template } : {}),
        });
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

type Values = { db?: string | undefined; org?: string | undefined; year?: string | undefined; json?: boolean | undefined };

function storeFlags(v: Values): StoreFlags {
  return { json: v.json === true, ...(v.db ? { db: v.db } : {}), ...(v.org ? { org: v.org } : {}) };
}

function usageError(io: Io, form: string): number {
  io.err(`Lỗi: cách dùng: ${form}`);
  return EXIT_FAILURE;
}

/** --org and --year, both required, the year a whole number. */
function orgYear(io: Io, v: Values, form: string): { org: string; year: number } | null {
  const year = v.year !== undefined && /^\d{4}$/.test(v.year) ? Number(v.year) : null;
  if (!v.org || year === null) {
    usageError(io, `${form} (cần --org là mã cơ quan, ví dụ HU-DUC-TRONG, và --year là năm, ví dụ 2023)`);
    return null;
  }
  return { org: v.org, year };
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
