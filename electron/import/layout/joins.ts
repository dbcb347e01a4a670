import type { SourcePara } from '../source.ts';
import { isUpper } from './text.ts';

/**
 * Joins a paragraph that a page break split in two (text extracted from a printed or PDF
 * copy): the first part ends without a closing mark and the second does not start like a new
 * paragraph (no list mark, number or heading). A lower-case start is enough after a line of
 * some length; a capital start needs a long first part (a full wrapped line or more) and an
 * empty line or page break between the parts.
 */

const ENDS_CLOSED = /[.:;!?…)”"'»\]]\s*$/u;
const STARTS_NEW = /^\s*(?:[-–—•+*]\s|\d+(?:\.\d+)*[.)]?\s|[IVXLC]+\s*[.\-–]\s|[a-zđ]\)\s|Phần\s+thứ|PHẦN\s|Nơi nhận|\(\*\))/u;

/** Whether `next` continues a paragraph whose text ends with `tail` and is `length` characters long. */
export function continues(prev: SourcePara, next: SourcePara, tail = prev.text.slice(-80), length = prev.text.length): boolean {
  if (prev.cell || next.cell || next.label !== null) return false;
  const a = tail.trim();
  const b = next.text.slice(0, 200).trim();
  if (a === '' || b === '' || ENDS_CLOSED.test(a) || STARTS_NEW.test(b) || isUpper(next.text)) return false;
  if (prev.format && next.format && prev.format.align !== next.format.align) return false;
  if (/^\p{Ll}/u.test(b)) return length >= 40;
  // "… đạt trên" / "85%;": a figure that wrapped to the next line.
  if (/^\d/u.test(b)) return length >= 40 && !/^\d+\s*[.)]\s/u.test(b);
  return length >= 150 && /^\p{Lu}\p{Ll}/u.test(b);
}

/**
 * Joins every split paragraph of a run of body paragraphs. A chain of joins is built in one
 * copy (runs appended, text joined once at the end), so that many joins stay linear.
 */
export function joinSplitParas(paras: readonly SourcePara[]): SourcePara[] {
  const out: SourcePara[] = [];
  let chain: { para: SourcePara; texts: string[]; length: number } | null = null;
  const close = (): void => {
    if (chain) chain.para.text = chain.texts.join(' ');
    chain = null;
  };
  for (const p of paras) {
    const prev = out[out.length - 1];
    const split = p.gapBefore || p.pageBreakBefore || /^\s*[\p{Ll}\d]/u.test(p.text);
    const tail = chain ? (chain.texts[chain.texts.length - 1] ?? '') : prev?.text.slice(-80);
    const length = chain ? chain.length : (prev?.text.length ?? 0);
    if (prev && split && continues(prev, p, tail, length)) {
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
