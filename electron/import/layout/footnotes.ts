import type { SourceBlock, SourcePara, SourceRun } from '../source.ts';

/**
 * Footnotes of a text source: a paragraph that starts with a superscript number ("¹ (1) nâng
 * cao …") is the note's text; the paragraph before it holding the same mark ("con người¹")
 * gets a footnote reference there, the mark removed. The note's paragraph leaves the flow.
 */

const MARK = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*/u;

/** Splits `runs` at the first occurrence of `mark`, replacing it with a footnote run. */
function insertReference(runs: readonly SourceRun[], mark: string, note: SourceRun[]): SourceRun[] | null {
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (!r || r.footnote) continue;
    const at = r.text.indexOf(mark);
    if (at < 0) continue;
    const before = { ...r, text: r.text.slice(0, at) };
    const after = { ...r, text: r.text.slice(at + mark.length) };
    const ref: SourceRun = { text: '', bold: false, italic: false, underline: false, footnote: note };
    return [...runs.slice(0, i), ...(before.text ? [before] : []), ref, ...(after.text ? [after] : []), ...runs.slice(i + 1)];
  }
  return null;
}

function stripMark(runs: readonly SourceRun[], length: number): SourceRun[] {
  let rest = length;
  const out: SourceRun[] = [];
  for (const r of runs) {
    if (rest > 0) {
      const cut = Math.min(rest, r.text.length);
      rest -= cut;
      if (r.text.length > cut) out.push({ ...r, text: r.text.slice(cut) });
    } else out.push(r);
  }
  return out;
}

export function attachTextFootnotes(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (const b of blocks) {
    const m = b.kind === 'para' ? MARK.exec(b.text) : null;
    if (b.kind !== 'para' || !m) {
      out.push(b);
      continue;
    }
    const mark = m[1] ?? '';
    const note = stripMark(b.runs, m[0].length);
    let placed = false;
    for (let k = out.length - 1; k >= 0 && k >= out.length - 12 && !placed; k--) {
      const target = out[k];
      if (!target || target.kind !== 'para') continue;
      const runs = insertReference(target.runs, mark, note);
      if (runs) {
        const text = target.text.replace(mark, '');
        out[k] = { ...target, runs, text } satisfies SourcePara;
        placed = true;
      }
    }
    if (!placed) out.push(b);
  }
  return out;
}
