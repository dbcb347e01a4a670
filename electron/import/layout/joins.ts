import type { SourcePara } from '../source.ts';
import { isUpper } from './text.ts';

/**
 * Joins a paragraph that a page break split in two (text extracted from a printed or PDF
 * copy): the first part ends without a closing mark and the second does not start like a new
 * paragraph (no list mark, number or heading). A lower-case start is enough after a line of
 * some length; a capital start needs a long first part (a full wrapped line or more) and an
 * empty line or page break between the parts. In text laid out line by line as printed (a PDF's
 * text layer: most lines end near one right margin), a line that reaches that margin is continued
 * by the next whatever its first letter.
 */

const ENDS_CLOSED = /[.:;!?…)”"'»\]]\s*$/u;
const STARTS_NEW = /^\s*(?:[-–—•+*]\s|\d+(?:\.\d+)+\.?\s|\d+[.)]\s|[IVXLC]+\s*[.\-–]\s|[a-zđ]\)\s|Phần\s+thứ|PHẦN\s|Nơi nhận|\(\*\))/u;

/**
 * Whether `next` continues a paragraph whose text ends with `tail` and is `length` characters long;
 * `atMargin`: its last printed line reaches the right margin (see printedMargin).
 */
export function continues(
  prev: SourcePara,
  next: SourcePara,
  tail = prev.text.slice(-80),
  length = prev.text.length,
  atMargin = false,
): boolean {
  if (prev.cell || next.cell || next.label !== null) return false;
  const a = tail.trim();
  const b = next.text.slice(0, 200).trim();
  if (a === '' || b === '' || ENDS_CLOSED.test(a) || STARTS_NEW.test(b) || isUpper(next.text)) return false;
  if (prev.format && next.format && prev.format.align !== next.format.align) return false;
  if (/^\p{Ll}/u.test(b)) return length >= 40;
  // "… đạt trên" / "85%;": a figure that wrapped to the next line.
  if (/^\d/u.test(b)) return length >= 40 && !/^\d+\s*[.)]\s/u.test(b);
  if (atMargin && /^\p{Lu}\p{Ll}/u.test(b) && !next.gapBefore) return true;
  return length >= 150 && /^\p{Lu}\p{Ll}/u.test(b);
}

/**
 * The right margin of text laid out line by line as printed: the length most lines reach (the
 * 90th percentile, at most 110 characters), less a tenth, when at least a third of the lines end
 * within that tenth; else Infinity (a paragraph per line).
 */
export function printedMargin(paras: readonly SourcePara[]): number {
  const lengths = paras.filter((p) => !p.cell && !p.text.includes('\n')).map((p) => p.text.trim().length);
  if (lengths.length < 6) return Infinity;
  const sorted = [...lengths].sort((a, b) => a - b);
  const full = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (full > 110 || full < 40) return Infinity;
  const near = lengths.filter((n) => n >= full * 0.9 && n <= full).length;
  return near * 3 >= lengths.length ? Math.floor(full * 0.9) : Infinity;
}

/**
 * Joins every split paragraph of a run of body paragraphs. A chain of joins is built in one
 * copy (runs appended, text joined once at the end), so that many joins stay linear.
 */
export function joinSplitParas(paras: readonly SourcePara[]): SourcePara[] {
  const out: SourcePara[] = [];
  let chain: { para: SourcePara; texts: string[]; length: number } | null = null;
  const margin = printedMargin(paras);
  const close = (): void => {
    if (chain) chain.para.text = chain.texts.join(' ');
    chain = null;
  };
  for (const p of paras) {
    const prev = out[out.length - 1];
    const split = p.gapBefore || p.pageBreakBefore || /^\s*[\p{Ll}\d]/u.test(p.text) || margin < Infinity;
    const tail = chain ? (chain.texts[chain.texts.length - 1] ?? '') : prev?.text.slice(-80);
    const length = chain ? chain.length : (prev?.text.length ?? 0);
    const lastLine = chain ? (chain.texts[chain.texts.length - 1] ?? '') : (prev?.text ?? '');
    if (prev && split && continues(prev, p, tail, length, lastLine.trim().length >= margin)) {
      if (!chain) {
        chain = { para: { ...prev, runs: [...prev.runs] }, texts: [prev.text.trimEnd()], length: prev.text.length };
        out[out.length - 1] = chain.para;
      }
      appendRuns(chain.para, p);
      const piece = p.text.trim();
      chain.texts.push(piece);
      chain.length += piece.length + 1;
    } else {
      close();
      out.push(p);
    }
  }
  close();
  return out;
}

function appendRuns(into: SourcePara, next: SourcePara): void {
  const last = into.runs[into.runs.length - 1];
  if (last && !last.footnote) into.runs[into.runs.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
  into.runs.push({ text: ' ', bold: last?.bold ?? false, italic: last?.italic ?? false, underline: false });
  const [first, ...rest] = next.runs;
  if (first) into.runs.push(first.footnote ? first : { ...first, text: first.text.replace(/^\s+/, '') });
  for (const r of rest) into.runs.push(r);
}
