import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../electron/contract/cleanText.ts';
import { resolutionSchema, type Resolution } from '../../electron/contract/model/index.ts';
import { validate } from '../../electron/contract/validation.ts';
import type { RegisterListing } from '../../electron/contract/workflow.ts';
import { copyBlockOf } from '../../electron/docx/copyTexts.ts';
import { renderCopyDocx } from '../../electron/docx/copyDocument.ts';
import { renderDocx } from '../../electron/docx/pack.ts';
import { trackedChangesDocx } from '../../electron/services/compare/trackedExport.ts';
import { registerCsv, registerDocx } from '../../electron/services/registerExport.ts';
import { fixturePath, loadResolution, profileFor } from '../support/fixtures.ts';
import { runCli } from '../support/cli.ts';
import { hasTool } from '../support/tools.ts';
import { xmlPartsFailing } from '../support/wellFormed.ts';

/** What the probe sent: NUL, BEL, ESC, Word's Shift+Enter (U+000B), U+FFFE, U+FFFF, a lone surrogate. */
const DIRTY = 'Ủy\u0000 ban\u0007 nhân\u001b dân\u000bxã\uFFFE An\uFFFF Bình\uD800';

function dirtied(doc: Resolution): Resolution {
  const d = structuredClone(doc);
  d.header.issuingBody = `HUYỆN ỦY ${DIRTY}`;
  d.title.summary = `về ${DIRTY}`;
  const first = d.body.find((b) => b.type === 'paragraph');
  if (first?.type === 'paragraph') first.runs.unshift({ type: 'text', text: DIRTY });
  d.recipients.lines.unshift({ text: DIRTY });
  d.signature.name = DIRTY;
  return d;
}

const work = mkdtempSync(join(tmpdir(), 'soan-nq-ctl-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('control characters', () => {
  it('are cleaned at the model boundary: U+000B becomes a line break, the others go', () => {
    expect(cleanText(DIRTY)).toBe('Ủy ban nhân dân\nxã An Bình');
    const raw = JSON.parse(readFileSync(fixturePath('duc-trong-2022-nq04-hu'), 'utf8')) as { title: { summary: string } };
    raw.title.summary = DIRTY;
    const checked = validate(resolutionSchema, raw, 'Văn bản');
    expect(checked.ok && checked.value.title.summary).toBe('Ủy ban nhân dân\nxã An Bình');
  });

  it.runIf(hasTool('python3'))('never make an XML part that is not well-formed, in any file the app writes', async () => {
    const doc = dirtied(loadResolution('duc-trong-2022-nq04-hu'));
    const profile = profileFor(doc);
    const files: Record<string, Uint8Array> = {
      'document.docx': await renderDocx(doc, profile, { modifiedAt: new Date('2026-01-01T00:00:00Z') }),
      'review.docx': await renderDocx(doc, profile, {
        comments: [{ id: 't1', author: DIRTY, createdAt: '2026-01-01T00:00:00Z', body: DIRTY, quote: 'x', replies: [] }],
      }),
      'copy.docx': await renderCopyDocx(
        doc,
        profile,
        copyBlockOf(
          {
            kind: 'sao-y',
            org: { name: DIRTY, place: DIRTY, officeName: DIRTY, officeCode: 'VPHU' },
            seq: 1,
            date: '2026-01-05',
            recipients: { punctuation: 'profile', lines: [{ text: DIRTY }] },
            signature: { authority: 'K/T', authorityOf: DIRTY, title: DIRTY, name: DIRTY },
          },
          profile,
        ),
      ),
    };
    const tracked = await trackedChangesDocx(loadResolution('duc-trong-2022-nq04-hu'), doc, {
      author: DIRTY,
      date: '2026-01-01T00:00:00Z',
    });
    if (!tracked.ok) throw new Error(tracked.error.message);
    files['tracked.docx'] = tracked.value;
    const listing: RegisterListing = {
      org: { id: 'HU', name: DIRTY, issuerCode: 'HU' },
      term: { id: 1, ordinal: 'XIII', startYear: 2020, endYear: 2025, startDate: '2020-08-01', endDate: null },
      docType: 'NQ',
      next: 2,
      entries: [
        {
          id: 1,
          seq: 1,
          symbol: '01-NQ/HU',
          documentId: 1,
          issuedOn: '2026-01-05',
          summary: DIRTY,
          recipients: DIRTY,
          signer: DIRTY,
          secret: false,
          voided: null,
          createdAt: '2026-01-05T00:00:00Z',
          createdBy: DIRTY,
        },
      ],
    };
    files['register.docx'] = await registerDocx(listing);
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(work, name);
      writeFileSync(path, bytes);
      return path;
    });
    const json = join(work, 'dirty.json');
    writeFileSync(json, JSON.stringify(doc));
    const cli = await runCli(['export', json, '-o', join(work, 'cli.docx')], { cwd: work });
    expect(cli.code, cli.stderr).toBe(0);
    paths.push(join(work, 'cli.docx'));
    expect(xmlPartsFailing(paths)).toEqual([]);
    // eslint-disable-next-line no-control-regex
    expect(registerCsv(listing)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});
