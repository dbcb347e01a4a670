import { describe, expect, it } from 'vitest';
import {
  canChangeStatus,
  documentStatuses,
  draftRoundAfter,
  nextStatuses,
  type DocumentStatus,
} from '../../../electron/contract/model/status.ts';
import { markLines } from '../../../electron/format/printed.ts';
import { findProfile } from '../../../electron/format/profiles/index.ts';
import { issueDocument } from '../../../electron/services/register.ts';
import { approveDocument, documentHistory, returnDraft, submitForReview } from '../../../electron/services/workflow.ts';
import type { Db } from '../../../electron/store/db.ts';
import { saveDocument, setDocumentStatus } from '../../../electron/services/documentSave.ts';
import { getDocument } from '../../../electron/store/documents.ts';
import { listAudit } from '../../../electron/store/audit.ts';
import { must } from '../store/kit.ts';
import { approved, chief, clerk, newDraft, secretary, workflowStore } from './kit.ts';

const allowed: Record<DocumentStatus, DocumentStatus[]> = {
  'du-thao': ['trinh-duyet'],
  'trinh-duyet': ['tra-lai', 'da-duyet'],
  'tra-lai': ['trinh-duyet'],
  // An approved draft can be sent back until it is issued (issue 14).
  'da-duyet': ['tra-lai', 'ban-hanh'],
  'ban-hanh': [],
};
const pairs = documentStatuses.flatMap((from) => documentStatuses.filter((to) => to !== from).map((to) => [from, to] as const));

/** A document of Đức Trọng in `status`, reached by the workflow itself. */
function documentIn(db: Db, status: DocumentStatus): number {
  const { id } = newDraft(db);
  if (status === 'du-thao') return id;
  must(submitForReview(db, { id, who: secretary }));
  if (status === 'trinh-duyet') return id;
  if (status === 'tra-lai') return must(returnDraft(db, { id, who: chief, why: 'Bổ sung chỉ tiêu' })).id;
  must(approveDocument(db, { id, who: chief }));
  if (status === 'da-duyet') return id;
  return must(issueDocument(db, { id, who: clerk, date: '2025-12-10' })).id;
}

describe('the transition table', () => {
  it.each(pairs)('%s -> %s', (from, to) => {
    expect(canChangeStatus(from, to)).toBe(allowed[from].includes(to));
  });

  it('lists exactly the allowed next statuses; staying put is no change', () => {
    for (const s of documentStatuses) {
      expect([...nextStatuses(s)].sort()).toEqual([...allowed[s]].sort());
      expect(canChangeStatus(s, s)).toBe(true);
    }
  });
});

describe('changing status in the store', () => {
  it.each(pairs)('%s -> %s is done only when the workflow allows it (issuing only through the register)', (from, to) => {
    const { db } = workflowStore();
    const id = documentIn(db, from);
    const before = must(getDocument(db, id));
    const changed = setDocumentStatus(db, { id, status: to, who: chief, why: 'Thử chuyển' });
    if (allowed[from].includes(to) && to !== 'ban-hanh') {
      expect(changed).toMatchObject({ ok: true, value: { status: to, version: before.version + 1 } });
    } else {
      expect(changed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(must(getDocument(db, id)).version).toBe(before.version);
    }
    // Only an approved document can be issued (and only by issueDocument).
    const now = must(getDocument(db, id)).status;
    expect(issueDocument(db, { id, who: clerk, date: '2025-12-11' }).ok).toBe(now === 'da-duyet');
  });

  it('requires a reason to return a draft, and records who, when and why of every step', () => {
    const { db } = workflowStore();
    const { id } = newDraft(db);
    must(submitForReview(db, { id, who: secretary }));
    // The request's schema asks for the reason ("Trả lại dự thảo phải ghi lý do", handlers-workflow.test.ts); the service refuses an empty one.
    expect(returnDraft(db, { id, who: chief, why: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    must(returnDraft(db, { id, who: chief, why: 'Số liệu thu ngân sách chưa khớp báo cáo' }));
    const audit = must(listAudit(db, { documentId: id }));
    expect(audit.at(-1)).toMatchObject({
      action: 'trang-thai',
      who: chief,
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      detail: { reason: 'Số liệu thu ngân sách chưa khớp báo cáo', fromStatus: 'trinh-duyet', toStatus: 'tra-lai' },
    });
  });

  it('refuses to submit someone else’s older version', () => {
    const { db } = workflowStore();
    const doc = newDraft(db);
    must(saveDocument(db, { id: doc.id, content: { ...doc.content, planYear: 2027 }, who: secretary, why: 'Sửa năm' }));
    expect(submitForReview(db, { id: doc.id, who: secretary, expectedVersion: doc.version })).toMatchObject({ ok: false });
  });
});

describe('content while in review', () => {
  it('is editable in Dự thảo and Trả lại, read-only in Trình duyệt and Đã duyệt, frozen once issued', () => {
    const { db } = workflowStore();
    const edit = (id: number) => {
      const doc = must(getDocument(db, id));
      return saveDocument(db, {
        id,
        content: { ...doc.content, title: { ...doc.content.title, summary: `${doc.content.title.summary} (sửa)` } },
        who: secretary,
        why: 'Sửa trích yếu',
      });
    };
    expect(edit(documentIn(db, 'du-thao')).ok).toBe(true);
    expect(edit(documentIn(db, 'tra-lai')).ok).toBe(true);
    for (const status of ['trinh-duyet', 'da-duyet'] as const) {
      const refused = edit(documentIn(db, status));
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!refused.ok) expect(refused.error.message).toMatch(/chỉ được xem, không sửa được nội dung/);
    }
    const frozen = edit(documentIn(db, 'ban-hanh'));
    expect(frozen).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!frozen.ok) expect(frozen.error.message).toMatch(/đã ban hành/);
  });
});

describe('"Dự thảo lần N"', () => {
  it('follows the rule: 1 on creation and first submission, +1 on each resubmission after a return, none once issued', () => {
    expect(draftRoundAfter('du-thao', 'trinh-duyet', null)).toBe(1);
    expect(draftRoundAfter('du-thao', 'trinh-duyet', 1)).toBe(1);
    expect(draftRoundAfter('tra-lai', 'trinh-duyet', 1)).toBe(2);
    expect(draftRoundAfter('tra-lai', 'trinh-duyet', null)).toBe(2);
    expect(draftRoundAfter('trinh-duyet', 'tra-lai', 2)).toBe(2);
    expect(draftRoundAfter('trinh-duyet', 'da-duyet', 2)).toBe(2);
    expect(draftRoundAfter('da-duyet', 'ban-hanh', 2)).toBeNull();
  });

  it('goes up with each revised submission, prints on drafts and disappears when issued', () => {
    const { db } = workflowStore();
    const profile = findProfile('hd36-2018');
    if (!profile) throw new Error('thiếu thể thức');
    const printed = (id: number) => markLines(must(getDocument(db, id)).content.marks, profile).map((l) => l.text);
    const { id } = newDraft(db);
    const round = (): number | null => must(getDocument(db, id)).content.marks.draftRound;
    expect(round()).toBe(1);
    must(submitForReview(db, { id, who: secretary }));
    expect(round()).toBe(1);
    must(returnDraft(db, { id, who: chief, why: 'Viết lại mục tiêu' }));
    const doc = must(getDocument(db, id));
    must(saveDocument(db, { id, content: { ...doc.content, planYear: 2026 }, forceVersion: true, who: secretary, why: 'Sửa theo ý kiến' }));
    must(submitForReview(db, { id, who: secretary }));
    expect(round()).toBe(2);
    expect(printed(id)).toContain('Dự thảo lần 2');
    must(returnDraft(db, { id, who: chief, why: 'Còn thiếu' }));
    must(submitForReview(db, { id, who: secretary }));
    expect(round()).toBe(3);
    must(approveDocument(db, { id, who: chief }));
    expect(round()).toBe(3);
    must(issueDocument(db, { id, who: clerk, date: '2025-12-10' }));
    expect(round()).toBeNull();
    expect(printed(id).some((t) => t.startsWith('Dự thảo'))).toBe(false);
  });
});

describe('saving and submitting at once', () => {
  it('applies the same draft-round rule as a change of status', () => {
    const { db } = workflowStore();
    const { id } = newDraft(db);
    must(submitForReview(db, { id, who: secretary }));
    must(returnDraft(db, { id, who: chief, why: 'Sửa' }));
    const doc = must(getDocument(db, id));
    const resubmitted = must(
      saveDocument(db, {
        id,
        content: { ...doc.content, planYear: 2027 },
        status: 'trinh-duyet',
        who: secretary,
        why: 'Sửa xong, trình lại',
      }),
    );
    expect(resubmitted).toMatchObject({ status: 'trinh-duyet', planYear: 2027 });
    expect(resubmitted.content.marks.draftRound).toBe(2);
  });
});

describe('documentHistory', () => {
  it('gives the status history with who, when, why, round and number', () => {
    const { db } = workflowStore();
    const { id } = newDraft(db);
    must(submitForReview(db, { id, who: secretary, why: 'Trình lần đầu' }));
    must(returnDraft(db, { id, who: chief, why: 'Bổ sung giải pháp' }));
    must(submitForReview(db, { id, who: secretary }));
    must(approveDocument(db, { id, who: chief, why: 'Đồng ý' }));
    must(issueDocument(db, { id, who: clerk, date: '2025-12-10' }));
    const history = must(documentHistory(db, id));
    expect(history.map((e) => [e.from, e.to, e.who, e.draftRound])).toEqual([
      [null, 'du-thao', secretary, 1],
      ['du-thao', 'trinh-duyet', secretary, 1],
      ['trinh-duyet', 'tra-lai', chief, 1],
      ['tra-lai', 'trinh-duyet', secretary, 2],
      ['trinh-duyet', 'da-duyet', chief, 2],
      ['da-duyet', 'ban-hanh', clerk, null],
    ]);
    expect(history[2]?.reason).toBe('Bổ sung giải pháp');
    expect(history[5]).toMatchObject({ number: '01-NQ/HU', reason: 'Ban hành: số 01-NQ/HU, ngày 10/12/2025' });
    expect(history.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(documentHistory(db, 9999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(approved(db).status).toBe('da-duyet');
  });
});
