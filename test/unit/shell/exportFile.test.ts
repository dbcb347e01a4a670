import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../electron/services/exportFile.ts';
import { draft, fixture } from '../store/kit.ts';

describe('exportFileName', () => {
  it('names an issued resolution by its number, ASCII without spaces', () => {
    expect(exportFileName(fixture('duc-trong-2022-nq04-hu'))).toBe('Nghi-quyet-04-NQ-HU-2022.docx');
    expect(exportFileName(fixture('nhon-trach-2024-nq09-hu'))).toBe('Nghi-quyet-09-NQ-HU-2024.docx');
  });

  it('names a draft by its round', () => {
    expect(exportFileName(draft(2023))).toBe('Du-thao-lan-1-NQ-HU-2023.docx');
    const noRound = draft(2023, (d) => {
      d.marks = { draftRound: null };
    });
    expect(exportFileName(noRound)).toBe('Du-thao-NQ-HU-2023.docx');
  });

  it('folds Vietnamese letters (Đ) in the codes', () => {
    const xa = draft(2026, (d) => {
      d.header.number = { seq: 12, typeCode: 'NQ', issuerCode: 'ĐU' };
      d.header.date = '2025-12-20';
    });
    const name = exportFileName(xa);
    expect(name).toBe('Nghi-quyet-12-NQ-DU-2026.docx');
    expect(name).toMatch(/^[A-Za-z0-9.-]+$/);
  });
});
