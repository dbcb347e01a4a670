import { unzipSync } from 'fflate';
import { samePart } from '../../contract/model/partAnchors.ts';
import type { CommentPart, PlacedAnchor } from '../../contract/model/review.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import { zipParts } from '../../docx/wordSafe/zip.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { alignLines } from './align.ts';
import { paragraphSpans, paragraphText, withCommentRange } from './runXml.ts';
import { printedSlots, type Slot } from './slots.ts';

/**
 * The review copy's comments on parts other than the body's text (read from Word on a target's
 * value, a recipient, the signer, a header field …, or on a line the app writes): each is put
 * back where that part prints, over the text it was made on, so that a reviewer finds it there
 * in Word and a second round trip reads it on the same part. The build leaves them unplaced
 * (docx/comments.ts `elsewhere`); this writes their ranges into word/document.xml.
 */

export type PartComment = { part: CommentPart; ids: readonly number[] };

/** A comment made on the appendix table's row goes there, not on the targets list of the body. */
const wrongPrinting = (anchor: PlacedAnchor, slot: Slot): boolean =>
  anchor.part === 'target' && anchor.inAppendix === true && slot.group !== 'appendix';

/**
 * Whether a line's place now is the place a comment was anchored to, as written then: before
 * 2026-12 a target's name in it was cut at 40 characters, mid-word ("Chỉ tiêu: Tỷ lệ hộ nghèo theo
 * chuẩn nghèo đa chiề…"); it is cut at a word end now (shortText), a prefix of the old cut.
 */
function cutAlike(now: string, stored: string): boolean {
  const [nowHead = '', ...nowTail] = now.split('…');
  const [oldHead = '', ...oldTail] = stored.split('…');
  return nowTail.length === 1 && oldTail.length === 1 && nowTail[0] === oldTail[0] && oldHead.startsWith(nowHead);
}

/** The printed line whose place is `where`: the same place, else one cut alike (see cutAlike). */
export function slotAt(slots: readonly Slot[], where: string): number {
  const same = slots.findIndex((s) => s.where === where);
  return same !== -1 ? same : slots.findIndex((s) => cutAlike(s.where, where));
}

/** The printed line and [start, end) in it where `part` is now: its text found nearest its old offset, else the offset kept. */
function locate(slots: readonly Slot[], part: CommentPart): { slot: number; start: number; end: number } | null {
  const target = part.anchor;
  if (target.part === 'body-new') return null;
  if (target.part === 'none') {
    const index = slotAt(slots, target.where);
    const slot = slots[index];
    if (!slot) return null;
    const at = part.text ? slot.text.indexOf(part.text) : -1;
    return at === -1 ? { slot: index, start: 0, end: slot.text.length } : { slot: index, start: at, end: at + part.text.length };
  }
  for (const [index, slot] of slots.entries()) {
    if (wrongPrinting(target, slot)) continue;
    for (const span of slot.spans) {
      const here = span.anchor(target.at);
      if (!samePart(here, target, false)) continue;
      const printed = slot.text.slice(span.start, span.start + span.length);
      const wanted = target.at - span.base;
      let best = -1;
      for (let i = printed.indexOf(part.text); part.text !== '' && i !== -1; i = printed.indexOf(part.text, i + 1)) {
        if (best === -1 || Math.abs(i - wanted) < Math.abs(best - wanted)) best = i;
      }
      const from = best !== -1 ? best : Math.min(Math.max(0, wanted), printed.length);
      const length = best !== -1 ? part.text.length : Math.min(part.length, printed.length - from);
      return { slot: index, start: span.start + from, end: span.start + from + length };
    }
  }
  return null;
}

/** Where the comments of `parts` go in the document.xml of the review copy of `doc`, by paragraph. */
export function partRanges(
  xml: string,
  doc: Resolution,
  profile: FormatProfile,
  parts: readonly PartComment[],
): { paragraph: number; start: number; end: number; ids: readonly number[] }[] {
  const spans = paragraphSpans(xml);
  const texts = spans.map(([a, b]) => paragraphText(xml.slice(a, b)));
  const slots = printedSlots(doc, profile);
  const pairs = alignLines(
    texts,
    slots.map((s) => s.text),
  );
  const firstText = texts.findIndex((t) => t.trim() !== '');
  return parts.map(({ part, ids }) => {
    const found = locate(slots, part);
    const paragraph = found ? pairs.indexOf(found.slot) : -1;
    if (!found || paragraph === -1) return { paragraph: Math.max(0, firstText), start: 0, end: 0, ids };
    // The printed line is the paragraph's text trimmed (centred lines): offsets move by its leading space.
    const lead = (texts[paragraph] ?? '').length - (texts[paragraph] ?? '').trimStart().length;
    return { paragraph, start: found.start + lead, end: found.end + lead, ids };
  });
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The review copy `bytes` with the comments of `parts` anchored on their parts. */
export function anchorPartComments(bytes: Uint8Array, doc: Resolution, profile: FormatProfile, parts: readonly PartComment[]): Uint8Array {
  if (parts.length === 0) return bytes;
  const files = unzipSync(bytes);
  const raw = files['word/document.xml'];
  if (!raw) return bytes;
  let xml = decoder.decode(raw);
  const ranges = partRanges(xml, doc, profile, parts);
  // From the last paragraph back, so the earlier paragraphs' places in the text stay right.
  const byParagraph = [...ranges].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
  for (const r of byParagraph) {
    const [a, b] = paragraphSpans(xml)[r.paragraph] ?? [0, 0];
    if (b <= a) continue;
    xml = `${xml.slice(0, a)}${withCommentRange(xml.slice(a, b), r.start, r.end, r.ids)}${xml.slice(b)}`;
  }
  files['word/document.xml'] = encoder.encode(xml);
  return zipParts(Object.entries(files));
}
