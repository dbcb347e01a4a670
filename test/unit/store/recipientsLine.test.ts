import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { recipientsLine } from '../../../electron/store/numberRegister.ts';

/** The register's "Nơi nhận" column: one line, "; " between recipients, never ",;" from a document imported as written. */
const doc = JSON.parse(readFileSync(new URL('../../fixtures/duc-trong-2022-nq04-hu.json', import.meta.url), 'utf8')) as Resolution;

describe('the recipients on one line of the register', () => {
  it('drops each line’s own end mark before joining', () => {
    const lines = [
      { text: 'Thường trực Tỉnh ủy (để báo cáo),' },
      { text: 'Các đồng chí Đảng ủy viên;' },
      { text: 'Lưu Văn phòng Đảng ủy.' },
    ];
    expect(recipientsLine({ ...doc, recipients: { ...doc.recipients, lines } })).toBe(
      'Thường trực Tỉnh ủy (để báo cáo); Các đồng chí Đảng ủy viên; Lưu Văn phòng Đảng ủy',
    );
    expect(recipientsLine(doc)).not.toMatch(/[,;.];/u);
  });

  it('keeps a note after its line', () => {
    const lines = [{ text: 'Ban Thường vụ Tỉnh ủy', note: '(để báo cáo),' }, { text: 'Lưu VPHU.' }];
    expect(recipientsLine({ ...doc, recipients: { ...doc.recipients, lines } })).toBe('Ban Thường vụ Tỉnh ủy (để báo cáo); Lưu VPHU');
  });
});
