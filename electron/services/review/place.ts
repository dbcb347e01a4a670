import type { CommentPart, SuggestionAnchor } from '../../contract/model/review.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { alignLines } from './align.ts';
import { printedSlots, type Slot, type Span } from './slots.ts';
import type { Emphasis } from '../../contract/model/inline.ts';
import { changedText, originalText, type WordParagraph, type WordReview } from './wordRead.ts';
import { shortText } from '../../format/shortText.ts';

/**
 * Places what a reviewer did in Word on the draft: every tracked change of a paragraph that reads
 * as a printed line falls on the editable span it touches (a target's value, a recipient, a body
 * paragraph …); a paragraph added between body paragraphs becomes a new paragraph; anything else
 * (generated text, a change across two spans, a split or joined paragraph) is kept unplaced, with
 * what it said. Comments keep the body text they cover as their anchor, else the part they are on.
 */

export type PlacedChange = {
  kind: 'insert' | 'delete' | 'format' | 'paragraph' | 'join';
  author: string;
  madeAt: string | null;
  anchor: SuggestionAnchor;
  place: string;
  deleted: string;
  inserted: string;
  emphasis: Emphasis | null;
  /**
   * Where it is in the reviewer's file, whatever the draft reads now: the paragraph's text before
   * the change and the offset in it. The same file imported again after some changes were
   * accepted gives the same origin, so nothing is added twice.
   */
  origin: string;
};

/** A range of body text a comment covers: a heading, paragraph or bullet, or a cell of a body table. */
export type CommentRange = { block: number; start: number; end: number; cell?: { row: number; col: number } };
export type PlacedComment = {
  wordId: string;
  author: string;
  madeAt: string | null;
  body: string;
  quote: string;
  place: string;
  ranges: CommentRange[];
  /** On a part of the draft other than the body's text, or on a line the app writes (anchor `none`). */
  part: CommentPart | null;
  /** The Word id of the comment it answers (a reply), else null. */
  parentWordId: string | null;
};

export type PlacedReview = { changes: PlacedChange[]; comments: PlacedComment[] };

const quoteOf = (text: string): string => `“${shortText(text, 80)}”`;

function spanAt(slot: Slot, a: number, b: number): Span | null {
  return slot.spans.find((s) => s.start <= a && b <= s.start + s.length) ?? null;
}

function changesOf(para: WordParagraph, slot: Slot | null): PlacedChange[] {
  const out: PlacedChange[] = [];
  let at = 0;
  for (const seg of para.segments) {
    const length = seg.op === 'insert' ? 0 : seg.text.length;
    if (seg.op !== 'equal' && seg.change) {
      const span = slot ? spanAt(slot, at, at + length) : null;
      const where = slot ? `${slot.where}: ${quoteOf(slot.text)}` : quoteOf(originalText(para) || changedText(para));
      const anchor: SuggestionAnchor = span ? span.anchor(span.base + at - span.start) : { part: 'none', where };
      out.push({
        kind: seg.op,
        author: seg.change.author,
        madeAt: seg.change.date,
        anchor,
        place: span ? span.place : where,
        deleted: seg.op === 'delete' || seg.op === 'format' ? seg.text : '',
        inserted: seg.op === 'insert' ? seg.text : '',
        emphasis: seg.op === 'format' ? (seg.emphasis ?? {}) : null,
        origin: JSON.stringify([originalText(para), at]),
      });
    }
    at += length;
  }
  return out;
}

/** A paragraph whose whole text and mark were deleted, on a body block: the block goes. */
function wholeDeletion(para: WordParagraph, slot: Slot | null): PlacedChange | null {
  if (!slot || slot.bodyBlock === undefined || para.mark?.op !== 'delete') return null;
  if (para.segments.some((s) => s.op !== 'delete')) return null;
  const span = slot.spans[0];
  const anchor = span?.anchor(0);
  if (!span || anchor?.part !== 'body' || slot.text.length !== span.start + span.length) return null;
  return {
    kind: 'paragraph',
    author: para.mark.change.author,
    madeAt: para.mark.change.date,
    anchor,
    place: span.place,
    deleted: originalText(para),
    inserted: '',
    emphasis: null,
    origin: JSON.stringify([originalText(para), 'whole']),
  };
}

/** `index`: the paragraph's place in the reviewer's file. */
function newParagraph(para: WordParagraph, index: number, before: Slot | undefined, after: Slot | undefined): PlacedChange {
  const first = para.segments.find((s) => s.op === 'insert');
  const text = changedText(para);
  const where = `Đoạn mới: ${quoteOf(text)}`;
  const at = before?.bodyBlock ?? (after?.bodyBlock !== undefined ? after.bodyBlock - 1 : null);
  const anchor: SuggestionAnchor = at === null ? { part: 'none', where } : { part: 'body-new', after: at };
  return {
    kind: 'paragraph',
    author: first?.change?.author ?? para.mark?.change.author ?? '',
    madeAt: first?.change?.date ?? para.mark?.change.date ?? null,
    anchor,
    place: at === null ? where : `Nội dung, đoạn mới sau đoạn ${at + 1}`,
    deleted: '',
    inserted: text,
    emphasis: null,
    origin: JSON.stringify([text, index, 'new']),
  };
}

type CommentSpot = { quote: string[]; ranges: CommentRange[]; place: string; part: CommentPart | null };

/** Where one Word comment range [start, end) of a printed line falls: body text ranges, else the first other part it covers. */
function spotOn(entry: CommentSpot, slot: Slot | undefined, start: number, end: number): void {
  if (!slot) return;
  for (const span of slot.spans) {
    const a = Math.max(start, span.start);
    const b = Math.min(end, span.start + span.length);
    if (b <= a && !(start === end && start >= span.start && start <= span.start + span.length)) continue;
    const anchor = span.anchor(span.base + a - span.start);
    if (anchor.part === 'body') entry.ranges.push({ block: anchor.block, start: a - span.start, end: b - span.start });
    else if (anchor.part === 'body-cell') {
      entry.ranges.push({ block: anchor.block, start: a - span.start, end: b - span.start, cell: { row: anchor.row, col: anchor.col } });
    } else if (entry.part === null || entry.part.anchor.part === 'none') {
      // A comment on the appendix table's row stays there (the next review copy writes it on the row, not the list).
      const row = anchor.part === 'target' && slot.group === 'appendix' ? { ...anchor, inAppendix: true as const } : anchor;
      entry.part = { anchor: row, length: b - a, text: slot.text.slice(a, b), place: span.place };
    }
    if (!entry.place) entry.place = span.place;
  }
  if (entry.ranges.length === 0 && entry.part === null) {
    entry.part = { anchor: { part: 'none', where: slot.where }, length: 0, text: slot.text.slice(start, end), place: slot.where };
  }
  if (!entry.place) entry.place = slot.where;
}

function commentSpots(review: WordReview, slots: readonly Slot[], pairs: readonly number[]): Map<string, CommentSpot> {
  const out = new Map<string, CommentSpot>();
  review.paragraphs.forEach((para, i) => {
    const slot = pairs[i] === -1 ? undefined : slots[pairs[i] ?? -1];
    const text = originalText(para);
    for (const c of para.comments) {
      const entry = out.get(c.id) ?? { quote: [], ranges: [], place: '', part: null };
      out.set(c.id, entry);
      entry.quote.push(text.slice(c.start, c.end));
      spotOn(entry, slot, c.start, c.end);
    }
  });
  // Body text wins: a comment over body text and another part is anchored on the body.
  for (const entry of out.values()) if (entry.ranges.length > 0) entry.part = null;
  return out;
}

/** Places the review read from Word on `doc` as its review copy printed it. */
export function placeReview(doc: Resolution, profile: FormatProfile, review: WordReview): PlacedReview {
  const slots = printedSlots(doc, profile);
  const pairs = alignLines(
    review.paragraphs.map((p) => originalText(p)),
    slots.map((s) => s.text),
  );
  const changes: PlacedChange[] = [];
  let previous: Slot | undefined;
  review.paragraphs.forEach((para, i) => {
    const slot = pairs[i] === -1 ? null : (slots[pairs[i] ?? -1] ?? null);
    if (slot) previous = slot;
    const original = originalText(para);
    if (!slot && original.trim() === '' && changedText(para).trim() !== '') {
      const next = pairs.slice(i + 1).find((j) => j !== -1);
      changes.push(newParagraph(para, i, previous, next === undefined ? undefined : slots[next]));
      return;
    }
    const whole = wholeDeletion(para, slot);
    if (whole) {
      changes.push(whole);
      return;
    }
    changes.push(...changesOf(para, slot));
    if (para.mark?.op === 'delete' && original.trim() !== '') {
      const where = slot ? slot.where : quoteOf(original);
      changes.push({
        kind: 'join',
        author: para.mark.change.author,
        madeAt: para.mark.change.date,
        anchor: { part: 'none', where: `Gộp đoạn: ${where}` },
        place: `Gộp đoạn: ${where}`,
        deleted: '',
        inserted: '',
        emphasis: null,
        origin: JSON.stringify([original, 'join']),
      });
    }
  });
  const spots = commentSpots(review, slots, pairs);
  const byParaId = new Map<string, string>();
  for (const c of review.comments) for (const p of c.paraIds) byParaId.set(p, c.id);
  const comments = review.comments.map((c): PlacedComment => {
    const r = spots.get(c.id);
    return {
      wordId: c.id,
      author: c.author,
      madeAt: c.date,
      body: c.text,
      quote: (r?.quote ?? []).join('\n').trim(),
      place: r?.place ?? '',
      ranges: r?.ranges ?? [],
      part: r?.part ?? null,
      parentWordId: c.parentParaId ? (byParaId.get(c.parentParaId) ?? null) : null,
    };
  });
  return { changes, comments };
}
