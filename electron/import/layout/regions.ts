import type { SourceBlock, SourcePara } from '../source.ts';
import { namesIssuer } from '../parse/bodyKind.ts';
import { readPlaceDate } from '../parse/header.ts';
import { isUpper, key, parasOf, tidy } from './text.ts';

/**
 * The parts of a resolution as ranges of blocks: header (before the type line "NGHỊ QUYẾT"),
 * title and body (up to the closing), closing ("Nơi nhận:" and the signature), appendix
 * ("PHỤ LỤC" …) and a copy block (a full-width rule, then "SAO LỤC" / "SAO Y BẢN CHÍNH" /
 * "TRÍCH SAO"), each possibly absent. Ranges are [start, end) in the block list.
 */

export type Range = { start: number; end: number };
export type Regions = { header: Range; main: Range; closing: Range | null; appendix: Range | null; copy: Range | null };

export const AUTHORITY = /^(T\/M|K\/T|T\/L|TM\.|KT\.|TL\.)\s*\S/u;
const COPY_KIND = /^(SAO Y BẢN CHÍNH|SAO Y|SAO LỤC|TRÍCH SAO|BẢN SAO)\b/u;
const APPENDIX = /^PHỤ LỤC(?:\s+(?:SỐ\s+)?[\dIVXLC]+)?$/u;

const paras = (b: SourceBlock): SourcePara[] => parasOf([b]);

export function isRuleLine(p: SourcePara): boolean {
  const t = p.text.trim();
  return (t === '' && p.format?.border === true) || /^[_\-–—=]{8,}$/u.test(t);
}

function findBlock(blocks: readonly SourceBlock[], from: number, test: (p: SourcePara) => boolean): number {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (b && paras(b).some(test)) return i;
  }
  return -1;
}

/** A short line naming the copy's kind: "SAO LỤC", "SAO Y BẢN CHÍNH", "TRÍCH SAO". */
const isCopyKind = (p: SourcePara): boolean => COPY_KIND.test(key(p.text)) && key(p.text).length <= 40;

/** What may stand above the kind line in a copy block: the copying body, "*", its copy number, place and date. */
function copyHeadLine(p: SourcePara): boolean {
  const t = tidy(p.text).replace(/\*\*/g, '');
  return (
    (isUpper(t) && t.length <= 90 && (namesIssuer(t) || /^ĐẢNG BỘ(?![\p{L}\p{M}\p{N}])/u.test(key(t)))) ||
    /^\*+$/.test(t) ||
    /^Số(?![\p{L}\p{N}])/u.test(t) ||
    readPlaceDate(t) !== null
  );
}

/**
 * A certified-copy block: after a full-width rule (36-HD/VPTW), or, where a conversion lost the
 * rule, from the copying body's lines right above its kind line.
 */
function findCopy(blocks: readonly SourceBlock[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (b?.kind !== 'para' || !isRuleLine(b)) continue;
    const ahead = parasOf(blocks.slice(i + 1, i + 12)).slice(0, 10);
    if (ahead.some((p) => COPY_KIND.test(key(p.text)))) return i;
  }
  const kindAt = findBlock(blocks, from, isCopyKind);
  if (kindAt < 0) return -1;
  let start = kindAt;
  while (start - 1 > from && kindAt - (start - 1) <= 6) {
    const prev = blocks[start - 1];
    if (prev?.kind !== 'para' || !copyHeadLine(prev)) break;
    start -= 1;
  }
  return start;
}

export function findRegions(blocks: readonly SourceBlock[], titleAt: number): Regions {
  const n = blocks.length;
  const nhan = findBlock(blocks, titleAt + 1, (p) => /^Nơi nhận\b/iu.test(tidy(p.text)));
  const lateAuthority = findBlock(
    blocks,
    titleAt + 1 + Math.floor((n - titleAt) / 2),
    (p) => AUTHORITY.test(tidy(p.text)) && p.text.length < 80,
  );
  const closingAt = nhan >= 0 ? nhan : lateAuthority;
  const after = closingAt >= 0 ? closingAt + 1 : titleAt + 1;
  const appendixAt = findBlock(blocks, after, (p) => APPENDIX.test(key(p.text)));
  const copyAt = findCopy(blocks, after);
  const ends = [appendixAt, copyAt].filter((x) => x >= 0);
  const firstEnd = (from: number): number => Math.min(n, ...ends.filter((x) => x > from));
  const mainEnd = closingAt >= 0 ? closingAt : Math.min(n, ...ends);
  return {
    header: { start: 0, end: titleAt },
    main: { start: titleAt, end: mainEnd },
    closing: closingAt >= 0 ? { start: closingAt, end: firstEnd(closingAt) } : null,
    appendix: appendixAt >= 0 ? { start: appendixAt, end: firstEnd(appendixAt) } : null,
    copy: copyAt >= 0 ? { start: copyAt, end: firstEnd(copyAt) } : null,
  };
}

export { COPY_KIND };
