import type { FormatProfile } from '../../../electron/format/profile.ts';
import { layoutPages, type PageMark } from '../pages/layoutPages.ts';
import { textHeight } from '../pages/measure.ts';
import { hideLinesOutside } from './hideLines.ts';

/**
 * The page view's pages made printable: the sheets are copied at 100 % (out of sight), laid out
 * by the same layoutPages as the page markers, and each printed page shows through a window the
 * stretch of its sheet from its first line to the next page's (a continued table's header rows
 * first), its footnotes at its foot and its number at the top. Print CSS (styles/print.css) shows
 * only these pages: A4 with no margins of its own (the window sits at the profile's margins),
 * landscape for a landscape appendix.
 */
export type PrintJob = { pages: number; firstLines: string[]; dispose: () => void };

const ROOT_ID = 'print-root';

/** What cloneNode leaves behind: the fields' current values (header, title). */
function copyFieldValues(from: Element, to: Element): void {
  const a = from.querySelectorAll('input, textarea, select');
  const b = to.querySelectorAll('input, textarea, select');
  a.forEach((el, i) => {
    const c = b[i];
    if (el instanceof HTMLInputElement && c instanceof HTMLInputElement) c.value = el.value;
    else if (el instanceof HTMLTextAreaElement && c instanceof HTMLTextAreaElement) c.value = el.value;
    else if (el instanceof HTMLSelectElement && c instanceof HTMLSelectElement) c.selectedIndex = el.selectedIndex;
  });
}

/** Footnote numbers written out (the body's CSS counter would restart on a page that starts mid-body). */
function numberFootnotes(pages: Element): void {
  pages.querySelectorAll<HTMLElement>('.nq-fn-ref').forEach((ref, i) => {
    ref.dataset['n'] = String(i + 1);
  });
}

/** The path of child indexes from `root` down to `el`. */
function pathOf(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    const parent: Element | null = at.parentElement;
    if (!parent) break;
    path.unshift([...parent.children].indexOf(at));
  }
  return path;
}

function atPath(root: Element, path: readonly number[]): Element | null {
  let at: Element | null = root;
  for (const i of path) at = at?.children[i] ?? null;
  return at;
}

const topIn = (el: Element, sheet: Element): number => el.getBoundingClientRect().top - sheet.getBoundingClientRect().top;

/**
 * Leaves in the copy only what can show in the window [from, to) of the sheet (sheet coordinates):
 * the blocks of the body and the rows of its tables that lie wholly outside are removed, so a long
 * document does not print every page with the whole document behind it. Header rows stay.
 */
function trim(master: Element, copy: Element, sheet: Element, from: number, to: number): void {
  const containers = [':scope', ':scope .nq-body', ':scope .nq-table tbody', ':scope .pf-app-table tbody'];
  const doomed: Element[] = [];
  for (const selector of containers) {
    const inMaster = selector === ':scope' ? [master] : [...master.querySelectorAll(selector)];
    for (const parent of inMaster) {
      const twin = atPath(copy, pathOf(master, parent));
      if (!twin) continue;
      [...parent.children].forEach((child, i) => {
        if (child.querySelector('th') !== null || child.matches('thead, .nq-body, .nq-targets, table')) return;
        const top = topIn(child, sheet);
        const bottom = top + child.getBoundingClientRect().height;
        const gone = bottom <= from + 0.5 || top >= to - 0.5;
        const el = twin.children[i];
        if (gone && el) doomed.push(el);
      });
    }
  }
  for (const el of doomed) el.remove();
}

type Built = { page: HTMLElement; sheet: HTMLElement; anchor: Element | null; delta: number; lead: number };

/** One printed page: a window onto a copy of its sheet, its footnotes and its number. */
function buildPage(mark: PageMark, next: PageMark | undefined, notes: Element[]): Built {
  const { sheet } = mark;
  const page = sheet.cloneNode(false) as HTMLElement;
  page.classList.add('print-page');
  page.removeAttribute('data-testid');
  page.dataset['page'] = String(mark.index + 1);
  if (sheet.classList.contains('appendix-landscape')) page.classList.add('print-landscape');
  const height = textHeight(sheet);
  const to = next && next.sheet === sheet ? next.top : mark.top - mark.lead + height;
  const frame = document.createElement('div');
  frame.className = 'print-window';
  frame.style.height = `${Math.min(height, to - mark.top + mark.lead)}px`;
  const copy = sheet.cloneNode(true) as HTMLElement;
  copy.classList.add('print-sheet');
  copy.removeAttribute('data-testid');
  copyFieldValues(sheet, copy);
  const anchor = atPath(copy, pathOf(sheet, mark.anchor));
  hideSplitLines(mark, next, copy);
  copy.querySelector('.footnote-list')?.remove();
  trim(sheet, copy, sheet, mark.top, to);
  frame.append(copy);
  page.append(frame);
  if (notes.length > 0) {
    const list = document.createElement('aside');
    list.className = 'footnote-list print-notes';
    list.append(...notes.map((n) => n.cloneNode(true)));
    page.append(list);
  }
  if (mark.number !== null) {
    const number = document.createElement('div');
    number.className = 'print-page-number';
    number.textContent = String(mark.number);
    page.append(number);
  }
  const delta = mark.top - topIn(mark.anchor, sheet);
  return { page, sheet: copy, anchor, delta, lead: mark.lead };
}

/** Whether a page starts inside its first paragraph (not at its first line). */
const startsInside = (m: PageMark): boolean => m.top - topIn(m.anchor, m.sheet) > 1;

/** The lines of the page's first and last paragraphs that belong to the pages before and after it, made invisible. */
function hideSplitLines(mark: PageMark, next: PageMark | undefined, copy: Element): void {
  const { sheet } = mark;
  const tail = next && next.sheet === sheet && startsInside(next) ? next : null;
  const head = startsInside(mark) ? mark : null;
  const apply = (el: Element, from: number, to: number): void => {
    const twin = atPath(copy, pathOf(sheet, el));
    if (twin) hideLinesOutside(el, twin, sheet, from, to);
  };
  if (head && tail && head.anchor === tail.anchor) return apply(head.anchor, head.top, tail.top);
  if (head) apply(head.anchor, head.top, Number.POSITIVE_INFINITY);
  if (tail) apply(tail.anchor, Number.NEGATIVE_INFINITY, tail.top);
}

/** Which page each footnote's reference falls on (by its place on its sheet). */
function notesByPage(marks: readonly PageMark[], pages: Element): Element[][] {
  const items = [...pages.querySelectorAll('.footnote-list .footnote-item')];
  const out = marks.map((): Element[] => []);
  pages.querySelectorAll('.nq-fn').forEach((ref, i) => {
    const item = items[i];
    const sheet = ref.closest('.page');
    if (!item || !sheet) return;
    const top = topIn(ref, sheet);
    let page = -1;
    marks.forEach((m, k) => {
      if (m.sheet === sheet && m.top - 1 <= top) page = k;
    });
    if (page >= 0) out[page]?.push(item);
  });
  return out;
}

/** Lays the pages out for printing; `dispose` removes them once printed. */
export function preparePrint(pages: HTMLElement, profile: FormatProfile): PrintJob {
  document.getElementById(ROOT_ID)?.remove();
  const root = document.createElement('div');
  root.id = ROOT_ID;
  root.className = 'print-root measuring';
  const master = pages.cloneNode(true) as HTMLElement;
  master.classList.add('print-master');
  master.querySelectorAll('.page-marker, .page-count').forEach((e) => e.remove());
  // Every block prints, including those left out of the screen's layout (pages/blockWindow.ts).
  master.querySelectorAll('[data-far], [data-far-above], [data-far-below]').forEach((e) => {
    e.removeAttribute('data-far');
    e.removeAttribute('data-far-above');
    e.removeAttribute('data-far-below');
  });
  master.querySelectorAll('[contenteditable]').forEach((e) => e.removeAttribute('contenteditable'));
  copyFieldValues(pages, master);
  numberFootnotes(master);
  root.append(master);
  document.body.append(root);
  const marks = layoutPages(master, profile);
  const notes = notesByPage(marks, master);
  const built = marks.map((m, i) => buildPage(m, marks[i + 1], notes[i] ?? []));
  const out = document.createElement('div');
  out.className = 'print-pages';
  out.append(...built.map((b) => b.page));
  root.append(out);
  // Where each page's first line landed in its trimmed copy, read once for all pages, then shifted into the window.
  const shifts = built.map((b) => (b.anchor ? topIn(b.anchor, b.sheet) + b.delta - b.lead : 0));
  built.forEach((b, i) => {
    b.sheet.style.top = `${-(shifts[i] ?? 0)}px`;
  });
  master.remove();
  return { pages: marks.length, firstLines: marks.map((m) => m.firstLine), dispose: () => root.remove() };
}
