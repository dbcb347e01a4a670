import { describe, expect, it } from 'vitest';
import { authorityText } from '../../../electron/docx/closing.ts';
import { markLines, placeDateText } from '../../../electron/format/printed.ts';
import { profile, sample } from './helpers.ts';

describe('header texts', () => {
  it('prints the issue date, or a blank date in the year before the plan year', () => {
    expect(placeDateText(sample((d) => ({ ...d, header: { ...d.header, date: '2021-12-10', place: 'Đức Trọng' } })))).toBe(
      'Đức Trọng, ngày 10 tháng 12 năm 2021',
    );
    expect(placeDateText(sample())).toBe('Tân Hội, ngày    tháng    năm 2025');
  });

  it('lists the marks under the number: mật, khẩn, dự thảo, lưu hành', () => {
    expect(markLines(sample().marks, profile).map((l) => [l.text, l.style.bold, l.style.italic])).toEqual([
      ['Mật', true, false],
      ['Khẩn', true, false],
      ['Dự thảo lần 2', false, true],
      ['Xong hội nghị trả lại', true, false],
    ]);
    expect(
      markLines({ draftRound: null, secrecy: null, urgency: null, circulation: null, productionNote: 'X', contact: null }, profile),
    ).toEqual([]);
  });

  it('writes the authority line, none for a head signing directly', () => {
    expect(authorityText(sample())).toBe('T/M Ban Chấp hành');
    expect(authorityText(sample((d) => ({ ...d, signature: { ...d.signature, authority: 'none', authorityOf: '' } })))).toBeNull();
  });
});
