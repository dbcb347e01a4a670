import type { Resolution } from '../contract/model/index.ts';
import type { DocumentStatus } from '../contract/model/status.ts';
import { appendAudit, type AuditAction, type AuditDetail } from './audit.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import { listingFields, type StoredDocument } from './documentRows.ts';
import { prepared } from './statements.ts';
import { keepSearchEntry } from './searchIndex.ts';
import { syncTargets } from './targets.ts';
import { appendVersion } from './versions.ts';

const UPDATE_SQL = `UPDATE documents SET doc_type = @docType, plan_year = @planYear, status = @status, profile_id = @profileId,
  number_seq = @numberSeq, issued_on = @issuedOn, title = @title, summary = @summary, content = @content,
  version = @version, updated_at = @at WHERE id = @id`;

export const INSERT_SQL = `INSERT INTO documents (org_id, doc_type, plan_year, status, profile_id, number_seq, issued_on, title, summary, content, version, created_at, updated_at)
  VALUES (@orgId, @docType, @planYear, @status, @profileId, @numberSeq, @issuedOn, @title, @summary, @content, 1, @at, @at)`;

/** The row's columns derived from the content. */
export function columns(content: Resolution, json: string, status: DocumentStatus, at: string) {
  return {
    docType: content.header.number.typeCode,
    planYear: content.planYear,
    status,
    profileId: content.profileId,
    numberSeq: content.header.number.seq,
    issuedOn: content.header.date,
    ...listingFields(content),
    content: json,
    at,
  };
}

export type WrittenVersion = {
  id: number;
  orgId: string;
  version: number;
  status: DocumentStatus;
  content: Resolution;
  json: string;
  who: string;
  why: string;
  at: string;
  /** An autosave (kept for recovery, not listed as a checkpoint). */
  autosave?: boolean;
};

/**
 * The parts of a write besides the row: the version snapshot, the targets and the search index
 * (when what they are made of changed; an autosave's index entry waits, see keepSearchEntry) and
 * the audit row.
 */
export function writeDerived(
  db: Db,
  change: WrittenVersion,
  audit: {
    action: AuditAction;
    previous: Resolution | null;
    fromStatus?: DocumentStatus;
    contentChanged: boolean;
    detail?: Partial<AuditDetail>;
  },
): void {
  appendVersion(db, {
    documentId: change.id,
    version: change.version,
    status: change.status,
    content: change.json,
    who: change.who,
    why: change.why,
    at: change.at,
    ...(change.autosave === true ? { autosave: true } : {}),
  });
  const before = audit.previous;
  const targetsChanged =
    before === null ||
    before.planYear !== change.content.planYear ||
    JSON.stringify(before.targets) !== JSON.stringify(change.content.targets);
  if (audit.contentChanged && targetsChanged) {
    syncTargets(db, { id: change.id, orgId: change.orgId, planYear: change.content.planYear }, change.content.targets);
  }
  if (audit.contentChanged) keepSearchEntry(db, change.id, change.content, before, change.autosave === true);
  appendAudit(db, {
    orgId: change.orgId,
    documentId: change.id,
    action: audit.action,
    who: change.who,
    at: change.at,
    detail: {
      reason: change.why,
      version: change.version,
      ...(audit.fromStatus !== undefined && audit.fromStatus !== change.status
        ? { fromStatus: audit.fromStatus, toStatus: change.status }
        : {}),
      ...(audit.action === 'trang-thai' ? { contentChanged: audit.contentChanged } : {}),
      ...audit.detail,
    },
  });
}

export type ChangeInput = {
  content: Resolution;
  status: DocumentStatus;
  who: string;
  why: string;
  /** The audit action; by default "trang-thai" when the status changes, else "sua". */
  action?: AuditAction;
  /** Extra audit detail (the number given, the version restored). */
  detail?: Partial<AuditDetail>;
  /** An autosave: the version is kept for recovery but is not a checkpoint. */
  autosave?: boolean;
};

/**
 * Writes a new version of an existing document: the row, the version snapshot, targets, search
 * index and audit, even when nothing changed (an explicit "Lưu phiên bản"). No workflow rule is
 * checked here: call inside a transaction, after the caller's checks.
 */
export function writeChange(
  db: Db,
  current: StoredDocument,
  change: ChangeInput,
  /** The new content and the current one as JSON, when the caller has them already. */
  texts?: { json: string; previousJson: string },
): StoredDocument {
  const json = texts?.json ?? JSON.stringify(change.content);
  const at = nowIso(db);
  const version = current.version + 1;
  const contentChanged = json !== (texts?.previousJson ?? JSON.stringify(current.content));
  const row = columns(change.content, json, change.status, at);
  prepared(db, UPDATE_SQL).run({ id: current.id, version, ...row });
  const action = change.action ?? (change.status !== current.status ? 'trang-thai' : 'sua');
  writeDerived(
    db,
    {
      id: current.id,
      orgId: current.orgId,
      version,
      status: change.status,
      content: change.content,
      json,
      who: change.who,
      why: change.why,
      at,
      ...(change.autosave === true ? { autosave: true } : {}),
    },
    { action, previous: current.content, fromStatus: current.status, contentChanged, ...(change.detail ? { detail: change.detail } : {}) },
  );
  // What loadDocument would read back, without parsing the content just checked again.
  return {
    ...current,
    docType: row.docType,
    planYear: row.planYear,
    status: change.status,
    profileId: row.profileId,
    numberSeq: row.numberSeq,
    issuedOn: row.issuedOn,
    title: row.title,
    summary: row.summary,
    version,
    updatedAt: at,
    content: change.content,
  };
}
