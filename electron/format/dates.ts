import { padBelow } from './numbers.ts';

/** Parses an ISO date "2021-12-10" into its parts; throws on anything else. */
export function isoDateParts(iso: string): { day: number; month: number; year: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Ngày không đúng dạng YYYY-MM-DD: "${iso}"`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Ngày không có thật: "${iso}"`);
  }
  return { day, month, year };
}

/** Months 1 and 2 take a leading zero ("tháng 01", "tháng 02"); 3–12 do not. */
function monthText(month: number): string {
  return month <= 2 ? padBelow(month) : String(month);
}

/** "2026-02-05" -> "ngày 05 tháng 02 năm 2026". */
export function formatDateLong(iso: string): string {
  const { day, month, year } = isoDateParts(iso);
  return `ngày ${padBelow(day)} tháng ${monthText(month)} năm ${year}`;
}

/** "Đức Trọng" + "2021-12-10" -> "Đức Trọng, ngày 10 tháng 12 năm 2021". */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place.trim()}, ${formatDateLong(iso)}`;
}

/** The place-and-date line of a draft, with room for the date to be filled in when issued. */
export function formatPlaceDateBlank(place: string, year: number): string {
  return `${place.trim()}, ngày    tháng    năm ${year}`;
}

/** "2021-12-10" -> "10/12/2021" (the short form used in citations: "ngày 10/12/2021"). */
export function formatDateShort(iso: string): string {
  const { day, month, year } = isoDateParts(iso);
  return `${padBelow(day)}/${month <= 2 ? padBelow(month) : month}/${year}`;
}

/** "2025-12-01": the day of `at` in local time (the office's day, not UTC's). */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** "14:05": the time of `at` in local time. */
export function localTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** An ISO timestamp as "10/12/2021 14:05" in local time (the office's clock); the text itself when it is no time. */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${formatDateField(localDate(at))} ${localTime(at)}`;
}

/** "2021-12-10" -> "10/12/2021": how a date field shows a date, always dd/mm/yyyy whatever the system's locale. */
export function formatDateField(iso: string): string {
  const { day, month, year } = isoDateParts(iso);
  return `${padBelow(day)}/${padBelow(month)}/${year}`;
}

/** What a person types in a date field, read as dd/mm/yyyy ("10/12/2021", "5-2-2026", "05.02.2026") -> ISO, or null when it is not a real date. */
export function parseDateField(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${String(m[2]).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
  try {
    isoDateParts(iso);
    return iso;
  } catch {
    return null;
  }
}
