import type { MenuCommand } from '../../electron/contract/api.ts';

/**
 * App commands, whether they come from a shortcut, a button or the Electron menu (the same
 * names): new (Ctrl+N), open/home (Ctrl+O), save (Ctrl+S), export (Ctrl+E), print (Ctrl+P; pdf from the menu), search (Ctrl+F; in the editor: find in
 * the document), replace (Ctrl+H, in the editor), about.
 */
export type AppCommand = MenuCommand;

type Listener = (command: AppCommand) => boolean;
const listeners = new Set<Listener>();

/** Listens for commands; a listener returns true when it handled the command. Returns the unsubscribe. */
export function onCommand(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs a command: the most recently added listener that handles it wins. */
export function runCommand(command: AppCommand): boolean {
  for (const listener of [...listeners].reverse()) if (listener(command)) return true;
  return false;
}

const keys: Record<string, AppCommand> = { n: 'new', o: 'open', s: 'save', e: 'export', p: 'print', f: 'search', h: 'replace' };

/** The command of a key press (Ctrl/⌘ + N, O, S, E, P, F, H, without Alt or Shift); never while an IME composes. */
export function commandOfKey(event: KeyboardEvent): AppCommand | null {
  if (event.isComposing || event.keyCode === 229) return null;
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  return keys[event.key.toLowerCase()] ?? keys[event.code.replace(/^Key/, '').toLowerCase()] ?? null;
}
