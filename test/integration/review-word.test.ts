import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewImportReport } from '../../electron/contract/model/review.ts';
import type { Resolution } from '../../electron/contract/model/resolution.ts';
import type { TargetNode } from '../../electron/contract/model/targets.ts';
import { call, openHarness, refused, type Harness } from './handlersKit.ts';
import { addComments, editRun, insertParagraphAfter, reviseDocx, wordXml, type Reviewer } from '../support/wordReviewer.ts';

/**
 * A review copy out, edited as Word records a reviewer's work (tracked changes in runs and across
 * paragraphs, a move, a formatting change, a new paragraph, comments over several runs with a
 * reply, an edit to the generated date line), and back in through the contract: every change
 * lands on the part of the draft it touches, what cannot be placed is listed, the same file twice
 * adds nothing, and accepting changes the structured draft.
 */

const B: Reviewer = { author: 'Trần Văn B', date: '2026-12-06T09:00:00Z' };
const C: Reviewer = { author: 'Lê Thị C', date: '2026-12-06T10:30:00Z' };

function find(nodes: readonly TargetNode[], name: string): TargetNode | undefined {
  for (const n of nodes) {
    if (n.name === name) return n;
    const d = find(n.children, name);
    if (d) return d;
  }
  return undefined;
}

const text = (doc: Resolution, i: number): string => {
  const b = doc.body[i];
  return b && 'runs' in b ? b.runs.map((r) => (r.type === 'text' ? r.text : '')).join('') : '';
};

describe('review through Word and back', () => {
  let h: Harness;
  let id = 0;
  let reviewed: Uint8Array;
  let report: ReviewImportReport;

  beforeAll(async () => {
    h = openHarness('soan-nq-review-word-');
    const draft = await call(h.ctx, 'createNextYear', { orgId: 'DU-HIEP-THANH', year: 2027, carryValues: true });
    id = draft.id;
    const copy = await call(h.ctx, 'exportReviewCopy', { id });
    if (copy.kind !== 'download') throw new Error('không có tệp');
    reviewed = await reviseDocx(Buffer.from(copy.base64, 'base64'), async (xml, zip) => {
      let x = xml;
      // A word replaced inside one run, under a comment that spans several runs.
      x = editRun(x, 'phổ biến', (rPr, before, match, after) =>
        [
          wordXml.run(rPr, before),
          wordXml.commentStart(0),
          wordXml.ins(B, 1, rPr, 'SỬA ĐỔI '),
          wordXml.del(B, 2, rPr, 'phổ '),
          wordXml.run(rPr, match.slice(4)),
          wordXml.commentEnd(0),
          wordXml.run(rPr, after),
        ].join(''),
      );
      // A target's value in the targets block, and a target's name in the appendix table.
      x = editRun(
        x,
        '85,5 tỷ đồng',
        (rPr, before, _m, after) =>
          wordXml.run(rPr, before) + wordXml.del(B, 3, rPr, '85,5') + wordXml.ins(B, 4, rPr, '90') + wordXml.run(rPr, ` tỷ đồng${after}`),
      );
      x = editRun(x, 'Tỷ lệ hộ nghèo', (rPr, _b, m) => wordXml.run(rPr, m) + wordXml.ins(B, 5, rPr, ' đa chiều'), { wholeRun: true });
      // Recipients and the signature.
      x = editRun(
        x,
        'Các chi bộ trực thuộc',
        (rPr, before, m, after) => wordXml.run(rPr, before + m) + wordXml.ins(C, 6, rPr, ' Đảng bộ') + wordXml.run(rPr, after),
      );
      x = editRun(
        x,
        'Trần Văn Minh',
        (rPr, before, _m, after) =>
          wordXml.run(rPr, `${before}Trần Văn `) +
          wordXml.del(C, 7, rPr, 'Minh') +
          wordXml.ins(C, 8, rPr, 'Mạnh') +
          wordXml.run(rPr, after),
      );
      // The date line is written by the app: the edit cannot be placed.
      x = editRun(
        x,
        'Hiệp Thạnh, ngày',
        (rPr, before, m, after) => wordXml.run(rPr, before + m) + wordXml.ins(B, 9, rPr, ' 15') + wordXml.run(rPr, after),
      );
      // A move from one paragraph into another, and a formatting change.
      x = editRun(
        x,
        'Tỷ lệ dân số tham gia bảo hiểm y tế.',
        (rPr, before, _m, after) =>
          wordXml.run(rPr, before) + wordXml.moveFrom(B, 10, rPr, 'Tỷ lệ dân số tham gia bảo hiểm y tế') + wordXml.run(rPr, `.${after}`),
      );
      x = editRun(
        x,
        '1 cần đánh giá',
        (rPr, before, m, after) =>
          wordXml.run(rPr, before + m) + wordXml.moveTo(B, 11, rPr, ' (Tỷ lệ dân số tham gia bảo hiểm y tế)') + wordXml.run(rPr, after),
      );
      x = editRun(
        x,
        'Nhân dân',
        (rPr, before, m, after) => wordXml.run(rPr, before) + wordXml.bolded(B, 12, rPr, m) + wordXml.run(rPr, after),
      );
      // A new paragraph after the last one of the body.
      x = insertParagraphAfter(x, 'toàn Đảng bộ.', B, 13, 'Giao Văn phòng Đảng ủy theo dõi, đôn đốc thực hiện.');
      await addComments(zip, [
        { id: 0, reviewer: B, text: 'Đề nghị làm rõ số liệu', paraId: '1A2B3C4D' },
        { id: 1, reviewer: C, text: 'Đồng ý với đồng chí B.', paraId: '2B3C4D5E', parentParaId: '1A2B3C4D' },
      ]);
      return x;
    });
    report = await call(h.ctx, 'importWordReview', {
      id,
      fileName: 'gop-y-tran-van-b.docx',
      base64: Buffer.from(reviewed).toString('base64'),
    });
  });
  afterAll(() => h.close());

  it('lists the reviewers, the comment with its reply, and every change where it belongs', () => {
    expect(report.reviewers.sort()).toEqual(['Lê Thị C', 'Trần Văn B']);
    expect(report.comments).toHaveLength(1);
    expect(report.comments[0]).toMatchObject({
      author: 'Trần Văn B',
      body: 'Đề nghị làm rõ số liệu',
      quote: 'phổ biến',
      createdAt: B.date,
    });
    expect(report.comments[0]?.replies).toEqual([{ author: 'Lê Thị C', createdAt: C.date, body: 'Đồng ý với đồng chí B.' }]);
    const by = (inserted: string, deleted = '') => report.suggestions.find((s) => s.inserted === inserted && s.deleted === deleted);
    expect(by('SỬA ĐỔI ')).toMatchObject({ kind: 'insert', author: 'Trần Văn B', madeAt: B.date, anchor: { part: 'body' } });
    expect(by('', 'phổ ')).toMatchObject({ kind: 'delete', anchor: { part: 'body' } });
    // Word writes the deletion first: the insertion comes after the deleted figure.
    expect(by('90')?.anchor).toMatchObject({ part: 'target', field: 'value', at: 4 });
    expect(by('', '85,5')?.anchor).toMatchObject({ part: 'target', field: 'value', at: 0 });
    expect(by(' đa chiều')?.anchor).toMatchObject({ part: 'target', field: 'name', at: 'Tỷ lệ hộ nghèo'.length });
    expect(by(' đa chiều')?.place).toContain('Phụ lục');
    expect(by(' Đảng bộ')).toMatchObject({ author: 'Lê Thị C', anchor: { part: 'recipient', line: 2, field: 'text' } });
    expect(by('Mạnh')?.anchor).toEqual({ part: 'signature', field: 'name', at: 'Trần Văn Minh'.length });
    expect(by('', 'Tỷ lệ dân số tham gia bảo hiểm y tế')?.anchor).toMatchObject({ part: 'body' });
    expect(by(' (Tỷ lệ dân số tham gia bảo hiểm y tế)')?.anchor).toMatchObject({ part: 'body' });
    expect(report.suggestions.find((s) => s.kind === 'format')).toMatchObject({ deleted: 'Nhân dân', emphasis: { bold: true } });
    expect(report.suggestions.find((s) => s.kind === 'paragraph')).toMatchObject({
      inserted: 'Giao Văn phòng Đảng ủy theo dõi, đôn đốc thực hiện.',
      anchor: { part: 'body-new' },
    });
    expect(report.unplaced).toHaveLength(1);
    expect(report.unplaced[0]).toMatchObject({ inserted: ' 15', state: 'unplaced', anchor: { part: 'none' } });
    expect(report.unplaced[0]?.place).toContain('ngày tháng');
  });

  it('adds nothing twice when the same file is imported again', async () => {
    const again = await call(h.ctx, 'importWordReview', {
      id,
      fileName: 'gop-y-tran-van-b.docx',
      base64: Buffer.from(reviewed).toString('base64'),
    });
    expect(again.suggestions).toEqual([]);
    expect(again.comments).toEqual([]);
    expect(again.alreadyImported).toBe(report.suggestions.length + report.unplaced.length + 2);
    const threads = await call(h.ctx, 'listComments', { documentId: id });
    expect(threads.threads).toHaveLength(1);
    expect(threads.threads[0]?.replies).toHaveLength(1);
  });

  it('rejects one, accepts the rest, and the structured draft changes (the value is read again)', async () => {
    const date = report.unplaced[0];
    expect(date).toBeDefined();
    const minh = report.suggestions.find((s) => s.deleted === 'Minh');
    const manh = report.suggestions.find((s) => s.inserted === 'Mạnh');
    const rejected = await call(h.ctx, 'decideSuggestions', { id, decision: 'reject', suggestions: [minh?.id, manh?.id] });
    expect(rejected.decided.map((s) => s.state)).toEqual(['rejected', 'rejected']);
    expect((await refused(h.ctx, 'decideSuggestions', { id, decision: 'accept', suggestions: [date?.id] })).message).toContain(
      'không đặt được',
    );
    const outcome = await call(h.ctx, 'decideSuggestions', { id, decision: 'accept', all: true });
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.decided).toHaveLength(report.suggestions.length - 2);
    const doc = (await call(h.ctx, 'getDocument', { id })).content;
    const all = doc.body.map((_, i) => text(doc, i));
    expect(all.find((t) => t.startsWith('Nghị quyết này được'))).toBe(
      'Nghị quyết này được SỬA ĐỔI biến đến cán bộ, đảng viên và Nhân dân trong toàn Đảng bộ.',
    );
    expect(all[all.length - 1]).toBe('Giao Văn phòng Đảng ủy theo dõi, đôn đốc thực hiện.');
    expect(all.find((t) => t.startsWith('Một số chỉ tiêu'))).toBe('Một số chỉ tiêu chưa đạt Nghị quyết đề ra: .');
    expect(all.find((t) => t.startsWith('Kết quả thực hiện'))).toContain('1 cần đánh giá (Tỷ lệ dân số tham gia bảo hiểm y tế)');
    const last = doc.body.find((b) => b.type === 'paragraph' && text(doc, doc.body.indexOf(b)).startsWith('Nghị quyết này'));
    expect(last && 'runs' in last ? last.runs.find((r) => r.type === 'text' && r.text === 'Nhân dân') : null).toMatchObject({ bold: true });
    expect(find(doc.targets, 'Thu ngân sách nhà nước trên địa bàn')?.value).toEqual({
      written: '90',
      parsed: expect.objectContaining({ kind: 'exact', value: 90 }),
    });
    expect(find(doc.targets, 'Tỷ lệ hộ nghèo đa chiều')).toBeDefined();
    expect(doc.recipients.lines[2]?.text).toBe('Các chi bộ trực thuộc Đảng bộ');
    expect(doc.signature.name).toBe('Trần Văn Minh');
    const versions = await call(h.ctx, 'listVersions', { id });
    expect(versions[versions.length - 1]).toMatchObject({
      createdBy: 'Chuyên viên thử',
      reason: 'Chấp nhận 10 góp ý từ Word (Trần Văn B, Lê Thị C)',
    });
    const listed = await call(h.ctx, 'listSuggestions', { id });
    expect(listed.filter((s) => s.state === 'open')).toEqual([]);
    expect(listed.find((s) => s.state === 'accepted')).toMatchObject({ decidedBy: 'Chuyên viên thử' });
  });

  it('adds nothing twice either when the same file comes back after the changes were accepted', async () => {
    const before = await call(h.ctx, 'listSuggestions', { id });
    const again = await call(h.ctx, 'importWordReview', {
      id,
      fileName: 'gop-y-tran-van-b.docx',
      base64: Buffer.from(reviewed).toString('base64'),
    });
    expect(again).toMatchObject({ comments: [], suggestions: [], unplaced: [] });
    expect(again.alreadyImported).toBe(report.suggestions.length + report.unplaced.length + 2);
    expect(await call(h.ctx, 'listSuggestions', { id })).toEqual(before);
    expect((await call(h.ctx, 'listComments', { documentId: id })).threads).toHaveLength(1);
  });
});
