import type { ResultSource, StoredDocument } from '../contract/model/office.ts';
import { stripComments } from '../contract/model/commentAnchors.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import type { Result } from '../contract/result.ts';
import { parseTargetValue } from '../format/targetValue.ts';
import type { Db } from '../store/db.ts';
import { getDocument } from '../store/documents.ts';
import { checkContent, saveDocument } from './documentSave.ts';
import { upsertResults } from '../store/results.ts';
import { targetsWithResults } from '../store/targets.ts';

/**
 * The content of a copy: a fresh draft (dự thảo lần 1) with no number and no issue date, and
 * without the original's comment anchors (its comments stay with the original).
 */
export function asFreshDraft(content: Resolution): Resolution {
  return {
    ...content,
    body: stripComments(content.body),
    header: { ...content.header, number: { ...content.header.number, seq: null }, date: null },
    marks: { ...content.marks, draftRound: 1 },
  };
}

/** "Nhân bản": a new draft of the same organization with the same content, saved with its first version. */
export function duplicateDocument(db: Db, id: number, who: string): Result<StoredDocument> {
  const source = getDocument(db, id);
  if (!source.ok) return source;
  const content = checkContent(asFreshDraft(source.value.content));
  if (!content.ok) return content;
  return saveDocument(db, {
    orgId: source.value.orgId,
    content: content.value,
    status: 'du-thao',
    who,
    why: `Nhân bản từ văn bản #${id}`,
  });
}

export type TypedResult = { key: string; written: string };

/**
 * Results of a year, typed by hand (source "nhập tay", the default) or pasted from a spreadsheet:
 * each value is read with the target's unit (so "772" of a "tỷ đồng" target reads as 772 tỷ đồng).
 */
export function saveTypedResults(
  db: Db,
  input: { orgId: string; year: number; entries: readonly TypedResult[]; who: string; source?: ResultSource },
): Result<number> {
  const rows = targetsWithResults(db, input.orgId, input.year);
  if (!rows.ok) return rows;
  const units = new Map((rows.value?.rows ?? []).map((r) => [r.key, r.unit ?? undefined]));
  // A result emptied in the dialog was typed by mistake: it is taken back, not stored empty.
  const typed = input.entries.filter((e) => e.written.trim() !== '');
  const cleared = input.entries.filter((e) => e.written.trim() === '').map((e) => e.key);
  const entries = typed.map((e) => ({
    key: e.key,
    written: e.written,
    parsed: parseTargetValue(e.written, units.get(e.key)),
    source: input.source ?? 'nhap-tay',
  }));
  return upsertResults(db, { orgId: input.orgId, year: input.year, who: input.who, entries, cleared });
}
