import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewImportReport } from '../../electron/contract/model/review.ts';
import { placeReview } from '../../electron/services/review/place.ts';
import { originalText, readWordReview } from '../../electron/services/review/wordRead.ts';
import { profileFor } from '../support/fixtures.ts';
import { failing, ooxmlCheck, requireOoxmlCheck } from '../support/ooxmlCheck.ts';
import { requireTool } from '../support/tools.ts';
import { reviseFodt } from '../support/odfReviewer.ts';
import { addComments, editRun, reviseDocx, wordXml, type Reviewer } from '../support/wordReviewer.ts';
import { call, openHarness, type Harness } from './handlersKit.ts';

/**
 * Word comments and tracked changes on the parts of the draft other than the body — a target's
 * value in the targets block, a target's name in the appendix table, a recipient, the signer, a
 * header field, the place of the date line — come back anchored on those parts; one on the date
 * the app writes is listed as not placed, with what it was on. The next review copy writes each
 * of them anchored over the same text (Word's XML, checked by ooxml-check), so that the file read
 * again — as Word returns it, and re-saved by LibreOffice — places them on the same parts.
 */

const B: Reviewer = { author: 'Trần Văn B', date: '2026-12-06T09:00:00Z' };
const C: Reviewer = { author: 'Lê Thị C', date: '2026-12-06T10:30:00Z' };

/** Wraps `match` (inside the first run holding it) in Word comment `id`. */
const commentOn =
  (id: number) =>
  (rPr: string, before: string, match: string, after: string): string =>
    wordXml.run(rPr, before) + wordXml.commentStart(id) + wordXml.run(rPr, match) + wordXml.commentEnd(id) + wordXml.run(rPr, after);

const notes = [
  { id: 0, reviewer: B, text: 'Số thu ngân sách cần khớp dự toán.', paraId: '10000001' },
  { id: 1, reviewer: C, text: 'Ghi rõ chuẩn nghèo đa chiều.', paraId: '10000002' },
  { id: 2, reviewer: B, text: 'Thêm Đảng bộ vào nơi nhận này.', paraId: '10000003' },
  { id: 3, reviewer: C, text: 'Kiểm tra lại họ tên người ký.', paraId: '10000004' },
  { id: 4, reviewer: B, text: 'Tên cơ quan ban hành đúng chưa?', paraId: '10000005' },
  { id: 5, reviewer: B, text: 'Ngày ban hành để văn thư ghi.', paraId: '10000006' },
];

/** The reviewer's work in Word on the parts other than the body. */
function reviewParts(bytes: Uint8Array): Promise<Uint8Array> {
  return reviseDocx(bytes, async (xml, zip) => {
    let x = xml;
    x = editRun(x, '85,5 tỷ đồng', (rPr, before, _m, after) =>
      [
        wordXml.run(rPr, before),
        wordXml.commentStart(0),
        wordXml.run(rPr, '85,5'),
        wordXml.commentEnd(0),
        wordXml.run(rPr, ` tỷ đồng${after}`),
      ].join(''),
    );
    x = editRun(x, 'Tỷ lệ hộ nghèo', commentOn(1), { wholeRun: true });
    x = editRun(x, 'Các chi bộ trực thuộc', commentOn(2));
    x = editRun(x, 'Trần Văn Minh', commentOn(3));
    x = editRun(x, 'ĐẢNG ỦY XÃ HIỆP THẠNH', commentOn(4));
    // A tracked change on the place of the date line (a header field).
    x = editRun(
      x,
      'Hiệp Thạnh, ngày',
      (rPr, before, _m, after) =>
        wordXml.run(rPr, `${before}Hiệp `) +
        wordXml.del(B, 20, rPr, 'Thạnh') +
        wordXml.ins(B, 21, rPr, 'Thành') +
        wordXml.run(rPr, `, ngày${after}`),
    );
    x = editRun(x, ', ngày', (rPr, before, _m, after) => wordXml.run(rPr, `${before}, `) + commentOn(5)(rPr, '', 'ngày', after));
    await addComments(zip, notes);
    return x;
  });
}

/** LibreOffice, headless with a throw-away profile under `work`, converting `files` to `format` into `out`. */
function libreOffice(work: string, format: string, out: string, ...files: string[]): void {
  const profile = `-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', format, '--outdir', out, ...files], { stdio: 'pipe', timeout: 170_000 });
}

/** Where each comment of a returned file lands on the draft: part and what it covers. */
function placedComments(h: Harness, id: number, bytes: Uint8Array) {
  const doc = h.store.db.prepare<[number], { content: string }>('SELECT content FROM documents WHERE id = ?').get(id);
  const content = JSON.parse(doc?.content ?? '{}');
  const read = readWordReview(bytes);
  if (!read.ok) throw new Error(read.error.message);
  return placeReview(content, profileFor(content), read.value).comments.map((c) => ({
    body: c.body,
    part: c.part?.anchor,
    text: c.part?.text,
    ranges: c.ranges.length,
  }));
}

describe('Word comments and changes on the parts other than the body', () => {
  const work = mkdtempSync(join(tmpdir(), 'soan-nq-review-parts-'));
  let h: Harness;
  let id = 0;
  let returned: Uint8Array;
  let report: ReviewImportReport;
  let secondCopy: Uint8Array;

  beforeAll(async () => {
    h = openHarness('soan-nq-review-parts-db-');
    id = (await call(h.ctx, 'createNextYear', { orgId: 'DU-HIEP-THANH', year: 2027, carryValues: true })).id;
    const copy = await call(h.ctx, 'exportReviewCopy', { id });
    if (copy.kind !== 'download') throw new Error('không có tệp');
    returned = await reviewParts(Buffer.from(copy.base64, 'base64'));
    report = await call(h.ctx, 'importWordReview', { id, fileName: 'gop-y-phan.docx', base64: Buffer.from(returned).toString('base64') });
    const again = await call(h.ctx, 'exportReviewCopy', { id });
    if (again.kind !== 'download') throw new Error('không có tệp');
    secondCopy = Buffer.from(again.base64, 'base64');
    writeFileSync(join(work, 'gop-y-lan-2.docx'), secondCopy);
  });
  afterAll(() => {
    h.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('reads each comment on the part it is on, and lists the one on the date line as not placed', () => {
    const by = (body: string) => report.comments.find((c) => c.body === body);
    expect(by('Số thu ngân sách cần khớp dự toán.')).toMatchObject({
      placed: 'part',
      quote: '85,5',
      place: 'Chỉ tiêu: Thu ngân sách nhà nước trên địa bàn (giá trị)',
    });
    expect(by('Ghi rõ chuẩn nghèo đa chiều.')).toMatchObject({ placed: 'part', author: 'Lê Thị C', quote: 'Tỷ lệ hộ nghèo' });
    expect(by('Ghi rõ chuẩn nghèo đa chiều.')?.place).toContain('Phụ lục');
    expect(by('Thêm Đảng bộ vào nơi nhận này.')).toMatchObject({ placed: 'part', place: 'Nơi nhận, dòng 3' });
    expect(by('Kiểm tra lại họ tên người ký.')).toMatchObject({ placed: 'part', place: 'Họ tên người ký' });
    expect(by('Tên cơ quan ban hành đúng chưa?')).toMatchObject({ placed: 'part', place: 'Cơ quan ban hành' });
    expect(by('Ngày ban hành để văn thư ghi.')).toMatchObject({ placed: 'none', quote: 'ngày' });
    expect(by('Ngày ban hành để văn thư ghi.')?.place).toContain('ngày tháng');
    expect(report.suggestions.map((s) => [s.kind, s.deleted || s.inserted, s.anchor])).toEqual([
      ['delete', 'Thạnh', { part: 'header', field: 'place', at: 5 }],
      ['insert', 'Thành', { part: 'header', field: 'place', at: 10 }],
    ]);
  });

  it('keeps the threads on their parts, and the same file twice adds nothing', async () => {
    const listed = await call(h.ctx, 'listComments', { documentId: id });
    const on = (body: string) => listed.threads.find((t) => t.body === body)?.onPart;
    expect(on('Số thu ngân sách cần khớp dự toán.')).toMatchObject({
      anchor: { part: 'target', field: 'value', at: 0 },
      length: 4,
      text: '85,5',
    });
    // Made on the appendix table's row: kept there (the next review copy writes it on the row, not the targets list).
    expect(on('Ghi rõ chuẩn nghèo đa chiều.')).toMatchObject({
      anchor: { part: 'target', field: 'name', at: 0, inAppendix: true },
      text: 'Tỷ lệ hộ nghèo',
    });
    expect(on('Thêm Đảng bộ vào nơi nhận này.')).toMatchObject({ anchor: { part: 'recipient', line: 2, field: 'text' } });
    expect(on('Kiểm tra lại họ tên người ký.')).toMatchObject({
      anchor: { part: 'signature', field: 'name', at: 0 },
      text: 'Trần Văn Minh',
    });
    expect(on('Tên cơ quan ban hành đúng chưa?')).toMatchObject({ anchor: { part: 'header', field: 'issuingBody', at: 0 } });
    expect(on('Ngày ban hành để văn thư ghi.')).toMatchObject({ anchor: { part: 'none' }, text: 'ngày' });
    const again = await call(h.ctx, 'importWordReview', {
      id,
      fileName: 'gop-y-phan.docx',
      base64: Buffer.from(returned).toString('base64'),
    });
    expect(again).toMatchObject({ comments: [], suggestions: [], unplaced: [], alreadyImported: 8 });
    expect((await call(h.ctx, 'listComments', { documentId: id })).threads).toHaveLength(6);
  });

  it('writes them into the next review copy anchored over the same text, in valid OOXML', () => {
    const read = readWordReview(secondCopy);
    if (!read.ok) throw new Error(read.error.message);
    const covered = new Map<string, string>();
    for (const p of read.value.paragraphs) for (const c of p.comments) covered.set(c.id, originalText(p).slice(c.start, c.end));
    const text = (body: string) => covered.get(read.value.comments.find((c) => c.text === body)?.id ?? '');
    expect(text('Số thu ngân sách cần khớp dự toán.')).toBe('85,5');
    expect(text('Ghi rõ chuẩn nghèo đa chiều.')).toBe('Tỷ lệ hộ nghèo');
    expect(text('Thêm Đảng bộ vào nơi nhận này.')).toBe('Các chi bộ trực thuộc');
    expect(text('Kiểm tra lại họ tên người ký.')).toBe('Trần Văn Minh');
    expect(text('Tên cơ quan ban hành đúng chưa?')).toBe('ĐẢNG ỦY XÃ HIỆP THẠNH');
    expect(text('Ngày ban hành để văn thư ghi.')).toBe('ngày');
    // Not said to be gone: the text is there.
    expect(read.value.comments.every((c) => !c.text.includes('đã bị xóa'))).toBe(true);
    const sorted = (bytes: Uint8Array) => placedComments(h, id, bytes).sort((a, b) => a.body.localeCompare(b.body));
    expect(sorted(secondCopy)).toEqual(sorted(returned));
    const python = requireOoxmlCheck();
    if (python !== null) {
      const [check] = ooxmlCheck(python, [join(work, 'gop-y-lan-2.docx')]).reports;
      expect(check ? failing(check) : ['no report']).toEqual([]);
    }
  });

  it.skipIf(!requireTool('soffice'))(
    'places them the same from the copy re-saved by LibreOffice',
    () => {
      const edited = join(work, 'edited');
      mkdirSync(edited, { recursive: true });
      writeFileSync(join(edited, 'gop-y-phan.docx'), returned);
      writeFileSync(join(edited, 'gop-y-lan-2.docx'), secondCopy);
      const out = join(work, 'resaved');
      libreOffice(work, 'docx:MS Word 2007 XML', out, join(edited, 'gop-y-phan.docx'), join(edited, 'gop-y-lan-2.docx'));
      for (const name of ['gop-y-phan.docx', 'gop-y-lan-2.docx']) {
        const file = join(out, name);
        expect(existsSync(file)).toBe(true);
        const brief = (bytes: Uint8Array) =>
          placedComments(h, id, bytes)
            .map((c) => [c.body, c.part?.part, c.text].join(' | '))
            .sort();
        expect(brief(readFileSync(file))).toEqual(brief(returned));
      }
    },
    180_000,
  );

  it.skipIf(!requireTool('soffice'))(
    'reads a review made in LibreOffice itself (its tracked changes and comment, written by it as .docx)',
    async () => {
      const lo = (format: string, out: string, file: string) => libreOffice(work, format, out, file);
      const second = openHarness('soan-nq-review-parts-lo-');
      try {
        const draft = (await call(second.ctx, 'createNextYear', { orgId: 'DU-HIEP-THANH', year: 2027, carryValues: true })).id;
        const copy = await call(second.ctx, 'exportReviewCopy', { id: draft });
        if (copy.kind !== 'download') throw new Error('không có tệp');
        const dir = join(work, 'lo-edit');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'ban-gop-y.docx'), Buffer.from(copy.base64, 'base64'));
        lo('fodt', dir, join(dir, 'ban-gop-y.docx'));
        const edited = reviseFodt(readFileSync(join(dir, 'ban-gop-y.fodt'), 'utf8'), [
          { kind: 'replace', find: 'Trần Văn Minh', remove: 'Minh', insert: 'Mạnh', reviewer: C },
          { kind: 'replace', find: '- Thu ngân sách nhà nước trên địa bàn: 85,5 tỷ đồng;', remove: '85,5', insert: '90', reviewer: B },
          { kind: 'replace', find: 'Nghị quyết này được phổ biến', remove: 'phổ ', insert: 'SỬA ĐỔI ', reviewer: B },
          { kind: 'comment', find: '- Các chi bộ trực thuộc;', on: 'Các chi bộ trực thuộc', text: 'Ghi rõ các chi bộ.', reviewer: B },
        ]);
        const out = join(work, 'lo-made');
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'gop-y-lo.fodt'), edited);
        lo('docx:MS Word 2007 XML', out, join(out, 'gop-y-lo.fodt'));
        const base64 = readFileSync(join(out, 'gop-y-lo.docx')).toString('base64');
        const got = await call(second.ctx, 'importWordReview', { id: draft, fileName: 'gop-y-lo.docx', base64 });
        expect(got.reviewers.sort()).toEqual(['Lê Thị C', 'Trần Văn B']);
        expect(got.comments).toEqual([
          expect.objectContaining({ author: 'Trần Văn B', body: 'Ghi rõ các chi bộ.', placed: 'part', place: 'Nơi nhận, dòng 3' }),
        ]);
        const anchors = got.suggestions.map((s) => [s.kind, s.deleted || s.inserted, s.anchor.part]);
        expect(anchors).toEqual(
          expect.arrayContaining([
            ['delete', 'Minh', 'signature'],
            ['insert', 'Mạnh', 'signature'],
            ['delete', '85,5', 'target'],
            ['insert', '90', 'target'],
            ['delete', 'phổ ', 'body'],
            ['insert', 'SỬA ĐỔI ', 'body'],
          ]),
        );
        expect(got.unplaced).toEqual([]);
        const threads = await call(second.ctx, 'listComments', { documentId: draft });
        expect(threads.threads[0]?.onPart).toMatchObject({
          anchor: { part: 'recipient', line: 2, field: 'text' },
          text: 'Các chi bộ trực thuộc',
        });
        expect((await call(second.ctx, 'decideSuggestions', { id: draft, decision: 'accept', all: true })).conflicts).toEqual([]);
        const doc = (await call(second.ctx, 'getDocument', { id: draft })).content;
        expect(doc.signature.name).toBe('Trần Văn Mạnh');
        expect(JSON.stringify(doc.targets)).toContain('"written":"90"');
        const last = doc.body[doc.body.length - 1];
        const lastText = last && 'runs' in last ? last.runs.map((r) => (r.type === 'text' ? r.text : '')).join('') : '';
        expect(lastText).toBe('Nghị quyết này được SỬA ĐỔI biến đến cán bộ, đảng viên và Nhân dân trong toàn Đảng bộ.');
      } finally {
        second.close();
      }
    },
    240_000,
  );
});
