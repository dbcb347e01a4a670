import type { BlockKind } from '../Blocks/blockCommands.ts';

export type EditorShortcut = { block: BlockKind } | { insert: 'footnote' | 'table' | 'targets' | 'page-break' };

/**
 * Ctrl+Alt shortcuts of the body (by physical key, so they work whatever the keyboard layout):
 * 1–5 heading levels (Phần, I., 1., 1.1., 1.1.1.), 0 plain paragraph, 8 or "-" a "-" bullet,
 * 9 or "=" a "+" bullet, F footnote, T table, K targets block, Enter page break.
 */
const byCode: Record<string, EditorShortcut> = {
  Digit1: { block: { type: 'heading', level: 'part' } },
  Digit2: { block: { type: 'heading', level: 'section' } },
  Digit3: { block: { type: 'heading', level: 'item' } },
  Digit4: { block: { type: 'heading', level: 'subitem' } },
  Digit5: { block: { type: 'heading', level: 'subsubitem' } },
  Digit0: { block: { type: 'paragraph' } },
  Digit8: { block: { type: 'bullet', marker: '-' } },
  Minus: { block: { type: 'bullet', marker: '-' } },
  Digit9: { block: { type: 'bullet', marker: '+' } },
  Equal: { block: { type: 'bullet', marker: '+' } },
  KeyF: { insert: 'footnote' },
  KeyT: { insert: 'table' },
  KeyK: { insert: 'targets' },
  Enter: { insert: 'page-break' },
};

export function shortcutOf(event: KeyboardEvent): EditorShortcut | null {
  if (event.isComposing || event.keyCode === 229) return null;
  if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey) return null;
  return byCode[event.code] ?? null;
}

/** Ctrl+Home / Ctrl+End (Cmd on a Mac; Shift extends the selection): the caret to the body's start or end (bodyEdges.ts). */
export function bodyEdgeOf(event: KeyboardEvent): 'start' | 'end' | null {
  if (event.isComposing || !(event.ctrlKey || event.metaKey) || event.altKey) return null;
  return event.key === 'Home' ? 'start' : event.key === 'End' ? 'end' : null;
}

/** The labels the toolbar shows next to its buttons. */
export const shortcutHints = {
  part: 'Ctrl+Alt+1',
  section: 'Ctrl+Alt+2',
  item: 'Ctrl+Alt+3',
  subitem: 'Ctrl+Alt+4',
  subsubitem: 'Ctrl+Alt+5',
  paragraph: 'Ctrl+Alt+0',
  dash: 'Ctrl+Alt+8',
  plus: 'Ctrl+Alt+9',
  footnote: 'Ctrl+Alt+F',
  table: 'Ctrl+Alt+T',
  targets: 'Ctrl+Alt+K',
  pageBreak: 'Ctrl+Alt+Enter',
} as const;
