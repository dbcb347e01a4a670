import { ignored, misspeltRanges } from './paint.ts';
import type { Speller } from './speller.ts';
import { wordsOf } from './words.ts';

/** The CSS highlight of misspelt words in the fields (the body has its own, SPELL_HIGHLIGHT). */
export const FIELD_SPELL_HIGHLIGHT = 'nq-spell-field';
/** Fields spell-checked: title lines, summary, targets' names, recipients' lines (marked `data-spell`). */
export const SPELL_FIELDS = 'input[data-spell], textarea[data-spell]';

type Field = HTMLInputElement | HTMLTextAreaElement;
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'textAlign',
  'lineHeight',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'boxSizing',
] as const;

/** Each field's mirror: a copy of its text laid over it (transparent, unclickable) on which the misspelt words are underlined. */
const mirrors = new WeakMap<Field, HTMLDivElement>();

function mirrorOf(field: Field): HTMLDivElement | null {
  const parent = field.parentElement;
  if (!parent) return null;
  let mirror = mirrors.get(field);
  if (!mirror || mirror.parentElement !== parent) {
    mirror = document.createElement('div');
    mirror.className = 'spell-mirror';
    mirror.setAttribute('aria-hidden', 'true');
    mirror.style.left = '0px';
    mirror.style.top = '0px';
    mirrors.set(field, mirror);
    field.after(mirror);
  }
  return mirror;
}

type Style = Omit<CSSStyleDeclaration, number | 'length' | 'parentRule'>;
/** Writes a style property only when it changes: an unchanged write still costs a style recalculation. */
function setStyle(el: HTMLElement, key: keyof Style & string, value: string): void {
  const style = el.style as unknown as Record<string, string>;
  if (style[key] !== value) style[key] = value;
}

/** Lays the mirror exactly over its field (same box, font, padding, wrapping, scroll), writing only what changed. */
function place(field: Field, mirror: HTMLDivElement): void {
  const css = getComputedStyle(field);
  for (const key of COPIED) setStyle(mirror, key, css[key]);
  setStyle(mirror, 'whiteSpace', field instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre');
  setStyle(mirror, 'width', `${field.offsetWidth}px`);
  setStyle(mirror, 'height', `${field.offsetHeight}px`);
  const at = mirror.getBoundingClientRect();
  const to = field.getBoundingClientRect();
  const scale = mirror.offsetWidth > 0 ? at.width / mirror.offsetWidth : 1;
  const dx = (to.left - at.left) / scale;
  const dy = (to.top - at.top) / scale;
  if (Math.abs(dx) > 0.01) mirror.style.left = `${(parseFloat(mirror.style.left) || 0) + dx}px`;
  if (Math.abs(dy) > 0.01) mirror.style.top = `${(parseFloat(mirror.style.top) || 0) + dy}px`;
  followScroll(field);
}

/** What a mirror was last painted with: its text, the checker and its state then, and the ranges of its misspelt words. */
type Painted = { text: string; speller: Speller; state: string; ranges: Range[] };
let painted = new WeakMap<HTMLDivElement, Painted>();
/** The mirrors that have ranges in the highlight (to take them off when their field goes). */
const marked = new Set<HTMLDivElement>();
let highlight: Highlight | null = null;

/** The fields' highlight, registered once and then changed in place (a new one each time would repaint every mark). */
function fieldHighlight(): Highlight | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  if (!highlight || CSS.highlights.get(FIELD_SPELL_HIGHLIGHT) !== highlight) {
    highlight = new Highlight();
    CSS.highlights.set(FIELD_SPELL_HIGHLIGHT, highlight);
    // A new highlight holds none of the ranges painted before: every mirror is painted afresh.
    painted = new WeakMap();
    marked.clear();
  }
  return highlight;
}

function unmark(mirror: HTMLDivElement): void {
  for (const r of painted.get(mirror)?.ranges ?? []) highlight?.delete(r);
  painted.delete(mirror);
  marked.delete(mirror);
}

/** Paints one field's mirror; its ranges are looked for again only when its text, the checker or the ignored words changed. */
function paintField(field: Field, speller: Speller, hl: Highlight | null): HTMLDivElement | null {
  const shown = wordsOf(field.value).length > 0 && field.offsetParent !== null;
  const mirror = shown ? mirrorOf(field) : mirrors.get(field);
  if (!mirror) return null;
  if (mirror.textContent !== field.value) mirror.textContent = field.value;
  // The word being typed at the field's caret is not marked until the caret leaves it (a space, leaving the field).
  const typing = field === document.activeElement && field.selectionStart === field.selectionEnd ? field.selectionStart : null;
  const state = `${shown}/${speller.words()}/${ignored.size}/${typing ?? ''}`;
  const old = painted.get(mirror);
  let ranges = old?.ranges ?? [];
  if (!old || old.text !== field.value || old.speller !== speller || old.state !== state) {
    unmark(mirror);
    const text = mirror.firstChild;
    ranges = shown ? misspeltRanges([mirror], speller, text && typing !== null ? { node: text, offset: typing } : null) : [];
    for (const r of ranges) hl?.add(r);
    painted.set(mirror, { text: field.value, speller, state, ranges });
    if (ranges.length > 0) marked.add(mirror);
  }
  const hidden = ranges.length === 0;
  if (mirror.hidden !== hidden) mirror.hidden = hidden;
  if (!hidden) place(field, mirror);
  return mirror;
}

/**
 * Underlines the misspelt words of the spell-checked fields under `root` (only `fields` when
 * given: the ones typed in); returns how many words are underlined in all. What did not change is
 * not written again.
 */
export function paintFields(root: ParentNode, speller: Speller, fields?: Iterable<Field>): number {
  const hl = fieldHighlight();
  if (fields) {
    for (const field of fields) if (field.isConnected) paintField(field, speller, hl);
  } else {
    const live = new Set<Element>();
    for (const field of root.querySelectorAll<Field>(SPELL_FIELDS)) {
      const mirror = paintField(field, speller, hl);
      if (mirror) live.add(mirror);
    }
    // The mirrors of fields no longer there (a line removed, another tab).
    for (const m of root.querySelectorAll<HTMLDivElement>('.spell-mirror')) {
      if (live.has(m)) continue;
      unmark(m);
      m.remove();
    }
  }
  for (const m of [...marked]) if (!m.isConnected) unmark(m);
  return [...marked].reduce((n, m) => n + (painted.get(m)?.ranges.length ?? 0), 0);
}

/** Takes the fields' underlines off the page (the editor closed). */
export function clearFieldMarks(): void {
  highlight?.clear();
  if (highlight && typeof CSS !== 'undefined' && CSS.highlights.get(FIELD_SPELL_HIGHLIGHT) === highlight) {
    CSS.highlights.delete(FIELD_SPELL_HIGHLIGHT);
  }
  highlight = null;
  painted = new WeakMap();
  marked.clear();
}

/** Keeps a field's mirror scrolled with it. */
export function followScroll(field: Field): void {
  const mirror = mirrors.get(field);
  if (!mirror) return;
  if (mirror.scrollLeft !== field.scrollLeft) mirror.scrollLeft = field.scrollLeft;
  if (mirror.scrollTop !== field.scrollTop) mirror.scrollTop = field.scrollTop;
}

/** The word of a field at its caret (where a right-click put it), if any. */
export function wordAtCaret(field: Field): { index: number; length: number; word: string } | null {
  const at = field.selectionStart ?? -1;
  return wordsOf(field.value).find((w) => w.index <= at && at <= w.index + w.length) ?? null;
}

/** Replaces part of a field's text as if typed (React's onChange sees it). */
export function replaceInField(field: Field, index: number, length: number, word: string): void {
  const value = field.value.slice(0, index) + word + field.value.slice(index + length);
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
