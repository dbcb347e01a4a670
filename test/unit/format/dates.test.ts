import { describe, it, expect } from 'vitest';
import {
  formatDateField,
  formatDateLong,
  formatDateShort,
  formatDateTime,
  formatPlaceDate,
  formatPlaceDateBlank,
  isoDateParts,
  parseDateField,
} from '../../../electron/format/dates.ts';

describe('formatDateLong', () => {
  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2021-12-10', 'ngày 10 tháng 12 năm 2021'],
    ['2018-04-03', 'ngày 03 tháng 4 năm 2018'],
    ['2024-01-31', 'ngày 31 tháng 01 năm 2024'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024'],
    ['2025-07-01', 'ngày 01 tháng 7 năm 2025'],
    ['2023-11-20', 'ngày 20 tháng 11 năm 2023'],
  ])('%s -> %s', (iso, text) => {
    expect(formatDateLong(iso)).toBe(text);
  });

  it.each(['2023-02-29', '2021-13-01', '2021-00-10', '2021-04-31', '2021-12-1', '10/12/2021', '', '2021-12-10T00:00'])(
    'throws on "%s"',
    (iso) => {
      expect(() => formatDateLong(iso)).toThrow(RangeError);
    },
  );
});

describe('other date forms', () => {
  it('reads the parts of an ISO date', () => {
    expect(isoDateParts('2021-12-10')).toEqual({ day: 10, month: 12, year: 2021 });
  });

  it('writes the place-and-date line', () => {
    expect(formatPlaceDate(' Đức Trọng ', '2021-12-10')).toBe('Đức Trọng, ngày 10 tháng 12 năm 2021');
    expect(formatPlaceDate('Nhơn Trạch', '2024-02-05')).toBe('Nhơn Trạch, ngày 05 tháng 02 năm 2024');
  });

  it('leaves room for the day and month in a draft', () => {
    expect(formatPlaceDateBlank('Đức Trọng', 2026)).toBe('Đức Trọng, ngày    tháng    năm 2026');
  });

  it('writes the short form used in citations', () => {
    expect(formatDateShort('2021-12-10')).toBe('10/12/2021');
    expect(formatDateShort('2021-11-12')).toBe('12/11/2021');
    expect(formatDateShort('2025-07-01')).toBe('01/7/2025');
    expect(formatDateShort('2024-02-05')).toBe('05/02/2024');
    expect(() => formatDateShort('2021-02-30')).toThrow(RangeError);
  });
  it('writes a moment in local time, and leaves what is no time as it is', () => {
    expect(formatDateTime(new Date(2026, 11, 6, 9, 5).toISOString())).toBe('06/12/2026 09:05');
    expect(formatDateTime('hôm qua')).toBe('hôm qua');
  });
});

describe('date fields: dd/mm/yyyy always', () => {
  it.each([
    ['2021-12-10', '10/12/2021'],
    ['2026-02-05', '05/02/2026'],
  ])('%s shows as %s and reads back', (iso, text) => {
    expect(formatDateField(iso)).toBe(text);
    expect(parseDateField(text)).toBe(iso);
  });

  it.each([
    ['5/2/2026', '2026-02-05'],
    ['05-02-2026', '2026-02-05'],
    [' 10.12.2021 ', '2021-12-10'],
  ])('reads "%s" day first', (text, iso) => {
    expect(parseDateField(text)).toBe(iso);
  });

  it.each(['29/02/2023', '31/04/2021', '12/13/2021', '2021-12-10', '10/12/21', ''])('refuses "%s"', (text) => {
    expect(parseDateField(text)).toBeNull();
  });
});
