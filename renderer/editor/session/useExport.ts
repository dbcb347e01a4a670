import { useCallback, useRef, useState } from 'react';
import type { Api } from '../../../electron/contract/api.ts';
import { call, errorText } from '../../api/useApi.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import type { Autosave } from './autosave.ts';
import { downloadFile } from './download.ts';

/**
 * "Xuất .docx": saves first (the writer prints the stored document), then exports. In the
 * browser the file is downloaded; the desktop app saves it where the user chose and says where.
 */
export function useExport(api: Api, id: number, autosave: Autosave): { exporting: boolean; exportNow: () => Promise<void> } {
  const [exporting, setExporting] = useState(false);
  const busy = useRef(false);
  const exportNow = useCallback(async () => {
    // A shortcut and the desktop menu may both ask at once: one export at a time.
    if (busy.current) return;
    busy.current = true;
    setExporting(true);
    try {
      const saved = await autosave.flush();
      if (!saved) {
        const state = autosave.getState();
        const why = state.kind === 'error' || state.kind === 'conflict' ? state.message : 'đang gõ dở';
        showToast({ kind: 'error', message: `Chưa xuất được vì văn bản chưa lưu xong: ${why}` });
        return;
      }
      const result = await call(() => api.exportDocx({ id }));
      if (!result.ok) {
        showToast({ kind: 'error', message: `Không xuất được tệp .docx: ${errorText(result.error)}` });
        return;
      }
      const outcome = result.value;
      if (outcome.kind === 'download') {
        downloadFile(outcome.fileName, outcome.base64);
        showToast({ kind: 'success', message: `Đã xuất tệp ${outcome.fileName}` });
      } else if (outcome.kind === 'saved') {
        showToast({ kind: 'success', message: `Đã lưu tệp .docx tại: ${outcome.path}`, timeoutMs: 12000 });
      }
    } finally {
      busy.current = false;
      setExporting(false);
    }
  }, [api, autosave, id]);
  return { exporting, exportNow };
}
