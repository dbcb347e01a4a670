import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { asciiFileNamePart } from '../../../electron/format/fileNames.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import { onCommand } from '../../app/commands.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import { preparePrint, type PrintJob } from './printPages.ts';

export type PrintMode = 'print' | 'pdf';

/**
 * "In" and "Xuất PDF" (buttons, Ctrl+P, the desktop menu): the page view's pages are laid out for
 * printing (printPages.ts), then the desktop app prints its window (Electron's print/printToPDF,
 * the verb `printWindow`) and browser mode opens the browser's print, whose "Lưu dưới dạng PDF"
 * makes the PDF. The browser's own Ctrl+P or menu lays the pages out too (beforeprint).
 */
export function usePrint(
  pages: RefObject<HTMLElement | null>,
  profile: FormatProfile | null,
  title: string,
): (mode: PrintMode) => Promise<void> {
  const api = useApi();
  const job = useRef<PrintJob | null>(null);
  const prepare = useCallback((): boolean => {
    job.current?.dispose();
    job.current = pages.current && profile ? preparePrint(pages.current, profile) : null;
    return job.current !== null;
  }, [pages, profile]);
  const dispose = useCallback(() => {
    job.current?.dispose();
    job.current = null;
  }, []);

  const print = useCallback(
    async (mode: PrintMode): Promise<void> => {
      await document.fonts.ready;
      if (!prepare()) return;
      const fileName = `${asciiFileNamePart(title) || 'Van-ban'}.pdf`;
      const done = await call(() => api.printWindow({ mode, fileName }));
      if (!done.ok) {
        dispose();
        showToast({ kind: 'error', message: errorText(done.error) });
        return;
      }
      const outcome = done.value;
      if (outcome.kind === 'browser') {
        if (mode === 'pdf') showToast({ kind: 'info', message: 'Trong hộp thoại in, chọn "Lưu dưới dạng PDF" (Save as PDF).' });
        // The browser's print: the pages stay laid out until it says it has printed (afterprint).
        window.print();
        return;
      }
      dispose();
      if (outcome.kind === 'saved') showToast({ kind: 'success', message: `Đã lưu PDF tại: ${outcome.path}`, timeoutMs: 12000 });
    },
    [api, prepare, dispose, title],
  );

  useEffect(() => {
    const before = (): void => {
      if (!job.current) prepare();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', dispose);
    const off = onCommand((command) => {
      if (command !== 'print' && command !== 'pdf') return false;
      void print(command);
      return true;
    });
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', dispose);
      off();
      dispose();
    };
  }, [prepare, dispose, print]);
  return print;
}
