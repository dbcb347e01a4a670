import { foldChar } from '../../../electron/format/fold.ts';

export type FindOptions = {
  /** "nong thon" finds "nông thôn" (and "Đức" is found by "duc"). Case is always ignored. */
  ignoreMarks: boolean;
};

export type Span = { start: number; end: number };

type Mapped = { text: string; origin: number[] };

/** The text compared, one code point at a time, with where each compared character came from. */
function comparable(source: string, ignoreMarks: boolean): Mapped {
  const parts: string[] = [];
  const origin: number[] = [];
  let at = 0;
  for (const ch of source.normalize('NFC')) {
    const mapped = ignoreMarks ? foldChar(ch) : ch.toLocaleLowerCase('vi');
    for (let k = 0; k < mapped.length; k += 1) origin.push(at);
    parts.push(mapped);
    at += ch.length;
  }
  origin.push(at);
  return { text: parts.join(''), origin };
}

/** Where `query` occurs in `text` (not overlapping), as spans of `text`; none for an empty query. */
export function findIn(text: string, query: string, options: FindOptions): Span[] {
  if (query === '' || text === '') return [];
  const needle = comparable(query, options.ignoreMarks).text;
  if (needle === '') return [];
  const hay = comparable(text, options.ignoreMarks);
  const spans: Span[] = [];
  for (let i = hay.text.indexOf(needle); i !== -1; i = hay.text.indexOf(needle, i + needle.length)) {
    spans.push({ start: hay.origin[i] ?? 0, end: hay.origin[i + needle.length] ?? text.length });
  }
  return spans;
}

/** `text` with every span replaced by `replacement` (spans in order, not overlapping). */
export function replaceSpans(text: string, spans: readonly Span[], replacement: string): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + replacement;
    at = s.end;
  }
  return out + text.slice(at);
}
