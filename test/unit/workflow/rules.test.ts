import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../../electron/contract/model/index.ts';
import { documentStatuses, type DocumentStatus } from '../../../electron/contract/model/status.ts';
import {
  amendable,
  anchorsInPlace,
  contentEditable,
  deletable,
  issuable,
  planSave,
  reviewImportable,
  planStatusChange,
  sameVersion,
  signedChange,
  transition,
  type Current,
} from '../../../electron/services/workflowRules.ts';
import { draft } from '../store/kit.ts';

/** The workflow's rules as pure functions: no database, only the stored document and the request. */

const withRound = (content: Resolution, draftRound: number | null): Resolution => ({ ...content, marks: { ...content.marks, draftRound } });
const stored = (status: DocumentStatus, content: Resolution = draft(2026), version = 3): Current & { json: string } => ({
  id: 7,
  version,
  status,
  content,
  json: JSON.stringify(content),
});
const changed = (content: Resolution): Resolution => ({ ...content, planYear: content.planYear + 1 });

const allowed: Record<DocumentStatus, readonly DocumentStatus[]> = {
  'du-thao': ['trinh-duyet'],
  'trinh-duyet': ['tra-lai', 'da-duyet'],
  'tra-lai': ['trinh-duyet'],
  'da-duyet': ['tra-lai'],
  'ban-hanh': [],
};
const pairs = documentStatuses.flatMap((from) => documentStatuses.map((to) => [from, to] as const));

describe('transitions', () => {
  it.each(pairs)('%s -> %s: allowed by the table, issuing only through the register', (from, to) => {
    const rule = transition(from, to);
    expect(rule.ok).toBe(from === to || allowed[from].includes(to));
    if (!rule.ok && to === 'ban-hanh' && from === 'da-duyet') {
      expect(rule.error.message).toBe('Văn bản chỉ được ban hành qua sổ đăng ký số văn bản (Ban hành: cấp số, ghi ngày ban hành).');
    }
  });

  it('names both statuses when the table refuses', () => {
    expect(transition('du-thao', 'da-duyet')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Không chuyển được văn bản từ "Dự thảo" sang "Đã duyệt".' },
    });
  });

  it('a change of status alone: the next draft round, nothing to write when the status stays', () => {
    const returned = stored('tra-lai', withRound(draft(2026), 1));
    expect(planStatusChange(returned, { status: 'trinh-duyet' })).toMatchObject({
      ok: true,
      value: { write: true, status: 'trinh-duyet', content: { marks: { draftRound: 2 } } },
    });
    expect(planStatusChange(stored('du-thao', withRound(draft(2026), null)), { status: 'trinh-duyet' })).toMatchObject({
      value: { content: { marks: { draftRound: 1 } } },
    });
    expect(planStatusChange(stored('trinh-duyet'), { status: 'trinh-duyet' })).toEqual({ ok: true, value: { write: false } });
    expect(planStatusChange(stored('ban-hanh'), { status: 'du-thao' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(planStatusChange(stored('trinh-duyet'), { status: 'da-duyet', expectedVersion: 2 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

describe('versions and signatures', () => {
  it('refuses a change based on an older version with CONFLICT and both numbers; no expected version is no check', () => {
    expect(sameVersion({ version: 4 }, 4).ok).toBe(true);
    expect(sameVersion({ version: 4 }, undefined).ok).toBe(true);
    expect(sameVersion({ version: 4 }, 3)).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Văn bản đã được lưu ở nơi khác (phiên bản 4, bạn đang sửa phiên bản 3). Hãy mở lại văn bản rồi sửa tiếp.',
      },
    });
  });

  it('asks who did a change, and why when a reason is given empty', () => {
    expect(signedChange({ who: 'Văn thư', why: 'Sửa' }).ok).toBe(true);
    expect(signedChange({ who: 'Văn thư' }).ok).toBe(true);
    expect(signedChange({ who: '  ', why: 'Sửa' })).toMatchObject({ ok: false, error: { message: 'Thiếu người thực hiện' } });
    expect(signedChange({ who: 'Văn thư', why: ' ' })).toMatchObject({ ok: false, error: { message: 'Thiếu lý do thay đổi' } });
  });
});

describe('content frozen once out of the secretary’s hands', () => {
  it.each(documentStatuses)('%s', (status) => {
    const rule = contentEditable(status);
    expect(rule.ok).toBe(status === 'du-thao' || status === 'tra-lai');
    if (status === 'ban-hanh' && !rule.ok) expect(rule.error.message).toContain('Văn bản đã ban hành được giữ nguyên');
  });

  it('a save that changes content is refused outside Dự thảo and Trả lại; unchanged content passes as nothing to write', () => {
    for (const status of documentStatuses) {
      const current = stored(status);
      const edit = planSave(current, { content: changed(current.content) });
      expect(edit.ok).toBe(status === 'du-thao' || status === 'tra-lai');
      expect(planSave(current, { content: current.content })).toEqual({ ok: true, value: { write: false } });
    }
  });

  it('issue takes an approved document; amend an issued one that changes; the bin takes any but an issued one', () => {
    expect(issuable({ id: 7, status: 'da-duyet' }).ok).toBe(true);
    expect(issuable({ id: 7, status: 'trinh-duyet' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('#7') } });
    expect(amendable({ status: 'ban-hanh' }, true).ok).toBe(true);
    expect(amendable({ status: 'ban-hanh' }, false)).toMatchObject({
      ok: false,
      error: { message: 'Nội dung không thay đổi so với bản đã ban hành.' },
    });
    expect(amendable({ status: 'da-duyet' }, true)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    for (const status of documentStatuses) expect(deletable({ id: 7, status }).ok).toBe(status !== 'ban-hanh');
    for (const status of documentStatuses) expect(reviewImportable(status).ok).toBe(status !== 'ban-hanh');
  });

  it('a comment anchor: with the next save while editable, in place while under review, none on an issued document', () => {
    expect(documentStatuses.map((status) => anchorsInPlace(status))).toEqual([
      { ok: true, value: false },
      { ok: true, value: true },
      { ok: true, value: false },
      { ok: true, value: true },
      {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: 'Văn bản đã ban hành được giữ nguyên như khi ban hành: không đánh dấu thêm đoạn góp ý vào nội dung được.',
        },
      },
    ]);
  });
});

describe('what a save writes', () => {
  it('saved and submitted at once: the draft round follows the status change, and the content is editable in the old status', () => {
    const current = stored('tra-lai', withRound(draft(2026), 2));
    const plan = planSave(current, { content: changed(current.content), status: 'trinh-duyet' });
    expect(plan).toMatchObject({ ok: true, value: { write: true, status: 'trinh-duyet', content: { marks: { draftRound: 3 } } } });
    if (plan.ok && plan.value.write) expect(JSON.parse(plan.value.json)).toEqual(plan.value.content);
  });

  it('"Lưu phiên bản" keeps a version of unchanged content; an autosave is marked; neither with a status change', () => {
    const current = stored('du-thao');
    expect(planSave(current, { content: current.content, forceVersion: true })).toMatchObject({
      value: { write: true, action: 'phien-ban', status: 'du-thao' },
    });
    expect(planSave(current, { content: changed(current.content), autosave: true })).toMatchObject({ value: { autosave: true } });
    const submitted = planSave(current, { content: current.content, status: 'trinh-duyet', forceVersion: true, autosave: true });
    expect(submitted.ok && submitted.value.write && ('action' in submitted.value || 'autosave' in submitted.value)).toBe(false);
  });

  it('checks the version before anything else, then the transition', () => {
    const current = stored('ban-hanh');
    expect(planSave(current, { content: changed(current.content), expectedVersion: 1 })).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(planSave(current, { content: current.content, status: 'du-thao' })).toMatchObject({
      error: { message: 'Không chuyển được văn bản từ "Ban hành" sang "Dự thảo".' },
    });
  });
});
