import { runText as runElementText } from '../../ooxml/runText.ts';
import { escapeXml, unescapeXml } from '../../ooxml/xml/entities.ts';
import { parseXml } from '../../ooxml/xml/parse.ts';

/**
 * The paragraphs of a word/document.xml the app wrote, found in its text, and Word comment ranges
 * put into one of them at given offsets of its text (a run split where a range starts or ends
 * inside it). The `docx` package writes plain runs (w:rPr, then w:t, w:tab or w:br), so reading
 * them by pattern is exact here; a run of another shape is never split, the range grows to it.
 */

const PARAGRAPH = /<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g;
const RUN = /<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>/g;
const SIMPLE_RUN = /^<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>$/;

/** Where each paragraph of the document is in `xml` ([start, end) of its XML), in reading order (tables cell by cell). */
export function paragraphSpans(xml: string): [number, number][] {
  return [...xml.matchAll(PARAGRAPH)].map((m) => [m.index, m.index + m[0].length]);
}

/** A run's text as the review reader counts it (one home: ooxml/runText.ts); a run that does not parse has none. */
export function runText(run: string): string {
  const parsed = parseXml(run);
  return parsed.ok ? runElementText(parsed.root) : '';
}

/** A paragraph's text (its runs' text in order). */
export function paragraphText(paragraph: string): string {
  return [...paragraph.matchAll(RUN)].map((m) => runText(m[0])).join('');
}

const rangeStarts = (ids: readonly number[]): string => ids.map((n) => `<w:commentRangeStart w:id="${n}"/>`).join('');
const rangeEnds = (ids: readonly number[]): string =>
  ids.map((n) => `<w:commentRangeEnd w:id="${n}"/>`).join('') + ids.map((n) => `<w:r><w:commentReference w:id="${n}"/></w:r>`).join('');

/** A plain run cut at `cuts` (offsets inside its text): the pieces keep the run's formatting. */
function splitRun(run: string, cuts: readonly number[]): string[] {
  const m = SIMPLE_RUN.exec(run);
  if (!m || cuts.length === 0) return [run];
  const rPr = m[1] ?? '';
  const text = unescapeXml(m[2] ?? '');
  const points = [0, ...cuts, text.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const piece = text.slice(points[i], points[i + 1]);
    if (piece !== '') out.push(`<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(piece)}</w:t></w:r>`);
  }
  return out;
}

/**
 * The paragraph with comments `ids` (a thread and its replies) over [start, end) of its text: the
 * range starts before the first text at `start` and ends after the last text before `end`, then
 * the reference run, as Word writes them.
 */
export function withCommentRange(paragraph: string, start: number, end: number, ids: readonly number[]): string {
  const pieces: { xml: string; from: number; to: number }[] = [];
  let last = 0;
  let at = 0;
  const out: (string | number)[] = [];
  for (const m of paragraph.matchAll(RUN)) {
    out.push(paragraph.slice(last, m.index));
    last = m.index + m[0].length;
    const length = runText(m[0]).length;
    const cuts = [start, end].filter((p) => p > at && p < at + length).map((p) => p - at);
    let from = at;
    for (const piece of splitRun(
      m[0],
      [...new Set(cuts)].sort((a, b) => a - b),
    )) {
      const size = piece === m[0] ? length : runText(piece).length;
      pieces.push({ xml: piece, from, to: from + size });
      out.push(pieces.length - 1);
      from += size;
    }
    at += length;
  }
  out.push(paragraph.slice(last));
  const text = (i: number): boolean => (pieces[i]?.to ?? 0) > (pieces[i]?.from ?? 0);
  const indexes = pieces.map((_, i) => i).filter(text);
  const startGap =
    start < end
      ? (indexes.find((i) => (pieces[i]?.to ?? 0) > start) ?? pieces.length)
      : (indexes.find((i) => (pieces[i]?.from ?? 0) >= start) ?? pieces.length);
  const lastInside = start < end ? indexes.filter((i) => (pieces[i]?.from ?? 0) < end).pop() : undefined;
  const endGap = Math.max(startGap, lastInside === undefined ? startGap : lastInside + 1);
  const marks = (gap: number): string => `${gap === startGap ? rangeStarts(ids) : ''}${gap === endGap ? rangeEnds(ids) : ''}`;
  const body = out.map((x) => (typeof x === 'string' ? x : `${marks(x)}${pieces[x]?.xml ?? ''}`)).join('');
  const tail = marks(pieces.length);
  if (tail === '') return body;
  const close = body.lastIndexOf('</w:p>');
  return close === -1 ? body : `${body.slice(0, close)}${tail}${body.slice(close)}`;
}
