import type { HistoryState } from '@lexical/history';
import { REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { DocParts } from './parts.ts';

/** Changes of the parts closer together than this are one step (typing a word in a field). */
const MERGE_MS = 1000;
const LIMIT = 200;

type Step = { parts: DocParts; bodyDepth: number };

/**
 * One undo history for the whole document: the body's (Lexical's history, `body`) and the parts'
 * (targets, recipients, signer, header, appendix: snapshots of the parts). Ctrl+Z anywhere undoes
 * the latest change, wherever it was: a deleted target group, recipient line or signer comes back
 * as typing in the body does; Ctrl+Y (Ctrl+Shift+Z) redoes. A step of the parts remembers how deep
 * the body's history was then, so the two interleave in the order they were made.
 */
export function usePartsHistory(
  editor: LexicalEditor,
  body: HistoryState,
  parts: DocParts,
  setParts: Dispatch<SetStateAction<DocParts>>,
  enabled: boolean,
): void {
  const undo = useRef<Step[]>([]);
  const redo = useRef<Step[]>([]);
  const previous = useRef(parts);
  const restoring = useRef<DocParts | null>(null);
  const lastAt = useRef(0);

  // Each change of the parts pushes what they were (merged with the step before when close in time).
  useEffect(() => {
    const before = previous.current;
    previous.current = parts;
    if (before === parts) return;
    if (restoring.current === parts) {
      restoring.current = null;
      return;
    }
    const now = Date.now();
    const top = undo.current[undo.current.length - 1];
    if (!top || now - lastAt.current > MERGE_MS || top.bodyDepth !== body.undoStack.length) {
      undo.current.push({ parts: before, bodyDepth: body.undoStack.length });
      if (undo.current.length > LIMIT) undo.current.shift();
    }
    lastAt.current = now;
    redo.current = [];
  }, [parts, body]);

  useEffect(() => {
    if (!enabled) return undefined;
    const move = (from: Step[], to: Step[]): void => {
      const step = from.pop();
      if (!step) return;
      to.push({ parts: previous.current, bodyDepth: body.undoStack.length });
      restoring.current = step.parts;
      lastAt.current = 0;
      setParts(step.parts);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.isComposing || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = key === 'y' || (key === 'z' && event.shiftKey);
      if (!isUndo && !isRedo) return;
      const inBody = editor.getRootElement()?.contains(document.activeElement) ?? false;
      if (isUndo) {
        const top = undo.current[undo.current.length - 1];
        // The body changed since the parts' last step: the body's undo (Lexical's own when the caret is in it).
        if (!top || body.undoStack.length > top.bodyDepth) {
          if (!inBody && body.undoStack.length > 0) {
            event.preventDefault();
            editor.dispatchCommand(UNDO_COMMAND, undefined);
          }
          return;
        }
        event.preventDefault();
        event.stopPropagation();
        move(undo.current, redo.current);
        return;
      }
      const top = redo.current[redo.current.length - 1];
      if (!top || body.redoStack.length > 0) {
        if (!inBody && body.redoStack.length > 0) {
          event.preventDefault();
          editor.dispatchCommand(REDO_COMMAND, undefined);
        }
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      move(redo.current, undo.current);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor, body, setParts, enabled]);
}
