import { afterEach, describe, expect, it } from 'vitest';
import type { CopyEntry } from '../../../electron/store/copyRegister.ts';
import { listCopies, nextCopyNumber, recordCopy } from '../../../electron/store/index.ts';
import { copyNumberText } from '../../../electron/docx/copyTexts.ts';
import { profile } from '../docx/helpers.ts';
import { copiesStore, must } from './kit.ts';

let close: (() => unknown) | null = null;
afterEach(() => close?.());

function setup() {
  const kit = copiesStore();
  close = kit.store.close;
  const entry = (over: Partial<CopyEntry> = {}): CopyEntry => ({
    orgId: 'HU-DUC-TRONG',
    termId: kit.terms.xiii,
    kind: 'sao-luc',
    documentId: null,
    sourceLabel: 'Nghị quyết số 12-NQ/TU',
    copiedOn: '2022-01-05',
    recipients: [{ text: 'Các chi bộ, đảng bộ trực thuộc' }, { text: 'Lưu Văn phòng' }],
    signer: { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Lê Văn Hùng' },
    who: 'Văn thư',
    ...over,
  });
  return { ...kit, db: kit.store.db, entry };
}

describe('the copy register', () => {
  it('numbers copies from 1 per body and term, whatever their kind', () => {
    const { db, entry, issuedId, terms } = setup();
    expect(must(nextCopyNumber(db, { orgId: 'HU-DUC-TRONG', termId: terms.xiii }))).toBe(1);
    expect(must(recordCopy(db, entry())).seq).toBe(1);
    expect(must(recordCopy(db, entry({ kind: 'sao-y', documentId: issuedId }))).seq).toBe(2);
    expect(must(recordCopy(db, entry({ kind: 'trich-sao', documentId: issuedId }))).seq).toBe(3);
    expect(must(nextCopyNumber(db, { orgId: 'HU-DUC-TRONG', termId: terms.xiii }))).toBe(4);
    expect(must(listCopies(db, { orgId: 'HU-DUC-TRONG', termId: terms.xiii })).map((c) => [c.seq, c.kind])).toEqual([
      [1, 'sao-luc'],
      [2, 'sao-y'],
      [3, 'trich-sao'],
    ]);
  });

  it('keeps each body its own sequence', () => {
    const { db, entry } = setup();
    const nhonTrachTerm = db.prepare<[], number>("SELECT id FROM terms WHERE org_id = 'HU-NHON-TRACH'").pluck().get() ?? 0;
    must(recordCopy(db, entry()));
    must(recordCopy(db, entry()));
    expect(must(recordCopy(db, entry({ orgId: 'HU-NHON-TRACH', termId: nhonTrachTerm }))).seq).toBe(1);
  });

  it('starts again at 01 in a new term', () => {
    const { db, entry, terms } = setup();
    must(recordCopy(db, entry({ termId: terms.xii, copiedOn: '2020-07-20' })));
    must(recordCopy(db, entry({ termId: terms.xii, copiedOn: '2020-07-28' })));
    expect(must(recordCopy(db, entry({ termId: terms.xiii, copiedOn: '2020-08-03' }))).seq).toBe(1);
    expect(must(listCopies(db, { orgId: 'HU-DUC-TRONG', termId: terms.xii })).map((c) => c.seq)).toEqual([1, 2]);
  });

  it('prints the number with a leading zero below 10, no colon, BS and the office code', () => {
    expect(copyNumberText(1, 'VPHU', profile)).toBe('Số 01-BS/VPHU');
    expect(copyNumberText(9, 'VPHU', profile)).toBe('Số 09-BS/VPHU');
    expect(copyNumberText(26, 'VPHU', profile)).toBe('Số 26-BS/VPHU');
    expect(copyNumberText(3, 'VPĐU', profile)).toBe('Số 03-BS/VPĐU');
  });

  it('reads back what it recorded: recipients, signer, who and when', () => {
    const { db, entry } = setup();
    const recorded = must(recordCopy(db, entry()));
    expect(must(listCopies(db, { orgId: 'HU-DUC-TRONG', termId: recorded.termId }))).toEqual([recorded]);
    expect(recorded).toMatchObject({
      sourceLabel: 'Nghị quyết số 12-NQ/TU',
      copiedOn: '2022-01-05',
      createdBy: 'Văn thư',
      documentId: null,
    });
    expect(recorded.signer.name).toBe('Lê Văn Hùng');
    expect(recorded.recipients).toHaveLength(2);
    expect(recorded.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses a number another copy took meanwhile, and a term of another body', () => {
    const { db, entry, terms } = setup();
    must(recordCopy(db, entry()));
    const late = recordCopy(db, entry(), { expectSeq: 1 });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.message).toContain('Số bản sao 1 vừa được cấp');
    const foreign = recordCopy(db, entry({ orgId: 'HU-NHON-TRACH', termId: terms.xiii }));
    expect(foreign.ok).toBe(false);
    if (!foreign.ok) expect(foreign.error.message).toContain('không phải nhiệm kỳ của "HU-NHON-TRACH"');
  });

  it('rolls the row back when the step run inside the transaction fails', () => {
    const { db, entry, terms } = setup();
    const failed = recordCopy(db, entry(), {
      onRecorded: () => {
        throw new Error('đĩa đầy');
      },
    });
    expect(failed.ok).toBe(false);
    expect(must(listCopies(db, { orgId: 'HU-DUC-TRONG', termId: terms.xiii }))).toEqual([]);
    expect(must(recordCopy(db, entry())).seq).toBe(1);
  });
});
