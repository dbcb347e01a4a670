import { misspeltRanges } from './paint.ts';
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
    mirrors.set(field, mirror);
    field.after(mirror);
  }
  return mirror;
}

/** Lays the mirror exactly over its field (same box, font, padding, wrapping, scroll). */
function place(field: Field, mirror: HTMLDivElement): void {
  const css = getComputedStyle(field);
  for (const key of COPIED) mirror.style[key] = css[key];
  mirror.style.whiteSpace = field instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre';
  mirror.style.width = `${field.offsetWidth}px`;
  mirror.style.height = `${field.offsetHeight}px`;
  mirror.style.left = '0px';
  mirror.style.top = '0px';
  const at = mirror.getBoundingClientRect();
  const to = field.getBoundingClientRect();
  const scale = mirror.offsetWidth > 0 ? at.width / mirror.offsetWidth : 1;
  mirror.style.left = `${(to.left - at.left) / scale}px`;
  mirror.style.top = `${(to.top - at.top) / scale}px`;
  mirror.scrollLeft = field.scrollLeft;
  mirror.scrollTop = field.scrollTop;
}

/** Underlines the misspelt words of every spell-checked field under `root`; returns the ranges painted. */
export function paintFields(root: ParentNode, speller: Speller): number {
  const ranges: Range[] = [];
  const live = new Set<Element>();
  for (const field of root.querySelectorAll<Field>(SPELL_FIELDS)) {
    const misspelt = wordsOf(field.value).length > 0 && field.offsetParent !== null;
    const mirror = misspelt ? mirrorOf(field) : mirrors.get(field);
    if (!mirror) continue;
    live.add(mirror);
    if (mirror.textContent !== field.value) mirror.textContent = field.value;
    const found = misspelt ? misspeltRanges([mirror], speller) : [];
    mirror.hidden = found.length === 0;
    if (found.length > 0) place(field, mirror);
    ranges.push(...found);
  }
  // The mirrors of fields no longer there (a line removed, another tab).
  for (const m of root.querySelectorAll('.spell-mirror')) if (!live.has(m)) m.remove();
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(FIELD_SPELL_HIGHLIGHT, new Highlight(...ranges));
  return ranges.length;
}

/** Keeps a field's mirror scrolled with it. */
export function followScroll(field: Field): void {
  const mirror = mirrors.get(field);
  if (!mirror) return;
  mirror.scrollLeft = field.scrollLeft;
  mirror.scrollTop = field.scrollTop;
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
