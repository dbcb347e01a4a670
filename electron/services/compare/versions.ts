import { fail, ok, type Result } from '../../contract/result.ts';
import type { VersionComparison, VersionRef } from '../../contract/workflow.ts';
import type { Db } from '../../store/db.ts';
import { getVersion, type StoredVersion } from '../../store/versions.ts';
import { compareResolutions } from './index.ts';

export type VersionPair = { id: number; from: number; to: number };

export type LoadedPair = { older: StoredVersion; newer: StoredVersion };

/** The two versions of a document, older first whatever order they were asked in. */
export function loadPair(db: Db, pair: VersionPair): Result<LoadedPair> {
  if (pair.from === pair.to) return fail('INVALID_INPUT', 'Hãy chọn hai phiên bản khác nhau để so sánh.');
  const a = getVersion(db, pair.id, Math.min(pair.from, pair.to));
  if (!a.ok) return a;
  const b = getVersion(db, pair.id, Math.max(pair.from, pair.to));
  if (!b.ok) return b;
  return ok({ older: a.value, newer: b.value });
}

function ref(v: StoredVersion): VersionRef {
  return {
    documentId: v.documentId,
    version: v.version,
    status: v.status,
    createdBy: v.createdBy,
    createdAt: v.createdAt,
    reason: v.reason,
  };
}

/** "So sánh phiên bản": two versions of a document compared, older against newer. */
export function compareVersions(db: Db, pair: VersionPair): Result<VersionComparison> {
  const loaded = loadPair(db, pair);
  if (!loaded.ok) return loaded;
  const { older, newer } = loaded.value;
  return ok({ older: ref(older), newer: ref(newer), comparison: compareResolutions(older.content, newer.content) });
}
