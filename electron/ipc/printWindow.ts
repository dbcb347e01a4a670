import type { BrowserWindow, WebContents } from 'electron';
import type { PrintOutcome } from '../contract/api.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { saveDialogFile } from './saveDialog.ts';

/** A4, no margins of Chromium's own: the page's print CSS places the text at the profile's margins. */
const pdfOptions = { printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } };

function printFailed(reason: string): Result<never> {
  return fail(
    'PRINT_FAILED',
    `Không in được văn bản (${reason}). Hãy kiểm tra máy in đã bật và được chọn, rồi thử lại; hoặc dùng "Xuất PDF" rồi in tệp PDF.`,
  );
}

/**
 * The desktop window prints itself: "In" opens the system's print dialog (Electron's
 * `webContents.print`); "Xuất PDF" asks where to save, then writes Chromium's `printToPDF` of the
 * window, atomically. What prints is the page's print CSS: the page view's pages.
 */
export function printWindowOf(contents: WebContents, parent: BrowserWindow | null) {
  return async (mode: 'print' | 'pdf', fileName: string): Promise<Result<PrintOutcome>> => {
    if (mode === 'print') {
      return new Promise((resolve) => {
        contents.print({ silent: false, printBackground: true, margins: { marginType: 'none' } }, (success, reason) => {
          if (success) resolve(ok({ kind: 'printed' }));
          else if (/cancel/i.test(reason)) resolve(ok({ kind: 'cancelled' }));
          else resolve(printFailed(reason));
        });
      });
    }
    const saved = await saveDialogFile(parent)({
      fileName,
      render: async () => {
        try {
          return ok(new Uint8Array(await contents.printToPDF(pdfOptions)));
        } catch (err) {
          return printFailed(err instanceof Error ? err.message : String(err));
        }
      },
    });
    if (!saved.ok) return saved;
    return ok(saved.value.kind === 'saved' ? saved.value : { kind: 'cancelled' });
  };
}
