import { describe, expect, it } from 'vitest';
import type { Recipients } from '../../../electron/contract/model/parts.ts';
import { printedRecipients } from '../../../electron/format/printed.ts';
import { profile, profileWith } from './helpers.ts';

const lines: Recipients['lines'] = [
  { text: 'TT/TU, TT/HĐND, UBND Tỉnh.' },
  { text: 'Ban Thường vụ Tỉnh ủy', note: '(để báo cáo);' },
  { text: 'Đ/c Nguyễn Sỹ Quang – UVTVTU,\nGiám đốc công an tỉnh;' },
  { text: 'Lưu VP/HU, CVVP,' },
];

describe('printedRecipients', () => {
  it('applies the profile punctuation: separator on each line, terminator on the last', () => {
    expect(printedRecipients({ punctuation: 'profile', lines }, profile)).toEqual([
      { text: '- TT/TU, TT/HĐND, UBND Tỉnh', note: undefined, end: ',' },
      { text: '- Ban Thường vụ Tỉnh ủy', note: '(để báo cáo)', end: ',' },
      { text: '- Đ/c Nguyễn Sỹ Quang – UVTVTU,\nGiám đốc công an tỉnh', note: undefined, end: ',' },
      { text: '- Lưu VP/HU, CVVP', note: undefined, end: '.' },
    ]);
  });

  it('takes the separator from the profile (05-HD style ";")', () => {
    const semi = profileWith((p) => ({ ...p, recipients: { ...p.recipients, lineSeparator: ';' } }));
    expect(printedRecipients({ punctuation: 'profile', lines }, semi).map((l) => l.end)).toEqual([';', ';', ';', '.']);
  });

  it('prints lines exactly as written', () => {
    expect(printedRecipients({ punctuation: 'as-written', lines }, profile)).toEqual([
      { text: '- TT/TU, TT/HĐND, UBND Tỉnh.', note: undefined, end: '' },
      { text: '- Ban Thường vụ Tỉnh ủy', note: '(để báo cáo);', end: '' },
      { text: '- Đ/c Nguyễn Sỹ Quang – UVTVTU,\nGiám đốc công an tỉnh;', note: undefined, end: '' },
      { text: '- Lưu VP/HU, CVVP,', note: undefined, end: '' },
    ]);
  });

  it('a single line gets the terminator', () => {
    expect(printedRecipients({ punctuation: 'profile', lines: [{ text: 'Lưu' }] }, profile)).toEqual([
      { text: '- Lưu', note: undefined, end: '.' },
    ]);
  });
});
