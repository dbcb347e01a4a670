import { termSchema, type Term, type TermInput } from '../contract/model/office.ts';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { formatDateShort } from '../format/dates.ts';
import type { Db } from './db.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { readValue } from './json.ts';

type TermRow = {
  id: number;
  org_id: string;
  ordinal: string;
  start_year: number;
  end_year: number;
  start_date: string;
  end_date: string | null;
  appointed: number;
};

function toTerm(row: TermRow): Term {
  const term = readValue(
    termSchema,
    {
      orgId: row.org_id,
      ordinal: row.ordinal,
      startYear: row.start_year,
      endYear: row.end_year,
      startDate: row.start_date,
      endDate: row.end_date,
      appointed: row.appointed === 1,
    },
    `Nhiệm kỳ #${row.id}`,
  );
  return { id: row.id, ...unwrap(term) };
}

export function addTerm(db: Db, input: TermInput): Result<Term> {
  return attempt('lưu nhiệm kỳ', () => {
    const t = unwrap(validate(termSchema, input, 'Nhiệm kỳ'));
    if (db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(t.orgId) === undefined)
      abort('NOT_FOUND', `Không tìm thấy tổ chức "${t.orgId}".`);
    if (db.prepare('SELECT 1 FROM terms WHERE org_id = ? AND ordinal = ?').get(t.orgId, t.ordinal) !== undefined) {
      abort('INVALID_INPUT', `Tổ chức "${t.orgId}" đã có nhiệm kỳ ${t.ordinal}.`);
    }
    const overlap = db
      .prepare<{ orgId: string; from: string; to: string | null }, TermRow>(
        `SELECT * FROM terms WHERE org_id = @orgId AND (end_date IS NULL OR end_date > @from) AND (@to IS NULL OR start_date < @to)
         ORDER BY start_date LIMIT 1`,
      )
      .get({ orgId: t.orgId, from: t.startDate, to: t.endDate });
    if (overlap) {
      const until = overlap.end_date === null ? 'chưa kết thúc' : `đến ${formatDateShort(overlap.end_date)}`;
      abort(
        'INVALID_INPUT',
        `Nhiệm kỳ ${t.ordinal} trùng thời gian với nhiệm kỳ ${overlap.ordinal} (từ ${formatDateShort(overlap.start_date)}, ${until}). ` +
          'Hãy ghi ngày kết thúc cho nhiệm kỳ trước hoặc sửa ngày bắt đầu.',
      );
    }
    const info = db
      .prepare('INSERT INTO terms (org_id, ordinal, start_year, end_year, start_date, end_date, appointed) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(t.orgId, t.ordinal, t.startYear, t.endYear, t.startDate, t.endDate, t.appointed ? 1 : 0);
    return { id: Number(info.lastInsertRowid), ...t };
  });
}

/** Sets the end of a running term (the day the next one begins). */
export function endTerm(db: Db, id: number, endDate: string): Result<Term> {
  return attempt('kết thúc nhiệm kỳ', () => {
    const row = db.prepare<[number], TermRow>('SELECT * FROM terms WHERE id = ?').get(id);
    if (!row) abort('NOT_FOUND', `Không tìm thấy nhiệm kỳ #${id}.`);
    if (endDate <= row.start_date) abort('INVALID_INPUT', 'Ngày kết thúc phải sau ngày bắt đầu nhiệm kỳ.');
    db.prepare('UPDATE terms SET end_date = ?, end_year = max(end_year, ?) WHERE id = ?').run(endDate, Number(endDate.slice(0, 4)), id);
    return toTerm({ ...row, end_date: endDate, end_year: Math.max(row.end_year, Number(endDate.slice(0, 4))) });
  });
}

/** An organization's terms, oldest first. */
export function listTerms(db: Db, orgId: string): Result<Term[]> {
  return attempt('đọc nhiệm kỳ', () =>
    db.prepare<[string], TermRow>('SELECT * FROM terms WHERE org_id = ? ORDER BY start_date').all(orgId).map(toTerm),
  );
}

/** The term running on `date` (YYYY-MM-DD): the latest one begun by then and not yet ended; null if none. */
export function currentTerm(db: Db, orgId: string, date: string): Result<Term | null> {
  return attempt('tìm nhiệm kỳ', () => {
    const row = db
      .prepare<{ orgId: string; date: string }, TermRow>(
        `SELECT * FROM terms WHERE org_id = @orgId AND start_date <= @date AND (end_date IS NULL OR end_date > @date)
         ORDER BY start_date DESC LIMIT 1`,
      )
      .get({ orgId, date });
    return row ? toTerm(row) : null;
  });
}

export { termSchema, type Term, type TermInput };
