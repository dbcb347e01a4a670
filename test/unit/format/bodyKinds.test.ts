import { describe, expect, it } from 'vitest';
import { authoritySuggestions, collectiveOf, issuerCodeFor, officeCodeFor } from '../../../electron/format/bodyKinds.ts';
import { isOfficeSigner } from '../../../electron/services/copies/defaults.ts';

describe('what a kind of body suggests', () => {
  it('names the collective in "T/M …" whatever the tone placement', () => {
    expect(collectiveOf('ĐẢNG UỶ XÃ CÔNG HẢI')).toBe('ĐẢNG UỶ');
    expect(collectiveOf('Đảng ủy phường Ba Đình')).toBe('ĐẢNG ỦY');
    expect(collectiveOf('TỈNH UỶ ĐIỆN BIÊN')).toBe('TỈNH UỶ');
    expect(collectiveOf('CHI BỘ PHÒNG HÀNH CHÍNH - QUẢN TRỊ')).toBe('CHI BỘ');
  });

  it('suggests the 05-HD issuer codes and the authorities that fit', () => {
    expect([issuerCodeFor('dang-uy-xa'), issuerCodeFor('tinh-uy'), issuerCodeFor('chi-bo')]).toEqual(['ĐU', 'TU', 'CB']);
    expect(authoritySuggestions('dang-uy-xa', 'ĐẢNG UỶ XÃ CÔNG HẢI')[0]).toEqual({
      authority: 'T/M',
      authorityOf: 'ĐẢNG UỶ',
      title: 'BÍ THƯ',
    });
    expect(authoritySuggestions('van-phong', 'VĂN PHÒNG TỈNH UỶ').map((s) => s.authority)).toEqual(['none', 'K/T']);
  });

  it('offers a cấp ủy the signers of its certified copies, which the copy then finds (not a chi bộ: it has no Văn phòng)', () => {
    for (const [kind, name] of [
      ['dang-uy-dac-khu', 'ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC'],
      ['tinh-uy', 'TỈNH UỶ ĐIỆN BIÊN'],
      ['dang-uy-phuong', 'ĐẢNG UỶ PHƯỜNG BA ĐÌNH'],
    ] as const) {
      const office = authoritySuggestions(kind, name).filter((s) => isOfficeSigner(s));
      expect(office, kind).toEqual([
        { authority: 'T/L', authorityOf: 'BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG' },
        { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG' },
      ]);
      expect(authoritySuggestions(kind, name)[0]?.title).toBe('BÍ THƯ');
    }
    expect(authoritySuggestions('chi-bo', 'CHI BỘ PHÒNG HÀNH CHÍNH').some((s) => isOfficeSigner(s))).toBe(false);
  });
});

describe('officeCodeFor', () => {
  it('gives a cấp ủy its office’s code (copies "Số 05-BS/VPTU"), and a chi bộ or a ban its own', () => {
    expect([officeCodeFor('thanh-uy'), officeCodeFor('tinh-uy'), officeCodeFor('dang-uy-xa')]).toEqual(['VPTU', 'VPTU', 'VPĐU']);
    expect(officeCodeFor('chi-bo')).toBe('CB');
  });
});
