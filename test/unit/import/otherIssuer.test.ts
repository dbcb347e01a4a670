import { describe, expect, it } from 'vitest';
import { previewImport, saveReviewedImport } from '../../../electron/services/importReview.ts';
import { listDocuments, saveOrganization } from '../../../electron/store/index.ts';
import { ducTrongOrg, memoryStore, must, nhonTrachOrg } from '../store/kit.ts';
import { importText, resolutionText } from './helpers/texts.ts';

/**
 * A document another body issued (its header names another Huyện ủy, Tỉnh ủy, Đảng ủy) is not
 * stored under the chosen body without the user's confirmation: OTHER_ISSUER, naming both bodies.
 */

function twoBodies() {
  const store = memoryStore();
  must(saveOrganization(store.db, ducTrongOrg));
  must(saveOrganization(store.db, nhonTrachOrg));
  return store;
}

const save = (db: ReturnType<typeof twoBodies>['db'], orgId: string, otherIssuer?: boolean) =>
  saveReviewedImport(db, {
    orgId,
    fileName: 'nq04.txt',
    content: importText(resolutionText()).model,
    links: [],
    who: 'Phạm Thị Thư',
    ...(otherIssuer === undefined ? {} : { otherIssuer }),
  });

describe('importing a document of another issuing body', () => {
  it('is refused with OTHER_ISSUER naming both bodies, and nothing is stored', () => {
    const store = twoBodies();
    const r = save(store.db, nhonTrachOrg.id);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('OTHER_ISSUER');
    expect(r.error.message).toContain('HUYỆN ỦY ĐỨC TRỌNG');
    expect(r.error.message).toContain('HUYỆN ỦY NHƠN TRẠCH');
    const stored = listDocuments(store.db, { orgId: nhonTrachOrg.id });
    expect(stored.ok && stored.value).toHaveLength(0);
    store.close();
  });

  it('is stored under the chosen body once confirmed', () => {
    const store = twoBodies();
    const r = save(store.db, nhonTrachOrg.id, true);
    expect(r.ok && r.value.orgId).toBe(nhonTrachOrg.id);
    store.close();
  });

  it('the body’s own document is stored without asking, whatever the tone placement and line breaks', () => {
    const store = twoBodies();
    must(saveOrganization(store.db, { ...ducTrongOrg, name: 'HUYỆN UỶ ĐỨC TRỌNG' }));
    expect(save(store.db, ducTrongOrg.id).ok).toBe(true);
    store.close();
  });

  it('the preview says so before anything is asked', async () => {
    const store = twoBodies();
    const base64 = Buffer.from(resolutionText(), 'utf8').toString('base64');
    const other = await previewImport(store.db, { fileName: 'nq04.txt', base64, orgId: nhonTrachOrg.id });
    expect(other.ok && other.value.otherIssuer).toEqual({ read: 'HUYỆN ỦY ĐỨC TRỌNG', chosen: 'HUYỆN ỦY NHƠN TRẠCH' });
    const own = await previewImport(store.db, { fileName: 'nq04.txt', base64, orgId: ducTrongOrg.id });
    expect(own.ok && own.value.otherIssuer).toBeNull();
    store.close();
  });
});
