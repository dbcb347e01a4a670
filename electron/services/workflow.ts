import type { StoredDocument } from '../contract/model/office.ts';
import type { DocumentStatus } from '../contract/model/status.ts';
import type { Result } from '../contract/result.ts';
import type { StatusEvent } from '../contract/workflow.ts';
import { listAudit } from '../store/audit.ts';
import type { Db } from '../store/db.ts';
import { setDocumentStatus } from './documentSave.ts';
import { getDocument } from '../store/documents.ts';
import { attempt, unwrap } from '../store/errors.ts';
import { getVersion } from '../store/versions.ts';

/**
 * Review: the secretary submits a draft (Trình duyệt); the chief of staff returns it with a
 * reason (Trả lại) or approves it (Đã duyệt). Each step is one transaction that writes a version
 * and an audit row with who, when and why. Issuing is `issueDocument` (register.ts); versions,
 * restore and amendments of issued documents are in versions.ts.
 */

export type ReviewStepInput = { id: number; who: string; why?: string; expectedVersion?: number };
/** Trả lại: the reason is required (the contract's request says so). */
export type ReturnInput = ReviewStepInput & { why: string };

function move(db: Db, input: ReviewStepInput, to: 'trinh-duyet' | 'tra-lai' | 'da-duyet', defaultWhy: string): Result<StoredDocument> {
  const { id, who, why, expectedVersion } = input;
  return setDocumentStatus(db, {
    id,
    status: to,
    who,
    why: why ?? defaultWhy,
    ...(expectedVersion !== undefined ? { expectedVersion } : {}),
  });
}

/** Dự thảo / Trả lại -> Trình duyệt. A resubmission after a return prints the next "Dự thảo lần N". */
export function submitForReview(db: Db, input: ReviewStepInput): Result<StoredDocument> {
  return move(db, input, 'trinh-duyet', 'Trình duyệt dự thảo');
}

/** Trình duyệt or Đã duyệt (not yet issued) -> Trả lại: back to the secretary for changes; the reason is required. */
export function returnDraft(db: Db, input: ReturnInput): Result<StoredDocument> {
  return move(db, input, 'tra-lai', '');
}

/** Trình duyệt -> Đã duyệt: ready for the clerk to issue. */
export function approveDocument(db: Db, input: ReviewStepInput): Result<StoredDocument> {
  return move(db, input, 'da-duyet', 'Duyệt dự thảo');
}

const eventKinds = new Set(['tao', 'trang-thai', 'sua-sau-ban-hanh']);

/**
 * The status history of a document, oldest first: creation, every change of status and every
 * amendment after issue, with who, when, why, the version written, the draft round it printed
 * and, when issued, its number.
 */
export function documentHistory(db: Db, id: number): Result<StatusEvent[]> {
  const doc = getDocument(db, id);
  if (!doc.ok) return doc;
  const audit = listAudit(db, { documentId: id });
  if (!audit.ok) return audit;
  return attempt('đọc lịch sử trạng thái', () => {
    const events: StatusEvent[] = [];
    let status: DocumentStatus | null = null;
    for (const entry of audit.value) {
      const version = entry.detail.version;
      if (!eventKinds.has(entry.action) || version === undefined) continue;
      const snapshot = unwrap(getVersion(db, id, version));
      events.push({
        at: entry.at,
        who: entry.who,
        from: entry.action === 'tao' ? null : (entry.detail.fromStatus ?? status),
        to: snapshot.status,
        kind: entry.action === 'tao' ? 'tao' : entry.action === 'trang-thai' ? 'trang-thai' : 'sua-sau-ban-hanh',
        reason: entry.detail.reason,
        version,
        draftRound: snapshot.content.marks.draftRound,
        number: entry.detail.number ?? null,
      });
      status = snapshot.status;
    }
    return events;
  });
}
