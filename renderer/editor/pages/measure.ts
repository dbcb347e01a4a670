import { wordsOnLine } from './lineWords.ts';
import { farTop } from './farBlocks.ts';
import { keyCache, needsMeasure, type MeasureCache } from './measureCache.ts';
import { holdsSelection } from './relock.ts';
import type { FlowBlock } from './paginate.ts';

/**
 * A measured block and where it is on screen: its element and the top of each of its lines
 * (relative to its sheet); `texts` keeps the text of lines already read (kept between layouts).
 */
export type Placed = {
  block: FlowBlock;
  element: Element;
  sheet: HTMLElement;
  tops: number[];
  kind: 'text' | 'rows' | 'box';
  texts?: Map<number, string>;
  /** The block's text, when kept from an earlier layout. */
  text?: string;
  /** Kept from an earlier layout: the top-level body block it is part of, and each line's top relative to that block's top. */
  host?: Element;
  rel?: number[];
};

const PX_PER_MM = 96 / 25.4;

function px(value: string): number {
  const n = parseFloat(value);
  if (value.endsWith('mm')) return n * PX_PER_MM;
  if (value.endsWith('pt')) return (n * 96) / 72;
  return Number.isFinite(n) ? n : 0;
}

/** How much the sheet is zoomed on screen (fit width, fit page): its drawn width over the profile's page width. */
export function zoomOf(sheet: HTMLElement): number {
  const width = px(getComputedStyle(sheet).getPropertyValue('--page-w').trim());
  return width > 0 ? sheet.getBoundingClientRect().width / width : 1;
}

/** The height of a sheet's text area on screen: the profile's page height less its top and bottom margins (CSS custom properties), zoomed. */
export function textHeight(sheet: HTMLElement): number {
  const css = getComputedStyle(sheet);
  const height =
    px(css.getPropertyValue('--page-h').trim()) -
    px(css.getPropertyValue('--m-top').trim()) -
    px(css.getPropertyValue('--m-bottom').trim());
  return height * zoomOf(sheet);
}

/** The sheet's body font size on screen. */
export function fontSizeOf(sheet: HTMLElement): number {
  return parseFloat(getComputedStyle(sheet).fontSize) * zoomOf(sheet);
}

/** The line boxes of a block of text: its client rects grouped by line. */
function lineTops(element: Element): { tops: number[]; count: number } {
  const range = document.createRange();
  range.selectNodeContents(element);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
  const lines: { top: number; bottom: number }[] = [];
  for (const r of rects) {
    const last = lines[lines.length - 1];
    const middle = (r.top + r.bottom) / 2;
    if (last && middle < last.bottom) last.bottom = Math.max(last.bottom, r.bottom);
    else lines.push({ top: r.top, bottom: r.bottom });
  }
  return { tops: lines.map((l) => l.top), count: lines.length };
}

/** Space before and after a block on screen (computed margins are unzoomed CSS px). */
function margins(element: Element, sheet: HTMLElement): { before: number; after: number } {
  const css = getComputedStyle(element);
  const zoom = zoomOf(sheet);
  return { before: px(css.marginTop) * zoom, after: px(css.marginBottom) * zoom };
}

/** The footnotes' printed texts (the list under the body), in order, and how many were met so far. */
type Notes = { items: Element[]; next: number };

/** Footnotes referenced from the block: the line of each reference and the height of its text. */
function blockNotes(element: Element, tops: readonly number[], top: number, notes: Notes | undefined): FlowBlock['notes'] {
  if (!notes) return undefined;
  const found: { line: number; height: number }[] = [];
  for (const ref of element.querySelectorAll('.nq-fn')) {
    const item = notes.items[notes.next];
    notes.next += 1;
    if (!item) continue;
    const r = ref.getBoundingClientRect();
    const middle = (r.top + r.bottom) / 2 - top;
    let line = 0;
    while (line + 1 < tops.length && (tops[line + 1] ?? 0) <= middle) line += 1;
    found.push({ line, height: item.getBoundingClientRect().height });
  }
  return found.length > 0 ? found : undefined;
}

/**
 * The top of a label printed as a line of its own above a heading's text (a part's "Phần thứ nhất":
 * `::before` as a block), on screen; null when the heading has none. Its text is no text node, so
 * lineTops does not see that line: without it, a page starting at the heading was marked one line low.
 */
function labelLineTop(element: Element, box: DOMRect, sheet: HTMLElement): number | null {
  if (!element.matches('.nq-h')) return null;
  const label = getComputedStyle(element, '::before');
  if (label.display !== 'block' || label.content === 'none' || label.content === 'normal') return null;
  const css = getComputedStyle(element);
  return box.top + (px(css.borderTopWidth) + px(css.paddingTop) + px(label.marginTop)) * zoomOf(sheet);
}

function textBlock(element: Element, sheet: HTMLElement, extra: Partial<FlowBlock> = {}, notes?: Notes): Placed {
  const box = element.getBoundingClientRect();
  const top = sheet.getBoundingClientRect().top;
  const measured = lineTops(element);
  const label = labelLineTop(element, box, sheet);
  const withLabel = label !== null && (measured.tops[0] ?? Number.POSITIVE_INFINITY) > label + 1;
  const tops = withLabel ? [label, ...measured.tops] : measured.tops;
  const count = withLabel ? measured.count + 1 : measured.count;
  const n = Math.max(1, count);
  const lines = Array.from({ length: n }, () => box.height / n);
  const refs = blockNotes(
    element,
    tops.map((t) => t - top),
    top,
    notes,
  );
  return {
    block: { lines, ...margins(element, sheet), ...extra, ...(refs ? { notes: refs } : {}) },
    element,
    sheet,
    tops: (count > 0 ? tops : [box.top]).map((t) => t - top),
    kind: 'text',
  };
}

function boxBlock(element: Element, sheet: HTMLElement, extra: Partial<FlowBlock> = {}): Placed {
  const box = element.getBoundingClientRect();
  const top = sheet.getBoundingClientRect().top;
  return {
    block: { lines: [box.height], unbreakable: true, ...margins(element, sheet), ...extra },
    element,
    sheet,
    tops: [box.top - top],
    kind: 'box',
  };
}

/** A table: each row is a line that never splits (cantSplit); rows of header cells repeat (tableHeader). */
function tableBlock(table: HTMLTableElement, sheet: HTMLElement, extra: Partial<FlowBlock> = {}): Placed {
  const top = sheet.getBoundingClientRect().top;
  const rows = [...table.rows];
  const heights = rows.map((r) => r.getBoundingClientRect().height);
  let headerRows = 0;
  while (headerRows < rows.length && rows[headerRows]?.querySelector('td') === null) headerRows += 1;
  const host = table.closest('.nq-body > *') ?? table;
  return {
    block: { lines: heights, ...margins(host, sheet), ...(headerRows > 0 && headerRows < rows.length ? { headerRows } : {}), ...extra },
    element: table,
    sheet,
    tops: rows.map((r) => r.getBoundingClientRect().top - top),
    kind: 'rows',
  };
}

/** The measured blocks of one top-level child of the body: a paragraph or heading by line, a table by row, the targets block by its lines. */
function childBlocks(child: Element, sheet: HTMLElement, notes: Notes): Placed[] {
  const table = child instanceof HTMLTableElement ? child : child.querySelector('table');
  if (child.classList.contains('nq-targets')) {
    return [...child.querySelectorAll('.nq-target-line')].map((line) => textBlock(line, sheet, {}, notes));
  }
  if (table) return [tableBlock(table, sheet)];
  if (child.matches('p, .nq-h, .nq-bullet')) {
    return [textBlock(child, sheet, child.classList.contains('nq-h') ? { keepNext: true } : {}, notes)];
  }
  return [boxBlock(child, sheet)];
}

/** The top of an element relative to its sheet's top, on screen. */
const topOf = (element: Element, sheetTop: number): number => element.getBoundingClientRect().top - sheetTop;

/** Measures `children` of the body (shown in full for the moment, however far off screen) into the cache. */
export function measureInto(cache: MeasureCache, body: Element, sheet: HTMLElement, children: readonly Element[]): void {
  const refs = [...body.querySelectorAll('.nq-fn')];
  const items = [...sheet.querySelectorAll('.footnote-list .footnote-item')];
  const toShow = children.filter((c) => !holdsSelection(c));
  for (const child of toShow) child.classList.add('nq-measuring');
  try {
    const sheetTop = sheet.getBoundingClientRect().top;
    const zoom = zoomOf(sheet);
    for (const child of children) {
      cache.heights.set(child, child.getBoundingClientRect().height / zoom);
      const first = child.querySelector('.nq-fn');
      const notes: Notes = { items, next: first ? Math.max(0, refs.indexOf(first)) : 0 };
      const top = topOf(child, sheetTop);
      const placed = childBlocks(child, sheet, notes);
      cache.entries.set(
        child,
        placed.map((p) => ({
          block: p.block,
          rel: p.tops.map((t) => t - top),
          element: p.element,
          kind: p.kind,
          texts: new Map(),
          text: p.element.textContent ?? '',
        })),
      );
      cache.dirty.delete(child);
    }
  } finally {
    for (const child of toShow) {
      child.classList.remove('nq-measuring');
      cache.laidOut.add(child);
    }
    // Skipped again, a block keeps the height it was measured at (a block measured and hidden in one task has no remembered size).
    for (const child of children) {
      const height = cache.heights.get(child);
      if (height !== undefined && child instanceof HTMLElement) child.style.containIntrinsicSize = `auto ${height}px`;
    }
  }
}

/** Body blocks measured per task (each batch is shown in full, measured, and hidden again). */
const BATCH = 40;

/**
 * Measures the body blocks not measured yet (or changed since), a batch at a time, until the clock
 * passes `until` (performance.now()); true when none is left, false when there is more to do.
 */
export function measurePending(pages: HTMLElement, cache: MeasureCache, until: number): boolean {
  for (const sheet of pages.querySelectorAll<HTMLElement>(':scope > .page')) {
    const body = sheet.querySelector('.nq-body');
    if (!body) continue;
    keyCache(cache, body);
    const pending = [...body.children].filter((c) => !c.classList.contains('nq-page-break') && needsMeasure(cache, c));
    for (let i = 0; i < pending.length; i += BATCH) {
      measureInto(cache, body, sheet, pending.slice(i, i + BATCH));
      if (i + BATCH < pending.length && performance.now() > until) return false;
    }
  }
  return true;
}

/** The cached blocks of a child, placed where the child is now (its place read only when asked: most blocks start no page). */
function fromCache(cache: MeasureCache, child: Element, sheet: HTMLElement, sheetTop: number): Placed[] {
  return (cache.entries.get(child) ?? []).map((c) => ({
    block: { ...c.block },
    element: c.element,
    sheet,
    get tops() {
      // A block left out of the layout far from the screen (blockWindow.ts) is where the window's geometry puts it.
      const top = farTop(child) ?? topOf(child, sheetTop);
      return c.rel.map((r) => r + top);
    },
    kind: c.kind,
    texts: c.texts,
    text: c.text,
    host: child,
    rel: c.rel,
  }));
}

/** The body's blocks, in order: paragraphs and headings by line, tables by row, the targets block by its lines. */
function bodyBlocks(body: Element, sheet: HTMLElement, cache?: MeasureCache): Placed[] {
  const out: Placed[] = [];
  const notes: Notes = { items: [...sheet.querySelectorAll('.footnote-list .footnote-item')], next: 0 };
  const children = [...body.children].filter((c) => !c.classList.contains('nq-page-break'));
  if (cache) {
    keyCache(cache, body);
    const pending = children.filter((c) => needsMeasure(cache, c));
    if (pending.length > 0) measureInto(cache, body, sheet, pending);
  }
  const sheetTop = sheet.getBoundingClientRect().top;
  let breakNext = false;
  for (const child of body.children) {
    if (child.classList.contains('nq-page-break')) {
      breakNext = true;
      continue;
    }
    const placed = cache ? fromCache(cache, child, sheet, sheetTop) : childBlocks(child, sheet, notes);
    const first = placed[0];
    if (first && breakNext) first.block.breakBefore = true;
    breakNext = false;
    out.push(...placed);
  }
  return out;
}

/** The appendix sheet: its heading lines, then its table. */
function appendixBlocks(sheet: HTMLElement): Placed[] {
  const out: Placed[] = [];
  for (const child of sheet.children) {
    if (child.classList.contains('page-marker')) continue;
    if (child instanceof HTMLTableElement) out.push(tableBlock(child, sheet));
    else out.push(textBlock(child, sheet));
  }
  const first = out[0];
  if (first) first.block.breakBefore = true;
  for (const p of out) p.block.pageHeight = textHeight(sheet);
  return out;
}

/** Header and title up to the body's first line, as one block that never splits (it is all on page 1). */
function openingBlock(header: Element, body: Element | null, sheet: HTMLElement): Placed {
  const box = header.getBoundingClientRect();
  const first = body?.firstElementChild;
  const top = sheet.getBoundingClientRect().top;
  const far = first ? farTop(first) : null;
  const end = first ? (far === null ? first.getBoundingClientRect().top : top + far) - margins(first, sheet).before : box.bottom;
  return {
    block: { lines: [end - box.top], before: 0, after: 0, unbreakable: true },
    element: header,
    sheet,
    tops: [box.top - top],
    kind: 'box',
  };
}

/** Every block of the document as it flows through its sheets: the first sheet (header, title, body, closing), then the appendix. */
export function measureSheets(pages: HTMLElement, cache?: MeasureCache): Placed[] {
  const out: Placed[] = [];
  for (const sheet of pages.querySelectorAll<HTMLElement>(':scope > .page')) {
    if (sheet.classList.contains('appendix-page')) {
      out.push(...appendixBlocks(sheet));
      continue;
    }
    const header = sheet.querySelector('.pf-header');
    const body = sheet.querySelector('.nq-body');
    const closing = sheet.querySelector('.pf-closing');
    if (header) out.push(openingBlock(header, body, sheet));
    if (body) {
      const blocks = bodyBlocks(body, sheet, cache);
      // The body's last paragraphs kept on the signature's page (signature.keepWithBody): keep-with-next, as the .docx sets it.
      const keep = closing ? Number(pages.dataset['keepClosing'] ?? 0) : 0;
      if (keep > 0) for (const p of blocks.filter((b) => b.kind === 'text').slice(-keep)) p.block.keepNext = true;
      out.push(...blocks);
    }
    if (closing) out.push(boxBlock(closing, sheet));
  }
  return out;
}

/** The text of one line of a measured block, as it shows (the printed number of a heading or bullet first). */
export function lineText(placed: Placed, line: number): string {
  const known = placed.texts?.get(line);
  if (known !== undefined) return known;
  const text = readLineText(placed, line);
  placed.texts?.set(line, text);
  return text;
}

function readLineText(placed: Placed, line: number): string {
  const { element, sheet } = placed;
  if (placed.kind === 'rows') {
    const row = (element as HTMLTableElement).rows[line];
    return [...(row?.cells ?? [])].map((c) => (c.textContent ?? '').trim()).join(' ');
  }
  if (placed.kind === 'box') return (element.textContent ?? '').trim().split('\n')[0] ?? '';
  // Lines relative to the block they are part of when known (a block left out is laid out for the moment wherever it lands).
  const { host, rel } = placed;
  const top = host && rel ? host.getBoundingClientRect().top : sheet.getBoundingClientRect().top;
  const lines = host && rel ? rel : placed.tops;
  const from = lines[line] ?? 0;
  const to = lines[line + 1] ?? Number.POSITIVE_INFINITY;
  // The element's text as one string; the line is the stretch from its first word to its last.
  const middleOf = (word: Range): number => {
    const r = word.getBoundingClientRect();
    return (r.top + r.bottom) / 2 - top;
  };
  const { full, first, last } = wordsOnLine(element, middleOf, from - 1, to - 1);
  const words = first < 0 ? '' : full.slice(first, last).replace(/\s+/g, ' ');
  const label = line === 0 ? ((element as HTMLElement).dataset['label'] ?? (element as HTMLElement).dataset['marker'] ?? '') : '';
  return [label, words].filter((w) => w !== '').join(' ');
}
