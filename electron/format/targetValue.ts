import type { ParsedValue } from '../contract/model/targets.ts';
import { formatNumberVi, parseNumberVi } from './numbers.ts';
import { isMeasureUnit, knownUnitLength } from './units.ts';

/**
 * Reading target values as written in Vietnamese resolutions (spec/domain.md, "Targets: what
 * a value can be"): "770,4", "Tăng 6 - 7", "4,6 – 5,5 bác sỹ", "> 64", "từ 85% trở lên",
 * "giảm xuống còn dưới 5%", "Thực hiện theo chỉ tiêu UBND tỉnh giao".
 *
 * The first figure of the text is read (a compound value such as "19 xã, lũy kế đạt 107 xã"
 * gives 19 xã); years ("năm 2024", "giai đoạn 2021-2025"), denominators ("/1 vạn dân"), codes
 * ("QC02") and figures in parentheses are skipped. Growth written with "giảm" is stored as a
 * negative change ("giảm 6 - 7%" -> growthRange -7..-6, direction lower), so that a larger
 * fall compares as better; a level to come down to ("giảm xuống còn 5%") is an upper bound.
 * Not read: negative numbers, fractions ("14/14" gives 14), growth with
 * an open bound ("tăng trên 8%" gives lowerBound 8, the word "tăng" is not kept).
 */

/** A figure: "15.577", "770,4", "0.24", "02"; not inside a word or after "/". */
const FIGURE = /(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)/gu;
const FIGURE_AT = /^\s*(?:%\s*)?(?:-|đến|tới)\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)/u;

type Lead =
  | { t: 'bound'; kind: 'lowerBound' | 'upperBound'; inclusive: boolean }
  | { t: 'from' | 'level' | 'verb' | 'filler' | 'copula' }
  | { t: 'growth'; sign: 1 | -1 };

const bound = (kind: 'lowerBound' | 'upperBound', inclusive: boolean): Lead => ({ t: 'bound', kind, inclusive });
const leadGroups: ReadonlyArray<[Lead, string[]]> = [
  [bound('lowerBound', true), ['≥', '>=', '⩾', 'không dưới', 'không thấp hơn', 'không ít hơn', 'ít nhất', 'tối thiểu']],
  [bound('lowerBound', false), ['>', 'cao hơn', 'nhiều hơn', 'trên', 'hơn']],
  [bound('upperBound', true), ['≤', '<=', '⩽', 'không vượt quá', 'không quá', 'tối đa']],
  [bound('upperBound', false), ['<', 'thấp hơn', 'ít hơn', 'dưới']],
  [{ t: 'level' }, ['giảm xuống còn', 'giảm xuống', 'giảm còn', 'xuống còn', 'còn']],
  [{ t: 'growth', sign: 1 }, ['tăng thêm', 'tăng trưởng', 'tăng']],
  [{ t: 'growth', sign: -1 }, ['kéo giảm', 'giảm']],
  [{ t: 'from' }, ['từ']],
  [{ t: 'verb' }, ['đạt và vượt', 'phấn đấu đạt', 'đạt']],
  [{ t: 'filler' }, ['khoảng', 'gần', 'xấp xỉ', 'thêm']],
  [{ t: 'copula' }, ['là', 'ở mức', 'bằng']],
];
/** Words that may stand right before a figure, tried longest first ("thấp hơn" before "hơn"). */
const leads: ReadonlyArray<[string, Lead]> = leadGroups
  .flatMap(([lead, words]) => words.map((w): [string, Lead] => [w, lead]))
  .sort((a, b) => b[0].length - a[0].length);

/** Words that end a unit: verbs and links that start the rest of a sentence. */
const unitStops = new Set([
  'được',
  'đạt',
  'đủ',
  'có',
  'hoàn',
  'thực',
  'tham',
  'sử',
  'và',
  'trong',
  'theo',
  'so',
  'trở',
  'lũy',
  'của',
  'tại',
]);

type Figure = { index: number; end: number; text: string };

/** Same-length working copy of cleaned text: dashes as "-", brackets' contents blanked, lower case. */
function workingText(s: string): string {
  let depth = 0;
  let out = '';
  for (const ch of s.replace(/[–—−]/g, '-').toLowerCase()) {
    if (ch === '(') depth += 1;
    out += depth > 0 ? ' ' : ch;
    if (ch === ')' && depth > 0) depth -= 1;
  }
  return out.length === s.length ? out : s.toLowerCase();
}

/** Normalises what a user or an importer typed: NFC, single spaces, no bullet, no final stop. */
function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[-+•]\s+)+/, '')
    .replace(/[.;:,]+$/, '')
    .trim();
}

/** The first figure of `w` (a working text) that is a target figure rather than a year or a code. */
function firstFigure(w: string): Figure | null {
  let skippedEnd = -1;
  for (const m of w.matchAll(FIGURE)) {
    const text = m[1] ?? '';
    const index = m.index;
    const before = w.slice(0, index);
    const isYear = /^\d{4}$/.test(text) && /(?:năm|giai đoạn|kỳ)\s*$/.test(before);
    const afterSkipped = skippedEnd >= 0 && /^\s*-\s*$/.test(w.slice(skippedEnd, index));
    if (isYear || afterSkipped) {
      skippedEnd = index + text.length;
      continue;
    }
    return { index, end: index + text.length, text };
  }
  return null;
}

/** Peels lead words off the end of `before`; returns them innermost first and where they start. */
function peelLeads(before: string): { leads: Lead[]; start: number; copulaAt: number | null } {
  const found: Lead[] = [];
  let rest = before.replace(/\s+$/, '');
  for (;;) {
    const hit = leads.find(([w]) => {
      if (!rest.endsWith(w)) return false;
      const prev = rest.charAt(rest.length - w.length - 1);
      return /^[^\p{L}\d]?$/u.test(prev) || /^[<>≥≤]/.test(w);
    });
    if (!hit) return { leads: found, start: rest.length, copulaAt: null };
    const [word, lead] = hit;
    if (lead.t === 'copula') return { leads: found, start: rest.length, copulaAt: rest.length - word.length };
    found.push(lead);
    rest = rest.slice(0, rest.length - word.length).replace(/\s+$/, '');
  }
}

/** The unit right after a figure: "%", or up to four words before a stop word or mark. */
function unitAfter(original: string, w: string, from: number, hint?: string): { unit?: string; end: number } {
  // "15/15 xã": the denominator is not part of the unit.
  const gap = /^(?:\/\d+)?\s*/.exec(w.slice(from))?.[0].length ?? 0;
  const start = from + gap;
  if (w.startsWith('%', start)) {
    const per = knownUnitLength(w.slice(start)); // "%", "%/năm"
    return { unit: original.slice(start, start + per), end: start + per };
  }
  const wanted = hint?.normalize('NFC').trim().toLowerCase();
  if (wanted && w.startsWith(wanted, start) && !/[\p{L}\d]/u.test(w.charAt(start + wanted.length))) {
    return { unit: original.slice(start, start + wanted.length), end: start + wanted.length };
  }
  // A known unit ("km", "tỷ đồng", "triệu đồng/người/năm", "hộ", "giường bệnh") ends where it ends: the
  // words after it name what is measured or counted ("1,2 km đường giao thông nội đồng").
  const known = knownUnitLength(w.slice(start));
  if (known > 0) return { unit: original.slice(start, start + known), end: start + known };
  let end = start;
  let words = 0;
  for (const m of w.slice(start).matchAll(/[^\s,;:.()]+/g)) {
    const word = m[0];
    const at = start + m.index;
    if (words >= 4 || unitStops.has(word) || /^\d/.test(word) || /\S/.test(w.slice(end, at))) break;
    end = at + word.length;
    words += 1;
  }
  return end > start ? { unit: original.slice(start, end), end } : { end: from };
}

/**
 * "trở lên" / "trở xuống" right after the unit, or after at most three words naming what is
 * counted ("2.600 đảng viên mới trở lên"), none of them a verb or link that starts the rest.
 */
function orMoreAfter(rest: string): { length: number; which: string } | null {
  const m = /^((?:\s+[^\s,;:.()\d]+){0,3}?)\s*trở (lên|xuống)/.exec(rest);
  if (!m?.[2]) return null;
  const words = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
  return words.some((x) => unitStops.has(x)) ? null : { length: m[0].length, which: m[2] };
}

/** Everything the parser reads around the first figure; shared with `splitValueFromStatement`. */
function readFigure(text: string, unitHint?: string) {
  const w = workingText(text);
  const fig = firstFigure(w);
  if (!fig) return null;
  const value = parseNumberVi(fig.text);
  if (value === null) return null;
  const peeled = peelLeads(w.slice(0, fig.index));
  const second = FIGURE_AT.exec(w.slice(fig.end));
  const max = second ? parseNumberVi(second[1] ?? '') : null;
  const figureEnd = second && max !== null ? fig.end + second[0].length : fig.end;
  const { unit, end: unitEnd } = unitAfter(text, w, figureEnd, unitHint);
  const tail = orMoreAfter(w.slice(unitEnd));
  const fromUpTo = peeled.leads.some((l) => l.t === 'from') ? /^[^,;]*?trở (lên|xuống)/.exec(w.slice(unitEnd)) : null;
  const end = tail ? unitEnd + tail.length : unitEnd;
  return { fig, figureEnd, value, max, unit, end, peeled, orMore: tail?.which ?? fromUpTo?.[1] ?? null };
}

/** Reads a target value as written; see the module comment for what it reads and what it does not. */
export function parseTargetValue(written: string, unit?: string): ParsedValue {
  const r = readFigure(clean(written), unit);
  if (!r) return { kind: 'qualitative', direction: 'none' };
  const u = r.unit ? { unit: r.unit } : {};
  const leadsOf = r.peeled.leads;
  const boundLead = leadsOf.find((l) => l.t === 'bound');
  const level = leadsOf.some((l) => l.t === 'level');
  const growth = leadsOf.find((l) => l.t === 'growth');
  const sign = !level && growth?.t === 'growth' ? growth.sign : 0;
  if (r.max !== null) {
    const [lo, hi] = r.value <= r.max ? [r.value, r.max] : [r.max, r.value];
    if (sign === 1) return { kind: 'growthRange', min: lo, max: hi, ...u, direction: 'higher' };
    if (sign === -1) return { kind: 'growthRange', min: -hi, max: -lo, ...u, direction: 'lower' };
    return { kind: 'range', min: lo, max: hi, ...u, direction: level ? 'lower' : 'higher' };
  }
  let kind: 'lowerBound' | 'upperBound' | null = null;
  let inclusive = true;
  if (boundLead?.t === 'bound') ({ kind, inclusive } = boundLead);
  else if (r.orMore === 'xuống' || level) kind = 'upperBound';
  else if (r.orMore === 'lên' || leadsOf.some((l) => l.t === 'from')) kind = 'lowerBound';
  if (kind && sign === -1) {
    // "giảm trên 8%": a change below -8.
    const flipped = kind === 'lowerBound' ? 'upperBound' : 'lowerBound';
    return { kind: flipped, value: -r.value, inclusive, ...u, direction: flipped === 'lowerBound' ? 'higher' : 'lower' };
  }
  if (kind) return { kind, value: r.value, inclusive, ...u, direction: kind === 'lowerBound' ? 'higher' : 'lower' };
  if (sign === 1) return { kind: 'growthRange', min: r.value, max: r.value, ...u, direction: 'higher' };
  if (sign === -1) return { kind: 'growthRange', min: -r.value, max: -r.value, ...u, direction: 'lower' };
  return { kind: 'exact', value: r.value, ...u, direction: 'exact' };
}

const num = (n: number): string => formatNumberVi(n, 4);

/** A short Vietnamese reading of a parsed value for the UI: "từ 64 trở lên (%)", "dưới 18 %". */
export function describeParsedValue(p: ParsedValue, fallbackUnit?: string): string {
  if (p.kind === 'qualitative') return 'định tính — cần người đánh giá';
  const unit = p.unit ?? fallbackUnit?.trim();
  const after = unit ? ` ${unit}` : '';
  const inBrackets = unit ? ` (${unit})` : '';
  switch (p.kind) {
    case 'exact':
      return `${num(p.value)}${after}`;
    case 'lowerBound':
      // A negative bound is a fall ("giảm dưới 8%" -> change above -8).
      if (p.value < 0) return `giảm ${p.inclusive ? 'tối đa' : 'dưới'} ${num(-p.value)}${after}`;
      return p.inclusive ? `từ ${num(p.value)} trở lên${inBrackets}` : `trên ${num(p.value)}${after}`;
    case 'upperBound':
      if (p.value < 0) return `giảm ${p.inclusive ? 'ít nhất' : 'trên'} ${num(-p.value)}${after}`;
      return p.inclusive ? `từ ${num(p.value)} trở xuống${inBrackets}` : `dưới ${num(p.value)}${after}`;
    case 'range':
      return `khoảng ${num(p.min)} – ${num(p.max)}${after}`;
    case 'growthRange': {
      if (p.min < 0 && p.max <= 0) {
        const [a, b] = [-p.max, -p.min];
        return a === b ? `giảm ${num(a)}${after}` : `giảm ${num(a)} – ${num(b)}${after}`;
      }
      return p.min === p.max ? `tăng ${num(p.min)}${after}` : `tăng ${num(p.min)} – ${num(p.max)}${after}`;
    }
  }
}

/** Splits a statement at ";" outside brackets: one clause per target ("... đạt 26,5%; tỷ lệ ... đạt 16,5%"). */
export function splitClauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')' && depth > 0) depth -= 1;
    if (ch === ';' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map(clean).filter((c) => c !== '');
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const tidyName = (s: string): string =>
  capitalise(
    s
      .replace(/\s+/g, ' ')
      .replace(/[\s:,]+$/, '')
      .trim(),
  );

/**
 * Splits one body clause into the indicator's name and the value words:
 * "Tổng vốn huy động đầu tư phát triển: Đạt 15.577 tỷ đồng." -> name before ":", value after;
 * "Tỷ lệ lao động qua đào tạo nghề đạt 68,5%" -> at the verb ("đạt", "giảm xuống còn", "tăng"
 * stay in the value; "là", "ở mức", "bằng" are dropped); "Tỷ lệ dân số tham gia bảo hiểm y tế 94 %"
 * -> before the figure and its lead words; "Trên 80% cơ sở thực hiện tốt quy chế dân chủ" -> the
 * figure is the value and the other words the name. Returns null for a clause with neither ":"
 * nor a figure (a qualitative target is its whole sentence).
 * Not handled: several targets in one clause joined by "," or "và" (only the first is read; the
 * rest stays in the name or the value), a ":" that introduces a list (split with `splitClauses`
 * first), a name that comes after a verb-led value ("Giải quyết trên 95% đơn thư" gives the name
 * "Giải quyết đơn thư").
 */
export function splitValueFromStatement(sentence: string): { name: string; value: string } | null {
  const s = clean(sentence);
  const colon = workingText(s).indexOf(':');
  if (colon > 0) {
    const name = tidyName(s.slice(0, colon));
    const value = clean(s.slice(colon + 1));
    return name && value ? { name, value } : null;
  }
  const r = readFigure(s);
  if (!r) return null;
  const nameEnd = r.peeled.copulaAt ?? r.peeled.start;
  const before = s.slice(0, nameEnd);
  const hasVerb = r.peeled.copulaAt !== null || r.peeled.leads.some((l) => l.t === 'verb' || l.t === 'level');
  const rest = s.slice(r.end).trim();
  if (hasVerb || rest === '' || (before.trim() !== '' && /^[,;]/.test(rest))) {
    const name = tidyName(before);
    const value = clean(s.slice(r.peeled.start));
    return name ? { name, value } : null;
  }
  // A bare figure inside the sentence: "Trên 80% cơ quan ...", "ít nhất 01 xã được công nhận ...".
  // A counted noun stays in the name too ("ít nhất 01 xã" / "xã được công nhận ..."); a measure does
  // not ("thêm 1,2 km" / "Bê tông hóa đường giao thông nội đồng").
  const value = clean(s.slice(r.peeled.start, r.end));
  const measured = r.unit !== undefined && isMeasureUnit(r.unit);
  const name = tidyName(`${before} ${s.slice(measured ? r.end : r.figureEnd)}`);
  return name ? { name, value } : null;
}
