import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Resolution } from '../../electron/contract/model/resolution.ts';
import { renderDocx } from '../../electron/docx/pack.ts';
import { findProfile } from '../../electron/format/profiles/index.ts';
import type { App } from '../e2e/support/app.ts';
import { editorPages, storeAsDraft, type EditorPage } from './editorPages.ts';
import { libreOfficePages, sameFirstLine } from './pdfPages.ts';

/** A document's pages twice: as the page view lays them out and as LibreOffice prints its exported .docx. */
export type Compared = { shown: EditorPage[]; printed: string[][]; matches: number; ms: { editor: number; libreOffice: number } };

/** Exports `content` to .docx in `work`, prints it with LibreOffice and lays it out in the page view; counts the pages whose first lines agree. */
export async function comparePages(page: Page, app: App, content: Resolution, work: string, name = 'document'): Promise<Compared> {
  const profile = findProfile(content.profileId);
  if (!profile) throw new Error(`Không có thể thức ${content.profileId}`);
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, await renderDocx(content, profile));
  let t = performance.now();
  const printed = await libreOfficePages(docx, join(work, `${name}.pdf`));
  const libreOffice = performance.now() - t;
  t = performance.now();
  const shown = await editorPages(page, app, await storeAsDraft(app, content));
  const editor = performance.now() - t;
  const matches = printed.filter((lines, i) => sameFirstLine(shown[i]?.firstLine ?? '', lines, i + 1)).length;
  return { shown, printed, matches, ms: { editor, libreOffice } };
}

/** The two side by side, one line per page ('≠' where the first lines differ), for a person to read. */
export function sideBySide({ shown, printed }: Compared): string {
  const n = Math.max(shown.length, printed.length);
  return Array.from({ length: n }, (_, i) => {
    const a = shown[i]?.firstLine ?? '—';
    const b = printed[i]?.[0] ?? '—';
    return `${i + 1}\t${sameFirstLine(a, printed[i] ?? [], i + 1) ? '=' : '≠'}\t${a.slice(0, 60)}\t|\t${b.slice(0, 60)}`;
  }).join('\n');
}
