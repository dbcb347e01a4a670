import * as z from 'zod';
import { parsedValueSchema } from '../contract/model/index.ts';
import {
  resultEntrySchema,
  resultSourceSchema,
  resultSources,
  type ResultEntry,
  type ResultSource,
  type StoredResult,
} from '../contract/model/office.ts';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { appendAudit } from './audit.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { readJson, readValue } from './json.ts';

const upsertSchema = z
  .object({
    orgId: z.string().min(1),
    year: z.number().int().min(1930).max(2200),
    who: z.string().trim().min(1, 'Thiếu người nhập'),
    entries: z.array(resultEntrySchema),
    /** Indicators whose result of the year is taken back (typed by mistake): their row goes. */
    cleared: z.array(z.string().min(1)).default([]),
  })
  .refine((d) => d.entries.length + d.cleared.length > 0, 'Không có kết quả nào để lưu');
export type UpsertResultsInput = z.input<typeof upsertSchema>;

/** Columns of `results` as read by the queries that join it. */
export type ResultColumns = {
  result_written: string | null;
  result_parsed: string | null;
  result_source: string | null;
  recorded_by: string | null;
  recorded_at: string | null;
};

export function toStoredResult(row: ResultColumns, what: string): StoredResult | null {
  if (row.result_written === null) return null;
  return {
    written: row.result_written,
    parsed: row.result_parsed === null ? null : unwrap(readJson(parsedValueSchema, row.result_parsed, what)),
    source: unwrap(readValue(resultSourceSchema, row.result_source, what)),
    recordedBy: row.recorded_by ?? '',
    recordedAt: row.recorded_at ?? '',
  };
}

/**
 * Records (or replaces) the results of a year for indicators of an organization, and takes back
 * those `cleared`, all or nothing, with one audit row. Returns how many results were written or taken back.
 */
export function upsertResults(db: Db, input: UpsertResultsInput): Result<number> {
  return attempt('lưu kết quả thực hiện chỉ tiêu', () =>
    db
      .transaction(() => {
        const data = unwrap(validate(upsertSchema, input, 'Kết quả thực hiện'));
        const idOf = db.prepare<[string, string], number>('SELECT id FROM indicators WHERE org_id = ? AND key = ?').pluck();
        const ids = data.entries.map((e) => idOf.get(data.orgId, e.key));
        const clearedIds = data.cleared.map((key) => idOf.get(data.orgId, key));
        const unknown = [
          ...data.entries.filter((_, i) => ids[i] === undefined).map((e) => e.key),
          ...data.cleared.filter((_, i) => clearedIds[i] === undefined),
        ];
        if (unknown.length > 0) abort('NOT_FOUND', `Chưa có chỉ tiêu nào với mã đã cho ở tổ chức ${data.orgId}.`, unknown);
        const upsert = db.prepare(
          `INSERT INTO results (indicator_id, year, written, parsed, source, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (indicator_id, year) DO UPDATE SET
           written = excluded.written, parsed = excluded.parsed, source = excluded.source,
           recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
        );
        const at = nowIso(db);
        data.entries.forEach((e, i) => {
          upsert.run(ids[i], data.year, e.written, e.parsed === null ? null : JSON.stringify(e.parsed), e.source, data.who, at);
        });
        const remove = db.prepare('DELETE FROM results WHERE indicator_id = ? AND year = ?');
        for (const id of clearedIds) remove.run(id, data.year);
        appendAudit(db, {
          orgId: data.orgId,
          documentId: null,
          action: 'ket-qua',
          who: data.who,
          at,
          detail: {
            reason:
              data.cleared.length > 0
                ? `Nhập kết quả năm ${data.year}, xóa ${data.cleared.length} kết quả nhập nhầm`
                : `Nhập kết quả năm ${data.year}`,
            year: data.year,
            keys: data.entries.map((e) => e.key),
            ...(data.cleared.length > 0 ? { cleared: data.cleared } : {}),
          },
        });
        return data.entries.length + data.cleared.length;
      })
      .immediate(),
  );
}

/** The results of one year for an organization, by indicator key. */
export function listResults(db: Db, orgId: string, year: number): Result<Map<string, StoredResult>> {
  return attempt('đọc kết quả thực hiện chỉ tiêu', () => {
    const rows = db
      .prepare<{ orgId: string; year: number }, ResultColumns & { key: string }>(
        `SELECT i.key, r.written AS result_written, r.parsed AS result_parsed, r.source AS result_source, r.recorded_by, r.recorded_at
         FROM indicators i JOIN results r ON r.indicator_id = i.id AND r.year = @year
         WHERE i.org_id = @orgId ORDER BY i.key`,
      )
      .all({ orgId, year });
    const out = new Map<string, StoredResult>();
    for (const row of rows) {
      const result = toStoredResult(row, `Kết quả năm ${year} của chỉ tiêu "${row.key}"`);
      if (result) out.set(row.key, result);
    }
    return out;
  });
}

export { resultEntrySchema, resultSourceSchema, resultSources, type ResultEntry, type ResultSource, type StoredResult };
