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
      { text: '- TT/TU, TT/HĐND, UBND Tỉnh', note: undefined, end: ',', line: 0 },
      { text: '- Ban Thường vụ Tỉnh ủy', note: '(để báo cáo)', end: ',', line: 1 },
      { text: '- Đ/c Nguyễn Sỹ Quang – UVTVTU,\nGiám đốc công an tỉnh', note: undefined, end: ',', line: 2 },
      { text: '- Lưu VP/HU, CVVP', note: undefined, end: '.', line: 3 },
    ]);
  });

  it('takes the separator from the profile (05-HD style ";")', () => {
    const semi = profileWith((p) => ({ ...p, recipients: { ...p.recipients, lineSeparator: ';' } }));
    expect(printedRecipients({ punctuation: 'profile', lines }, semi).map((l) => l.end)).toEqual([';', ';', ';', '.']);
  });

  it('prints lines exactly as written', () => {
    expect(printedRecipients({ punctuation: 'as-written', lines }, profile)).toEqual([
      { text: '- TT/TU, TT/HĐND, UBND Tỉnh.', note: undefined, end: '', line: 0 },
      { text: '- Ban Thường vụ Tỉnh ủy', note: '(để báo cáo);', end: '', line: 1 },
      { text: '- Đ/c Nguyễn Sỹ Quang – UVTVTU,\nGiám đốc công an tỉnh;', note: undefined, end: '', line: 2 },
      { text: '- Lưu VP/HU, CVVP,', note: undefined, end: '', line: 3 },
    ]);
  });

  it('a single line gets the terminator', () => {
    expect(printedRecipients({ punctuation: 'profile', lines: [{ text: 'Lưu' }] }, profile)).toEqual([
      { text: '- Lưu', note: undefined, end: '.', line: 0 },
    ]);
  });

  it('leaves out a line left empty, so that nothing prints "- ;", and ends the last one filled with "."', () => {
    const semi = profileWith((p) => ({ ...p, recipients: { ...p.recipients, lineSeparator: ';' } }));
    const withEmpty: Recipients['lines'] = [
      { text: 'Ban Thường vụ Thành ủy' },
      { text: '' },
      { text: ' ; ' },
      { text: 'Lưu Văn phòng Thành ủy' },
      { text: '' },
    ];
    expect(printedRecipients({ punctuation: 'profile', lines: withEmpty }, semi)).toEqual([
      { text: '- Ban Thường vụ Thành ủy', note: undefined, end: ';', line: 0 },
      { text: '- Lưu Văn phòng Thành ủy', note: undefined, end: '.', line: 3 },
    ]);
    expect(printedRecipients({ punctuation: 'as-written', lines: withEmpty }, semi).map((l) => l.text)).toEqual([
      '- Ban Thường vụ Thành ủy',
      '- Lưu Văn phòng Thành ủy',
    ]);
  });
});
