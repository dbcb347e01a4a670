import type { CopyDefaults, CopyListing, CopyRegisterView } from '../../contract/api.ts';
import type { Term } from '../../contract/model/office.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { copyNumberText } from '../../docx/copyTexts.ts';
import { formatDateShort } from '../../format/dates.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { profileInForce } from '../../format/resolveProfile.ts';
import { listCopies, listCopiesOf, nextCopyNumber } from '../../store/copyRegister.ts';
import type { Db } from '../../store/db.ts';
import { getOrganization } from '../../store/organizations.ts';
import { currentTerm, listTerms } from '../../store/terms.ts';
import { copySide, localToday, type CopyRequest } from './plan.ts';

/** Copy numbers print by the rules in force on the day asked about (today by default). */
function profileOn(day: string): Result<FormatProfile> {
  return ok(profileInForce(day));
}

/** The term given by id, else the one running on `date` (today by default). */
function termOf(db: Db, orgId: string, q: { termId?: number | undefined; date?: string | undefined }, today: string): Result<Term> {
  if (q.termId !== undefined) {
    const terms = listTerms(db, orgId);
    if (!terms.ok) return terms;
    const found = terms.value.find((t) => t.id === q.termId);
    return found ? ok(found) : fail('NOT_FOUND', `"${orgId}" không có nhiệm kỳ #${q.termId}.`);
  }
  const date = q.date ?? today;
  const term = currentTerm(db, orgId, date);
  if (!term.ok) return term;
  return term.value ? ok(term.value) : fail('NOT_FOUND', `"${orgId}" không có nhiệm kỳ nào vào ngày ${formatDateShort(date)}.`);
}

/** The copy register of a body for one term (by id, or the term running on `date` / today). */
export function copyRegister(
  db: Db,
  q: { orgId: string; termId?: number | undefined; date?: string | undefined },
  today: string = localToday(),
): Result<CopyRegisterView> {
  const org = getOrganization(db, q.orgId);
  if (!org.ok) return org;
  const profile = profileOn(q.date ?? today);
  if (!profile.ok) return profile;
  const term = termOf(db, q.orgId, q, today);
  if (!term.ok) return term;
  const copies = listCopies(db, { orgId: q.orgId, termId: term.value.id });
  if (!copies.ok) return copies;
  const listed = copies.value.map((c): CopyListing => ({ ...c, number: copyNumberText(c.seq, org.value.officeCode, profile.value) }));
  return ok({ term: term.value, copies: listed });
}

/**
 * The copies made of a stored document, for its history: who, when, which kind and the number each
 * has in its body's copy register, printed by the rules in force on the day of the copy.
 */
export function documentCopies(db: Db, documentId: number): Result<CopyListing[]> {
  const copies = listCopiesOf(db, documentId);
  if (!copies.ok) return copies;
  const codes = new Map<string, string>();
  const listed: CopyListing[] = [];
  for (const c of copies.value) {
    let code = codes.get(c.orgId);
    if (code === undefined) {
      const org = getOrganization(db, c.orgId);
      if (!org.ok) return org;
      code = org.value.officeCode;
      codes.set(c.orgId, code);
    }
    listed.push({ ...c, number: copyNumberText(c.seq, code, profileInForce(c.copiedOn)) });
  }
  return ok(listed);
}

/** What the copy form starts with for a body: the day, its term, the number the copy would get, the list and the signer. */
export function copyDefaults(db: Db, q: { orgId: string; date?: string | undefined }, today: string = localToday()): Result<CopyDefaults> {
  const profile = profileOn(q.date ?? today);
  if (!profile.ok) return profile;
  const req: CopyRequest = { kind: 'sao-luc', source: { documentId: 0 }, who: '', ...(q.date === undefined ? {} : { date: q.date }) };
  const side = copySide(db, q.orgId, req, today);
  if (!side.ok) return side;
  const seq = nextCopyNumber(db, { orgId: q.orgId, termId: side.value.term.id });
  if (!seq.ok) return seq;
  return ok({
    date: side.value.date,
    term: side.value.term,
    nextNumber: copyNumberText(seq.value, side.value.org.officeCode, profile.value),
    recipients: side.value.recipients.lines,
    signature: side.value.signature,
  });
}
