/** The local store: one SQLite file, opened by `openStore`; every query takes `store.db`. */
export { openStore, type OpenOptions, type Store } from './connection.ts';
export type { Db } from './db.ts';
export { LATEST_VERSION } from './migrations/index.ts';
export type { MigrationReport } from './migrate.ts';
export * from '../contract/model/status.ts';
export * from './organizations.ts';
export * from './terms.ts';
export {
  getDocument,
  lastNumberInTerm,
  latestDocument,
  listDocuments,
  type DocumentFilter,
  type DocumentSummary,
  type StoredDocument,
} from './documents.ts';
export { listBin, type BinnedDocument } from './bin.ts';
export { getVersion, listVersions, type StoredVersion } from './versions.ts';
export { listAudit, type AuditAction, type AuditDetail, type AuditEntry } from './audit.ts';
export { targetsWithResults, type TargetWithResult } from './targets.ts';
export {
  listResults,
  upsertResults,
  resultSources,
  type ResultEntry,
  type ResultSource,
  type StoredResult,
  type UpsertResultsInput,
} from './results.ts';
export * from './recipientLists.ts';
export * from './signers.ts';
export { listCopies, nextCopyNumber, recordCopy, type CopyEntry, type CopyScope, type RecordOptions } from './copyRegister.ts';
export { searchDocuments, type SearchHit, type SearchOptions } from './search.ts';
export type { Passage } from './passage.ts';
export { foldText } from './fold.ts';
