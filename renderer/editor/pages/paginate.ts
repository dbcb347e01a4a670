/**
 * Page breaks as Word and LibreOffice make them for the exported .docx, from measured heights:
 * lines of paragraphs flow onto pages of the profile's text height; space before and after a
 * paragraph add up (they do not collapse as CSS margins do); a heading keeps with the paragraph
 * after it (keepNext); a block marked unbreakable (the closing table, a table row: cantSplit)
 * moves whole; a table's header rows repeat on every page it continues on; widow and orphan
 * control (two lines) when the document asks for it; a page break or a new section starts a page.
 * Pure: heights in any one unit (CSS px in the editor).
 */
export type FlowBlock = {
  /** Heights of the block's lines (or of its rows, for a table), in order. */
  lines: number[];
  before: number;
  after: number;
  /** Keep on the same page as the next block's first line (headings). */
  keepNext?: boolean;
  /** Never split (the closing block; a table row is one line of its table). */
  unbreakable?: boolean;
  /** Starts a new page (after a page break; the first block of a section). */
  breakBefore?: boolean;
  /** Table: height of the header rows printed again at the top of each continued page (lines[0..n) are those rows). */
  headerRows?: number;
  /** The page height of this block's section (a landscape appendix differs); defaults to the flow's. */
  pageHeight?: number;
  /** Footnotes referenced from a line: their text takes room at the foot of the page that line is on. */
  notes?: { line: number; height: number }[];
};

export type FlowOptions = {
  pageHeight: number;
  widowControl: boolean;
  /** The footnote separator's height, once on each page that has footnotes. */
  noteSeparator?: number;
};

/** Where a page starts: the block and its line. */
export type PageStart = { block: number; line: number };

const sum = (xs: readonly number[]): number => xs.reduce((a, x) => a + x, 0);

/** How much of the page a block kept with the next needs: itself and those kept with it, then the first line(s) of the one after. */
function keptHeight(blocks: readonly FlowBlock[], from: number, widowControl: boolean): number {
  let need = 0;
  let b = from;
  while (blocks[b]?.keepNext) {
    const block = blocks[b];
    if (!block) break;
    need += block.before + sum(block.lines) + block.after;
    b += 1;
  }
  const next = blocks[b];
  if (!next || next.breakBefore) return 0;
  const lead = next.unbreakable ? next.lines : next.lines.slice(0, Math.max(1, (next.headerRows ?? 0) + (widowControl ? 2 : 1)));
  return need + next.before + sum(lead);
}

/** The first line of every page, in order (the first page starts at block 0, line 0). */
export function paginate(blocks: readonly FlowBlock[], options: FlowOptions): PageStart[] {
  const pages: PageStart[] = [{ block: 0, line: 0 }];
  const heightOf = (b: number): number => blocks[b]?.pageHeight ?? options.pageHeight;
  let height = heightOf(0);
  let used = 0;
  let notes = 0;
  const newPage = (block: number, line: number): void => {
    const last = pages[pages.length - 1];
    if (!last || last.block !== block || last.line !== line) pages.push({ block, line });
    height = heightOf(block);
    used = 0;
    notes = 0;
  };
  /** Room the footnotes of line `line` of `block` take on a page that already holds `held` of footnotes. */
  const noteRoom = (block: FlowBlock, line: number, held: number): number => {
    const h = sum((block.notes ?? []).filter((n) => n.line === line).map((n) => n.height));
    return h === 0 ? 0 : h + (held === 0 ? (options.noteSeparator ?? 0) : 0);
  };

  blocks.forEach((block, b) => {
    if (block.breakBefore && b > 0) newPage(b, 0);
    if (block.keepNext && used > 0) {
      const need = keptHeight(blocks, b, options.widowControl);
      if (need <= height && used + need > height + 0.5) newPage(b, 0);
    }
    const units = block.unbreakable ? [sum(block.lines)] : block.lines;
    const header = sum(block.lines.slice(0, block.headerRows ?? 0));
    if (block.unbreakable && used > 0 && used + block.before + (units[0] ?? 0) > height + 0.5) newPage(b, 0);
    used += block.before;
    const startedEmpty = used === block.before;
    for (let line = 0; line < units.length; line += 1) {
      const h = units[line] ?? 0;
      const room = block.unbreakable ? 0 : noteRoom(block, line, notes);
      if (used + notes + h + room <= height + 0.5 || used === 0) {
        used += h;
        notes += room;
        continue;
      }
      let breakAt = line;
      if (options.widowControl && !block.headerRows) {
        if (units.length - breakAt === 1 && breakAt >= 2) breakAt -= 1; // widow: two lines go over
        if (breakAt === 1 && units.length > 1 && !startedEmpty) breakAt = 0; // orphan (a 3-line paragraph then moves whole)
      }
      if (breakAt <= (block.headerRows ?? 0) && !startedEmpty) breakAt = 0;
      newPage(b, breakAt);
      used = breakAt === 0 ? block.before : header;
      for (let k = breakAt; k <= line; k += 1) {
        used += units[k] ?? 0;
        notes += noteRoom(block, k, notes);
      }
    }
    used += block.after;
  });
  return pages;
}
