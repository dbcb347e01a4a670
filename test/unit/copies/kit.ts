import type { Store } from '../../../electron/store/connection.ts';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import { createRecipientList } from '../../../electron/store/recipientLists.ts';
import { saveSigner } from '../../../electron/store/signers.ts';
import { addTerm } from '../../../electron/store/terms.ts';
import { draft, fixture, must, seededStore } from '../store/kit.ts';

export { must } from '../store/kit.ts';

/**
 * Đức Trọng with two terms (khóa XII to 31/7/2020, khóa XIII from 01/8/2020), its Bí thư and the
 * office's deputy, the 2022 resolution issued (#1) and a 2023 draft (#2); Nhơn Trạch with one term.
 */
export function copiesStore(): { store: Store; issuedId: number; draftId: number; terms: { xii: number; xiii: number } } {
  const store = seededStore();
  const { db } = store;
  const xii = must(
    addTerm(db, { orgId: 'HU-DUC-TRONG', ordinal: 'XII', startYear: 2015, endYear: 2020, startDate: '2015-08-01', endDate: '2020-08-01' }),
  ).id;
  const xiii = must(
    addTerm(db, { orgId: 'HU-DUC-TRONG', ordinal: 'XIII', startYear: 2020, endYear: 2025, startDate: '2020-08-01', endDate: '2025-06-30' }),
  ).id;
  must(addTerm(db, { orgId: 'HU-NHON-TRACH', ordinal: 'VI', startYear: 2020, endYear: 2025, startDate: '2020-08-01' }));
  must(
    saveSigner(db, {
      orgId: 'HU-DUC-TRONG',
      name: 'Nguyễn Ngọc Phúc',
      title: 'BÍ THƯ',
      authority: 'T/M',
      authorityOf: 'HUYỆN ỦY',
      position: 0,
    }),
  );
  must(
    saveSigner(db, {
      orgId: 'HU-DUC-TRONG',
      name: 'Lê Văn Hùng',
      title: 'PHÓ CHÁNH VĂN PHÒNG',
      authority: 'K/T',
      authorityOf: 'CHÁNH VĂN PHÒNG',
      position: 1,
    }),
  );
  must(
    createRecipientList(db, { orgId: 'HU-DUC-TRONG', name: 'Nơi nhận nghị quyết năm 2022', lines: [{ text: 'Ban Thường vụ Tỉnh ủy' }] }),
  );
  const issuedId = must(
    saveDocument(db, {
      orgId: 'HU-DUC-TRONG',
      content: fixture('duc-trong-2022-nq04-hu'),
      status: 'ban-hanh',
      who: 'Văn thư',
      why: 'Ban hành',
    }),
  ).id;
  const draftId = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who: 'Chuyên viên', why: 'Dự thảo' })).id;
  return { store, issuedId, draftId, terms: { xii, xiii } };
}
