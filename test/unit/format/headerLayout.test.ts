import { describe, expect, it } from 'vitest';
import { balancedLines, headerLayout, placeDateFits } from '../../../electron/format/headerLayout.ts';
import { formatProfileSchema } from '../../../electron/format/profile.ts';
import { hd05_2026 } from '../../../electron/format/profiles/hd05-2026.ts';
import { hd36_2018 } from '../../../electron/format/profiles/hd36-2018.ts';
import { textWidthPt } from '../../../electron/format/textMetrics.ts';

const profiles = [formatProfileSchema.parse(hd36_2018), formatProfileSchema.parse(hd05_2026)];
/** A4 less 30 + 15 mm margins, in points. */
const TEXT_PT = (165 * 72) / 25.4;
const HCM_DATE = 'Thành phố Hồ Chí Minh, ngày 05 tháng 12 năm 2026';

describe.each(profiles)('page-1 header layout ($id)', (profile) => {
  it('leaves names that fit alone: the profile column and one line each', () => {
    const texts = {
      superiorBody: 'ĐẢNG BỘ TỈNH KHÁNH HOÀ',
      issuingBody: 'ĐẢNG UỶ XÃ CÔNG HẢI',
      placeDate: 'Công Hải, ngày 20 tháng 12 năm 2026',
    };
    expect(headerLayout(texts, profile)).toEqual({
      leftPercent: profile.header.columns[0],
      superiorLines: ['ĐẢNG BỘ TỈNH KHÁNH HOÀ'],
      issuingLines: ['ĐẢNG UỶ XÃ CÔNG HẢI'],
    });
    expect(
      headerLayout({ issuingBody: 'TỈNH UỶ ĐIỆN BIÊN', placeDate: 'Điện Biên, ngày 05 tháng 12 năm 2026' }, profile).superiorLines,
    ).toBeNull();
  });

  it('narrows the left column for the HCMC date line and breaks the ward names to fit (with or without TP.)', () => {
    for (const place of ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh']) {
      const placeDate = `${place}, ngày 05 tháng 12 năm 2026`;
      const texts = { superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', issuingBody: 'ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH', placeDate };
      const fitted = headerLayout(texts, profile);
      expect(placeDateFits(texts, profile)).toBe(true);
      expect(fitted.leftPercent).toBeLessThan(profile.header.columns[0]);
      expect(fitted.leftPercent).toBeGreaterThanOrEqual(33);
      expect(fitted.superiorLines).toEqual(['ĐẢNG BỘ THÀNH PHỐ', 'HỒ CHÍ MINH']);
      expect(fitted.issuingLines).toEqual(['ĐẢNG ỦY PHƯỜNG', 'TÂN ĐỊNH']);
      const leftPt = (TEXT_PT * fitted.leftPercent) / 100;
      expect(TEXT_PT - leftPt).toBeGreaterThanOrEqual(textWidthPt(placeDate, 14, false) * 1.03);
      for (const line of fitted.superiorLines ?? []) expect(textWidthPt(line, 14, false)).toBeLessThanOrEqual(leftPt);
      for (const line of fitted.issuingLines) expect(textWidthPt(line, 14, true)).toBeLessThanOrEqual(leftPt);
    }
  });

  it('breaks the bold "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH" into as many lines as the narrowed column needs', () => {
    const fitted = headerLayout({ issuingBody: 'THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH', placeDate: HCM_DATE }, profile);
    expect(fitted.issuingLines).toEqual(['THÀNH ỦY', 'THÀNH PHỐ', 'HỒ CHÍ MINH']);
    expect(placeDateFits({ issuingBody: 'THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH', placeDate: HCM_DATE }, profile)).toBe(true);
  });

  it("keeps today's layout when no split holds the date line (and says it wraps)", () => {
    const texts = {
      superiorBody: 'Đảng bộ Thành phố Hồ Chí Minh',
      issuingBody: 'ĐẢNG UỶ PHƯỜNG SÀI GÒN',
      placeDate: `Phường Sài Gòn, ${HCM_DATE}`,
    };
    const fitted = headerLayout(texts, profile);
    expect(fitted.leftPercent).toBe(profile.header.columns[0]);
    expect(fitted.superiorLines).toEqual(['Đảng bộ Thành phố', 'Hồ Chí Minh']);
    expect(fitted.issuingLines).toEqual(['ĐẢNG UỶ PHƯỜNG SÀI GÒN']);
    expect(placeDateFits(texts, profile)).toBe(false);
  });

  it('leaves short places alone: the profile column', () => {
    const texts = {
      superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
      issuingBody: 'ĐẢNG UỶ PHƯỜNG HOÀN KIẾM',
      placeDate: 'Hà Nội, ngày 05 tháng 12 năm 2026',
    };
    expect(headerLayout(texts, profile).leftPercent).toBeGreaterThanOrEqual(profile.header.columns[0]);
    expect(placeDateFits(texts, profile)).toBe(true);
  });

  it('widens the left column instead when the right column still holds the title and the date', () => {
    // 215 pt of text: wider than 45 % (210,5 pt); the ward's date line leaves room.
    const name = 'ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG';
    const placeDate = 'Hải Châu, ngày 05 tháng 12 năm 2026';
    const fitted = headerLayout({ superiorBody: name, issuingBody: 'ĐẢNG UỶ PHƯỜNG HẢI CHÂU', placeDate }, profile);
    expect(fitted.superiorLines).toEqual([name]);
    expect(fitted.leftPercent).toBeGreaterThan(profile.header.columns[0]);
    const leftPt = (TEXT_PT * fitted.leftPercent) / 100;
    expect(leftPt).toBeGreaterThanOrEqual(textWidthPt(name, 14, false));
    expect(TEXT_PT - leftPt).toBeGreaterThanOrEqual(textWidthPt(placeDate, 14, false));
    expect(TEXT_PT - leftPt).toBeGreaterThanOrEqual(textWidthPt('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true));
  });

  it('widens no more than the right column allows, then breaks: the HCMC ward', () => {
    const placeDate = 'Bến Thành, ngày 05 tháng 12 năm 2026';
    const fitted = headerLayout(
      { superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', issuingBody: 'ĐẢNG UỶ PHƯỜNG BẾN THÀNH', placeDate },
      profile,
    );
    expect(fitted.superiorLines).toEqual(['ĐẢNG BỘ THÀNH PHỐ', 'HỒ CHÍ MINH']);
    // The bold ward name (about 223 pt) fits once the column is widened, so it stays whole.
    expect(fitted.issuingLines).toEqual(['ĐẢNG UỶ PHƯỜNG BẾN THÀNH']);
    const leftPt = (TEXT_PT * fitted.leftPercent) / 100;
    expect(leftPt).toBeGreaterThan((TEXT_PT * profile.header.columns[0]) / 100);
    expect(TEXT_PT - leftPt).toBeGreaterThanOrEqual(textWidthPt(placeDate, 14, false));
  });

  it('widens and breaks the longest names into even lines, none a lone word', () => {
    const placeDate = 'Quảng Ninh, ngày 05 tháng 12 năm 2026';
    const fitted = headerLayout(
      {
        superiorBody: 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH QUẢNG NINH',
        issuingBody: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH QUẢNG NINH',
        placeDate,
      },
      profile,
    );
    expect(fitted.superiorLines).toEqual(['ĐẢNG BỘ KHỐI CÁC', 'CƠ QUAN VÀ DOANH NGHIỆP', 'TỈNH QUẢNG NINH']);
    expect(fitted.issuingLines).toEqual(['ĐẢNG ỦY CÁC CƠ QUAN', 'ĐẢNG TỈNH QUẢNG NINH']);
    const leftPt = (TEXT_PT * fitted.leftPercent) / 100;
    for (const line of fitted.superiorLines ?? []) expect(textWidthPt(line, 14, false)).toBeLessThanOrEqual(leftPt);
    expect(TEXT_PT - leftPt).toBeGreaterThanOrEqual(textWidthPt(placeDate, 14, false));
  });
});

describe('balanced line breaks', () => {
  const style = { sizePt: 14, bold: false, italic: false, underline: false, caps: true };
  it('keeps a dash inside its line and never leaves a word alone', () => {
    expect(balancedLines('CHI BỘ PHÒNG HÀNH CHÍNH - QUẢN TRỊ', style, 200)).toEqual(['CHI BỘ PHÒNG', 'HÀNH CHÍNH - QUẢN TRỊ']);
    expect(balancedLines('ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', style, 200)).toEqual(['ĐẢNG BỘ THÀNH PHỐ', 'HỒ CHÍ MINH']);
    expect(balancedLines('Đảng ủy Công ty Than Hòn Gai', { ...style, bold: true }, 200)).toEqual(['Đảng ủy Công ty', 'Than Hòn Gai']);
  });
  it('never parts "HUYỆN ỦY" (a district committee is no district)', () => {
    expect(balancedLines('HUYỆN ỦY NHƠN TRẠCH', { ...style, bold: true }, 150)).toEqual(['HUYỆN ỦY', 'NHƠN TRẠCH']);
  });
  it('gives up when nothing fits', () => {
    expect(balancedLines('ĐẢNG BỘ', style, 20)).toBeNull();
  });
});
