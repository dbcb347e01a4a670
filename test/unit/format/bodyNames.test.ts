import { describe, it, expect } from 'vitest';
import { bodyNameInText, joinNames, vietnameseLower, vietnameseUpper } from '../../../electron/format/bodyNames.ts';
import type { BodyKind } from '../../../electron/contract/model/parts.ts';

describe('bodyNameInText', () => {
  it.each<[string, BodyKind, string]>([
    ['HUYỆN ỦY ĐỨC TRỌNG', 'huyen-uy', 'Huyện ủy Đức Trọng'],
    ['TỈNH ỦY LÂM ĐỒNG', 'tinh-uy', 'Tỉnh ủy Lâm Đồng'],
    ['ĐẢNG ỦY XÃ TÂN HỘI', 'dang-uy-xa', 'Đảng ủy xã Tân Hội'],
    ['BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN', 'huyen-uy', 'Ban Chấp hành Đảng bộ huyện'],
    ['CHI BỘ THÔN 3', 'chi-bo', 'Chi bộ thôn 3'],
    ['HUYỆN UỶ NHƠN TRẠCH', 'huyen-uy', 'Huyện uỷ Nhơn Trạch'],
    ['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'tinh-uy', 'Đảng bộ tỉnh Lâm Đồng'],
    ['ĐẢNG ỦY PHƯỜNG 1', 'dang-uy-phuong', 'Đảng ủy phường 1'],
    ['ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC', 'dang-uy-dac-khu', 'Đảng ủy đặc khu Phú Quốc'],
    ['THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH', 'thanh-uy', 'Thành ủy Thành phố Hồ Chí Minh'],
    ['TỈNH ỦY BÀ RỊA - VŨNG TÀU', 'tinh-uy', 'Tỉnh ủy Bà Rịa - Vũng Tàu'],
    ['VĂN PHÒNG HUYỆN ỦY ĐỨC CƠ', 'van-phong', 'Văn phòng Huyện ủy Đức Cơ'],
    ['ỦY BAN KIỂM TRA HUYỆN ỦY', 'uy-ban-kiem-tra', 'Ủy ban Kiểm tra Huyện ủy'],
    ['BAN TUYÊN GIÁO TỈNH ỦY', 'ban-dang', 'Ban Tuyên giáo Tỉnh ủy'],
    ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'dang-uy-khoi', 'Đảng ủy Khối các cơ quan tỉnh'],
    ['ĐẢNG ỦY CƠ QUAN UBND HUYỆN', 'dang-uy-co-quan', 'Đảng ủy cơ quan UBND huyện'],
    ['ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH', 'dang-uy-co-quan', 'Đảng ủy các cơ quan Đảng tỉnh'],
    ['ĐẢNG ỦY CƠ QUAN DÂN CHÍNH ĐẢNG HUYỆN', 'dang-uy-co-quan', 'Đảng ủy cơ quan dân chính Đảng huyện'],
    ['ĐẢNG ỦY CÔNG AN TỈNH', 'dang-uy-co-quan', 'Đảng ủy Công an tỉnh'],
    ['CHI BỘ TRƯỜNG THPT ĐỨC TRỌNG', 'chi-bo', 'Chi bộ Trường THPT Đức Trọng'],
  ])('%s -> %s', (header, kind, text) => {
    expect(bodyNameInText(header, kind)).toBe(text);
  });

  it('reads text already in running form, extra spaces and NFD', () => {
    expect(bodyNameInText('Huyện ủy Đức Trọng', 'huyen-uy')).toBe('Huyện ủy Đức Trọng');
    expect(bodyNameInText('  HUYỆN   ỦY  ĐỨC   TRỌNG ', 'huyen-uy')).toBe('Huyện ủy Đức Trọng');
    expect(bodyNameInText('HUYỆN ỦY ĐỨC TRỌNG'.normalize('NFD'), 'huyen-uy')).toBe('Huyện ủy Đức Trọng');
  });

  it('reads a place alone and keeps the old spelling of "uỷ" wherever it stands', () => {
    expect(bodyNameInText('NHƠN TRẠCH', 'huyen-uy')).toBe('Nhơn Trạch');
    expect(bodyNameInText('VĂN PHÒNG TỈNH UỶ ĐỒNG NAI', 'van-phong')).toBe('Văn phòng Tỉnh uỷ Đồng Nai');
    expect(bodyNameInText('', 'huyen-uy')).toBe('');
  });
});

describe('vietnameseUpper / vietnameseLower', () => {
  it('changes case of every Vietnamese letter and composes to NFC', () => {
    expect(vietnameseUpper('huyện ủy đức trọng')).toBe('HUYỆN ỦY ĐỨC TRỌNG');
    expect(vietnameseLower('ĐẢNG ỦY XÃ TÂN HỘI')).toBe('đảng ủy xã tân hội');
    expect(vietnameseUpper('ơ ư ă â ê ô đ ỹ ậ'.normalize('NFD'))).toBe('Ơ Ư Ă Â Ê Ô Đ Ỹ Ậ');
    expect(vietnameseLower('UỶ')).toBe('uỷ');
  });
});

describe('joinNames', () => {
  it('joins two names without repeating the words where they meet', () => {
    expect(joinNames('VĂN PHÒNG', 'ĐẢNG ỦY PHƯỜNG AN HỘI')).toBe('VĂN PHÒNG ĐẢNG ỦY PHƯỜNG AN HỘI');
    expect(joinNames('VĂN PHÒNG ĐẢNG UỶ', 'ĐẢNG ỦY PHƯỜNG AN HỘI')).toBe('VĂN PHÒNG ĐẢNG UỶ PHƯỜNG AN HỘI');
    expect(joinNames('Văn phòng', 'Huyện ủy Đức Trọng')).toBe('Văn phòng Huyện ủy Đức Trọng');
  });
});
