import type { ExportOutcome } from '../../electron/contract/api.ts';
import { downloadFile } from '../editor/session/download.ts';
import { showToast } from './toast/toastStore.ts';

/**
 * A file the app made (an ExportOutcome): downloaded in the browser, saved where the user chose
 * by the desktop app (and said where), nothing when the save dialog was cancelled.
 */
export function deliver(outcome: ExportOutcome, what: string): void {
  if (outcome.kind === 'download') {
    downloadFile(outcome.fileName, outcome.base64, mimeOf(outcome.fileName));
    showToast({ kind: 'success', message: `Đã xuất ${what}: ${outcome.fileName}` });
  } else if (outcome.kind === 'saved') {
    showToast({ kind: 'success', message: `Đã lưu ${what} tại: ${outcome.path}`, timeoutMs: 12000 });
  }
}

/** The type a downloaded file is given, by its extension. */
export function mimeOf(fileName: string): string {
  if (/\.csv$/i.test(fileName)) return 'text/csv;charset=utf-8';
  if (/\.pdf$/i.test(fileName)) return 'application/pdf';
  if (/\.sqlite$/i.test(fileName)) return 'application/vnd.sqlite3';
  return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
}
