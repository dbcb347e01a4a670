import type { Resolution } from '../../contract/model/resolution.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { numberHeadings } from '../../docx/numbering.ts';
import type { FormatProfile } from '../../format/profile.ts';

/** A range of body blocks, numbered from 1 as the editor shows them; `from` ≤ `to`. */
export type PartRange = { from: number; to: number };

const hint = (count: number): string => `dùng dạng 3-7,12: số thứ tự các khối nội dung, từ 1 đến ${count}`;

/** "3-7,12" -> [{3,7},{12,12}]; every number within 1..count, each range increasing. */
export function parseParts(text: string, count: number): Result<PartRange[]> {
  const items = text.split(/[,;]/).map((s) => s.trim());
  if (items.length === 0 || items.some((s) => s === '')) return fail('INVALID_INPUT', `Phần trích "${text}" không hợp lệ: ${hint(count)}.`);
  const ranges: PartRange[] = [];
  for (const item of items) {
    const m = /^(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?$/.exec(item);
    const from = Number(m?.[1]);
    const to = m?.[2] === undefined ? from : Number(m[2]);
    if (!m || from < 1 || to < from) return fail('INVALID_INPUT', `Phần trích "${item}" không hợp lệ: ${hint(count)}.`);
    if (to > count) return fail('INVALID_INPUT', `Phần trích "${item}" vượt quá nội dung: văn bản có ${count} khối nội dung.`);
    ranges.push({ from, to });
  }
  return ok(ranges);
}

/** "3-7, 12": the ranges as the register and the messages write them. */
export function partsText(ranges: readonly PartRange[]): string {
  return ranges.map((r) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`)).join(', ');
}

/**
 * The document a trích sao prints: the same header, title and closing, the chosen body blocks in
 * their original order (the last kept with the signature), and the appendix only when asked. Headings keep the numbers they carry in
 * the whole document ("III." stays "III." when I and II are left out).
 */
export function excerpt(doc: Resolution, ranges: readonly PartRange[], profile: FormatProfile, withAppendix: boolean): Resolution {
  const chosen = new Set<number>();
  for (const r of ranges) for (let i = r.from; i <= r.to; i++) chosen.add(i - 1);
  const numbered = numberHeadings(doc.body, profile);
  return {
    ...doc,
    body: numbered.filter((_, i) => chosen.has(i)),
    // Its pages break where nobody has looked (no page view lays a copy out): its last paragraph
    // goes with the signature, so that the signature never stands alone on a page.
    signature: { ...doc.signature, keepWithBody: doc.signature.keepWithBody ?? 1 },
    appendix: { ...doc.appendix, include: doc.appendix.include && withAppendix },
  };
}
