import { roleNames, roles, type Role } from '../contract/model/people.ts';
import { formatDateShort } from '../format/dates.ts';
import { runVerb } from './call.ts';
import { callOptions, text, usageError, type Command } from './commandTable.ts';
import { EXIT_FAILURE, EXIT_OK } from './output.ts';
import { readPassword } from './password.ts';

/** soan-nq account add | list | disable | enable | reset-password: the office server's accounts. */

const isRole = (r: string | undefined): r is Role => roles.some((x) => x === r);
const roleList = roles.join('|');

const accountAdd: Command = {
  words: 'account add',
  usage: `soan-nq account add --name "<họ tên>" --role ${roleList} --db <tệp> [--as "<quản trị>"]  (mật khẩu đọc từ đầu vào chuẩn)`,
  options: { name: { type: 'string' }, role: { type: 'string' } },
  run: async (io, v) => {
    const name = text(v, 'name');
    const role = text(v, 'role');
    if (!name || !role) return usageError(io, accountAdd.usage, 'thiếu --name hoặc --role');
    if (!isRole(role)) return usageError(io, accountAdd.usage, `vai trò "${role}" không có; dùng một trong: ${roles.join(', ')}`);
    const password = await readPassword();
    if (!password.ok) {
      io.err(`Lỗi: ${password.message}`);
      return EXIT_FAILURE;
    }
    return runVerb(io, 'addAccount', { name, role, password: password.password }, callOptions(v), (a) => {
      io.out(`Đã tạo tài khoản đăng nhập cho ${a.name} (${a.roles.map((r) => roleNames[r]).join(', ')}).`);
      return EXIT_OK;
    });
  },
};

const accountList: Command = {
  words: 'account list',
  usage: 'soan-nq account list [--json] --db <tệp>',
  options: {},
  run: (io, v) =>
    runVerb(io, 'listAccounts', {}, callOptions(v), (accounts) => {
      if (v['json'] === true) io.out(JSON.stringify(accounts, null, 2));
      else if (accounts.length === 0) {
        io.out('Chưa có tài khoản nào. Tạo tài khoản quản trị đầu tiên: soan-nq account add --name "<họ tên>" --role quan-tri');
      }
      for (const a of accounts) {
        const state = a.disabled
          ? 'đã khóa'
          : a.lockedUntil && Date.parse(a.lockedUntil) > Date.now()
            ? 'tạm khóa do sai mật khẩu'
            : 'đang dùng';
        io.out(
          `${a.name} — ${a.roles.map((r) => roleNames[r]).join(', ')} — ${state} — tạo ngày ${formatDateShort(a.createdAt.slice(0, 10))}`,
        );
      }
      return EXIT_OK;
    }),
};

function toggle(disabled: boolean): Command {
  const words = disabled ? 'account disable' : 'account enable';
  const usage = `soan-nq ${words} --name "<họ tên>" --db <tệp> [--as "<quản trị>"]`;
  return {
    words,
    usage,
    options: { name: { type: 'string' } },
    run: (io, v) => {
      const name = text(v, 'name');
      if (!name) return Promise.resolve(usageError(io, usage, 'thiếu --name'));
      return runVerb(io, 'disableAccount', { name, disabled }, callOptions(v), (a) => {
        io.out(
          disabled
            ? `Đã khóa tài khoản của ${a.name}; các phiên đăng nhập của người này đã kết thúc.`
            : `Đã mở lại tài khoản của ${a.name}.`,
        );
        return EXIT_OK;
      });
    },
  };
}

const resetPassword: Command = {
  words: 'account reset-password',
  usage: 'soan-nq account reset-password --name "<họ tên>" --db <tệp> [--as "<quản trị>"]  (mật khẩu mới đọc từ đầu vào chuẩn)',
  options: { name: { type: 'string' } },
  run: async (io, v) => {
    const name = text(v, 'name');
    if (!name) return usageError(io, resetPassword.usage, 'thiếu --name');
    const password = await readPassword('Mật khẩu mới');
    if (!password.ok) {
      io.err(`Lỗi: ${password.message}`);
      return EXIT_FAILURE;
    }
    return runVerb(io, 'resetPassword', { name, password: password.password }, callOptions(v), (r) => {
      io.out(`Đã đặt lại mật khẩu của ${r.name}; các phiên đăng nhập cũ đã kết thúc và tài khoản được mở khóa.`);
      return EXIT_OK;
    });
  },
};

export const accountCommands: readonly Command[] = [accountAdd, accountList, toggle(true), toggle(false), resetPassword];
