import { resolutionSchema, type Resolution } from '../contract/model/index.ts';
import type { Result } from '../contract/result.ts';
import type { Db } from './db.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { readJson, readValue } from './json.ts';
import { documentStatusSchema, type DocumentStatus } from '../contract/model/status.ts';
import type { VersionRef } from '../contract/workflow.ts';

/** One immutable snapshot of a document: its content and status after a write. */
export type StoredVersion = VersionRef & { content: Resolution };

type VersionRow = { document_id: number; version: number; status: string; created_by: string; created_at: string; reason: string };

function toInfo(row: VersionRow): VersionRef {
  return {
    documentId: row.document_id,
    version: row.version,
    status: unwrap(readValue(documentStatusSchema, row.status, `Trạng thái của phiên bản ${row.version}`)),
    createdBy: row.created_by,
    createdAt: row.created_at,
    reason: row.reason,
  };
}

/** Appends a snapshot; call inside the transaction that makes the change. */
export function appendVersion(
  db: Db,
  v: {
    documentId: number;
    version: number;
    status: DocumentStatus;
    content: string;
    who: string;
    why: string;
    at: string;
    autosave?: boolean;
  },
): void {
  db.prepare(
    'INSERT INTO document_versions (document_id, version, status, content, created_by, created_at, reason, autosave) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(v.documentId, v.version, v.status, v.content, v.who, v.at, v.why, v.autosave === true ? 1 : 0);
}

/**
 * The versions of a document, oldest first, without content: the checkpoints people and the
 * workflow make; autosaves only when asked (for recovery).
 */
export function listVersions(db: Db, documentId: number, options: { includeAutosaves?: boolean } = {}): Result<VersionRef[]> {
  const filter = options.includeAutosaves === true ? '' : ' AND autosave = 0';
  return attempt('đọc lịch sử văn bản', () =>
    db
      .prepare<[number], VersionRow>(
        `SELECT document_id, version, status, created_by, created_at, reason FROM document_versions WHERE document_id = ?${filter} ORDER BY version`,
      )
      .all(documentId)
      .map(toInfo),
  );
}
/** One version with its content (e.g. to compare draft 2 with draft 1). */
export function getVersion(db: Db, documentId: number, version: number): Result<StoredVersion> {
  return attempt('đọc phiên bản văn bản', () => {
    const row = db
      .prepare<[number, number], VersionRow & { content: string }>('SELECT * FROM document_versions WHERE document_id = ? AND version = ?')
      .get(documentId, version);
    if (!row) abort('NOT_FOUND', `Không tìm thấy phiên bản ${version} của văn bản #${documentId}.`);
    const content = unwrap(readJson(resolutionSchema, row.content, `Phiên bản ${version} của văn bản #${documentId}`));
    return { ...toInfo(row), content };
  });
}
