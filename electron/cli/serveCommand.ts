import { createInterface } from 'node:readline/promises';
import { parseListen } from '../server/hosts.ts';
import { NoAccountError, startOfficeServer } from '../server/officeServer.ts';
import { callVerb } from './call.ts';
import { text, type Handler } from './commandTable.ts';
import { EXIT_FAILURE, EXIT_OK, printError, type Io } from './output.ts';
import { readPassword } from './password.ts';
import { databaseFile, withStore } from './store.ts';

/** soan-nq serve: the office server (issue 17). */

/** At a terminal, the first quản trị is asked for when the database has no account; elsewhere the server refuses to start. */
async function firstAdmin(io: Io, db: string): Promise<boolean> {
  if (process.stdin.isTTY !== true) return false;
  io.err('Máy chủ chưa có tài khoản nào. Tạo tài khoản quản trị đầu tiên (người thiết lập cơ quan và tài khoản).');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const name = (await rl.question('Họ tên quản trị: ')).trim();
  rl.close();
  if (name === '') return false;
  const password = await readPassword();
  if (!password.ok) {
    io.err(`Lỗi: ${password.message}`);
    return false;
  }
  const made = await withStore(io, db, async (store) => {
    const added = await callVerb(store, 'addAccount', { name, role: 'quan-tri', password: password.password }, { as: name });
    if (!added.ok) printError(io, added.error);
    return added.ok ? EXIT_OK : EXIT_FAILURE;
  });
  return made === EXIT_OK;
}

export const serve: Handler = async ({ io, values: v, usage }) => {
  const listen = parseListen(text(v, 'listen') ?? '');
  if (listen === null) return usage('cần --listen <địa chỉ:cổng>, ví dụ 0.0.0.0:8443 (mạng nội bộ) hoặc 127.0.0.1:8443');
  const db = databaseFile(text(v, 'db'));
  const hostNames = Array.isArray(v['host-name']) ? v['host-name'].filter((h) => typeof h === 'string') : [];
  const start = () =>
    startOfficeServer({ dbPath: db, ...listen, hostNames, ...(text(v, 'static') ? { staticDir: text(v, 'static') } : {}) });
  let server;
  try {
    server = await start();
  } catch (err) {
    if (!(err instanceof NoAccountError) || !(await firstAdmin(io, db))) {
      io.err(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
      return EXIT_FAILURE;
    }
    server = await start();
  }
  io.out(`Máy chủ văn phòng Soạn Nghị quyết đang chạy (dữ liệu: ${server.store.path}).`);
  if (server.createdCertificate) io.out('Đã tạo chứng chỉ riêng của máy chủ (lần chạy đầu).');
  io.out(`Địa chỉ: ${server.url}`);
  io.out(`Dấu vân tay chứng chỉ (SHA-256): ${server.fingerprint}`);
  io.out('Khi kết nối lần đầu, mỗi máy trạm hiện dấu vân tay này: hãy so từng cặp ký tự trước khi đồng ý. Nhấn Ctrl+C để dừng.');
  await new Promise<void>((stopped) => {
    const stop = () => {
      io.out('Đang dừng máy chủ…');
      void server.close().then(stopped);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.out('Máy chủ đã dừng.');
  return EXIT_OK;
};
