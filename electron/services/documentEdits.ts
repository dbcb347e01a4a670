import { applyBodyChanges, type BodyChange } from '../contract/model/bodyChanges.ts';
import type { Finding } from '../contract/model/office.ts';
import { resolutionSchema, type Resolution } from '../contract/model/resolution.ts';
import { ok, type Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import type { SavedEdits } from '../contract/verbs/edits.ts';
import type { Db } from '../store/db.ts';
import type { StoredDocument } from '../store/documentRows.ts';
import { getDocument } from '../store/documents.ts';
import { checkResolution } from './check/index.ts';
import { saveDocument } from './documentSave.ts';
import { profileFor } from './documents.ts';
import { sameVersion } from './workflowRules.ts';

/** The format findings of a document's content, or why it cannot be checked (an unknown profile). */
export function findingsOf(content: Resolution): Result<Finding[]> {
  const profile = profileFor(content);
  return profile.ok ? ok(checkResolution(content, profile.value)) : profile;
}

export type EditsInput = {
  id: number;
  expectedVersion: number;
  content: { body: BodyChange[] } & Record<string, unknown>;
  who: string;
};

/**
 * The editor's save (saveEdits): the body put together from the changes and the stored version
 * they were made against, the whole content checked by the model's schema, then saved as any
 * autosave is. The stored version is read once, inside the save's transaction (saveDocument), so a
 * save that came in between meets CONFLICT; answered with the new version and the saved content's
 * findings.
 */
export function saveEdits(db: Db, input: EditsInput): Result<SavedEdits> {
  const withChanges = (stored: StoredDocument): Result<Resolution> => {
    const same = sameVersion(stored, input.expectedVersion);
    if (!same.ok) return same;
    const body = applyBodyChanges(stored.content.body, input.content.body);
    if (!body.ok) return body;
    return validate(resolutionSchema, { ...input.content, body: body.value }, 'Nội dung văn bản');
  };
  const saved = saveDocument(db, {
    id: input.id,
    content: withChanges,
    expectedVersion: input.expectedVersion,
    who: input.who,
    why: 'Tự động lưu',
    autosave: true,
  });
  if (!saved.ok) return saved;
  return ok({ version: saved.value.version, updatedAt: saved.value.updatedAt, findings: findingsOf(saved.value.content) });
}

/** The findings of the stored document (checkStoredDocument). */
export function checkStoredDocument(db: Db, id: number): Result<Finding[]> {
  const stored = getDocument(db, id);
  return stored.ok ? findingsOf(stored.value.content) : stored;
}
