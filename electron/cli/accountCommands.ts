import { roleNames, roles, type Role } from '../contract/model/people.ts';
import { formatDateShort, formatDateTime, localDate } from '../format/dates.ts';
import { runVerb } from './call.ts';
import { callOptions, text, type Handler } from './commandTable.ts';
import { EXIT_FAILURE, EXIT_OK, printList } from './output.ts';
import { readPassword } from './password.ts';

/** soan-nq account add | list | disable | enable | reset-password: the office server's accounts. */

const isRole = (r: string | undefined): r is Role => roles.some((x) => x === r);

export const accountAdd: Handler = async ({ io, values: v, usage }) => {
  const name = text(v, 'name');
  const role = text(v, 'role');
  if (!name || !role) return usage('thiếu --name hoặc --role');
  if (!isRole(role)) return usage(`vai trò "${role}" không có; dùng một trong: ${roles.join(', ')}`);
  const password = await readPassword();
  if (!password.ok) {
    io.err(`Lỗi: ${password.message}`);
    return EXIT_FAILURE;
  }
  return runVerb(io, 'addAccount', { name, role, password: password.password }, callOptions(v), (a) => {
    io.out(`Đã tạo tài khoản đăng nhập cho ${a.name} (${a.roles.map((r) => roleNames[r]).join(', ')}).`);
    return EXIT_OK;
  });
};

export const accountList: Handler = ({ io, values: v }) =>
  runVerb(io, 'listAccounts', {}, callOptions(v), (accounts) =>
    printList(
      io,
      v['json'] === true,
      accounts,
      'Chưa có tài khoản nào. Tạo tài khoản quản trị đầu tiên: soan-nq account add --name "<họ tên>" --role quan-tri',
      (a) => {
        const state = a.disabled
          ? 'đã khóa'
          : a.lockedUntil && Date.parse(a.lockedUntil) > Date.now()
            ? 'tạm khóa do sai mật khẩu'
            : 'đang dùng';
        return `${a.name} — ${a.roles.map((r) => roleNames[r]).join(', ')} — ${state} — tạo ngày ${formatDateShort(localDate(new Date(a.createdAt)))}`;
      },
    ),
  );

/** soan-nq account disable | account enable. */
export function disableAccount(disabled: boolean): Handler {
  return ({ io, values: v, usage }) => {
    const name = text(v, 'name');
    if (!name) return usage('thiếu --name');
    return runVerb(io, 'disableAccount', { name, disabled }, callOptions(v), (a) => {
      io.out(
        disabled ? `Đã khóa tài khoản của ${a.name}; các phiên đăng nhập của người này đã kết thúc.` : `Đã mở lại tài khoản của ${a.name}.`,
      );
      return EXIT_OK;
    });
  };
}

export const resetPassword: Handler = async ({ io, values: v, usage }) => {
  const name = text(v, 'name');
  if (!name) return usage('thiếu --name');
  const password = await readPassword('Mật khẩu mới');
  if (!password.ok) {
    io.err(`Lỗi: ${password.message}`);
    return EXIT_FAILURE;
  }
  return runVerb(io, 'resetPassword', { name, password: password.password }, callOptions(v), (r) => {
    io.out(`Đã đặt lại mật khẩu của ${r.name}; các phiên đăng nhập cũ đã kết thúc và tài khoản được mở khóa.`);
    return EXIT_OK;
  });
};

export const refusals: Handler = ({ io, values: v }) => {
  const limit = Number(text(v, 'limit') ?? '50');
  return runVerb(io, 'listRefusals', { limit: Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 50 }, callOptions(v), (rows) =>
    printList(
      io,
      v['json'] === true,
      rows,
      'Máy chủ chưa từ chối yêu cầu nào.',
      (r) => `${formatDateTime(r.at)}  ${r.name} — ${r.request} — ${r.code}: ${r.message}${r.remote ? ` (từ ${r.remote})` : ''}`,
    ),
  );
};
