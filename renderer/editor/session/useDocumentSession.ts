import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Finding, StoredDocument } from '../../../electron/contract/model/office.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { ok, type Result } from '../../../electron/contract/result.ts';
import { call, errorText, isVersionConflict, useApi } from '../../api/useApi.ts';
import { onCommand } from '../../app/commands.ts';
import { setLeaveGuard } from '../../app/leaveGuard.ts';
import { useConnection } from '../../app/session/connection.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import { createAutosave, type Autosave } from './autosave.ts';
import { sameJson } from '../../app/objects.ts';
import { createEditsSaver } from './editsSaver.ts';
import { joinDocument, type DocParts } from './parts.ts';
import { useExport } from './useExport.ts';

/** The main-thread time of each autosave's reading of the editor, a performance entry read by the bench (browserSave.ts). */
const SAVE_COLLECT = 'soan-nq:save-collect';

export type Findings = { kind: 'checking' } | { kind: 'done'; findings: Finding[] } | { kind: 'error'; message: string };

export type Session = {
  autosave: Autosave;
  findings: Findings;
  recheck: () => void;
  exporting: boolean;
  exportNow: () => Promise<void>;
  overwrite: () => Promise<void>;
};

/**
 * An open document's life: autosave (the body is converted to the model only here, when a save
 * runs), format findings after each save, export, Ctrl+S / Ctrl+E, and nothing lost on leaving.
 */
export function useDocumentSession(
  editor: LexicalEditor,
  stored: StoredDocument,
  partsRef: RefObject<DocParts>,
  loaded: RefObject<boolean>,
): Session {
  const api = useApi();
  const [findings, setFindings] = useState<Findings>({ kind: 'checking' });
  const ticket = useRef(0);

  // Findings equal to those shown keep the same state: a save after typing a word (the findings unchanged) re-renders nothing.
  const show = useCallback((result: Result<Finding[]>) => {
    const next: Findings = result.ok ? { kind: 'done', findings: result.value } : { kind: 'error', message: errorText(result.error) };
    setFindings((shown) => (sameJson(shown, next) ? shown : next));
  }, []);
  /** The findings of `content` (the stored copy when it is the id): the latest asked for wins. */
  const check = useCallback(
    async (content: Resolution | number) => {
      const mine = ++ticket.current;
      let result = await call(() =>
        typeof content === 'number' ? api.checkStoredDocument({ id: content }) : api.checkDocument({ content }),
      );
      // An office server of an earlier version has no checkStoredDocument: the stored content is sent to be checked.
      if (typeof content === 'number' && !result.ok && result.error.code === 'NOT_FOUND') {
        result = await call(() => api.checkDocument({ content: stored.content }));
      }
      if (mine === ticket.current) show(result);
    },
    [api, show, stored.content],
  );

  const saver = useMemo(
    () =>
      createEditsSaver(
        (request) => call(() => api.saveEdits({ id: stored.id, ...request })),
        // An office server of an earlier version has no saveEdits: the whole content is saved, then checked.
        async (whole, expectedVersion) => {
          const saved = await call(() => api.saveDocument({ id: stored.id, content: whole, expectedVersion }));
          if (!saved.ok) return saved;
          const findings = await call(() => api.checkDocument({ content: whole }));
          return ok({ version: saved.value.version, updatedAt: saved.value.updatedAt, findings });
        },
      ),
    [api, stored.id],
  );
  const content = useCallback(
    (): Resolution => joinDocument(partsRef.current, saver.body(editor.getEditorState())),
    [editor, partsRef, saver],
  );

  const autosave = useMemo(
    () =>
      createAutosave({
        version: stored.version,
        debounceMs: 1000,
        // Nothing is saved while an IME composes or while a long body is still loading.
        collect: () => {
          if (editor.isComposing() || !loaded.current) return null;
          const start = performance.now();
          const collected = content();
          performance.measure(SAVE_COLLECT, { start, end: performance.now() });
          return collected;
        },
        save: saver.save,
        isConflict: isVersionConflict,
        // The save answers with the stored copy's findings: the content is not sent again to be checked.
        onSaved: (saved) => {
          ticket.current += 1;
          show(saved.findings);
        },
      }),
    [content, editor, loaded, saver, show, stored],
  );
  const { exporting, exportNow } = useExport(api, stored.id, autosave);
  // The office server answers again: the save that could not be sent goes at once (a stale one meets the conflict banner).
  const { onOnline } = useConnection();
  useEffect(() => onOnline(() => autosave.resume()), [onOnline, autosave]);
  const exportRef = useRef(exportNow);
  useEffect(() => {
    exportRef.current = exportNow;
  }, [exportNow]);

  // On opening, the stored content is what the editor shows: check the stored copy (after the first paint), sending nothing.
  // Then, in idle time once the body is in, match the editor's blocks with the stored ones: the first save sends only what changed.
  useEffect(() => {
    let closed = false;
    const timer = window.setTimeout(() => void check(stored.id), 300);
    const seed = async (): Promise<void> => {
      while (!loaded.current && !closed) await new Promise((resolve) => window.setTimeout(resolve, 200));
      await saver.seed(
        () => editor.getEditorState(),
        stored.content.body,
        stored.version,
        () => closed,
      );
    };
    void seed();
    return () => {
      closed = true;
      window.clearTimeout(timer);
    };
  }, [check, editor, loaded, saver, stored]);

  useEffect(() => {
    // Leaving with unsaved edits: save first. The desktop window closes itself once saved; a second
    // attempt within 10 s (the save keeps failing) is let through. A browser asks the user.
    let lastAttempt = 0;
    const beforeUnload = (e: BeforeUnloadEvent): void => {
      if (!autosave.hasUnsaved() || Date.now() - lastAttempt < 10_000) return;
      lastAttempt = Date.now();
      e.preventDefault();
      void autosave.flush().then((saved) => {
        if (saved && 'api' in window) window.close();
      });
    };
    window.addEventListener('beforeunload', beforeUnload);
    let refusedAt = 0;
    setLeaveGuard(async () => {
      if (await autosave.flush()) return true;
      if (Date.now() - refusedAt < 10_000) return true;
      refusedAt = Date.now();
      const state = autosave.getState();
      const why = state.kind === 'error' || state.kind === 'conflict' ? state.message : 'đang gõ dở';
      showToast({
        kind: 'error',
        message: `Chưa lưu được nên chưa rời văn bản (${why}). Bấm lại lần nữa để rời đi và bỏ các thay đổi chưa lưu.`,
      });
      return false;
    });
    const off = onCommand((command) => {
      if (command === 'save') void autosave.flush();
      else if (command === 'export') void exportRef.current();
      else return false;
      return true;
    });
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      setLeaveGuard(null);
      off();
      void autosave.flush();
    };
  }, [autosave]);

  const overwrite = useCallback(async () => {
    const current = await call(() => api.getDocument({ id: stored.id }));
    if (!current.ok) return void showToast({ kind: 'error', message: errorText(current.error) });
    await autosave.overwrite(current.value.version);
  }, [api, autosave, stored.id]);

  // "Kiểm tra lại": what is shown saved first, then the stored copy checked (the content sent only when it cannot be saved).
  const recheck = useCallback(
    () => void autosave.flush().then((saved) => check(saved ? stored.id : content())),
    [autosave, check, content, stored.id],
  );

  return { autosave, findings, recheck, exporting, exportNow, overwrite };
}
