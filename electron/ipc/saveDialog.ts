import { extname, join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { ok } from '../contract/result.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { describeFsError } from '../services/fsErrors.ts';
import type { SaveFile } from '../services/exportFile.ts';

const filters: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Tài liệu Word (.docx)', extensions: ['docx'] },
  '.csv': { name: 'Bảng tính CSV (.csv)', extensions: ['csv'] },
  '.pdf': { name: 'Tài liệu PDF (.pdf)', extensions: ['pdf'] },
  '.sqlite': { name: 'Bản sao lưu dữ liệu (.sqlite)', extensions: ['sqlite'] },
};

/** The chosen path with the suggested file's extension, added when the user typed a name without it. */
export function withExtension(path: string, suggested: string): string {
  const ext = extname(suggested);
  return ext === '' || path.toLowerCase().endsWith(ext.toLowerCase()) ? path : `${path}${ext}`;
}

/**
 * The desktop app's export: a native "Lưu" dialog (in the Documents folder, with the suggested
 * name), then the bytes are made and written atomically (temp file + rename); cancelling the
 * dialog is an outcome, not an error.
 */
export function saveDialogFile(parent: BrowserWindow | null): SaveFile {
  return async ({ fileName, render }) => {
    const filter = filters[extname(fileName).toLowerCase()];
    const options = {
      title: 'Xuất tệp',
      buttonLabel: 'Lưu',
      defaultPath: join(app.getPath('documents'), fileName),
      filters: filter ? [filter] : [],
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const chosen = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return ok({ kind: 'cancelled' });
    const path = withExtension(chosen.filePath, fileName);
    const bytes = await render();
    if (!bytes.ok) return bytes;
    try {
      await writeFileAtomic(path, bytes.value);
    } catch (err) {
      return { ok: false, error: describeFsError(err, 'ghi', path) };
    }
    return ok({ kind: 'saved', path });
  };
}
