import { textMarks, type TextMarks } from '../../highlights/textMarks.ts';
import { misspeltSpans } from './paint.ts';
import type { Speller } from './speller.ts';
import { wordsOf } from './words.ts';

/** The CSS highlight of misspelt words in the fields (the body has its own, SPELL_HIGHLIGHT). */
export const FIELD_SPELL_HIGHLIGHT = 'nq-spell-field';
/** Text boxes spell-checked: title lines, summary, targets' names, recipients' lines (marked `data-spell`). */
export const SPELL_FIELDS = 'input[data-spell], textarea[data-spell]';
/**
 * Every spell-checked field: the text boxes, and the fields drawn as plain text until they take
 * the focus (the targets' names: panels/targets/LazyField.tsx), whose own text carries the
 * underlines (no mirror).
 */
export const SPELL_TEXTS = '[data-spell]';

type Field = HTMLInputElement | HTMLTextAreaElement;
const isBox = (el: Element): el is Field => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
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
/** Each mirror's field: whether it is shown and where its caret is decide what its text's marks are. */
const fieldOf = new WeakMap<HTMLDivElement, Field>();

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
    fieldOf.set(mirror, field);
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

/**
 * The fields' marks, kept per mirror text by textMarks as the body's are (a mark over a word that
 * did not change is not written again), for one checker: another checker marks afresh.
 */
let current: { speller: Speller; marks: TextMarks } | null = null;

/** The text boxes typed in since they took the focus. */
const typing = new WeakSet<Field>();

/** Someone typed in the field (true), or it lost the focus (false). */
export function typedIn(field: Field, typed: boolean): void {
  if (typed) typing.add(field);
  else typing.delete(field);
}

function marksFor(speller: Speller): TextMarks {
  if (current?.speller === speller) return current.marks;
  current?.marks.dispose();
  const marks = textMarks(
    FIELD_SPELL_HIGHLIGHT,
    (node) => {
      const holder = node.parentElement;
      const field = holder instanceof HTMLDivElement ? fieldOf.get(holder) : undefined;
      // A field drawn as plain text: nobody types in it.
      if (!field) return holder?.matches(SPELL_TEXTS) && holder.offsetParent !== null ? misspeltSpans(node, speller, () => null) : [];
      if (field.offsetParent === null) return [];
      // The word being typed at the field's caret is not marked until the caret leaves it (a space,
      // leaving the field); a field only focused has no word being typed.
      return misspeltSpans(node, speller, () =>
        typing.has(field) && field === document.activeElement && field.selectionStart === field.selectionEnd ? field.selectionStart : null,
      );
    },
    { followBlocks: false },
  );
  current = { speller, marks };
  return marks;
}

/** A field's mirror with the field's text (made when the field is shown and has words), if it has one. */
function mirrorWithText(field: Field): HTMLDivElement | null {
  const shown = wordsOf(field.value).length > 0 && field.offsetParent !== null;
  const mirror = shown ? mirrorOf(field) : mirrors.get(field);
  if (!mirror) return null;
  if (mirror.textContent !== field.value) mirror.textContent = field.value;
  return mirror;
}

/**
 * Underlines the misspelt words of the spell-checked fields under `root` (only `fields` when
 * given: the ones typed in, shown or gone); returns how many words are underlined in all. What did
 * not change is not written again.
 */
export function paintFields(root: ParentNode, speller: Speller, fields?: Iterable<Element>): number {
  const marks = marksFor(speller);
  const painted: HTMLDivElement[] = [];
  const texts: Text[] = [];
  const take = (field: Element): void => {
    if (!field.isConnected) {
      // A text box gone (drawn as plain text again): its mirror goes with it.
      if (isBox(field)) mirrors.get(field)?.remove();
      return;
    }
    const holder = isBox(field) ? mirrorWithText(field) : field;
    if (holder instanceof HTMLDivElement && holder !== field) painted.push(holder);
    if (holder?.firstChild instanceof Text) texts.push(holder.firstChild);
  };
  if (fields) for (const field of fields) take(field);
  else {
    for (const field of root.querySelectorAll(SPELL_TEXTS)) take(field);
    // The mirrors of fields no longer there (a line removed, another tab): their marks go with them.
    const live = new Set<Element>(painted);
    for (const m of root.querySelectorAll<HTMLDivElement>('.spell-mirror')) if (!live.has(m)) m.remove();
  }
  marks.update(texts);
  for (const mirror of painted) {
    const text = mirror.firstChild;
    const hidden = !(text instanceof Text) || marks.count(text) === 0;
    if (mirror.hidden !== hidden) mirror.hidden = hidden;
    const field = fieldOf.get(mirror);
    if (!hidden && field) place(field, mirror);
  }
  return marks.count();
}

/** Takes the fields' underlines off the page (the editor closed). */
export function clearFieldMarks(): void {
  current?.marks.dispose();
  current = null;
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
