import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import {
  clearFieldMarks,
  followScroll,
  paintFields,
  replaceInField,
  SPELL_FIELDS,
  SPELL_TEXTS,
  typedIn,
  wordAtCaret,
} from './fieldMirror.ts';
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
 * Rechecked a moment after typing (that field only), when the parts change (`version`), when
 * fields come and go and when the window's size changes; never for typing in the body or for
 * scrolling the page, which move a field and its mirror together.
 */
export function FieldSpell({ root, version }: { root: RefObject<HTMLElement | null>; version: unknown }) {
  const speller = useSpeller();
  const [open, setOpen] = useState<Open | null>(null);
  const timer = useRef(0);
  /** The fields typed in since the last paint, or 'all'. */
  const pending = useRef<Set<Field> | 'all'>('all');

  /** Paints these fields (every one when none are given) at once. */
  const paintNow = useCallback(
    (fields?: Iterable<Element>) => {
      const el = root.current;
      if (!el || !speller) return;
      const count = String(paintFields(el, speller, fields));
      if (el.dataset['fieldsSpellChecked'] !== count) el.dataset['fieldsSpellChecked'] = count;
    },
    [root, speller],
  );
  const paint = useCallback(() => {
    const fields = pending.current;
    pending.current = new Set();
    paintNow(fields === 'all' ? undefined : fields);
  }, [paintNow]);
  /** Every field painted again (a word added to the dictionary or ignored). */
  const paintAll = useCallback(() => {
    pending.current = 'all';
    paint();
  }, [paint]);

  useEffect(() => {
    const el = root.current;
    if (!el || !speller) return undefined;
    const later = (): void => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(paint, RECHECK_MS);
    };
    const schedule = (): void => {
      pending.current = 'all';
      later();
    };
    schedule();
    const isField = (t: EventTarget | null): t is Field => t instanceof Element && t.matches(SPELL_FIELDS);
    const onScroll = (e: Event): void => {
      if (isField(e.target)) followScroll(e.target);
    };
    const onMenu = (e: MouseEvent): void => {
      if (!isField(e.target)) return;
      const hit = wordAtCaret(e.target);
      if (!hit || ignored.has(hit.word) || speller.correct(hit.word)) return;
      e.preventDefault();
      setOpen({ x: e.clientX, y: e.clientY, field: e.target, ...hit, suggestions: speller.suggest(hit.word) });
    };
    // Fields shown or hidden (a panel's tab, a line added): their marks follow. Nothing else that
    // comes and goes (the body's text, the page markers, a status line, the mirrors) has a field.
    const hasField = (n: Node): n is Element => n instanceof Element && (n.matches(SPELL_TEXTS) || n.querySelector(SPELL_TEXTS) !== null);
    const inBody = (n: Node): boolean => Boolean((n instanceof Element ? n : n.parentElement)?.closest('.nq-body'));
    const observer = new MutationObserver((records) => {
      const changed = records.filter((r) => !inBody(r.target)).flatMap((r) => [...r.addedNodes, ...r.removedNodes].filter(hasField));
      if (changed.length === 0) return;
      // A field drawn in another's place (a target's name as a live text box when it takes the
      // focus, as plain text when it leaves it): its marks at once, not a moment later.
      if (changed.every((n) => n.matches(SPELL_TEXTS))) paintNow(changed);
      else schedule();
    });
    observer.observe(el, { subtree: true, childList: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(el);
    const onInput = (e: Event): void => {
      if (!isField(e.target)) return;
      typedIn(e.target, e.type === 'input');
      if (pending.current !== 'all') pending.current.add(e.target);
      later();
    };
    el.addEventListener('input', onInput, true);
    // Leaving a field: the word that was being typed there is checked.
    el.addEventListener('focusout', onInput, true);
    el.addEventListener('scroll', onScroll, true);
    el.addEventListener('contextmenu', onMenu);
    return () => {
      observer.disconnect();
      resize.disconnect();
      el.removeEventListener('input', onInput, true);
      el.removeEventListener('focusout', onInput, true);
      el.removeEventListener('scroll', onScroll, true);
      el.removeEventListener('contextmenu', onMenu);
      window.clearTimeout(timer.current);
      clearFieldMarks();
    };
  }, [root, speller, paint, paintNow]);

  useEffect(() => {
    pending.current = 'all';
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
  return <MisspeltMenu open={open} speller={speller} repaint={paintAll} onReplace={replace} onClose={close} />;
}
