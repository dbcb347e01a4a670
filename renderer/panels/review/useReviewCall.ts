import { useCallback, useRef, useState } from 'react';
import type { StoredDocument } from '../../../electron/contract/model/office.ts';
import type { Result } from '../../../electron/contract/result.ts';
import { call, errorText } from '../../api/useApi.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import type { Autosave } from '../../editor/session/autosave.ts';

export type ReviewCall = {
  busy: boolean;
  /**
   * Saves what is being typed, then runs `verb` with the version the editor holds; on success
   * says `done(stored)` and reloads the document (its status and editability change). Resolves
   * with the error text, or null when it worked.
   */
  run: (
    verb: (expectedVersion: number) => Promise<Result<StoredDocument>>,
    done: (stored: StoredDocument) => string,
  ) => Promise<string | null>;
};

/** One status change at a time, after the pending edits are saved. */
export function useReviewCall(autosave: Autosave, onReload: () => void): ReviewCall {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const run = useCallback<ReviewCall['run']>(
    async (verb, done) => {
      if (running.current) return 'Đang thực hiện một thao tác khác, hãy chờ.';
      running.current = true;
      setBusy(true);
      try {
        if (!(await autosave.flush())) {
          const state = autosave.getState();
          return `Văn bản chưa lưu xong nên chưa làm được: ${state.kind === 'error' || state.kind === 'conflict' ? state.message : 'đang gõ dở'}`;
        }
        const result = await call(() => verb(autosave.getVersion()));
        if (!result.ok) return errorText(result.error);
        showToast({ kind: 'success', message: done(result.value) });
        onReload();
        return null;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [autosave, onReload],
  );
  return { busy, run };
}
