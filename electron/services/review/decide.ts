import type { DecisionOutcome, PlacedAnchor, Suggestion } from '../../contract/model/review.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import { contentLockedMessage, isContentEditable } from '../../contract/model/status.ts';
import type { Result } from '../../contract/result.ts';
import { nowIso } from '../../store/clock.ts';
import type { Db } from '../../store/db.ts';
import { checkContent, saveDocument } from '../documentSave.ts';
import { loadDocument } from '../../store/documents.ts';
import { abort, attempt, unwrap } from '../../store/errors.ts';
import { listSuggestionRows, setSuggestionState } from '../../store/reviewItems.ts';
import { anchorText } from '../../contract/model/partAnchors.ts';
import { editAnchor, insertParagraph, removeBlock } from './apply.ts';

/**
 * Accepting or rejecting suggestions. An accepted suggestion changes the structured draft where
 * it is anchored. Offsets are those of the text as the review copy printed it, so each is moved by
 * the suggestions of the same import already accepted before it in that text (and a body block by
 * the paragraphs added or removed before it); the text found there must still be the text the
 * reviewer deleted, else the suggestion is reported as a conflict and stays open. Accepting
 * saves one new version ("Chấp nhận góp ý từ Word"), made by the person deciding.
 */

type Placed = Suggestion & { anchor: PlacedAnchor };

const isPlaced = (s: Suggestion): s is Placed => s.anchor.part !== 'none';
const sameBatch = (a: Suggestion, b: Suggestion): boolean => a.importedAt === b.importedAt && a.source === b.source;

/** The anchor without its offset: which text it is. */
function textKey(anchor: PlacedAnchor): string {
  return JSON.stringify({ ...anchor, at: null });
}

const atOf = (a: PlacedAnchor): number => ('at' in a ? a.at : 0);
const delta = (s: Suggestion): number => (s.kind === 'format' ? 0 : s.inserted.length - s.deleted.length);

function blockOf(s: Placed, accepted: readonly Placed[]): number | null {
  if (s.anchor.part !== 'body' && s.anchor.part !== 'body-cell') return null;
  const block = s.anchor.block;
  let shift = 0;
  for (const t of accepted) {
    if (!sameBatch(s, t)) continue;
    if (t.kind === 'paragraph' && t.anchor.part === 'body-new' && t.anchor.after < block) shift += 1;
    if (t.kind === 'paragraph' && t.anchor.part === 'body' && t.anchor.block < block) shift -= 1;
  }
  return block + shift;
}

function moved(s: Placed, accepted: readonly Placed[]): PlacedAnchor {
  const block = blockOf(s, accepted);
  let shift = 0;
  for (const t of accepted) {
    if (!sameBatch(s, t) || t.kind === 'paragraph' || textKey(t.anchor) !== textKey(s.anchor)) continue;
    if (atOf(t.anchor) < atOf(s.anchor) || (atOf(t.anchor) === atOf(s.anchor) && t.id < s.id)) shift += delta(t);
  }
  const anchor = { ...s.anchor, ...(block === null ? {} : { block }) } as PlacedAnchor;
  return 'at' in anchor ? ({ ...anchor, at: anchor.at + shift } as PlacedAnchor) : anchor;
}

/** Where a paragraph added after block `after` goes now: after the paragraphs added there before it. */
function newParagraphAfter(after: number, s: Suggestion, accepted: readonly Placed[]): number {
  let shift = 0;
  for (const t of accepted) {
    if (!sameBatch(s, t) || t.kind !== 'paragraph') continue;
    if (t.anchor.part === 'body-new' && t.anchor.after <= after) shift += 1;
    if (t.anchor.part === 'body' && t.anchor.block <= after) shift -= 1;
  }
  return after + shift;
}

/** `doc` with suggestion `s` accepted, or a Vietnamese reason why it cannot be. */
function accept(doc: Resolution, s: Placed, accepted: readonly Placed[]): Resolution | string {
  const anchor = moved(s, accepted);
  if (s.anchor.part === 'body-new') return insertParagraph(doc, newParagraphAfter(s.anchor.after, s, accepted), s.inserted);
  const current = anchorText(doc, anchor);
  if (current === null) return `Không còn đoạn "${s.place}" trong văn bản.`;
  if (s.kind === 'paragraph' && anchor.part === 'body') {
    return current.trim() === s.deleted.trim() ? removeBlock(doc, anchor.block) : `Đoạn "${s.place}" đã được sửa sau khi xuất bản góp ý.`;
  }
  let at = 'at' in anchor ? anchor.at : 0;
  if (s.deleted !== '' && current.slice(at, at + s.deleted.length) !== s.deleted) {
    const found = current.indexOf(s.deleted);
    if (found === -1 || current.indexOf(s.deleted, found + 1) !== -1) {
      return `Đoạn “${s.deleted}” ở "${s.place}" đã thay đổi sau khi xuất bản góp ý.`;
    }
    at = found;
  }
  if (at > current.length) return `Vị trí góp ý ở "${s.place}" không còn trong văn bản.`;
  const edit =
    s.kind === 'format'
      ? { at, deleteLength: s.deleted.length, insert: '', emphasis: s.emphasis }
      : { at, deleteLength: s.deleted.length, insert: s.inserted };
  return editAnchor(doc, { ...anchor, at } as PlacedAnchor, edit);
}

export type DecideInput = { id: number; decision: 'accept' | 'reject'; all: boolean; suggestions: readonly number[] };

export function decideSuggestions(db: Db, input: DecideInput, who: string): Result<DecisionOutcome> {
  return attempt(input.decision === 'accept' ? 'chấp nhận góp ý' : 'bỏ qua góp ý', () =>
    db
      .transaction((): DecisionOutcome => {
        const doc = loadDocument(db, input.id);
        const rows = listSuggestionRows(db, doc.id);
        const chosen = input.all ? rows.filter((s) => s.state === 'open') : input.suggestions.map((k) => rows.find((s) => s.id === k));
        chosen.forEach((s, i) => {
          if (!s) abort('NOT_FOUND', `Văn bản #${doc.id} không có góp ý số ${input.suggestions[i] ?? ''}.`);
          if (s.state !== 'open') {
            abort(
              'INVALID_INPUT',
              `Góp ý số ${s.id} không còn chờ xử lý (${s.state === 'unplaced' ? 'không đặt được vào văn bản' : 'đã xử lý'}).`,
            );
          }
        });
        const list = (chosen as Suggestion[]).filter(isPlaced).sort((a, b) => a.id - b.id);
        const at = nowIso(db);
        if (input.decision === 'reject') {
          for (const s of list) setSuggestionState(db, s.id, 'rejected', who, at);
          return {
            decided: listSuggestionRows(db, doc.id).filter((s) => list.some((x) => x.id === s.id)),
            conflicts: [],
            version: doc.version,
          };
        }
        if (list.length > 0 && !isContentEditable(doc.status)) abort('INVALID_INPUT', contentLockedMessage(doc.status));
        const accepted = rows.filter((s): s is Placed => s.state === 'accepted' && isPlaced(s));
        const conflicts: { id: number; message: string }[] = [];
        let content = doc.content;
        const done: number[] = [];
        for (const s of list) {
          const next = accept(content, s, accepted);
          if (typeof next === 'string') {
            conflicts.push({ id: s.id, message: next });
            continue;
          }
          content = next;
          accepted.push(s);
          done.push(s.id);
        }
        if (!input.all && conflicts.length > 0) abort('INVALID_INPUT', conflicts.map((c) => `Góp ý số ${c.id}: ${c.message}`).join(' '));
        let version = doc.version;
        if (done.length > 0) {
          const authors = [...new Set(list.filter((s) => done.includes(s.id)).map((s) => s.author))].join(', ');
          const saved = unwrap(
            saveDocument(db, {
              id: doc.id,
              // The suggestions from the Word file applied: checked once, before it is saved.
              content: unwrap(checkContent(content)),
              expectedVersion: doc.version,
              who,
              why: `Chấp nhận ${done.length} góp ý từ Word (${authors})`,
              forceVersion: true,
            }),
          );
          version = saved.version;
          for (const id of done) setSuggestionState(db, id, 'accepted', who, at);
        }
        return { decided: listSuggestionRows(db, doc.id).filter((s) => done.includes(s.id)), conflicts, version };
      })
      .immediate(),
  );
}
