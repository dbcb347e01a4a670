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
  it('never warns for Thành phố Hồ Chí Minh, dated or not, with or without TP.: the left column gives way', () => {
    for (const place of ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh']) {
      for (const date of ['2026-12-05', '2026-12-25', null]) {
        expect(wraps(withPlace(place, date), profile)).toEqual([]);
        expect(fitsAsLaidOut(withPlace(place, date), profile)).toBe(true);
      }
    }
  });

  it('offers "TP." only when the abbreviated line fits as laid out (a larger date style)', () => {
    const larger = { ...profile, header: { ...profile.header, placeDate: { ...profile.header.placeDate, sizePt: 15 } } };
    const doc = withPlace('Thành phố Hồ Chí Minh', '2026-12-05');
    const [finding, ...rest] = wraps(doc, larger);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', path: 'header.place', edit: { path: 'header.place', value: 'TP. Hồ Chí Minh' } });
    expect(finding?.message).toContain('xuống dòng');
    // The check does not change the text; the fix applied, the line fits and nothing is found.
    expect(doc.header.place).toBe('Thành phố Hồ Chí Minh');
    const fixed = withPlace(finding?.edit?.value ?? '', '2026-12-05');
    expect(fitsAsLaidOut(fixed, larger)).toBe(true);
    expect(wraps(fixed, larger)).toEqual([]);
  });

  it('offers no fix when the abbreviation still wraps', () => {
    const largest = { ...profile, header: { ...profile.header, placeDate: { ...profile.header.placeDate, sizePt: 16.5 } } };
    const [finding] = wraps(withPlace('Thành phố Hồ Chí Minh', '2026-12-05'), largest);
    expect(finding?.severity).toBe('warning');
    expect(finding?.edit).toBeUndefined();
    expect(finding?.fix).toContain('vẫn chưa vừa');
    expect(fitsAsLaidOut(withPlace('TP. Hồ Chí Minh', '2026-12-05'), largest)).toBe(false);
    // Already abbreviated and still too wide: a warning, nothing to abbreviate.
    expect(wraps(withPlace('TP. Hồ Chí Minh', '2026-12-05'), largest)[0]?.edit).toBeUndefined();
  });

  it('warns, with nothing to abbreviate, when no split holds the line', () => {
    const [finding] = wraps(withPlace('Phường Tân Định, Thành phố Hồ Chí Minh', '2026-12-05'), profile);
    expect(finding?.severity).toBe('warning');
    expect(finding?.edit).toBeUndefined();
    expect(finding?.fix).toContain('Rút gọn');
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
