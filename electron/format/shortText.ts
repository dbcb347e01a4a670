/**
 * How `shortText` treats line breaks: `fold` (a message or a list row, one line) turns them into
 * spaces; `keep` (a part's words quoted as they read, e.g. a comment on a summary of two lines)
 * keeps each line and folds only the spaces within it.
 */
export type ShortTextLines = 'fold' | 'keep';

/** The text with its spaces folded: runs of spaces to one, each line trimmed, the whole trimmed. */
function tidy(text: string, lines: ShortTextLines): string {
  if (lines === 'fold') return text.replace(/\s+/gu, ' ').trim();
  return text
    .split(/\r\n|[\n\r\u2028]/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .join('\n')
    .trim();
}

/**
 * A long text shortened for a message or a list ("Đã lưu “Về phát triển kinh tế - xã hội, đảm
 * bảo…”"): at most `max` characters before the "…" (so `max + 1` with it), cut at the end of a
 * word (never mid-word, unless the first word alone is longer), with "…" when anything was left
 * out. Line breaks are folded to spaces unless `lines` is `keep`; a cut never ends in a line
 * break. Pure.
 */
export function shortText(text: string, max: number, { lines = 'fold' }: { lines?: ShortTextLines } = {}): string {
  const t = tidy(text, lines);
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const cut = /\s/u.test(t.charAt(max)) ? max : Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
  const kept = (cut > 0 ? head.slice(0, cut) : head).replace(/[\s,;:.\-–]+$/u, '');
  return `${kept}…`;
}

/**
 * The text as it is when it has at most `max` characters, else `shortText` with the "…" counted
 * in `max` (a stored quote under its schema's limit, a terminal table's column). Pure.
 */
export function fitText(text: string, max: number, options: { lines?: ShortTextLines } = {}): string {
  return text.length > max ? shortText(text, max - 1, options) : text;
}
