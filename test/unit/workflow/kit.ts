import type { Resolution, StoredDocument } from '../../../electron/contract/model/index.ts';
import type { Db } from '../../../electron/store/db.ts';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import type { Store } from '../../../electron/store/index.ts';
import { addTerm } from '../../../electron/store/terms.ts';
import { approveDocument, submitForReview } from '../../../electron/services/workflow.ts';
import { draft, must, seededStore } from '../store/kit.ts';

export const secretary = 'Chuyên viên Văn phòng';
export const chief = 'Chánh Văn phòng';
export const clerk = 'Văn thư';

/** Term XII of Huyện ủy Đức Trọng ends, and XIII begins, on 2025-10-20 (the congress). */
export const TERM_XII = {
  orgId: 'HU-DUC-TRONG',
  ordinal: 'XII',
  startYear: 2020,
  endYear: 2025,
  startDate: '2020-10-15',
  endDate: '2025-10-20',
};
export const TERM_XIII = { orgId: 'HU-DUC-TRONG', ordinal: 'XIII', startYear: 2025, endYear: 2030, startDate: '2025-10-20' };

/** The two districts, with Đức Trọng's last two terms. */
export function workflowStore(): Store & { xii: number; xiii: number } {
  const store = seededStore();
  const xii = must(addTerm(store.db, TERM_XII)).id;
  const xiii = must(addTerm(store.db, TERM_XIII)).id;
  return Object.assign(store, { xii, xiii });
}

/** A new draft of Đức Trọng (dự thảo lần 1). */
export function newDraft(db: Db, content: Resolution = draft(2026)): StoredDocument {
  return must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content, who: secretary, why: 'Soạn dự thảo' }));
}

/** A draft taken through review to Đã duyệt. */
export function approved(db: Db, content: Resolution = draft(2026)): StoredDocument {
  const { id } = newDraft(db, content);
  must(submitForReview(db, { id, who: secretary }));
  return must(approveDocument(db, { id, who: chief }));
}
