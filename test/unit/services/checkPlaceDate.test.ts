import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { placeDateFits } from '../../../electron/format/headerLayout.ts';
import { placeDateText } from '../../../electron/format/printed.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { findProfile } from '../../../electron/format/profiles/index.ts';
import { checkResolution } from '../../../electron/services/check/index.ts';
import { abbreviatePlace } from '../../../electron/services/check/placeDateChecks.ts';
import { minimalDoc } from './minimalDoc.ts';

const profiles = ['hd36-2018', 'hd05-2026'].map((id) => {
  const p = findProfile(id);
  if (!p) throw new Error(`thiếu thể thức ${id}`);
  return p;
});

function withPlace(place: string, date: string | null): Resolution {
  return minimalDoc((d) => {
    d.header.place = place;
    d.header.date = date;
    if (date === null) {
      d.header.number.seq = null;
      d.marks = { draftRound: 1 };
    }
  });
}

const wraps = (doc: Resolution, profile: FormatProfile) => checkResolution(doc, profile).filter((f) => f.code === 'place.wraps');
const fitsAsLaidOut = (doc: Resolution, profile: FormatProfile) => placeDateFits({ ...doc.header, placeDate: placeDateText(doc) }, profile);

describe.each(profiles)('place-and-date line wider than its column ($id)', (profile) => {
  it('warns for "Thành phố Hồ Chí Minh" and the one-click fix abbreviates it to a line that fits', () => {
    const doc = withPlace('Thành phố Hồ Chí Minh', null);
    const [finding, ...rest] = wraps(doc, profile);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', path: 'header.place', edit: { path: 'header.place', value: 'TP. Hồ Chí Minh' } });
    expect(finding?.message).toContain('xuống dòng');
    expect(finding?.fix).toContain('TP. Hồ Chí Minh');
    // The check does not change the text; the fix applied, the line fits and nothing is found.
    expect(doc.header.place).toBe('Thành phố Hồ Chí Minh');
    const fixed = withPlace(finding?.edit?.value ?? '', null);
    expect(fitsAsLaidOut(fixed, profile)).toBe(true);
    expect(wraps(fixed, profile)).toEqual([]);
  });

  it('abbreviates "Đặc khu" to "ĐK." when that fits a dated line', () => {
    const [finding] = wraps(withPlace('Đặc khu Phú Quốc', '2026-12-05'), profile);
    expect(finding?.edit?.value).toBe('ĐK. Phú Quốc');
    expect(fitsAsLaidOut(withPlace('ĐK. Phú Quốc', '2026-12-05'), profile)).toBe(true);
  });

  it('offers no fix when the abbreviation still wraps: "TP. Hồ Chí Minh, ngày 05 tháng 12 năm 2026"', () => {
    const [finding] = wraps(withPlace('Thành phố Hồ Chí Minh', '2026-12-05'), profile);
    expect(finding?.severity).toBe('warning');
    expect(finding?.edit).toBeUndefined();
    expect(finding?.fix).toContain('Rút gọn');
    expect(fitsAsLaidOut(withPlace('TP. Hồ Chí Minh', '2026-12-05'), profile)).toBe(false);
    // Already abbreviated and still too wide: a warning, nothing to abbreviate.
    expect(wraps(withPlace('TP. Hồ Chí Minh', '2026-12-05'), profile)[0]?.edit).toBeUndefined();
  });

  it.each(['Công Hải', 'Nhơn Trạch', 'Hà Nội', 'Đức Trọng'])('never warns for %s', (place) => {
    expect(wraps(withPlace(place, '2026-12-05'), profile)).toEqual([]);
    expect(wraps(withPlace(place, '2026-12-25'), profile)).toEqual([]);
    expect(wraps(withPlace(place, null), profile)).toEqual([]);
  });
});

describe('abbreviating a place name (TP, ĐK)', () => {
  it('shortens the unit word only', () => {
    expect(abbreviatePlace('Thành phố Hồ Chí Minh')).toBe('TP. Hồ Chí Minh');
    expect(abbreviatePlace(' thành phố  Huế ')).toBe('TP. Huế');
    expect(abbreviatePlace('Đặc khu Phú Quốc')).toBe('ĐK. Phú Quốc');
    expect(abbreviatePlace('Hà Nội')).toBeNull();
    expect(abbreviatePlace('Phường Phú Thọ')).toBeNull();
  });
});
