import type { CopyKind } from '../../contract/api.ts';
import type { Organization, Term } from '../../contract/model/office.ts';
import type { Recipient, Recipients, Signature } from '../../contract/model/parts.ts';
import { signatureSchema } from '../../contract/model/parts.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { validate } from '../../contract/validation.ts';
import { formatDateShort, isoDateParts, localDate } from '../../format/dates.ts';
import { getOrganization } from '../../store/organizations.ts';
import { listRecipientLists } from '../../store/recipientLists.ts';
import { listSigners, signatureOf } from '../../store/signers.ts';
import { currentTerm } from '../../store/terms.ts';
import type { Db } from '../../store/db.ts';
import { defaultCopyRecipients } from '../../format/recipientDefaults.ts';
import { copyRecipientList, officeSigner, recipientListNamed } from './defaults.ts';

/** What the clerk asks for; everything but `kind`, `source` and `who` has a default. */
export type CopyRequest = {
  kind: CopyKind;
  /** One of our documents (issued), or a .docx received from another body. */
  source: { documentId: number } | { received: Uint8Array; fileName: string };
  /** The body whose office makes the copy; for our own documents, their organization by default. */
  orgId?: string;
  /** Trích sao: the body blocks to copy, "3-7,12" (numbered from 1). */
  parts?: string;
  /** Trích sao: copy the appendix too. */
  includeAppendix?: boolean;
  /** Day of the copy (YYYY-MM-DD); today by default. */
  date?: string;
  /** The copy's own "Nơi nhận"; else the saved list named `recipientList`, else the office's list for copies. */
  recipients?: Recipient[];
  recipientList?: string;
  /** A stored signer of the copying body; else the office's signer. Fields of `signature` override either. */
  signerId?: number;
  signature?: Partial<Signature>;
  /** How the register names what was copied; made from the source by default. */
  sourceLabel?: string;
  who: string;
};

/** The copying body's side of a copy, resolved and checked: who, in which term, on which day, to whom, signed by whom. */
export type CopySide = { org: Organization; term: Term; date: string; recipients: Recipients; signature: Signature };

/** Today in the machine's time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return localDate(now);
}

function checkedDate(date: string): Result<string> {
  try {
    isoDateParts(date);
    return ok(date);
  } catch (err) {
    return fail('INVALID_INPUT', `Ngày sao không hợp lệ: ${err instanceof Error ? err.message : String(err)}.`);
  }
}

function recipientsFor(db: Db, org: Organization, req: CopyRequest): Result<Recipients> {
  const orgId = org.id;
  if (req.recipients !== undefined) {
    return req.recipients.length > 0
      ? ok({ punctuation: 'profile', lines: req.recipients })
      : fail('INVALID_INPUT', 'Bản sao phải có ít nhất một nơi nhận.');
  }
  const lists = listRecipientLists(db, orgId);
  if (!lists.ok) return lists;
  if (req.recipientList !== undefined) {
    const named = recipientListNamed(lists.value, req.recipientList);
    return named.ok ? ok({ punctuation: 'profile', lines: named.value.lines }) : named;
  }
  return ok({ punctuation: 'profile', lines: copyRecipientList(lists.value)?.lines ?? defaultCopyRecipients(org) });
}

function storedSigner(db: Db, org: Organization, signerId: number | undefined): Result<Signature> {
  const signers = listSigners(db, org.id, { includeInactive: true });
  if (!signers.ok) return signers;
  if (signerId === undefined) {
    const office = officeSigner(signers.value, org);
    return office.ok ? ok(signatureOf(office.value)) : office;
  }
  const chosen = signers.value.find((s) => s.id === signerId);
  return chosen ? ok(signatureOf(chosen)) : fail('NOT_FOUND', `Không có người ký #${signerId} của ${org.name}.`);
}

/** The stored signer (or the office's), with the fields the clerk typed on top; typed title and name alone suffice. */
function signatureFor(db: Db, org: Organization, req: CopyRequest): Result<Signature> {
  const typed = Object.fromEntries(Object.entries(req.signature ?? {}).filter(([, v]) => v !== undefined));
  const complete = Boolean(req.signature?.title?.trim() && req.signature.name?.trim());
  const base = req.signerId !== undefined || !complete ? storedSigner(db, org, req.signerId) : ok(null);
  if (!base.ok) return base;
  return validate(signatureSchema, { authority: 'none', authorityOf: '', ...base.value, ...typed }, 'Người ký bản sao');
}

/** Resolves the copying body's side of a copy made on `date` (or today). */
export function copySide(db: Db, orgId: string, req: CopyRequest, today: string): Result<CopySide> {
  const org = getOrganization(db, orgId);
  if (!org.ok) return org;
  const date = checkedDate(req.date ?? today);
  if (!date.ok) return date;
  const term = currentTerm(db, orgId, date.value);
  if (!term.ok) return term;
  if (term.value === null) {
    return fail(
      'NOT_FOUND',
      `${org.value.name} không có nhiệm kỳ nào vào ngày ${formatDateShort(date.value)}: số bản sao đánh từ 01 trong mỗi nhiệm kỳ, nên hãy khai báo nhiệm kỳ (hoặc chọn đúng ngày sao).`,
    );
  }
  const recipients = recipientsFor(db, org.value, req);
  if (!recipients.ok) return recipients;
  const signature = signatureFor(db, org.value, req);
  if (!signature.ok) return signature;
  return ok({ org: org.value, term: term.value, date: date.value, recipients: recipients.value, signature: signature.value });
}
