import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReviewImportReport } from '../../electron/contract/model/review.ts';
import { formatDateTime } from '../../electron/format/dates.ts';
import { runCli } from '../support/cli.ts';
import { requireTool } from '../support/tools.ts';
import { addComments, editRun, reviseDocx, wordXml, type Reviewer } from '../support/wordReviewer.ts';

/**
 * The acceptance scenario of issue 14, run as written with the real command line: the demo, next
 * year's draft for Đảng ủy xã Hiệp Thạnh (2027, --carry, saved) → review export → the reviewer, as
 * Word records it, deletes a word and inserts "SỬA ĐỔI " before it in a body paragraph and comments
 * "Đề nghị làm rõ số liệu" on it, all as Trần Văn B → review import --json lists the comment, the
 * insertion and the reviewer → review accept --all → export --id holds "SỬA ĐỔI ". Then the same
 * review copy re-saved by LibreOffice with the changes.
 */

const work = mkdtempSync(join(tmpdir(), 'soan-nq-review-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = (db: string, ...args: string[]) => runCli(args, { cwd: work, env: { SOAN_NQ_DB: join(work, db) } });
const B: Reviewer = { author: 'Trần Văn B', date: '2026-12-06T09:00:00Z' };

/** The reviewer's edit in Word: "phổ " deleted, "SỬA ĐỔI " inserted before it, a comment on both. */
function review(bytes: Uint8Array): Promise<Uint8Array> {
  return reviseDocx(bytes, async (xml, zip) => {
    const x = editRun(xml, 'phổ biến', (rPr, before, match, after) =>
      [
        wordXml.run(rPr, before),
        wordXml.commentStart(0),
        wordXml.ins(B, 1, rPr, 'SỬA ĐỔI '),
        wordXml.del(B, 2, rPr, 'phổ '),
        wordXml.commentEnd(0),
        wordXml.run(rPr, match.slice(4) + after),
      ].join(''),
    );
    await addComments(zip, [{ id: 0, reviewer: B, text: 'Đề nghị làm rõ số liệu', paraId: '1A2B3C4D' }]);
    return x;
  });
}

async function documentText(file: string): Promise<string> {
  const xml = (await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

async function draftAndExport(db: string, copy: string): Promise<void> {
  expect((await run(db, 'db', 'seed-demo')).code).toBe(0);
  const draft = await run(
    db,
    'draft',
    'next-year',
    '--org',
    'DU-HIEP-THANH',
    '--year',
    '2027',
    '--carry',
    '--save',
    '-o',
    join(work, `${db}.json`),
  );
  expect(draft.stdout).toContain('(lưu trong kho: văn bản #4)');
  const exported = await run(db, 'review', 'export', '--id', '4', '-o', copy);
  expect(exported.stderr).toBe('');
  expect(exported.code).toBe(0);
}

describe('soan-nq review: the acceptance scenario of issue 14', () => {
  it('review export → Word edit and comment by Trần Văn B → review import --json → review accept --all → export --id holds "SỬA ĐỔI "', async () => {
    const copy = join(work, 'gop-y.docx');
    await draftAndExport('a.sqlite', copy);
    const reviewed = join(work, 'gop-y-da-sua.docx');
    writeFileSync(reviewed, await review(readFileSync(copy)));

    const imported = await run('a.sqlite', 'review', 'import', '--id', '4', reviewed, '--as', 'Nguyễn Thị Thư', '--json');
    expect(imported.stderr).toBe('');
    const report = JSON.parse(imported.stdout) as ReviewImportReport;
    expect(report.reviewers).toEqual(['Trần Văn B']);
    expect(report.comments).toEqual([
      expect.objectContaining({ author: 'Trần Văn B', body: 'Đề nghị làm rõ số liệu', quote: 'phổ', place: 'Nội dung, đoạn 14' }),
    ]);
    expect(report.suggestions).toEqual([
      expect.objectContaining({
        id: 1,
        kind: 'insert',
        inserted: 'SỬA ĐỔI ',
        author: 'Trần Văn B',
        anchor: expect.objectContaining({ part: 'body' }),
      }),
      expect.objectContaining({ id: 2, kind: 'delete', deleted: 'phổ ', author: 'Trần Văn B' }),
    ]);
    const again = JSON.parse(
      (await run('a.sqlite', 'review', 'import', '--id', '4', reviewed, '--as', 'Nguyễn Thị Thư', '--json')).stdout,
    ) as ReviewImportReport;
    expect(again).toMatchObject({ comments: [], suggestions: [], unplaced: [], alreadyImported: 3 });

    const accepted = await run('a.sqlite', 'review', 'accept', '--id', '4', '--all', '--as', 'Nguyễn Thị Thư');
    expect(accepted.stderr).toBe('');
    expect(accepted.stdout).toContain('Đã chấp nhận 2 góp ý');
    const out = join(work, 'nghi-quyet.docx');
    const exported = await run('a.sqlite', 'export', '--id', '4', '-o', out);
    expect(exported.code).toBe(0);
    const text = await documentText(out);
    expect(text).toContain('SỬA ĐỔI ');
    expect(text).toContain('Nghị quyết này được SỬA ĐỔI biến đến cán bộ');
    const listed = await run('a.sqlite', 'review', 'list', '--id', '4');
    expect(listed.stdout).toContain(
      `#1 Thêm chữ — Nội dung, đoạn 14: thêm “SỬA ĐỔI ” (Trần Văn B, ${formatDateTime('2026-12-06T09:00:00Z')}) [đã chấp nhận]`,
    );
    // Ten runs of the command line, each a fresh Node: allow for a loaded machine.
  }, 240_000);

  it('refuses wrong usage in Vietnamese with exit code 2', { timeout: 120_000 }, async () => {
    const r = await run('a.sqlite', 'review', 'accept', '--id', '4');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chọn --all hoặc --suggestion');
    expect((await run('a.sqlite', 'review', 'accept', '--id', '4', '--suggestion', '99')).stderr).toContain('không có góp ý số 99');
  });

  it.skipIf(!requireTool('soffice'))(
    'reads the same review from a copy opened and re-saved by LibreOffice',
    async () => {
      const copy = join(work, 'gop-y-lo.docx');
      await draftAndExport('b.sqlite', copy);
      const edited = join(work, 'edited', 'gop-y-lo.docx');
      mkdirSync(join(work, 'edited'), { recursive: true });
      writeFileSync(edited, await review(readFileSync(copy)));
      const outDir = join(work, 'resaved');
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`,
          '--headless',
          '--convert-to',
          'docx:MS Word 2007 XML',
          '--outdir',
          outDir,
          edited,
        ],
        { stdio: 'pipe', timeout: 170_000 },
      );
      const resaved = join(outDir, 'gop-y-lo.docx');
      expect(existsSync(resaved)).toBe(true);
      const report = JSON.parse(
        (await run('b.sqlite', 'review', 'import', '--id', '4', resaved, '--as', 'Nguyễn Thị Thư', '--json')).stdout,
      ) as ReviewImportReport;
      expect(report.reviewers).toEqual(['Trần Văn B']);
      expect(report.comments.map((c) => c.body)).toEqual(['Đề nghị làm rõ số liệu']);
      expect(report.suggestions.map((s) => [s.kind, s.inserted || s.deleted, s.anchor.part])).toEqual([
        ['insert', 'SỬA ĐỔI ', 'body'],
        ['delete', 'phổ ', 'body'],
      ]);
      expect(report.unplaced).toEqual([]);
      expect((await run('b.sqlite', 'review', 'accept', '--id', '4', '--all', '--as', 'Nguyễn Thị Thư')).code).toBe(0);
      const out = join(work, 'lo.docx');
      expect((await run('b.sqlite', 'export', '--id', '4', '-o', out)).code).toBe(0);
      expect(await documentText(out)).toContain('Nghị quyết này được SỬA ĐỔI biến đến cán bộ');
    },
    180_000,
  );
});
