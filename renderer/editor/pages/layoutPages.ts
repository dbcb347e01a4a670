import type { FormatProfile } from '../../../electron/format/profile.ts';
import { layoutFindings, type LayoutBlock, type LayoutBlockKind, type LayoutFinding } from './layoutFindings.ts';
import { fontSizeOf, lineText, measureSheets, textHeight, zoomOf, type Placed } from './measure.ts';
import { isFar, withShown } from './farBlocks.ts';
import type { MeasureCache } from './measureCache.ts';
import { paginate } from './paginate.ts';

/** Where a page begins: its sheet, the top of its first line (CSS px inside the sheet, unzoomed), its printed number and first line. */
export type PageMark = {
  index: number;
  number: number | null;
  sheet: HTMLElement;
  top: number;
  firstLine: string;
  /** The element holding the page's first line (a table's row, else the block), for printing. */
  anchor: Element;
  /** Height of a continued table's header rows, printed again above the first line (unzoomed px). */
  lead: number;
};

/**
 * Widow and orphan control of two lines, as LibreOffice prints the exported .docx (measured on its
 * PDFs: a 3-line paragraph of which two lines would fit at the foot moves whole).
 */
const WIDOW_CONTROL = true;

/** The footnote separator with its spacing as LibreOffice prints it: about half a line of the default size (measured on its PDFs). */
function noteSeparator(sheet: HTMLElement): number {
  return fontSizeOf(sheet) * 0.5;
}

/**
 * Reads the first lines of the pages that start in body blocks left out of the layout (blockWindow.ts),
 * all in one layout: those blocks are laid out for the moment, and their lines read relative to themselves.
 */
function readFarLines(placed: readonly Placed[], starts: readonly { block: number; line: number }[]): void {
  const wanted: { at: Placed; line: number }[] = [];
  for (const start of starts) {
    const at = placed[start.block];
    const line = start.line > 0 && at?.block.headerRows ? 0 : start.line;
    if (at?.host && at.texts && !at.texts.has(line) && isFar(at.host)) wanted.push({ at, line });
  }
  if (wanted.length === 0) return;
  withShown([...new Set(wanted.map((w) => w.at.host as Element))], () => {
    for (const { at, line } of wanted) lineText(at, line);
  });
}

/** The page layout and what it does badly: findings, with the body element each fix acts on (by block). */
export type Layout = { marks: PageMark[]; findings: LayoutFinding[]; elements: Element[] };

function kindOf(p: Placed): LayoutBlockKind {
  if (p.element.matches('.pf-closing')) return 'closing';
  if (p.element.matches('.pf-header')) return 'opening';
  if (p.kind === 'rows') return 'table';
  if (p.element.matches('.nq-h')) return 'heading';
  return p.kind === 'text' ? 'text' : 'other';
}

function layoutBlock(p: Placed): LayoutBlock {
  return {
    kind: kindOf(p),
    text: p.kind === 'rows' ? '' : (p.text ?? p.element.textContent ?? ''),
    headerRows: p.block.headerRows ?? 0,
    rows: p.block.lines.length,
    appendix: p.sheet.classList.contains('appendix-page'),
  };
}

/** The document's pages as the exported .docx prints them, measured from the sheets in `pages`. */
export function layoutPages(pages: HTMLElement, profile: FormatProfile): PageMark[] {
  return measureLayout(pages, profile).marks;
}

/**
 * The pages, their layout findings and the body elements of the blocks. With a `cache`, only the
 * body blocks changed since are measured (the rest keep their lines); without, everything is.
 */
export function measureLayout(pages: HTMLElement, profile: FormatProfile, cache?: MeasureCache): Layout {
  const first = pages.querySelector<HTMLElement>(':scope > .page');
  if (!first) return { marks: [], findings: [], elements: [] };
  if (!cache) pages.classList.add('measuring');
  try {
    const placed = measureSheets(pages, cache);
    const starts = paginate(
      placed.map((p) => p.block),
      { pageHeight: textHeight(first), widowControl: WIDOW_CONTROL, noteSeparator: noteSeparator(first) },
    );
    readFarLines(placed, starts);
    let appendixFrom = -1;
    // One zoom per sheet (read once, not once per page: 300 style reads).
    const zooms = new Map<HTMLElement, number>();
    const zoomAt = (sheet: HTMLElement): number => zooms.get(sheet) ?? zooms.set(sheet, zoomOf(sheet)).get(sheet) ?? 1;
    const marks = starts.flatMap((start, index): PageMark[] => {
      const at = placed[start.block];
      // A table continued on this page prints its header rows first.
      if (!at) return [];
      const inAppendix = at.sheet.classList.contains('appendix-page');
      if (inAppendix && appendixFrom < 0) appendixFrom = index;
      const restart = inAppendix && profile.pageNumber.appendix === 'restart';
      const n = restart ? index - appendixFrom + 1 : index + 1;
      const shown = n === 1 && !profile.pageNumber.showOnFirstPage ? null : n;
      const headerRows = start.line > 0 ? (at.block.headerRows ?? 0) : 0;
      const zoom = zoomAt(at.sheet);
      const line = start.line > 0 && at.block.headerRows ? 0 : start.line;
      // Reading a line's text lays its block out in full; that layout can be forgotten afterwards.
      if (cache && at.texts && !at.texts.has(line)) cache.laidOut.add(at.element.closest('.nq-body > *') ?? at.element);
      return [
        {
          index,
          number: shown,
          sheet: at.sheet,
          top: (at.tops[start.line] ?? 0) / zoom,
          firstLine: lineText(at, line),
          anchor: at.kind === 'rows' ? ((at.element as HTMLTableElement).rows[start.line] ?? at.element) : at.element,
          lead: at.block.lines.slice(0, headerRows).reduce((a, h) => a + h, 0) / zoom,
        },
      ];
    });
    const findings = layoutFindings(placed.map(layoutBlock), starts);
    const elements = placed.map((p) => (p.kind === 'rows' ? (p.element.closest('.nq-body > *') ?? p.element) : p.element));
    return { marks, findings, elements };
  } finally {
    pages.classList.remove('measuring');
  }
}
