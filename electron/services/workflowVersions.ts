import type { Resolution } from '../contract/model/index.ts';
import type { StoredDocument } from '../contract/model/office.ts';
import type { Result } from '../contract/result.ts';
import type { Db } from '../store/db.ts';
import { writeChange } from '../store/documentChange.ts';
import { getDocument, loadDocument } from '../store/documents.ts';
import { attempt, unwrap } from '../store/errors.ts';
import { getVersion } from '../store/versions.ts';
import { saveDocument } from './documentSave.ts';
import { amendable, contentEditable, sameVersion, signedChange } from './workflowRules.ts';

/**
 * Versions on request: "Lưu phiên bản" keeps a version even when nothing changed; an earlier
 * version can be restored (as a new version naming it); an issued document is amended only as a
 * new version with a reason, keeping its number and date.
 */

/** Of every request here: the document, who does it, and the version it was based on. */
type Step = { id: number; who: string; expectedVersion?: number };

export type SaveVersionInput = Step & { why: string; content?: Resolution };

/**
 * "Lưu phiên bản": a new version of the document with this reason — of `content` when given (the
 * text being edited; refused outside Dự thảo and Trả lại when it differs), else of what is saved.
 */
export function saveVersion(db: Db, input: SaveVersionInput): Result<StoredDocument> {
  const current = getDocument(db, input.id);
  if (!current.ok) return current;
  return saveDocument(db, {
    id: input.id,
    content: input.content ?? current.value.content,
    expectedVersion: input.expectedVersion ?? current.value.version,
    forceVersion: true,
    who: input.who,
    why: input.why,
  });
}

export type RestoreVersionInput = Step & { version: number; why?: string };

/**
 * Restores an earlier version's content as a new version whose reason names it ("Khôi phục phiên
 * bản 3: …"). Only while the content may be edited; the current "Dự thảo lần N" is kept.
 */
export function restoreVersion(db: Db, input: RestoreVersionInput): Result<StoredDocument> {
  return attempt('khôi phục phiên bản', () =>
    db
      .transaction((): StoredDocument => {
        unwrap(signedChange(input));
        const current = loadDocument(db, input.id);
        unwrap(sameVersion(current, input.expectedVersion));
        unwrap(contentEditable(current.status));
        const old = unwrap(getVersion(db, input.id, input.version));
        const content = {
          ...old.content,
          header: { ...old.content.header, number: current.content.header.number, date: current.content.header.date },
          marks: { ...old.content.marks, draftRound: current.content.marks.draftRound },
        };
        const why = `Khôi phục phiên bản ${input.version} (${old.createdBy}, ${old.createdAt.slice(0, 10)})${input.why ? `: ${input.why}` : ''}`;
        return writeChange(db, current, {
          content,
          status: current.status,
          who: input.who,
          why,
          action: 'khoi-phuc-phien-ban',
          detail: { restoredVersion: input.version },
        });
      })
      .immediate(),
  );
}

export type AmendIssuedInput = Step & { why: string; content: Resolution };

/**
 * Sửa văn bản đã ban hành: a new version of an issued document with the reason, keeping its
 * number and issue date (and no "Dự thảo" mark). The register keeps the entry made at issue.
 */
export function amendIssued(db: Db, input: AmendIssuedInput): Result<StoredDocument> {
  return attempt('sửa văn bản đã ban hành', () =>
    db
      .transaction((): StoredDocument => {
        const given = input.content;
        unwrap(signedChange(input));
        const current = loadDocument(db, input.id);
        unwrap(sameVersion(current, input.expectedVersion));
        const content = {
          ...given,
          header: { ...given.header, number: current.content.header.number, date: current.content.header.date },
          marks: { ...given.marks, draftRound: null },
        };
        unwrap(amendable(current, JSON.stringify(content) !== JSON.stringify(current.content)));
        return writeChange(db, current, { content, status: 'ban-hanh', who: input.who, why: input.why, action: 'sua-sau-ban-hanh' });
      })
      .immediate(),
  );
}
