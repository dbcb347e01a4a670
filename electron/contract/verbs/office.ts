import * as z from 'zod';
import { organizationSchema, type Organization, type Signer, type Term } from '../model/office.ts';
import { authorityKinds } from '../model/parts.ts';
import { roleSchema, type Person } from '../model/people.ts';
import { channel, idField as id, isoDayField, orgIdField as orgId } from './channel.ts';

/** One row of the set-up's audit log: who changed what, when, with before and after. */
export type SetupChange = {
  id: number;
  orgId: string;
  who: string;
  at: string;
  reason: string;
  entity: string;
  before: unknown;
  after: unknown;
};

export type RegisterStartResult = { orgId: string; termId: number; termName: string; docType: string; next: number };

export type RegisterImportResult = {
  saved: boolean;
  rows: number;
  series: { termName: string; docType: string; from: number; to: number; count: number }[];
  problems: { line: number; message: string }[];
  gaps: string[];
};

const docType = z
  .string()
  .trim()
  .regex(/^[\p{Lu}][\p{L}]{0,5}$/u, 'Loại văn bản là ký hiệu tên loại, ví dụ NQ, KL, CT, QĐ');

/** The office's own set-up: bodies, terms, the number register's start, signers, people, and the audit of it all. */
export const officeVerbs = {
  /** Adds a body ("add": refused when the id is taken) or edits one ("edit": the fields given change, the others stay). */
  saveOrganization: channel<Organization>()(
    z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('add'), organization: organizationSchema }),
      z.object({
        mode: z.literal('edit'),
        organization: organizationSchema.partial().extend({ id: z.string().min(1, 'Thiếu mã cơ quan') }),
      }),
    ]),
  ),
  /** A term (nhiệm kỳ): "2025-2030" or a khóa; several per body, overlaps refused. */
  addTerm: channel<Term>()(
    z.object({
      orgId,
      name: z.string().trim().min(1, 'Thiếu tên nhiệm kỳ (ví dụ 2025-2030)'),
      from: isoDayField,
      to: isoDayField.optional(),
      appointed: z.boolean().optional(),
    }),
  ),
  /** The next number of a type in the running term, when the office starts mid-term. */
  setRegisterStart: channel<RegisterStartResult>()(
    z.object({ orgId, docType, next: z.number().int().min(1, 'Số tiếp theo phải từ 1 trở lên').max(100000) }),
  ),
  /** The register kept before the app (CSV/TSV text): checked for duplicates and gaps before saving. */
  importRegister: channel<RegisterImportResult>()(
    z.object({
      orgId,
      text: z.string().min(1, 'Tệp sổ đăng ký trống').max(5_000_000),
      allowGaps: z.boolean().optional(),
      dryRun: z.boolean().optional(),
    }),
  ),
  /** Adds a signer (with `id`: edits one). */
  saveSigner: channel<Signer>()(
    z.object({
      id: id.optional(),
      orgId,
      authority: z.enum(authorityKinds),
      authorityOf: z.string().trim().default(''),
      title: z.string().trim().min(1, 'Thiếu chức vụ người ký'),
      name: z.string().trim().min(1, 'Thiếu họ tên người ký'),
      active: z.boolean().optional(),
      position: z.number().int().min(0).optional(),
    }),
  ),
  listPeople: channel<Person[]>()(z.object({ includeInactive: z.boolean().optional() })),
  /** Adds a person of the office (with `id`: edits one). */
  savePerson: channel<Person>()(
    z.object({
      id: id.optional(),
      name: z.string().trim().min(1, 'Thiếu họ tên'),
      roles: z.array(roleSchema).min(1, 'Chọn ít nhất một vai trò'),
      active: z.boolean().optional(),
    }),
  ),
  /** Changes to the set-up of a body (and to the people of the office), newest last. */
  listSetupChanges: channel<SetupChange[]>()(z.object({ orgId })),
};

/** What the first screen needs: whether anything is set up, which bodies are the demo, how many people. */
export type FirstStartState = { empty: boolean; demoOrgIds: string[]; people: number };

/** The first start: "Thiết lập cơ quan của tôi" or "Dùng thử với dữ liệu mẫu", and removing the demo later. */
export const firstStartVerbs = {
  firstStart: channel<FirstStartState>()(z.object({})),
  loadDemo: channel<{ organizations: number; documents: number; results: number }>()(z.object({})),
  removeDemo: channel<{ organizations: number; documents: number }>()(z.object({})),
};
