import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOutcome } from '../../electron/contract/api.ts';
import { runCli } from '../support/cli.ts';
import { unzipDocx } from '../support/docxXml.ts';
import { call, openHarness, type Harness } from './handlersKit.ts';

/**
 * A document issued with a reason while placeholders remained prints them as the text they are:
 * the draft's yellow highlight (what is left to write) is gone from the issued document, from its
 * certified copy and from the command line's export; a draft keeps it.
 */
let h: Harness;
beforeAll(() => {
  h = openHarness('soan-nq-issued-placeholders-');
});
afterAll(() => h.close());

const ORG = 'DU-HIEP-THANH';
const PROMPT = '[… Nêu mục tiêu tổng quát năm 2027]';

/** The run of document.xml that holds `text`. */
async function runHolding(bytes: Uint8Array, text: string): Promise<string> {
  const xml = (await unzipDocx(bytes)).get('word/document.xml') ?? '';
  const escaped = text.replace(/[[\]]/g, '\\$&');
  return new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>${escaped}</w:t></w:r>`, 'su').exec(xml)?.[0] ?? '';
}

function downloaded(outcome: ExportOutcome | { base64: string }): Uint8Array {
  if ('kind' in outcome && outcome.kind !== 'download') throw new Error('expected the bytes back (browser transport)');
  if (!('base64' in outcome)) throw new Error('no bytes');
  return Buffer.from(outcome.base64, 'base64');
}

describe('an issued document prints its placeholders without the draft marking', () => {
  it('the draft exports its prompt highlighted; issued with a reason, the export, the copy and the CLI print it as text', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: ORG, year: 2027 });
    const draftRun = await runHolding(downloaded(await call(h.ctx, 'exportDocx', { id: draft.id })), PROMPT);
    expect(draftRun).toContain('<w:highlight w:val="yellow"/>');

    const overrideReason = 'Hội nghị đã thông qua, số liệu bổ sung sau';
    await call(h.ctx, 'submitForReview', { id: draft.id, overrideReason });
    await call(h.ctx, 'approveDocument', { id: draft.id, overrideReason });
    const issued = await call(h.ctx, 'issueDocument', { id: draft.id, date: '2026-12-15', overrideReason });
    expect(issued.status).toBe('ban-hanh');

    // The app's export (the verb the UI and the CLI call): the prompt is still there, as written, unmarked.
    const issuedRun = await runHolding(downloaded(await call(h.ctx, 'exportDocx', { id: draft.id })), PROMPT);
    expect(issuedRun).not.toBe('');
    expect(issuedRun).not.toContain('w:highlight');

    // Its certified copy (sao y bản chính) prints the same.
    const copy = await call(h.ctx, 'makeCopy', { kind: 'sao-y', source: { documentId: draft.id }, date: '2026-12-16' });
    const copyRun = await runHolding(downloaded(copy), PROMPT);
    expect(copyRun).not.toBe('');
    expect(copyRun).not.toContain('w:highlight');

    // The command line, on the same database file.
    const out = join(h.dir, 'ban-hanh.docx');
    const cli = await runCli(['export', '--id', String(draft.id), '-o', out], {
      cwd: h.dir,
      env: { SOAN_NQ_DB: join(h.dir, 'data.sqlite') },
    });
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const cliXml = (await unzipDocx(readFileSync(out))).get('word/document.xml') ?? '';
    expect(cliXml).toContain(PROMPT);
    expect(cliXml).not.toContain('w:highlight');
  }, 60_000);
});
