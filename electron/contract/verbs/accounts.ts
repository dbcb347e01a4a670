import * as z from 'zod';
import { roleSchema, type Role } from '../model/people.ts';
import { channel } from './channel.ts';

/** An account of the office server, as the quản trị sees it (never the password). */
export type Account = {
  personId: number;
  name: string;
  roles: Role[];
  disabled: boolean;
  /** ISO time until which logins are refused after too many wrong passwords, or null. */
  lockedUntil: string | null;
  createdAt: string;
  passwordChangedAt: string;
};

/** A request the office server refused: a wrong password, a locked account, an action outside one's role. */
export type Refusal = {
  id: number;
  at: string;
  personId: number | null;
  name: string;
  request: string;
  code: string;
  message: string;
  remote: string;
};

export const MIN_PASSWORD_LENGTH = 8;

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
  .max(200, 'Mật khẩu quá dài (tối đa 200 ký tự).');
const name = z.string().trim().min(1, 'Thiếu họ tên').max(80, 'Họ tên quá dài');

/**
 * The accounts of the office server (issue 17). Each is tied to a person of the office; adding,
 * disabling and resetting a password are the quản trị's; changing one's own password is anyone's.
 */
export const accountVerbs = {
  /** An account for a person (created with the role if missing); the password is hashed at once. */
  addAccount: channel<Account>()(z.object({ name, role: roleSchema, password })),
  listAccounts: channel<Account[]>()(z.object({})),
  /** Disables an account (its sessions end), or enables it again with `disabled: false`. */
  disableAccount: channel<Account>()(z.object({ name, disabled: z.boolean().default(true) })),
  /** The quản trị sets a new password for someone; their lockout is lifted and their sessions end. */
  resetPassword: channel<{ name: string }>()(z.object({ name, password })),
  /** One's own password; one's other sessions end. */
  changePassword: channel<{ name: string }>()(z.object({ old: z.string().min(1, 'Thiếu mật khẩu hiện tại').max(200), new: password })),
  /** The latest requests the server refused, newest first. */
  listRefusals: channel<Refusal[]>()(z.object({ limit: z.number().int().min(1).max(1000).default(100) })),
};
