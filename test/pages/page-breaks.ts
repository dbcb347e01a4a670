import { readFileSync } from 'node:fs';
import { resolutionSchema } from '../../electron/contract/model/resolution.ts';
import { startApp } from '../e2e/support/app.ts';
import { launchBrowser } from '../e2e/support/chromium.ts';
import { ensureRenderer } from '../e2e/support/renderer.ts';
import { editorPages, storeAsDraft } from './editorPages.ts';

/**
 * `npm run page-breaks -- <văn-bản.json>`: one line per page, that page's first line of text as
 * the editor lays it out in Chromium, to compare with LibreOffice's PDF of the exported .docx.
 */
const file = process.argv[2];
if (!file) {
  process.stderr.write('Cách dùng: npm run page-breaks -- <văn-bản.json>\n');
  process.exit(2);
}
const content = resolutionSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
await ensureRenderer();
const app = await startApp('soan-nq-page-breaks-');
const browser = await launchBrowser();
try {
  const id = await storeAsDraft(app, content);
  for (const p of await editorPages(browser.page, app, id)) process.stdout.write(`${p.page}\t${p.firstLine}\n`);
} finally {
  await browser.close();
  await app.close();
}
