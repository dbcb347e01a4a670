import { describe, expect, it } from 'vitest';
import { authoritySuggestions, collectiveOf, issuerCodeFor } from '../../../electron/format/bodyKinds.ts';

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
});
