import { resolutionSchema, type Resolution } from '../contract/model/resolution.ts';
import type { DocumentStatus } from '../contract/model/status.ts';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import type { Db } from '../store/db.ts';
import { writeChange } from '../store/documentChange.ts';
import type { StoredDocument } from '../store/documentRows.ts';
import { loadDocument, loadDocumentText } from '../store/documents.ts';
import { insertDocument, writeContent } from '../store/documentWrite.ts';
import { attempt, unwrap } from '../store/errors.ts';
import { registerIssuedOnCreate } from '../store/numberRegister.ts';
import { indexWhenIdle } from './searchIdle.ts';
import { planSave, planStatusChange, signedChange } from './workflowRules.ts';

/**
 * Saving a document and changing its status: each one BEGIN IMMEDIATE transaction that reads the
 * stored document, runs the workflow's rules (workflowRules.ts) and writes through the store, so
 * a concurrent save either comes before (and this one gets CONFLICT) or after. The input is
 * already checked: content by the model's schema where it came in (see `checkContent`).
 */

type Signed = { who: string; why: string };

/** A new document of an organization; its first status is dự thảo unless given (an imported issued one). */
export type NewDocumentInput = Signed & { orgId: string; content: Resolution; status?: DocumentStatus; id?: never };

/**
 * The content of an existing document's save: given whole, or made from the stored version read
 * inside the save's transaction (the editor's changes applied to its body: documentEdits.ts), so
 * the document is read once and nothing can come between.
 */
export type SaveContent = Resolution | ((current: StoredDocument) => Result<Resolution>);

/** A save of an existing document (see `SaveRequest` in workflowRules.ts). */
export type DocumentSaveInput = Signed & {
  id: number;
  content: SaveContent;
  status?: DocumentStatus;
  expectedVersion?: number;
  forceVersion?: boolean;
  autosave?: boolean;
  orgId?: never;
};

export type SaveDocumentInput = NewDocumentInput | DocumentSaveInput;
export type SetStatusInput = Signed & { id: number; status: DocumentStatus; expectedVersion?: number };

/** Content made by the app from outside data (a template, a Word file), checked once before it is saved. */
export function checkContent(content: Resolution): Result<Resolution> {
  return validate(resolutionSchema, content, 'Nội dung văn bản');
}

function create(db: Db, input: NewDocumentInput): StoredDocument {
  const status = input.status ?? 'du-thao';
  const saved = insertDocument(db, { orgId: input.orgId, content: input.content, status, who: input.who, why: input.why });
  // A document created already issued (imported, demo data) takes its number in the register.
  if (status === 'ban-hanh') {
    registerIssuedOnCreate(db, { id: saved.id, orgId: saved.orgId, content: input.content, who: input.who, at: saved.updatedAt });
  }
  return saved;
}

function update(db: Db, input: DocumentSaveInput): StoredDocument {
  const { document: current, json: previousJson } = loadDocumentText(db, input.id);
  const given = typeof input.content === 'function' ? unwrap(input.content(current)) : input.content;
  const plan = unwrap(planSave({ ...current, json: previousJson }, { ...input, content: given }));
  if (!plan.write) return current;
  const { content, status, json, action, autosave } = plan;
  return writeContent(
    db,
    current,
    { content, status, who: input.who, why: input.why, ...(action ? { action } : {}), ...(autosave ? { autosave } : {}) },
    { json, previousJson },
  );
}

/**
 * Saves a document's content, new or existing: the row, a version, its targets and indicators,
 * the search index (an autosave's entry waits, made when the app is idle: searchIdle.ts) and an
 * audit row. Saving unchanged content with the same status writes nothing unless `forceVersion`.
 */
export function saveDocument(db: Db, input: SaveDocumentInput): Result<StoredDocument> {
  const saved = attempt('lưu văn bản', () =>
    db
      .transaction((): StoredDocument => {
        unwrap(signedChange(input));
        return input.id === undefined ? create(db, input) : update(db, input);
      })
      .immediate(),
  );
  if (saved.ok && input.id !== undefined && input.autosave === true) indexWhenIdle(db);
  return saved;
}

/**
 * Changes a document's status (trình duyệt, trả lại, duyệt) with a version and an audit row.
 * Issuing is `issueDocument` (register.ts), which gives the number.
 */
export function setDocumentStatus(db: Db, input: SetStatusInput): Result<StoredDocument> {
  return attempt('đổi trạng thái văn bản', () =>
    db
      .transaction((): StoredDocument => {
        unwrap(signedChange(input));
        const current = loadDocument(db, input.id);
        const plan = unwrap(planStatusChange(current, input));
        if (!plan.write) return current;
        return writeChange(db, current, { content: plan.content, status: plan.status, who: input.who, why: input.why });
      })
      .immediate(),
  );
}
