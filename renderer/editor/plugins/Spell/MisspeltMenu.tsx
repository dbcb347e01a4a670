import { useCallback } from 'react';
import { createPortal } from 'react-dom';
import { call, errorText, useApi } from '../../../api/useApi.ts';
import { showToast } from '../../../app/toast/toastStore.ts';
import { ignored } from './paint.ts';
import type { Speller } from './speller.ts';
import { SpellMenu } from './SpellMenu.tsx';

/** Where the menu opens and on which word; the caller keeps what it needs to replace the word. */
export type MenuAt = { x: number; y: number; word: string; suggestions: string[] };

type Props = {
  open: MenuAt | null;
  speller: Speller | null;
  /** Paints the marks again once a word is added or ignored. */
  repaint: () => void;
  /** Puts the chosen suggestion in place of the word (the body and the fields do it their own way). */
  onReplace: (word: string) => void;
  onClose: () => void;
};

/**
 * The open menu of a misspelt word, in the body or in a field: "Thêm vào từ điển của cơ quan"
 * (stored for everyone in the office) and "Bỏ qua" are the same everywhere; replacing is the caller's.
 */
export function MisspeltMenu({ open, speller, repaint, onReplace, onClose }: Props) {
  const api = useApi();
  const add = useCallback(async () => {
    if (!open || !speller) return;
    onClose();
    const added = await call(() => api.addOfficeWord({ word: open.word }));
    if (!added.ok) return void showToast({ kind: 'error', message: errorText(added.error) });
    speller.add(open.word);
    repaint();
    showToast({ kind: 'success', message: `Đã thêm "${open.word}" vào từ điển của cơ quan.` });
  }, [api, open, speller, repaint, onClose]);
  const ignore = useCallback(() => {
    if (!open) return;
    ignored.add(open.word);
    onClose();
    repaint();
  }, [open, repaint, onClose]);

  if (!open) return null;
  return createPortal(
    <SpellMenu
      x={open.x}
      y={open.y}
      word={open.word}
      suggestions={open.suggestions}
      onReplace={onReplace}
      onAdd={() => void add()}
      onIgnore={ignore}
      onClose={onClose}
    />,
    document.body,
  );
}
