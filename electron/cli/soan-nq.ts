#!/usr/bin/env node
import type { Command } from './args.ts';
import { copyCommand } from './commands/copy.ts';
import { dbCommand } from './commands/database.ts';
import { checkCommand, exportCommand } from './commands/document.ts';
import { draftCommand } from './commands/draft.ts';
import { importCommand } from './commands/importFile.ts';
import { registerCommand } from './commands/numberRegister.ts';
import { resultsCommand, targetsCommand } from './commands/results.ts';
import { searchCommand } from './commands/search.ts';
import { EXIT_FAILURE, EXIT_OK, processIo, type Io } from './output.ts';
import { findCommand, runCommand } from './commandTable.ts';
import { documentCommands, exportStored, isStoredExport } from './documentCommands.ts';
import { officeCommands } from './officeCommands.ts';
import { accountCommands } from './accountCommands.ts';
import { serveCommand } from './serveCommand.ts';
import { reviewUsage, runReviewCommand } from './reviewCommands.ts';
import { terminalSafeIo } from './terminal.ts';

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
  registerCommand,
];

const usage = `Soạn Nghị quyết — dòng lệnh

Cách dùng:
${commands.map((c) => c.usage).join('\n')}

Thiết lập cơ quan (mỗi lệnh có --help):
  soan-nq org add --id <mã> --kind <loại> --name "<TÊN>" [--superior "<TÊN CẤP TRÊN>"] --code <ký hiệu> --place "<địa danh>" --office "<VĂN PHÒNG>" --office-code <VPĐU>
  soan-nq org list | org edit --id <mã> [các tùy chọn như org add]
  soan-nq term add --org <mã> --name "<tên>" --from YYYY-MM-DD [--to YYYY-MM-DD] [--appointed]
  soan-nq register start --org <mã> --type <NQ|KL|…> --next <n>   |   register import --org <mã> <tệp.csv>
  soan-nq signer add --org <mã> --authority "T/M|K/T|T/L|Q." --of "<ĐẢNG UỶ>" --title "<BÍ THƯ>" --name "<họ tên>"
  soan-nq person add --name "<họ tên>" --role chuyen-vien|chanh-van-phong|pho-chanh-van-phong|van-thu|quan-tri

Máy chủ văn phòng (mật khẩu đọc từ đầu vào chuẩn):
  soan-nq serve --listen <địa chỉ:cổng> --db <tệp>       HTTPS với chứng chỉ riêng; in địa chỉ và dấu vân tay chứng chỉ
  soan-nq account add --name "<họ tên>" --role chuyen-vien|chanh-van-phong|pho-chanh-van-phong|van-thu|quan-tri --db <tệp>
  soan-nq account list | account disable --name "<họ tên>" | account enable --name … | account reset-password --name …

Văn bản trong kho (--as "<người>": ai làm việc này, được kiểm tra theo vai trò):
  soan-nq draft new --org <mã> --year <năm> [--template <mẫu>] --save --as "<người>" [--json]
  soan-nq status --id <n> --to trinh|tra-lai|duyet [--reason "<lý do>"] --as "<người>"
  soan-nq issue --id <n> [--date YYYY-MM-DD] --as "<người>"
  soan-nq export --id <n> -o <tệp.docx>
  soan-nq history --id <n>
  soan-nq backup -o <tệp.sqlite>   |   restore <tệp.sqlite>

Góp ý qua Word:
${reviewUsage}
  soan-nq help                                        In hướng dẫn này; soan-nq <lệnh> --help cho một lệnh

Cơ sở dữ liệu: --db <tệp>, hoặc biến SOAN_NQ_DB, hoặc tệp của ứng dụng trong thư mục dữ liệu người dùng.
Người thực hiện (ghi vào lịch sử và nhật ký): --as "<họ tên>", nếu không thì tên người dùng của máy.

Mã thoát: 0 thành công, 1 có lỗi thể thức, 2 sai cách dùng hoặc lỗi đọc/ghi tệp.`;

/** Runs one command line; returns the exit code. Never throws. */
export async function main(argv: readonly string[], terminal: Io = processIo): Promise<number> {
  // Text from documents is printed: escape sequences hidden in a file must not reach the terminal.
  const io = terminalSafeIo(terminal);
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage);
    return name === undefined ? EXIT_FAILURE : EXIT_OK;
  }
  // The office's set-up, a stored document's life and the review through Word: matched by their first words.
  const own = findCommand(
    [...officeCommands, ...accountCommands, serveCommand, ...documentCommands, ...(isStoredExport(argv) ? [exportStored] : [])],
    argv,
  );
  if (own !== null || name === 'review') {
    try {
      return own !== null ? await runCommand(io, own, argv) : await runReviewCommand(rest, io);
    } catch (err) {
      io.err(`Lỗi ngoài dự kiến: ${err instanceof Error ? err.message : String(err)}`);
      return EXIT_FAILURE;
    }
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

if (import.meta.main) await runProgram();
