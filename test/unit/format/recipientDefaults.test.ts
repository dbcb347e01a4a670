import { describe, expect, it } from 'vitest';
import type { BodyKind } from '../../../electron/contract/model/parts.ts';
import { printedRecipients } from '../../../electron/format/printed.ts';
import { findProfile } from '../../../electron/format/profiles/index.ts';
import { defaultCopyRecipients, defaultRecipients, storageRecipient } from '../../../electron/format/recipientDefaults.ts';

const body = (name: string, bodyKind: BodyKind, superiorBody: string | null = null, officeName = 'VĂN PHÒNG') => ({
  name,
  bodyKind,
  superiorBody,
  officeName,
});

/** The lines as 05-HD prints them: ";" after each, "." after the last. */
function printed05(lines: ReturnType<typeof defaultRecipients>): string[] {
  const profile = findProfile('hd05-2026');
  if (!profile) throw new Error('Thiếu thể thức hd05-2026');
  return printedRecipients({ punctuation: 'profile', lines }, profile).map((l) => `${l.text}${l.note ? ` ${l.note}` : ''}${l.end}`);
}

describe('the Nơi nhận a body starts with (05-HD 9.2.5)', () => {
  it('a đảng ủy xã: report to the province, members, subordinates, and "Lưu Văn phòng Đảng uỷ." last', () => {
    expect(printed05(defaultRecipients(body('ĐẢNG UỶ XÃ CÔNG HẢI', 'dang-uy-xa', 'ĐẢNG BỘ TỈNH KHÁNH HOÀ')))).toEqual([
      '- Thường trực Tỉnh uỷ (để báo cáo);',
      '- Các đồng chí Đảng uỷ viên;',
      '- Các chi bộ, đảng bộ trực thuộc;',
      '- Lưu Văn phòng Đảng uỷ.',
    ]);
  });

  it('follows the body’s own spelling and kind', () => {
    expect(printed05(defaultRecipients(body('TỈNH ỦY ĐIỆN BIÊN', 'tinh-uy')))).toEqual([
      '- Các đồng chí Tỉnh ủy viên;',
      '- Các đảng ủy trực thuộc;',
      '- Lưu Văn phòng Tỉnh ủy.',
    ]);
    expect(storageRecipient(body('ĐẢNG ỦY PHƯỜNG BA ĐÌNH', 'dang-uy-phuong', 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI')).text).toBe(
      'Lưu Văn phòng Đảng ủy',
    );
    expect(defaultRecipients(body('ĐẢNG ỦY PHƯỜNG BA ĐÌNH', 'dang-uy-phuong', 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'))[0]).toEqual({
      text: 'Thường trực Thành ủy',
      note: '(để báo cáo)',
    });
    expect(defaultRecipients(body('CHI BỘ PHÒNG HÀNH CHÍNH - QUẢN TRỊ', 'chi-bo', 'ĐẢNG BỘ CỤC LƯU TRỮ'))).toEqual([
      { text: 'Thường trực Đảng ủy Cục Lưu Trữ', note: '(để báo cáo)' },
      { text: 'Lưu Chi bộ' },
    ]);
    expect(storageRecipient(body('VĂN PHÒNG TỈNH ỦY', 'van-phong')).text).toBe('Lưu Văn phòng');
    // An office set up with its full name is not named twice.
    expect(storageRecipient(body('ĐẢNG ỦY PHƯỜNG AN HỘI', 'dang-uy-phuong', null, 'VĂN PHÒNG ĐẢNG ỦY')).text).toBe('Lưu Văn phòng Đảng ủy');
  });

  it('ends every kind of body with a storage line "Lưu …"', () => {
    for (const kind of ['tinh-uy', 'dang-uy-co-quan', 'uy-ban-kiem-tra', 'ban-dang', 'chi-bo', 'huyen-uy'] as const) {
      const lines = defaultRecipients(body('ĐẢNG UỶ CƠ QUAN', kind, 'ĐẢNG BỘ TỈNH LÂM ĐỒNG'));
      expect(lines.at(-1)?.text).toMatch(/^Lưu /u);
    }
  });

  it('a copy with no list saved for copies goes to the bodies under the issuer and its own office', () => {
    expect(printed05(defaultCopyRecipients(body('THÀNH ỦY HUẾ', 'thanh-uy')))).toEqual([
      '- Các đảng ủy trực thuộc;',
      '- Lưu Văn phòng Thành ủy.',
    ]);
    expect(printed05(defaultCopyRecipients(body('ĐẢNG UỶ XÃ CÔNG HẢI', 'dang-uy-xa')))).toEqual([
      '- Các chi bộ, đảng bộ trực thuộc;',
      '- Lưu Văn phòng Đảng uỷ.',
    ]);
  });
});
