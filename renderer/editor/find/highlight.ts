import type { LexicalEditor } from 'lexical';
import { bringIntoView } from '../pages/farBlocks.ts';
import { matchRanges } from './bodyFind.ts';
import type { Hit } from './useFind.ts';
import { liveField } from '../../panels/targets/liveField.ts';

const ALL = 'nq-find';
const CURRENT = 'nq-find-current';
const FIELD_CLASS = 'find-current-field';

/** Whether the browser can paint highlights without touching the editor's DOM (CSS Custom Highlight API). */
const canHighlight = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Paints every body hit (and the current one apart) over the page, without changing the editor's DOM. */
export function paintHits(editor: LexicalEditor, hits: readonly Hit[], current: number): void {
  if (!canHighlight()) return;
  const all: Range[] = [];
  let now: Range[] = [];
  hits.forEach((hit, i) => {
    if (hit.kind !== 'body') return;
    const ranges = matchRanges(editor, hit.match);
    if (i === current) now = ranges;
    else all.push(...ranges);
  });
  CSS.highlights.set(ALL, new Highlight(...all));
  CSS.highlights.set(CURRENT, new Highlight(...now));
}

export function clearHits(): void {
  if (!canHighlight()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
  document.querySelectorAll(`.${FIELD_CLASS}`).forEach((el) => el.classList.remove(FIELD_CLASS));
}

/** Brings a hit into view: the body's text scrolled to the middle, or the field outlined (its panel opened by the caller). */
export function showHit(editor: LexicalEditor, hit: Hit): void {
  document.querySelectorAll(`.${FIELD_CLASS}`).forEach((el) => el.classList.remove(FIELD_CLASS));
  if (hit.kind === 'body') {
    const range = matchRanges(editor, hit.match)[0];
    const element = range?.startContainer.parentElement;
    if (element) bringIntoView(element, { block: 'center', inline: 'nearest' });
    return;
  }
  // A field of the targets table drawn as plain text is made a live text box first (its selection shown).
  const element = liveField(document.querySelector(hit.field.selector), { start: hit.span.start, end: hit.span.end });
  if (!element) return;
  element.classList.add(FIELD_CLASS);
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  element.setSelectionRange?.(hit.span.start, hit.span.end);
}
