import type { Block, HeadingLevel } from '../../../electron/contract/model/body.ts';
import { runsToText } from '../../../electron/contract/model/inline.ts';
import { headingLabels } from '../../../electron/format/headingNumbers.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';

/**
 * Trích sao: the parts of a body the clerk may pick, one entry per block, numbered from 1 as
 * the copy service counts them ("3-7,12"), headings with the number they print.
 */
export type PartEntry = {
  /** 1-based, as the copy request names blocks. */
  index: number;
  type: Block['type'];
  /** Heading depth (0 = Phần … 4 = 1.1.1.); null for other blocks. */
  level: number | null;
  /** The heading's printed number, the paragraph's label, "-"/"+" of a bullet. */
  label: string;
  text: string;
};

const depth: Record<HeadingLevel, number> = { part: 0, section: 1, item: 2, subitem: 3, subsubitem: 4 };

/** Not the model's blockToText, on purpose: the picker shows the label in a column of its own and a table as its size and first row. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'bullet':
      return runsToText(block.runs);
    case 'table':
      return `Bảng ${block.rows.length} dòng: ${block.rows[0]?.map((c) => runsToText(c.runs)).join(' | ') ?? ''}`;
    case 'targets':
      return 'Danh sách chỉ tiêu';
    case 'page-break':
      return 'Ngắt trang';
  }
}

export function partEntries(body: readonly Block[], profile: Pick<FormatProfile, 'headings'>): PartEntry[] {
  const headings = body.flatMap((b) => (b.type === 'heading' ? [{ level: b.level, label: b.label ?? null }] : []));
  const labels = headingLabels(headings, profile);
  let h = 0;
  return body.map((block, i) => {
    const label =
      block.type === 'heading'
        ? (labels[h++] ?? '')
        : block.type === 'paragraph'
          ? (block.label ?? '')
          : block.type === 'bullet'
            ? block.marker
            : '';
    return { index: i + 1, type: block.type, level: block.type === 'heading' ? depth[block.level] : null, label, text: blockText(block) };
  });
}

/** A heading's whole part: itself and every block after it up to the next heading of its level or above. */
export function sectionIndexes(entries: readonly PartEntry[], index: number): number[] {
  const at = entries.findIndex((e) => e.index === index);
  const head = entries[at];
  if (!head || head.level === null) return head ? [head.index] : [];
  const out = [head.index];
  for (const e of entries.slice(at + 1)) {
    if (e.level !== null && e.level <= head.level) break;
    out.push(e.index);
  }
  return out;
}

/** The chosen blocks as the copy request writes them: "3-7, 12". */
export function partsText(chosen: Iterable<number>): string {
  const sorted = [...new Set(chosen)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    ranges.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}
