import { flattenTargets, parsedValueSchema, type TargetNode, type TargetWithResult } from '../contract/model/index.ts';
import type { Result } from '../contract/result.ts';
import type { Db } from './db.ts';
import type { DocumentSummary } from './documentRows.ts';
import { findDocumentFor } from './documents.ts';
import { attempt, unwrap } from './errors.ts';
import { readJson } from './json.ts';
import { toStoredResult, type ResultColumns } from './results.ts';

/**
 * Rewrites the `targets` rows of a document from its content and keeps the organization's
 * indicators (identity across years) up to date: an indicator takes the name, unit and group
 * of the latest plan year that mentions it. Call inside the saving transaction.
 */
export function syncTargets(db: Db, doc: { id: number; orgId: string; planYear: number }, nodes: readonly TargetNode[]): void {
  db.prepare('DELETE FROM targets WHERE document_id = ?').run(doc.id);
  const upsert = db.prepare(
    `INSERT INTO indicators (org_id, key, name, unit, group_key, group_name, last_year) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (org_id, key) DO UPDATE SET
       name = excluded.name, unit = excluded.unit, group_key = excluded.group_key,
       group_name = excluded.group_name, last_year = excluded.last_year
     WHERE excluded.last_year >= indicators.last_year`,
  );
  const idOf = db.prepare<[string, string], number>('SELECT id FROM indicators WHERE org_id = ? AND key = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO targets (document_id, position, indicator_id, depth, parent_key, name, unit, written, parsed)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  flattenTargets(nodes).forEach(({ node, depth, parent, group }, position) => {
    const unit = node.unit ?? null;
    upsert.run(doc.orgId, node.key, node.name, unit, group?.key ?? null, group?.name ?? null, doc.planYear);
    const indicatorId = idOf.get(doc.orgId, node.key);
    const parsed = node.value ? JSON.stringify(node.value.parsed) : null;
    insert.run(doc.id, position, indicatorId, depth, parent?.key ?? null, node.name, unit, node.value?.written ?? null, parsed);
  });
}

export type { TargetWithResult };

type Row = ResultColumns & {
  key: string;
  name: string;
  unit: string | null;
  depth: number;
  parent_key: string | null;
  group_key: string | null;
  group_name: string | null;
  written: string | null;
  parsed: string | null;
};

/** targets -> indicators -> results in one query, in the document's order; uses the primary keys only. */
export const TARGETS_WITH_RESULTS_SQL = `SELECT i.key, t.name, t.unit, t.depth, t.parent_key, i.group_key, i.group_name, t.written, t.parsed,
    r.written AS result_written, r.parsed AS result_parsed, r.source AS result_source, r.recorded_by, r.recorded_at
  FROM targets t
  JOIN indicators i ON i.id = t.indicator_id
  LEFT JOIN results r ON r.indicator_id = t.indicator_id AND r.year = @year
  WHERE t.document_id = @documentId
  ORDER BY t.position`;

/**
 * A year's targets of an organization (from its issued document for that plan year, or the
 * latest draft if none was issued) with the results recorded for that year. Null when the
 * organization has no document for the year.
 */
export function targetsWithResults(
  db: Db,
  orgId: string,
  year: number,
): Result<{ document: DocumentSummary; rows: TargetWithResult[] } | null> {
  return attempt('đọc chỉ tiêu và kết quả', () => {
    const document = findDocumentFor(db, orgId, year);
    if (!document) return null;
    const rows = db.prepare<{ year: number; documentId: number }, Row>(TARGETS_WITH_RESULTS_SQL).all({ year, documentId: document.id });
    return {
      document,
      rows: rows.map((row) => ({
        key: row.key,
        name: row.name,
        unit: row.unit,
        depth: row.depth,
        parentKey: row.parent_key,
        groupKey: row.group_key,
        groupName: row.group_name,
        target:
          row.written === null || row.parsed === null
            ? null
            : { written: row.written, parsed: unwrap(readJson(parsedValueSchema, row.parsed, `Giá trị chỉ tiêu "${row.key}"`)) },
        result: toStoredResult(row, `Kết quả năm ${year} của chỉ tiêu "${row.key}"`),
      })),
    };
  });
}
