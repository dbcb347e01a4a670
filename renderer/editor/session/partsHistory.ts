import type { HistoryState } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { DocParts } from './parts.ts';

/** Changes of the parts closer together than this are one step (typing a word in a field). */
const MERGE_MS = 1000;
const LIMIT = 200;

type Step = { parts: DocParts; bodyDepth: number };
type Owner = 'body' | 'parts' | null;

/** The document's one history, for the toolbar's buttons (the same steps as Ctrl+Z and Ctrl+Y). */
export type DocumentHistory = { undo: () => void; redo: () => void; canUndo: boolean; canRedo: boolean };

/**
 * One undo history for the whole document: the body's (Lexical's history, `body`) and the parts'
 * (targets, recipients, signer, header, appendix: snapshots of the parts). Ctrl+Z anywhere undoes
 * the latest change, wherever it was: a deleted target group, recipient line or signer comes back
 * as typing in the body does; Ctrl+Y (Ctrl+Shift+Z) redoes. A step of the parts remembers how deep
 * the body's history was then, so the two interleave in the order they were made. The toolbar's
 * "Hoàn tác" and "Làm lại" take the same steps (the returned history).
 */
export function usePartsHistory(
  editor: LexicalEditor,
  body: HistoryState,
  parts: DocParts,
  setParts: Dispatch<SetStateAction<DocParts>>,
  enabled: boolean,
): DocumentHistory {
  const undo = useRef<Step[]>([]);
  const redo = useRef<Step[]>([]);
  const previous = useRef(parts);
  const restoring = useRef<DocParts | null>(null);
  const lastAt = useRef(0);
  const [sizes, setSizes] = useState({ undo: 0, redo: 0 });
  const [bodyCan, setBodyCan] = useState({ undo: false, redo: false });
  const counted = useCallback(() => setSizes({ undo: undo.current.length, redo: redo.current.length }), []);

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
    counted();
  }, [parts, body, counted]);

  // Lexical says "can undo" again at every step it records (the first key after a pause): the same answer re-renders nothing.
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (can) => (setBodyCan((b) => (b.undo === can ? b : { ...b, undo: can })), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (can) => (setBodyCan((b) => (b.redo === can ? b : { ...b, redo: can })), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const move = useCallback(
    (from: Step[], to: Step[]): void => {
      const step = from.pop();
      if (!step) return;
      to.push({ parts: previous.current, bodyDepth: body.undoStack.length });
      restoring.current = step.parts;
      lastAt.current = 0;
      setParts(step.parts);
      counted();
    },
    [body, setParts, counted],
  );
  /** Whose change is the latest to undo (redo): the body's (Lexical's history) or the parts'. */
  const nextUndo = useCallback((): Owner => {
    const top = undo.current[undo.current.length - 1];
    if (!top || body.undoStack.length > top.bodyDepth) return body.undoStack.length > 0 ? 'body' : null;
    return 'parts';
  }, [body]);
  const nextRedo = useCallback((): Owner => {
    const top = redo.current[redo.current.length - 1];
    if (!top || body.redoStack.length > 0) return body.redoStack.length > 0 ? 'body' : null;
    return 'parts';
  }, [body]);
  const undoLatest = useCallback(() => {
    const owner = nextUndo();
    if (owner === 'body') editor.dispatchCommand(UNDO_COMMAND, undefined);
    else if (owner === 'parts') move(undo.current, redo.current);
  }, [editor, nextUndo, move]);
  const redoLatest = useCallback(() => {
    const owner = nextRedo();
    if (owner === 'body') editor.dispatchCommand(REDO_COMMAND, undefined);
    else if (owner === 'parts') move(redo.current, undo.current);
  }, [editor, nextRedo, move]);

  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.isComposing || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = key === 'y' || (key === 'z' && event.shiftKey);
      if (!isUndo && !isRedo) return;
      const owner = isUndo ? nextUndo() : nextRedo();
      // The body's own step: Lexical's own handler when the caret is in it, else ours.
      const inBody = editor.getRootElement()?.contains(document.activeElement) ?? false;
      if (owner === null || (owner === 'body' && inBody)) return;
      event.preventDefault();
      if (owner === 'parts') event.stopPropagation();
      if (isUndo) undoLatest();
      else redoLatest();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor, enabled, nextUndo, nextRedo, undoLatest, redoLatest]);

  return useMemo(
    () => ({
      undo: undoLatest,
      redo: redoLatest,
      canUndo: enabled && (sizes.undo > 0 || bodyCan.undo),
      canRedo: enabled && (sizes.redo > 0 || bodyCan.redo),
    }),
    [undoLatest, redoLatest, enabled, sizes, bodyCan],
  );
}
