import { sameEmphasis, type Inline, type TextRun } from '../../contract/model/inline.ts';
import type { SourceRun } from '../source.ts';

/**
 * Source runs -> the model's inline content: the first `cut` characters (a label) removed,
 * outer spaces trimmed, tabs as spaces, adjacent runs with the same emphasis merged, only the
 * emphasis that is on written; footnote references become footnotes. `plainBold` /
 * `plainItalic` drop that emphasis (a heading whose whole text is bold or italic because of its style).
 */

type Options = { cut?: number; plainBold?: boolean; plainItalic?: boolean };

function textRun(text: string, r: SourceRun, plainBold: boolean, plainItalic = false): TextRun {
  return {
    type: 'text',
    text,
    ...(r.bold && !plainBold ? { bold: true } : {}),
    ...(r.italic && !plainItalic ? { italic: true } : {}),
    ...(r.underline ? { underline: true } : {}),
  };
}

function footnoteRuns(runs: readonly SourceRun[]): TextRun[] {
  return mergeRuns(runs.filter((r) => !r.footnote).map((r) => textRun(r.text.replace(/\t/g, ' '), r, false)))
    .map((r, i, all) => ({ ...r, text: i === 0 ? r.text.trimStart() : i === all.length - 1 ? r.text.trimEnd() : r.text }))
    .filter((r) => r.text !== '');
}

function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && sameEmphasis(last, r)) out[out.length - 1] = { ...last, text: last.text + r.text };
    else if (r.text !== '') out.push({ ...r });
  }
  return out;
}

export function toInlines(runs: readonly SourceRun[], options: Options = {}): Inline[] {
  let cut = options.cut ?? 0;
  const plainBold = options.plainBold ?? false;
  const out: Inline[] = [];
  for (const r of runs) {
    if (r.footnote) {
      const note = footnoteRuns(r.footnote);
      if (note.length > 0) out.push({ type: 'footnote', runs: note });
      continue;
    }
    let text = r.text;
    if (cut > 0) {
      const take = Math.min(cut, text.length);
      text = text.slice(take);
      cut -= take;
    }
    const run = textRun(text.replace(/\t/g, ' '), r, plainBold, options.plainItalic ?? false);
    const last = out[out.length - 1];
    if (last?.type === 'text' && sameEmphasis(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else if (run.text !== '') out.push(run);
  }
  const first = out.findIndex((x) => x.type === 'text');
  const firstRun = out[first];
  if (firstRun?.type === 'text') firstRun.text = firstRun.text.replace(/^\s+/, '');
  const lastIndex = out.findLastIndex((x) => x.type === 'text');
  const lastRun = out[lastIndex];
  if (lastRun?.type === 'text') lastRun.text = lastRun.text.replace(/\s+$/, '');
  return out.filter((x) => x.type !== 'text' || x.text !== '');
}

/** Whether every visible character of the runs (after `cut`) is bold (or italic, with `flag`). */
export function allBold(runs: readonly SourceRun[], cut = 0, flag: 'bold' | 'italic' = 'bold'): boolean {
  let skip = cut;
  let seen = false;
  for (const r of runs) {
    if (r.footnote) continue;
    const text = r.text.slice(Math.min(skip, r.text.length));
    skip = Math.max(0, skip - r.text.length);
    if (text.trim() === '') continue;
    if (!r[flag]) return false;
    seen = true;
  }
  return seen;
}
