import { describe, expect, it } from 'vitest';
import { versionLabel } from '../../../renderer/panels/versions/compareModel.ts';

describe('the compare pickers', () => {
  it('name each version with its status, person and time (dd/mm/yyyy HH:mm)', () => {
    const at = new Date(2026, 11, 6, 9, 5).toISOString();
    expect(
      versionLabel({ documentId: 1, version: 3, status: 'trinh-duyet', createdBy: 'Nguyễn Văn A', createdAt: at, reason: 'Trình duyệt' }),
    ).toBe('Phiên bản 3 — Trình duyệt — Nguyễn Văn A, 06/12/2026 09:05');
  });
});
