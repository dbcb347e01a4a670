import { describe, expect, it } from 'vitest';
import { importResolution } from '../../../electron/import/index.ts';
import { findImportDuplicate } from '../../../electron/services/importDuplicates.ts';
import { saveImported } from '../../../electron/services/importService.ts';
import { getDocument, listDocuments, saveOrganization } from '../../../electron/store/index.ts';
import { ducTrongOrg, memoryStore, must } from '../store/kit.ts';
import { resolutionText } from './helpers/texts.ts';

/** Importing the same document twice never makes a second copy (issue 12; issue 16 item 9). */

const report = (text: string) => {
  const r = importResolution(new TextEncoder().encode(text), { fallbackYear: 2022 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

function freshStore() {
  const store = memoryStore();
  must(saveOrganization(store.db, { ...ducTrongOrg, id: 'HU-DT' }));
  return store;
}

describe('importing a document already stored', () => {
  it('an issued document (same kind, number and date) is linked, not stored twice', () => {
    const store = freshStore();
    const issued = report(resolutionText());
    expect(issued.status).toBe('ban-hanh');
    const first = saveImported(store.db, { orgId: 'HU-DT', report: issued, who: 'test', fileName: 'nq04.docx' });
    expect(first.ok && first.value.outcome).toBe('created');
    // The same resolution again, as another file with a corrected body: still the same document.
    const again = report(resolutionText({ body: 'I. MỤC TIÊU\n\n1. Phát triển kinh tế nhanh, bền vững, toàn diện.' }));
    const second = saveImported(store.db, { orgId: 'HU-DT', report: again, who: 'test', fileName: 'nq04.pdf' });
    expect(second.ok && second.value.outcome).toBe('linked');
    expect(second.ok && first.ok && second.value.document.id).toBe(first.ok ? first.value.document.id : -1);
    const all = listDocuments(store.db, { orgId: 'HU-DT' });
    expect(all.ok && all.value).toHaveLength(1);
    store.close();
  });

  it('a draft with a blank number (a signed PDF’s text) is found by its text and updated in place', () => {
    const store = freshStore();
    const text = resolutionText({ header: 'HUYỆN ỦY ĐỨC TRỌNG\n*\nSố -NQ/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐức Trọng, ngày tháng 12 năm 2021' });
    const draft = report(text);
    expect(draft.status).toBe('du-thao');
    const first = saveImported(store.db, { orgId: 'HU-DT', report: draft, who: 'test', fileName: 'a.txt' });
    const dup = findImportDuplicate(store.db, 'HU-DT', draft.model);
    expect(dup.ok && dup.value).toMatchObject({ why: 'text', status: 'du-thao' });
    const second = saveImported(store.db, { orgId: 'HU-DT', report: draft, who: 'test', fileName: 'a.pdf' });
    expect(second.ok && second.value.outcome).toBe('updated');
    const all = listDocuments(store.db, { orgId: 'HU-DT' });
    expect(all.ok && all.value).toHaveLength(1);
    // Asked for explicitly, a second draft may still be made.
    const third = saveImported(store.db, { orgId: 'HU-DT', report: draft, who: 'test', fileName: 'b.txt', asNew: true });
    expect(third.ok && third.value.outcome).toBe('created');
    expect(first.ok && getDocument(store.db, first.value.document.id).ok).toBe(true);
    store.close();
  });

  it('a different document of the same body is not taken for a duplicate', () => {
    const store = freshStore();
    saveImported(store.db, { orgId: 'HU-DT', report: report(resolutionText()), who: 'test', fileName: 'a.txt' });
    const other = report(
      resolutionText({ header: 'HUYỆN ỦY ĐỨC TRỌNG\n*\nSố 05-NQ/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐức Trọng, ngày 20 tháng 12 năm 2021' }),
    );
    const saved = saveImported(store.db, { orgId: 'HU-DT', report: other, who: 'test', fileName: 'b.txt' });
    expect(saved.ok && saved.value.outcome).toBe('created');
    store.close();
  });
});
