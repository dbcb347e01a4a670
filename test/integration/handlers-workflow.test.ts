import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, openHarness, refused, type Harness } from './handlersKit.ts';

/** The review, issue, version and register verbs, wired through the dispatcher to their services. */
let h: Harness;
beforeAll(() => {
  h = openHarness('soan-nq-handlers-workflow-');
});
afterAll(() => h.close());

const ORG = 'DU-HIEP-THANH';

describe('review and issue through the contract', () => {
  it('submits, returns (reason required), resubmits, approves and issues a draft; the history lists each step', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: ORG, year: 2027 });
    // Values and sections left to write: submitting is refused, or goes with a written reason, recorded.
    const unfilled = await refused(h.ctx, 'submitForReview', { id: draft.id });
    expect(unfilled.message).toMatch(/^Dự thảo còn \d+ chỗ chưa điền/);
    expect(unfilled.details).toContain('Nội dung, đoạn 8: Chưa điền nội dung: còn "[… Nêu mục tiêu tổng quát năm 2027]".');
    expect(unfilled.details?.join('\n')).not.toMatch(/body\[|targets\[/u);
    const overrideReason = 'Xin ý kiến trước khi có số liệu';
    const submitted = await call(h.ctx, 'submitForReview', { id: draft.id, expectedVersion: draft.version, overrideReason });
    expect(submitted.status).toBe('trinh-duyet');
    expect((await refused(h.ctx, 'returnDraft', { id: draft.id })).details?.join('\n')).toMatch(/Trả lại dự thảo phải ghi lý do/);
    const returned = await call(h.ctx, 'returnDraft', { id: draft.id, why: 'Bổ sung chỉ tiêu môi trường' });
    expect(returned.status).toBe('tra-lai');
    await call(h.ctx, 'submitForReview', { id: draft.id, overrideReason });
    await call(h.ctx, 'approveDocument', { id: draft.id, overrideReason });
    const issued = await call(h.ctx, 'issueDocument', { id: draft.id, date: '2026-12-15', overrideReason });
    expect(issued.status).toBe('ban-hanh');
    expect(issued.numberSeq).toBeGreaterThan(0);

    const history = await call(h.ctx, 'documentHistory', { id: draft.id });
    expect(history.map((e) => e.to)).toEqual(['du-thao', 'trinh-duyet', 'tra-lai', 'trinh-duyet', 'da-duyet', 'ban-hanh']);
    expect(history.every((e) => e.who === 'Chuyên viên thử' || e.kind === 'tao')).toBe(true);
    expect(history[1]?.reason).toMatch(/^Trình khi còn \d+ chỗ chưa điền, lý do: Xin ý kiến trước khi có số liệu$/);
  });

  it('lists terms and the number register, and exports the register for download (csv)', async () => {
    const terms = await call(h.ctx, 'listTerms', { orgId: ORG });
    expect(terms.map((t) => t.ordinal)).toEqual(['I']);
    const register = await call(h.ctx, 'listRegister', { orgId: ORG, termId: terms[0]?.id });
    expect(register.entries.length).toBeGreaterThanOrEqual(1);
    const csv = await call(h.ctx, 'exportRegister', { orgId: ORG, termId: terms[0]?.id, format: 'csv' });
    expect(csv.kind).toBe('download');
    if (csv.kind === 'download') {
      expect(csv.fileName).toMatch(/^So-dang-ky-NQ-.*\.csv$/);
      expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toContain('Số, ký hiệu');
    }
  });
});

describe('versions through the contract', () => {
  it('keeps a named version, lists and opens versions, compares two and exports the comparison', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: 'HU-DUC-TRONG', year: 2023 });
    const edited = { ...draft.content, title: { ...draft.content.title, summary: 'về nhiệm vụ năm 2023 (bản sửa)' } };
    const kept = await call(h.ctx, 'saveVersion', { id: draft.id, why: 'Bản gửi xin ý kiến', content: edited });
    expect(kept.version).toBe(2);
    const versions = await call(h.ctx, 'listVersions', { id: draft.id });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const first = await call(h.ctx, 'getVersion', { id: draft.id, version: 1 });
    expect(first.content.title.summary).toBe(draft.content.title.summary);
    const compared = await call(h.ctx, 'compareVersions', { id: draft.id, from: 1, to: 2 });
    expect(compared.comparison.summary.same).toBe(false);
    expect(compared.comparison.fields.some((f) => f.path.includes('summary'))).toBe(true);
    const diff = await call(h.ctx, 'exportVersionDiff', { id: draft.id, from: 1, to: 2 });
    expect(diff.kind).toBe('download');
    if (diff.kind === 'download') {
      expect(diff.fileName).toMatch(/^[A-Za-z0-9.-]+\.docx$/);
      const zip = await JSZip.loadAsync(Buffer.from(diff.base64, 'base64'));
      expect(zip.file('word/document.xml')).not.toBeNull();
    }
    const restored = await call(h.ctx, 'restoreVersion', { id: draft.id, version: 1 });
    expect(restored.content.title.summary).toBe(draft.content.title.summary);
  });
});
