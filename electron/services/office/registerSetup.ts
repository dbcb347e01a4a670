import type { Result } from '../../contract/result.ts';
import { formatDateShort } from '../../format/dates.ts';
import { readRegisterSheet, type SheetProblem } from '../../format/registerSheet.ts';
import { nowIso } from '../../store/clock.ts';
import type { Db } from '../../store/db.ts';
import { abort, attempt, unwrap } from '../../store/errors.ts';
import { insertRegisterRow, nextSeq } from '../../store/numberRegister.ts';
import { getOrganization } from '../../store/organizations.ts';
import { getRegisterStart, listRegisterStarts, writeRegisterStart } from '../../store/registerStart.ts';
import { currentTerm } from '../../store/terms.ts';
import { localDate } from '../register.ts';
import { auditSetup } from './audit.ts';

export type RegisterStartInput = { orgId: string; docType: string; next: number; who: string; date?: string };
export type RegisterStartResult = { orgId: string; termId: number; termName: string; docType: string; next: number };

function termOn(db: Db, orgId: string, date: string) {
  const term = unwrap(currentTerm(db, orgId, date));
  if (term === null) {
    abort(
      'INVALID_INPUT',
      `Cơ quan "${orgId}" chưa có nhiệm kỳ vào ngày ${formatDateShort(date)}. Hãy khai báo nhiệm kỳ trước (term add).`,
    );
  }
  return term;
}

/**
 * Where the register starts when the office begins mid-term: the next number of a type in the
 * term running today (or on `date`). Refused below a number the app has already given.
 */
export function setRegisterStart(db: Db, input: RegisterStartInput): Result<RegisterStartResult> {
  return attempt('đặt số bắt đầu của sổ đăng ký', () =>
    db
      .transaction((): RegisterStartResult => {
        unwrap(getOrganization(db, input.orgId));
        if (!Number.isInteger(input.next) || input.next < 1) abort('INVALID_INPUT', 'Số tiếp theo phải là số nguyên từ 1 trở lên.');
        const docType = input.docType.trim().toLocaleUpperCase('vi');
        const term = termOn(db, input.orgId, input.date ?? localDate(new Date(nowIso(db))));
        const key = { orgId: input.orgId, termId: term.id, docType };
        const before = getRegisterStart(db, key);
        writeRegisterStart(db, { ...key, nextSeq: 1, setAt: nowIso(db), setBy: input.who });
        const given = nextSeq(db, { ...key, termStart: term.startDate, termEnd: term.endDate });
        if (input.next < given) {
          abort(
            'INVALID_INPUT',
            `Nhiệm kỳ ${term.ordinal} đã cấp đến số ${given - 1} loại ${docType}: số tiếp theo không thể nhỏ hơn ${given}.`,
          );
        }
        writeRegisterStart(db, { ...key, nextSeq: input.next, setAt: nowIso(db), setBy: input.who });
        auditSetup(db, {
          orgId: input.orgId,
          who: input.who,
          entity: `so-bat-dau:${term.id}:${docType}`,
          reason: `Sổ đăng ký ${docType} nhiệm kỳ ${term.ordinal}: số tiếp theo là ${input.next}`,
          before: before ? { next: before.nextSeq } : null,
          after: { next: input.next },
        });
        return { orgId: input.orgId, termId: term.id, termName: term.ordinal, docType, next: input.next };
      })
      .immediate(),
  );
}

export type RegisterNext = { docType: string; next: number; start: number | null; setBy: string | null; setAt: string | null };
export type RegisterNextList = { term: { id: number; name: string } | null; types: RegisterNext[] };

/**
 * The number each type gets next in the term running today: every type with a start set or a
 * number given, and NQ always. No term today: none.
 */
export function listRegisterNext(db: Db, orgId: string): Result<RegisterNextList> {
  return attempt('đọc số tiếp theo của sổ đăng ký', () => {
    unwrap(getOrganization(db, orgId));
    const term = unwrap(currentTerm(db, orgId, localDate(new Date(nowIso(db)))));
    if (term === null) return { term: null, types: [] };
    const starts = listRegisterStarts(db, orgId).filter((s) => s.termId === term.id);
    const given = db
      .prepare<[string, number], string>('SELECT DISTINCT doc_type FROM number_register WHERE org_id = ? AND term_id = ?')
      .pluck()
      .all(orgId, term.id);
    const types = [...new Set(['NQ', ...starts.map((s) => s.docType), ...given])].sort();
    return {
      term: { id: term.id, name: term.ordinal },
      types: types.map((docType) => {
        const start = starts.find((s) => s.docType === docType);
        const next = nextSeq(db, { orgId, termId: term.id, docType, termStart: term.startDate, termEnd: term.endDate });
        return { docType, next, start: start?.nextSeq ?? null, setBy: start?.setBy ?? null, setAt: start?.setAt ?? null };
      }),
    };
  });
}

export type RegisterImportInput = { orgId: string; text: string; who: string; allowGaps?: boolean; dryRun?: boolean };
export type RegisterImportResult = {
  saved: boolean;
  rows: number;
  /** Per term and type: the numbers read, lowest and highest. */
  series: { termName: string; docType: string; from: number; to: number; count: number }[];
  problems: SheetProblem[];
  gaps: string[];
};

/**
 * The register kept before the app, from a spreadsheet: every row goes to the number register of
 * the term covering its date. Checked before anything is saved: unreadable rows, dates outside
 * every term, numbers given twice (in the file or already in the register) refuse the import;
 * gaps in a series are listed and refuse it unless allowed.
 */
export function importRegister(db: Db, input: RegisterImportInput): Result<RegisterImportResult> {
  return attempt('nhập sổ đăng ký', () =>
    db
      .transaction((): RegisterImportResult => {
        const org = unwrap(getOrganization(db, input.orgId));
        const sheet = readRegisterSheet(input.text);
        const problems = [...sheet.problems];
        const series = new Map<string, { termId: number; termName: string; docType: string; seqs: Map<number, number> }>();
        const placed: { row: (typeof sheet.rows)[number]; termId: number }[] = [];
        for (const row of sheet.rows) {
          const term = unwrap(currentTerm(db, org.id, row.date));
          if (term === null) {
            problems.push({
              line: row.line,
              message: `Dòng ${row.line}: ngày ${formatDateShort(row.date)} không thuộc nhiệm kỳ nào đã khai báo.`,
            });
            continue;
          }
          const key = `${term.id}:${row.docType}`;
          const s = series.get(key) ?? { termId: term.id, termName: term.ordinal, docType: row.docType, seqs: new Map<number, number>() };
          series.set(key, s);
          const twice = s.seqs.get(row.seq);
          if (twice !== undefined) {
            problems.push({ line: row.line, message: `Dòng ${row.line}: số ${row.seq} loại ${row.docType} trùng với dòng ${twice}.` });
          } else if (
            db
              .prepare('SELECT 1 FROM number_register WHERE org_id = ? AND term_id = ? AND doc_type = ? AND seq = ?')
              .get(org.id, term.id, row.docType, row.seq)
          ) {
            problems.push({ line: row.line, message: `Dòng ${row.line}: số ${row.seq} loại ${row.docType} đã có trong sổ đăng ký.` });
          } else {
            s.seqs.set(row.seq, row.line);
            placed.push({ row, termId: term.id });
          }
        }
        const gaps: string[] = [];
        for (const s of series.values()) {
          const have = new Set([
            ...s.seqs.keys(),
            ...db
              .prepare<[string, number, string], number>(
                'SELECT seq FROM number_register WHERE org_id = ? AND term_id = ? AND doc_type = ?',
              )
              .pluck()
              .all(org.id, s.termId, s.docType),
          ]);
          const top = Math.max(0, ...have);
          const missing = Array.from({ length: top }, (_, i) => i + 1).filter((n) => !have.has(n));
          if (missing.length > 0) gaps.push(`Nhiệm kỳ ${s.termName}, loại ${s.docType}: thiếu số ${missing.join(', ')}.`);
        }
        const summary = [...series.values()].map((s) => {
          const seqs = [...s.seqs.keys()];
          return { termName: s.termName, docType: s.docType, from: Math.min(...seqs), to: Math.max(...seqs), count: seqs.length };
        });
        const refused = problems.length > 0 || (gaps.length > 0 && input.allowGaps !== true) || placed.length === 0;
        if (refused || input.dryRun === true) return { saved: false, rows: placed.length, series: summary, problems, gaps };
        const at = nowIso(db);
        for (const { row, termId } of placed) {
          insertRegisterRow(db, {
            orgId: org.id,
            termId,
            docType: row.docType,
            seq: row.seq,
            documentId: null,
            issuedOn: row.date,
            summary: row.summary,
            recipients: '',
            signer: '',
            secret: false,
            at,
            who: input.who,
            issuerCode: org.issuerCode,
          });
        }
        auditSetup(db, {
          orgId: org.id,
          who: input.who,
          entity: 'so-dang-ky-nhap',
          reason: `Nhập sổ đăng ký từ bảng tính: ${placed.length} số`,
          before: null,
          after: summary,
        });
        return { saved: true, rows: placed.length, series: summary, problems, gaps };
      })
      .immediate(),
  );
}
