import { describe, it, expect } from 'vitest';
import { compareVi, compareViFallback, sortVi, usesIntlCollation } from '../../../electron/format/collation.ts';

const provinces = [
  'Yên Bái',
  'Đắk Lắk',
  'Gia Lai',
  'Đức Trọng',
  'Dương Minh Châu',
  'Điện Biên',
  'Cà Mau',
  'Cần Thơ',
  'Cao Bằng',
  'An Giang',
  'Ấp 3',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Giang',
  'Bắc Ninh',
  'Bà Rịa - Vũng Tàu',
  'Hà Nội',
  'Hà Giang',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Ơn',
  'Ôn',
  'On',
  'Ưng',
  'Ung',
  'Uông',
  'Ứng',
  'Sơn La',
  'Sóc Trăng',
  'Thôn 10',
  'Thôn 2',
  'thôn 2',
  'Thanh Hóa',
  'Thái Bình',
  'Thừa Thiên Huế',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
];

describe('compareVi', () => {
  it('puts Đ after D and before G', () => {
    expect(compareVi('Đức Trọng', 'Dương')).toBeGreaterThan(0);
    expect(compareVi('Đức Trọng', 'Gia Lai')).toBeLessThan(0);
    expect(compareVi('Dương', 'Đà Lạt')).toBeLessThan(0);
  });

  it('puts ă and â after a, ê after e, ô and ơ after o, ư after u', () => {
    expect(sortVi(['â', 'b', 'ă', 'a'])).toEqual(['a', 'ă', 'â', 'b']);
    expect(sortVi(['ê', 'f', 'e'])).toEqual(['e', 'ê', 'f']);
    expect(sortVi(['ơ', 'ô', 'p', 'o'])).toEqual(['o', 'ô', 'ơ', 'p']);
    expect(sortVi(['v', 'ư', 'u'])).toEqual(['u', 'ư', 'v']);
    expect(sortVi(['Ân', 'An', 'Ăn', 'Bình'])).toEqual(['An', 'Ăn', 'Ân', 'Bình']);
  });

  it('orders tones after letters: ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sortVi(['mạ', 'má', 'mã', 'mả', 'mà', 'ma', 'mac'])).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ', 'mac']);
  });

  it('orders case after tones, digits by value, and spaces first', () => {
    expect(sortVi(['mà', 'Ma', 'ma'])).toEqual(['ma', 'Ma', 'mà']);
    expect(sortVi(['Thôn 10', 'Thôn 2', 'Thôn 1'])).toEqual(['Thôn 1', 'Thôn 2', 'Thôn 10']);
    expect(sortVi(['ma', 'm1', 'm a'])).toEqual(['m a', 'm1', 'ma']);
  });

  it('is 0 only for identical strings, and reads NFC and NFD alike before the last tie-break', () => {
    expect(compareVi('Đức Trọng', 'Đức Trọng')).toBe(0);
    expect(compareVi('Thôn 2', 'Thôn 02')).not.toBe(0);
    expect(Math.abs(compareVi('Hòa', 'Hòa'.normalize('NFD')))).toBeLessThanOrEqual(1);
    expect(compareVi('Hòa', 'Hóa')).toBeLessThan(0);
  });

  it('uses the runtime collation on Node', () => {
    expect(usesIntlCollation()).toBe(true);
  });
});

describe('compareViFallback', () => {
  it('gives the same order as Intl.Collator("vi")', () => {
    const intl = new Intl.Collator('vi', { numeric: true });
    const expected = [...provinces].sort((a, b) => intl.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
    expect([...provinces].sort(compareViFallback)).toEqual(expected);
    expect([...provinces].sort(compareVi)).toEqual(expected);
  });

  it('applies the Vietnamese rules on its own', () => {
    const sorted = (xs: string[]): string[] => [...xs].sort(compareViFallback);
    expect(sorted(['Gia Lai', 'Đức Trọng', 'Dương'])).toEqual(['Dương', 'Đức Trọng', 'Gia Lai']);
    expect(sorted(['â', 'ă', 'a', 'b'])).toEqual(['a', 'ă', 'â', 'b']);
    expect(sorted(['mạ', 'má', 'mã', 'mả', 'mà', 'Ma', 'ma'])).toEqual(['ma', 'Ma', 'mà', 'mả', 'mã', 'má', 'mạ']);
    expect(sorted(['Thôn 10', 'Thôn 02', 'Thôn 1'])).toEqual(['Thôn 1', 'Thôn 02', 'Thôn 10']);
    expect(sorted(['Hòa'.normalize('NFD'), 'Hoa', 'Hỏa'])).toEqual(['Hoa', 'Hòa'.normalize('NFD'), 'Hỏa']);
    expect(compareViFallback('x', 'x')).toBe(0);
    expect(compareViFallback('', 'a')).toBeLessThan(0);
  });
});

describe('sortVi', () => {
  it('sorts a copy by a key, keeping equal keys in their order', () => {
    const people = [
      { name: 'Trần Văn Bình', id: 1 },
      { name: 'Đỗ Thị Lan', id: 2 },
      { name: 'Nguyễn Ngọc Phúc', id: 3 },
      { name: 'Dương Văn An', id: 4 },
      { name: 'Đỗ Thị Lan', id: 5 },
    ];
    const input = [...people];
    expect(sortVi(people, (p) => p.name).map((p) => p.id)).toEqual([4, 2, 5, 3, 1]);
    expect(people).toEqual(input);
  });
});
