import type { DocumentKind } from '../../contract/model/documentKind.ts';
import { documentKindForms } from '../../format/documentKinds.ts';
import type { SourceBlock } from '../source.ts';
import { isUpper, tidy } from './text.ts';
import { foldText } from '../../format/fold.ts';

/**
 * Where the title starts and what kind of document it is. The type line is a short line in
 * capitals that starts with one of the party's type names ("NGHỊ QUYẾT", "KẾT LUẬN", "THÔNG
 * BÁO", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG" …), among the first lines of the document: a body
 * line that merely starts with "Nghị quyết …" is not one. A công văn has no type line; it is
 * recognised by "Kính gửi" near the top.
 */

/** How far into the document the title may start (a header is rarely longer than 20 lines). */
const TITLE_WITHIN = 40;

const fold = (s: string): string => foldText(s).replace(/\s+/g, ' ').trim().toUpperCase();

/** Longest type names first, so "CHƯƠNG TRÌNH HÀNH ĐỘNG" and the like match on their whole name. */
const names = documentKindForms
  .filter((f): f is typeof f & { typeLine: string } => f.typeLine !== null)
  .map((f) => ({ kind: f.kind, typeLine: f.typeLine, folded: fold(f.typeLine) }))
  .sort((a, b) => b.folded.length - a.folded.length);

export const KINH_GUI = /^Kính\s*gửi\s*:?/iu;

/** The kind a capital line starts with ("THÔNG BÁO KẾT LUẬN …" -> thong-bao), or null. */
export function kindOfTypeLine(text: string): { kind: DocumentKind; typeLine: string; rest: string } | null {
  const t = tidy(text).replace(/^\*\*|\*\*$/g, '');
  if (!isUpper(t) || t.length > 120) return null;
  const f = fold(t);
  for (const n of names) {
    if (f === n.folded || f.startsWith(`${n.folded} `)) {
      const words = n.typeLine.split(' ').length;
      return { kind: n.kind, typeLine: n.typeLine, rest: t.split(/\s+/).slice(words).join(' ') };
    }
  }
  return null;
}

export type TypeLineHit = { at: number; kind: DocumentKind; typeLine: string; rest: string };

/**
 * The first type line among the first blocks, or null. A paragraph whose first line is the type
 * line and whose next lines (Shift+Enter in Word, a line block) hold the summary counts too.
 */
export function findTypeLine(blocks: readonly SourceBlock[]): TypeLineHit | null {
  for (let i = 0; i < Math.min(blocks.length, TITLE_WITHIN); i++) {
    const b = blocks[i];
    if (b?.kind !== 'para' || b.text.includes('\t')) continue;
    const hit = kindOfTypeLine(b.text.split('\n')[0] ?? '');
    if (hit) return { at: i, ...hit };
  }
  return null;
}

/** The block where "Kính gửi" starts a công văn's addressees, or -1. */
export function findAddressees(blocks: readonly SourceBlock[]): number {
  for (let i = 0; i < Math.min(blocks.length, TITLE_WITHIN); i++) {
    const b = blocks[i];
    if (b?.kind === 'para' && b.text.split(/\t+| {6,}/).some((x) => KINH_GUI.test(x.trim()))) return i;
  }
  return -1;
}
