import * as z from 'zod';
import { roles } from './roles.ts';

/**
 * The people of the office and what each role may do. chuyên viên drafts; chánh văn phòng and phó
 * chánh văn phòng review, return and approve; văn thư issues, numbers and copies; quản trị sets up
 * the body, its terms, signers, lists, register and people.
 */
export { roles };
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleNames: Record<Role, string> = {
  'chuyen-vien': 'chuyên viên',
  'chanh-van-phong': 'chánh văn phòng',
  'pho-chanh-van-phong': 'phó chánh văn phòng',
  'van-thu': 'văn thư',
  'quan-tri': 'quản trị',
};

/** Kinds of action a role check guards; every verb that changes something is one of them. */
export const actions = ['soan-thao', 'duyet', 'ban-hanh', 'thiet-lap'] as const;
export type Action = (typeof actions)[number];

/** Who may do each kind of action. */
export const allowedRoles: Record<Action, readonly Role[]> = {
  'soan-thao': ['chuyen-vien', 'chanh-van-phong', 'pho-chanh-van-phong'],
  duyet: ['chanh-van-phong', 'pho-chanh-van-phong'],
  'ban-hanh': ['van-thu'],
  'thiet-lap': ['quan-tri'],
};

export const actionNames: Record<Action, string> = {
  'soan-thao': 'soạn và sửa dự thảo, trình duyệt',
  duyet: 'trả lại hoặc duyệt văn bản',
  'ban-hanh': 'ban hành, cấp số, hủy số và sao văn bản',
  'thiet-lap': 'thiết lập cơ quan, nhiệm kỳ, người ký, nơi nhận, sổ số và người dùng',
};

export function mayDo(personRoles: readonly Role[], action: Action): boolean {
  return personRoles.some((r) => allowedRoles[action].includes(r));
}

/** Who may do an action, in words: "văn thư", "chánh văn phòng hoặc phó chánh văn phòng". */
export function whoMay(action: Action): string {
  return allowedRoles[action].map((r) => roleNames[r]).join(' hoặc ');
}

/**
 * Whether someone holding `personRoles` (null: not one of the office's people) may act. Until the
 * office has named its people anyone may (a fresh install, the demo); set-up stays open to all
 * while nobody is quản trị, so an office can never lock itself out. The server and the UI both ask this.
 */
export function permitted(office: { people: number; admins: number }, personRoles: readonly Role[] | null, action: Action): boolean {
  if (office.people === 0) return true;
  if (action === 'thiet-lap' && office.admins === 0) return true;
  return personRoles !== null && mayDo(personRoles, action);
}

export const personSchema = z.object({
  name: z.string().trim().min(1, 'Thiếu họ tên').max(80, 'Họ tên quá dài'),
  roles: z.array(roleSchema).min(1, 'Chọn ít nhất một vai trò'),
  active: z.boolean().default(true),
});
export type PersonInput = z.input<typeof personSchema> & { id?: number };
export type Person = z.output<typeof personSchema> & { id: number };
