import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { FIELD_SPELL_HIGHLIGHT, followScroll, paintFields, replaceInField, SPELL_FIELDS, wordAtCaret } from './fieldMirror.ts';
import { ignored } from './paint.ts';
import { useSpeller } from './useSpeller.ts';
import { MisspeltMenu } from './MisspeltMenu.tsx';

const RECHECK_MS = 300;

type Field = HTMLInputElement | HTMLTextAreaElement;
type Open = { x: number; y: number; field: Field; index: number; length: number; word: string; suggestions: string[] };

/**
 * Spell-check in the document's fields (title lines, summary, targets' names, recipients' lines:
 * those marked `data-spell`), as in the body: misspelt words underlined (on a mirror of the field's
 * text laid over it), right-click for suggestions, "Thêm vào từ điển của cơ quan" or "Bỏ qua".
 * Rechecked a moment after typing, when the parts change (`version`) and when fields come and go.
 */
export function FieldSpell({ root, version }: { root: RefObject<HTMLElement | null>; version: unknown }) {
  const speller = useSpeller();
  const [open, setOpen] = useState<Open | null>(null);
  const timer = useRef(0);

  const paint = useCallback(() => {
    const el = root.current;
    if (el && speller) el.dataset['fieldsSpellChecked'] = String(paintFields(el, speller));
  }, [root, speller]);

  useEffect(() => {
    const el = root.current;
    if (!el || !speller) return undefined;
    const schedule = (): void => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(paint, RECHECK_MS);
    };
    schedule();
    const isField = (t: EventTarget | null): t is Field => t instanceof Element && t.matches(SPELL_FIELDS);
    const onScroll = (e: Event): void => {
      if (isField(e.target)) followScroll(e.target);
      else schedule();
    };
    const onMenu = (e: MouseEvent): void => {
      if (!isField(e.target)) return;
      const hit = wordAtCaret(e.target);
      if (!hit || ignored.has(hit.word) || speller.correct(hit.word)) return;
      e.preventDefault();
      setOpen({ x: e.clientX, y: e.clientY, field: e.target, ...hit, suggestions: speller.suggest(hit.word) });
    };
    // Fields shown or hidden (a panel's tab, a line added): their marks follow.
    // Not the body's own changes (typing there is the body's spell-check), nor the mirrors'.
    const ours = (n: Node): boolean => n instanceof Element && n.matches('.spell-mirror');
    const inBody = (n: Node): boolean => Boolean((n instanceof Element ? n : n.parentElement)?.closest('.nq-body'));
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !inBody(r.target) && [...r.addedNodes, ...r.removedNodes].some((n) => !ours(n)))) schedule();
    });
    observer.observe(el, { subtree: true, childList: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(el);
    const onInput = (e: Event): void => {
      if (isField(e.target)) schedule();
    };
    el.addEventListener('input', onInput, true);
    el.addEventListener('scroll', onScroll, true);
    el.addEventListener('contextmenu', onMenu);
    return () => {
      observer.disconnect();
      resize.disconnect();
      el.removeEventListener('input', onInput, true);
      el.removeEventListener('scroll', onScroll, true);
      el.removeEventListener('contextmenu', onMenu);
      window.clearTimeout(timer.current);
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(FIELD_SPELL_HIGHLIGHT);
    };
  }, [root, speller, paint]);

  useEffect(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(paint, RECHECK_MS);
  }, [version, paint]);

  const close = useCallback(() => setOpen(null), []);
  const replace = useCallback(
    (word: string) => {
      if (!open) return;
      if (open.field.value.slice(open.index, open.index + open.length) === open.word) {
        replaceInField(open.field, open.index, open.length, word);
      }
      setOpen(null);
    },
    [open],
  );
  return <MisspeltMenu open={open} speller={speller} repaint={paint} onReplace={replace} onClose={close} />;
}
