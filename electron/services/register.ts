import type { StoredDocument, Term } from '../contract/model/office.ts';
import type { Result } from '../contract/result.ts';
import type { RegisterEntry, RegisterListing } from '../contract/workflow.ts';
import { formatDateShort, localDate } from '../format/dates.ts';
import { formatDocSymbol } from '../format/docNumber.ts';
import type { FormatProfile } from '../format/profile.ts';
import { profileInForce, resolveProfile } from '../format/resolveProfile.ts';

type NumberingRules = FormatProfile['numbering'];
import { appendAudit } from '../store/audit.ts';
import { nowIso } from '../store/clock.ts';
import { durably } from '../store/durable.ts';
import type { Db } from '../store/db.ts';
import { writeChange } from '../store/documentChange.ts';
import { loadDocument } from '../store/documents.ts';
import { abort, attempt, unwrap } from '../store/errors.ts';
import { insertRegisterRow, markVoided, nextSeq, registerFields, registerRow, registerRows } from '../store/numberRegister.ts';
import { getOrganization } from '../store/organizations.ts';
import { currentTerm, listTerms } from '../store/terms.ts';
import { issuable, signedChange } from './workflowRules.ts';

export type IssueInput = {
  id: number;
  who: string;
  /** The issue date (yyyy-mm-dd); today (local time) by default. */
  date?: string;
  /** Entered as secret in the register; by default when the document carries a mật mark. */
  secret?: boolean;
  why?: string;
};

export { localDate };

/** The numbering rules of the profile in force today (a register lists numbers of several documents). */
const numberingToday = (): NumberingRules => profileInForce(localDate(new Date())).numbering;

/** "04-NQ/HU": the number as printed, leading zero below 10, by the given profile's rules (today's by default). */
export function registerSymbol(seq: number, docType: string, issuerCode: string, numbering: NumberingRules = numberingToday()): string {
  return formatDocSymbol({ seq, typeCode: docType, issuerCode }, numbering);
}

function termAt(db: Db, orgId: string, date: string): Term {
  const term = unwrap(currentTerm(db, orgId, date));
  if (term === null) {
    abort('INVALID_INPUT', `Chưa khai báo nhiệm kỳ của "${orgId}" vào ngày ${formatDateShort(date)}: cần nhiệm kỳ để cấp số văn bản.`);
  }
  return term;
}

/**
 * Ban hành: gives an approved document the next number of its type in the term of the committee
 * at the issue date (from 01 in each term; secret and non-secret share the sequence; a number is
 * never given twice), all in one BEGIN IMMEDIATE transaction: enters the number in the register,
 * sets the number and the date in the content, removes "Dự thảo lần N", records the version and
 * the audit row and marks the document issued (its content is frozen from then on).
 */
export function issueDocument(db: Db, input: IssueInput): Result<StoredDocument> {
  return attempt('ban hành văn bản', () =>
    durably(db, () =>
      db
        .transaction((): StoredDocument => {
          unwrap(signedChange(input));
          const current = loadDocument(db, input.id);
          unwrap(issuable(current));
          const at = nowIso(db);
          const date = input.date ?? localDate(new Date(at));
          const term = termAt(db, current.orgId, date);
          const org = unwrap(getOrganization(db, current.orgId));
          const docType = current.content.header.number.typeCode;
          // A draft belongs to its body: the number printed, the register and the export all carry the body's code.
          const issuerCode = org.issuerCode;
          const seq = nextSeq(db, { orgId: current.orgId, termId: term.id, docType, termStart: term.startDate, termEnd: term.endDate });
          const header = current.content.header;
          const content = {
            ...current.content,
            header: { ...header, number: { ...header.number, seq, issuerCode }, date },
            marks: { ...current.content.marks, draftRound: null },
          };
          const fields = registerFields(content);
          insertRegisterRow(db, {
            orgId: current.orgId,
            termId: term.id,
            docType,
            seq,
            documentId: current.id,
            issuedOn: date,
            ...fields,
            secret: input.secret ?? fields.secret,
            at,
            who: input.who,
            issuerCode,
          });
          const profile = unwrap(resolveProfile({ profileId: current.content.profileId, date, planYear: current.content.planYear }));
          const symbol = registerSymbol(seq, docType, issuerCode, profile.numbering);
          const why = input.why ?? `Ban hành: số ${symbol}, ngày ${formatDateShort(date)}`;
          return writeChange(db, current, { content, status: 'ban-hanh', who: input.who, why, detail: { number: symbol } });
        })
        .immediate(),
    ),
  );
}

export type VoidNumberInput = { orgId: string; docType: string; termId: number; seq: number; who: string; reason: string };

/** Hủy số: the row stays in the register, marked with who, when and why; the number is never given again. */
export function voidNumber(db: Db, input: VoidNumberInput): Result<RegisterEntry> {
  return attempt('hủy số văn bản', () =>
    db
      .transaction((): RegisterEntry => {
        unwrap(signedChange({ who: input.who, why: input.reason }));
        const org = unwrap(getOrganization(db, input.orgId));
        const symbol = (seq: number, code: string | null) => registerSymbol(seq, input.docType, code ?? org.issuerCode);
        const row = registerRow(db, input, symbol);
        if (row === null) abort('NOT_FOUND', `Sổ đăng ký không có số ${symbol(input.seq, null)} trong nhiệm kỳ này.`);
        if (row.voided !== null) abort('INVALID_INPUT', `Số ${row.symbol} đã bị hủy ngày ${formatDateShort(row.voided.at.slice(0, 10))}.`);
        const at = nowIso(db);
        markVoided(db, row.id, { at, by: input.who, reason: input.reason });
        appendAudit(db, {
          orgId: input.orgId,
          documentId: row.documentId,
          action: 'huy-so',
          who: input.who,
          at,
          detail: { reason: input.reason, number: row.symbol },
        });
        return registerRow(db, input, symbol) ?? row;
      })
      .immediate(),
  );
}

export type RegisterQuery = { orgId: string; docType?: string; termId?: number; termOrdinal?: string };

/** The register of a body for a document type (NQ by default) and a term (the running one by default). */
export function listRegister(db: Db, query: RegisterQuery): Result<RegisterListing> {
  return attempt('đọc sổ đăng ký số văn bản', () => {
    const org = unwrap(getOrganization(db, query.orgId));
    const terms = unwrap(listTerms(db, org.id));
    const docType = query.docType ?? 'NQ';
    const term =
      query.termId !== undefined
        ? terms.find((t) => t.id === query.termId)
        : query.termOrdinal !== undefined
          ? terms.find((t) => t.ordinal.toLocaleUpperCase('vi') === query.termOrdinal?.trim().toLocaleUpperCase('vi'))
          : termAt(db, org.id, localDate(new Date(nowIso(db))));
    if (term === undefined) abort('NOT_FOUND', `Không tìm thấy nhiệm kỳ ${query.termOrdinal ?? `#${query.termId}`} của "${org.id}".`);
    const entries = registerRows(db, { orgId: org.id, termId: term.id, docType }, (seq, code) =>
      registerSymbol(seq, docType, code ?? org.issuerCode),
    );
    const { id, ordinal, startYear, endYear, startDate, endDate } = term;
    return {
      org: { id: org.id, name: org.name, issuerCode: org.issuerCode },
      term: { id, ordinal, startYear, endYear, startDate, endDate },
      docType,
      entries,
      next: nextSeq(db, { orgId: org.id, termId: term.id, docType, termStart: startDate, termEnd: endDate }),
    };
  });
}
