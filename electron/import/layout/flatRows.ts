/**
 * One printed line of a targets table whose cell borders were lost in a conversion, split back
 * into its cells: the number (STT), the indicator, the unit and the value(s). The borders that
 * survive (a tab, a run of spaces) are kept; where a cell ends at a single space, the value is
 * the figure that closes the line ("Tăng 6 - 7", "> 64", "4.000-4.500", "0,24") and the unit
 * the words before it that name a unit ("%", "tỷ đồng", "đảng viên": `units.ts`, or a unit the
 * same table writes in its own cell elsewhere). Also the table's header line, whatever its
 * borders ("STT CHỈ TIÊU ĐƠN VỊ TÍNH KẾ HOẠCH NĂM 2022"). Pure.
 */

import { endsWithUnit, isUnitLike } from './units.ts';

export type FlatCell = { kind: 'stt' | 'text' | 'unit' | 'value'; text: string };

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const PART = String.raw`(?:[<>≥≤]=?\s*|~\s*)?${NUM}(?:\s*%)?`;
/** A value closing the line: words of direction, a comparison, a figure or a range. */
const VALUE_AT_END = new RegExp(
  String.raw`(?:^|\s)((?:(?:tăng|giảm|trên|dưới|đạt|khoảng|tối thiểu|tối đa|từ)\s+)?${PART}(?:\s*[-–÷]\s*${PART})?(?:\s+trở(?:\s+(?:lên|xuống))?)?)$`,
  'iu',
);
const VALUE_ALONE = new RegExp(String.raw`^${VALUE_AT_END.source.replace('(?:^|\\s)', '')}`, 'iu');
/** "1", "12.", "II", "III." at the start of a line, before the indicator. */
const STT = /^(\d{1,3}|[IVXLC]{1,6})[.)]?(?=\s|$)\s*/u;
/** Borders that survive: a tab, or two spaces and more (a fixed-width layout of tabs). */
export const BORDER = /\t+| {2,}/;

const HEADER = /^(STT|TT|Số TT|Số thứ tự)\s+(Tên chỉ tiêu|Chỉ tiêu|Nội dung)(?:\s+(Đơn vị tính|Đơn vị|ĐVT))?\s+(.+)$/iu;
const VALUE_HEADS = /(?:^|(?<!Ước)\s)(?=(?:(?:Ước\s+)?(?:Kế hoạch|Thực hiện|Đánh giá|Chỉ tiêu|Mục tiêu)|Ước|So sánh|Ghi chú)(?:\s|$))/giu;
/** The same heads abbreviated, in capitals only ("KH 2025 ƯTH 2025 KH 2026"; not the "năm" of "Kế hoạch năm 2026"). */
const SHORT_HEADS = /(?:^|(?<!Ước)\s)(?=(?:KH|TH|ƯTH|UTH|Năm)(?:\s|$))/gu;

/** The column labels of a targets table's header line, or null when the line is not one. */
export function headerCells(line: string): string[] | null {
  const m = HEADER.exec(line.replace(/[\t ]+/g, ' ').trim());
  if (!m?.[1] || !m[2] || !m[4]) return null;
  const segments = line
    .split(BORDER)
    .map((s) => s.trim())
    .filter(Boolean);
  const lead = [m[1], m[2], ...(m[3] ? [m[3]] : [])];
  // The value columns: as the borders give them, else split where a column's words start.
  const byBorder = segments.length > lead.length ? tailAfter(segments, lead.length) : null;
  const values = byBorder ?? splitValueHeads(m[4]);
  return [...lead, ...values];
}

function tailAfter(segments: readonly string[], leadCount: number): string[] | null {
  const lead = segments.slice(0, leadCount).join(' ');
  return HEADER.test(`${lead} x`) ? segments.slice(leadCount) : null;
}

function splitValueHeads(rest: string): string[] {
  const starts = [...rest.matchAll(VALUE_HEADS), ...rest.matchAll(SHORT_HEADS)].map((m) => m.index + (m[0].length > 0 ? m[0].length : 0));
  const cuts = [0, ...[...new Set(starts.filter((s) => s > 0))].sort((a, b) => a - b), rest.length];
  const out = cuts
    .slice(1)
    .map((end, i) => rest.slice(cuts[i], end).trim())
    .filter(Boolean);
  return out.length > 0 ? out : [rest.trim()];
}

/** A row of column numbers under the header: "(1) (2) (3) (4)" or "1 2 3 4". */
export function isColumnNumbers(line: string): boolean {
  const parts = line.trim().split(/\s+/);
  return parts.length >= 3 && parts.every((p, i) => p.replace(/[()]/g, '') === String(i + 1));
}

/** The value closing `text`, if any: not a year ("năm 2010"), not inside brackets. */
function valueAtEnd(text: string): { value: string; rest: string } | null {
  const m = VALUE_AT_END.exec(text);
  if (!m?.[1]) return null;
  const rest = text.slice(0, m.index).trim();
  if (/(?:^|\s)(?:năm|giai đoạn|khóa|khoá|số|thứ|lần)$/iu.test(rest) || /[/(-]$/u.test(rest)) return null;
  return { value: m[1].trim(), rest };
}

/** A note cell's words: one or two words in letters, starting with a capital. */
const NOTE = /^\p{Lu}\p{Ll}*(?:\s+\p{L}+)?$/u;

export function isValueCell(text: string): boolean {
  return VALUE_ALONE.test(text.trim());
}

/**
 * The cells of one line. `valueColumns` is how many value columns the header has (values are
 * taken off the end of the line, at most that many); `learned` are units the table writes in
 * their own cell.
 */
export function cellsOfLine(line: string, valueColumns: number, learned: ReadonlySet<string>): FlatCell[] {
  const segments = line
    .split(BORDER)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: FlatCell[] = [];
  const first = segments[0];
  if (first === undefined) return out;
  const stt = STT.exec(first);
  if (stt?.[1] && !/^\d/u.test(first.slice(stt[0].length)) && !/^%/u.test(first.slice(stt[0].length))) {
    out.push({ kind: 'stt', text: stt[1] });
    const rest = first.slice(stt[0].length).trim();
    if (rest) segments[0] = rest;
    else segments.shift();
  }
  // A line that is only a unit, or only a value (one cell per line).
  if (
    segments.length === 1 &&
    out.length === 0 &&
    segments[0] !== undefined &&
    isUnitLike(segments[0]) &&
    endsWithUnit(segments[0], learned) === ''
  ) {
    return [{ kind: 'unit', text: segments[0] }];
  }
  // A short note closing the line after its values (a "Ghi chú" cell: "Dự toán", "Ước"): not a value, not the name.
  const beforeNote = segments[segments.length - 2];
  const note = segments[segments.length - 1] ?? '';
  if (segments.length >= 3 && beforeNote !== undefined && valueAtEnd(beforeNote) && NOTE.test(note) && !isUnitLike(note)) segments.pop();
  const values: string[] = [];
  while (values.length < valueColumns && segments.length > 0) {
    const last = segments[segments.length - 1] ?? '';
    // A dash alone in a value cell ("-": not applicable) between values is a value cell too.
    if (values.length > 0 && /^[-–—]$/u.test(last)) {
      values.unshift(last);
      segments.pop();
      continue;
    }
    const v = valueAtEnd(last);
    if (!v) break;
    values.unshift(v.value);
    if (v.rest) segments[segments.length - 1] = v.rest;
    else segments.pop();
  }
  let unit: string | null = null;
  if (values.length > 0 && segments.length >= 2 && isUnitLike(segments[segments.length - 1] ?? '')) {
    unit = segments.pop() ?? null;
  } else if (values.length > 0 && segments.length >= 1) {
    const last = segments[segments.length - 1] ?? '';
    const name = endsWithUnit(last, learned);
    if (name !== null && name !== '') {
      unit = last.slice(name.length).trim();
      segments[segments.length - 1] = name;
    } else if (name === '' && segments.length === 1) {
      // Only a unit before the value (a PDF of a centred cell: the name's lines print above and below).
      unit = segments.pop() ?? null;
    }
  }
  if (segments.length > 0) out.push({ kind: 'text', text: segments.join(' ') });
  if (unit) out.push({ kind: 'unit', text: unit });
  for (const v of values) out.push({ kind: 'value', text: v });
  return out;
}

/** Units a table writes in a cell of their own (a border each side): learned for the lines where a border is lost. */
export function unitsOfLine(line: string): string[] {
  const segments = line
    .split(BORDER)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length < 3) return [];
  return segments.slice(1, -1).filter((s) => isUnitLike(s) && !isValueCell(s) && !STT.test(s));
}
