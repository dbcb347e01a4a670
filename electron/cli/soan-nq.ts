#!/usr/bin/env node
import { findCommand, isOtherBundle, runCommand, type Command } from './commandTable.ts';
import { EXIT_FAILURE, EXIT_OK, processIo, type Io } from './output.ts';
import { documentCommands } from './table/documents.ts';
import { fileCommands } from './table/files.ts';
import { officeCommands } from './table/office.ts';
import { terminalSafeIo } from './terminal.ts';

// zod compiles each object schema into a function on its first parse, which pays off over many
// parses; a command parses a few times and ends, and zod's plain path is faster for it. (zod reads
// its settings from this global when it loads, after this line: the commands load it lazily.)
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig ??= { jitless: true };

/**
 * Every command of `soan-nq`, each declared once (its words, Vietnamese usage, options and
 * handler, loaded when it runs) in a table under `table/`; adding one is one entry there.
 */
export const commands: readonly Command[] = [...fileCommands, ...officeCommands, ...documentCommands];

const reviewUsage = documentCommands.find((c) => c.words === 'review')?.usage ?? '';

const usage = `Soạn Nghị quyết — dòng lệnh

Cách dùng:
${fileCommands.map((c) => c.usage).join('\n')}

Thiết lập cơ quan (mỗi lệnh có --help):
  soan-nq org add --id <mã> --kind <loại> --name "<TÊN>" [--superior "<TÊN CẤP TRÊN>"] [--code <ký hiệu>] --place "<địa danh>" --office "<VĂN PHÒNG>" [--office-code <VPĐU>]
  soan-nq org list | org edit --id <mã> [các tùy chọn như org add]
  soan-nq term add --org <mã> --name "<tên>" --from dd/mm/yyyy [--to dd/mm/yyyy] [--appointed]
  soan-nq register start --org <mã> --type <NQ|KL|…> --next <n>   |   register import --org <mã> <tệp.csv>
  soan-nq signer add --org <mã> --authority "T/M|K/T|T/L|Q." --of "<ĐẢNG UỶ>" --title "<BÍ THƯ>" --name "<họ tên>"
  soan-nq person add --name "<họ tên>" --role chuyen-vien|chanh-van-phong|pho-chanh-van-phong|van-thu|quan-tri

Máy chủ văn phòng (mật khẩu đọc từ đầu vào chuẩn):
  soan-nq serve --listen <địa chỉ:cổng> --db <tệp>       HTTPS với chứng chỉ riêng; in địa chỉ và dấu vân tay chứng chỉ
  soan-nq account add --name "<họ tên>" --role chuyen-vien|chanh-van-phong|pho-chanh-van-phong|van-thu|quan-tri --db <tệp>
  soan-nq account list | account disable --name "<họ tên>" | account enable --name … | account reset-password --name …
  soan-nq account refusals [--limit <n>] --as "<quản trị>"     các yêu cầu máy chủ đã từ chối (sai mật khẩu, ngoài vai trò)

Văn bản trong kho (--as "<người>": ai làm việc này, được kiểm tra theo vai trò):
  soan-nq draft new --org <mã> --year <năm> [--template <mẫu>] --save --as "<người>" [--json]
  soan-nq status --id <n> --to trinh|tra-lai|duyet [--reason "<lý do>"] --as "<người>"
  soan-nq issue --id <n> [--date dd/mm/yyyy] --as "<người>"
  soan-nq export --id <n> -o <tệp.docx>
  soan-nq history --id <n>
  soan-nq backup -o <tệp.sqlite>   |   restore <tệp.sqlite>

Góp ý qua Word:
${reviewUsage}
  soan-nq help                                        In hướng dẫn này; soan-nq <lệnh> --help cho một lệnh

Cơ sở dữ liệu: --db <tệp>, hoặc biến SOAN_NQ_DB, hoặc tệp của ứng dụng trong thư mục dữ liệu người dùng.
Người thực hiện (ghi vào lịch sử và nhật ký): --as "<họ tên>", nếu không thì tên người dùng của máy.

Mã thoát: 0 thành công, 1 có lỗi thể thức, 2 sai cách dùng hoặc lỗi đọc/ghi tệp.`;

/** Runs one command line; returns the exit code. Throws only a command bundle's OTHER_BUNDLE (commandTable.ts). */
export async function main(argv: readonly string[], terminal: Io = processIo): Promise<number> {
  // Text from documents is printed: escape sequences hidden in a file must not reach the terminal.
  const io = terminalSafeIo(terminal);
  const [name] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage);
    return name === undefined ? EXIT_FAILURE : EXIT_OK;
  }
  const command = findCommand(commands, argv);
  if (!command) {
    io.err(`Lỗi: không có lệnh "${name}". Gõ "soan-nq help" để xem các lệnh.`);
    return EXIT_FAILURE;
  }
  try {
    return await runCommand(io, command, argv);
  } catch (err) {
    if (isOtherBundle(err)) throw err;
    io.err(`Lỗi ngoài dự kiến: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_FAILURE;
  }
}

export async function runProgram(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A reader that stops early (`soan-nq search … | head`) closes the pipe: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(process.exitCode ?? 0);
    });
  }
  process.exitCode = await main(argv);
}

// Not awaited: the command line bundle is a CommonJS script (scripts/bundle.ts), where a top-level await cannot be.
if (import.meta.main) void runProgram();
