import { pageMargins } from './pageMargins.ts';
import type { FormatProfile, TextStyle } from './profile.ts';
import { printedText } from './profileStyle.ts';
import { textWidthPt } from './textMetrics.ts';

/** What page 1's header holds that decides its column widths. */
export type HeaderTexts = { superiorBody?: string | undefined; issuingBody: string; placeDate: string };

/**
 * How page 1's header is laid out: the left column's share of the text width (per cent; the
 * profile's own when nothing is too wide) and the printed lines of each body name.
 */
export type HeaderLayout = { leftPercent: number; superiorLines: string[] | null; issuingLines: string[] };

/**
 * Room kept beyond the metric width: Word and LibreOffice round glyph advances, and the italic
 * place-and-date line is measured with the upright widths.
 */
const SLACK = 1.03;
/** More lines than this and the name is left as it is (Word then wraps it). */
const MAX_LINES = 4;

function width(text: string, style: TextStyle): number {
  return textWidthPt(printedText(text, style), style.sizePt, style.bold === true) * SLACK;
}

/** Words a clerk never parts at the end of a line (compared in capitals). */
const KEEP_TOGETHER = [
  'THÀNH PHỐ',
  'HỒ CHÍ MINH',
  'ĐẢNG BỘ',
  'ĐẢNG ỦY',
  'ĐẢNG UỶ',
  'CHI BỘ',
  'THÀNH ỦY',
  'THÀNH UỶ',
  'TỈNH ỦY',
  'TỈNH UỶ',
  'HUYỆN ỦY',
  'HUYỆN UỶ',
  'QUẬN ỦY',
  'QUẬN UỶ',
  'THỊ ỦY',
  'THỊ UỶ',
  'CƠ QUAN',
  'DOANH NGHIỆP',
  'HÀNH CHÍNH',
  'QUẢN TRỊ',
  'ĐẶC KHU',
  'THỊ XÃ',
  'THỊ TRẤN',
  'CÔNG AN',
  'QUÂN SỰ',
  'NHÂN DÂN',
  'TRUNG ƯƠNG',
  'VĂN PHÒNG',
  'SỰ NGHIỆP',
  'CÔNG TY',
  'TẬP ĐOÀN',
  'NGÂN HÀNG',
  'BỆNH VIỆN',
  'BỘ CHỈ HUY',
  'ỦY BAN',
  'UỶ BAN',
  'MẶT TRẬN',
  'TỔ QUỐC',
].map((p) => p.split(' '));
/** Words that name a unit; the place name after them stays on one line. */
const UNIT_WORDS = new Set(['TỈNH', 'THÀNH PHỐ', 'PHƯỜNG', 'XÃ', 'ĐẶC KHU', 'QUẬN', 'HUYỆN', 'THỊ XÃ', 'THỊ TRẤN']);
/** A place name is at most this many words ("BÀ RỊA - VŨNG TÀU"). */
const PLACE_WORDS = 4;

/** The words of `text` grouped into pieces a line break may not enter. */
function pieces(text: string): string[][] {
  const words = text.trim().split(/\s+/);
  const upper = words.map((w) => w.toLocaleUpperCase('vi'));
  const out: string[][] = [];
  for (let i = 0; i < words.length;) {
    const phrase = KEEP_TOGETHER.find((p) => p.every((w, j) => upper[i + j] === w));
    const len = phrase?.length ?? 1;
    const piece = words.slice(i, i + len);
    out.push(piece);
    i += len;
    const rest = words.length - i;
    if (UNIT_WORDS.has(upper.slice(i - len, i).join(' ')) && rest > 0 && rest <= PLACE_WORDS) {
      out.push(words.slice(i));
      i = words.length;
    }
  }
  return out;
}

/** Every way to cut `n` pieces into `k` runs of consecutive pieces: the cut points, in order. */
function cuts(n: number, k: number, from = 1): number[][] {
  if (k === 1) return [[]];
  const out: number[][] = [];
  for (let c = from; c <= n - (k - 1); c++) for (const rest of cuts(n, k - 1, c + 1)) out.push([c, ...rest]);
  return out;
}

function linesAt(parts: readonly string[][], at: readonly number[]): string[] {
  const bounds = [0, ...at, parts.length];
  return bounds.slice(1).map((end, i) => parts.slice(bounds[i], end).flat().join(' '));
}

/** A cut that leaves one word alone on a line, or a line starting or ending with a dash. */
function awkward(lines: readonly string[]): boolean {
  return lines.some((l) => !l.includes(' ') || l.startsWith('-') || l.endsWith('-'));
}

function bestBreak(parts: readonly string[][], style: TextStyle, room: number): string[] | null {
  for (let k = 2; k <= Math.min(MAX_LINES, parts.length); k++) {
    const options = cuts(parts.length, k)
      .map((at) => linesAt(parts, at))
      .map((lines) => ({ lines, widest: Math.max(...lines.map((l) => width(l, style))), awkward: awkward(lines) }))
      .filter((o) => o.widest <= room)
      .sort((a, b) => Number(a.awkward) - Number(b.awkward) || a.widest - b.widest);
    if (options[0]) return options[0].lines;
  }
  return null;
}

/**
 * `text` broken between words into as few lines as fit `room` points, the lines as even as can be
 * (the widest as narrow as possible), never inside "THÀNH PHỐ", "CƠ QUAN" or a place name, never one
 * word alone on a line when the name has words enough: "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH" ->
 * "ĐẢNG BỘ THÀNH PHỐ" / "HỒ CHÍ MINH". Null when no break into at most four lines fits.
 */
export function balancedLines(text: string, style: TextStyle, room: number): string[] | null {
  const words = text
    .trim()
    .split(/\s+/)
    .map((w) => [w]);
  return bestBreak(pieces(text), style, room) ?? bestBreak(words, style, room);
}

/** The text width of page 1 (portrait), in points. */
function textWidthOfPage(profile: FormatProfile): number {
  const m = pageMargins(profile, 'portrait');
  return ((profile.page.widthMm - m.left - m.right) * 72) / 25.4;
}

type Body = { text: string; style: TextStyle };

function bodiesOf(texts: HeaderTexts, profile: FormatProfile): Body[] {
  const h = profile.header;
  return [
    ...(texts.superiorBody ? [{ text: texts.superiorBody, style: h.superiorBody }] : []),
    { text: texts.issuingBody, style: h.issuingBody },
  ];
}

/** The right column's widest line: the party title or the place and date. */
function rightNeeds(texts: HeaderTexts, profile: FormatProfile): number {
  const h = profile.header;
  return Math.max(width(h.partyTitle.text, h.partyTitle.style), width(texts.placeDate, h.placeDate));
}

/** The left column never narrower than this share of the text width (per cent). */
const MIN_LEFT_PERCENT = 33;

/** Widen the left column for a long body name, as far as the right column still holds its lines. */
function widenedLayout(texts: HeaderTexts, profile: FormatProfile): HeaderLayout {
  const h = profile.header;
  const total = textWidthOfPage(profile);
  const profileLeft = (total * h.columns[0]) / 100;
  const bodies = bodiesOf(texts, profile);
  const widest = Math.max(...bodies.map((b) => width(b.text, b.style)));
  const unchanged = {
    leftPercent: h.columns[0],
    superiorLines: texts.superiorBody ? [texts.superiorBody] : null,
    issuingLines: [texts.issuingBody],
  };
  if (widest <= profileLeft) return unchanged;

  const room = Math.max(profileLeft, total - rightNeeds(texts, profile));
  const broken = bodies.map((b) => (width(b.text, b.style) <= room ? [b.text] : (balancedLines(b.text, b.style, room) ?? [b.text])));
  const needed = Math.max(...bodies.flatMap((b, i) => (broken[i] ?? []).map((l) => width(l, b.style))));
  const leftPt = Math.min(room, Math.max(profileLeft, needed));
  const leftPercent = Math.ceil((leftPt / total) * 1000) / 10;
  const issuingLines = broken[broken.length - 1] ?? [texts.issuingBody];
  return { leftPercent, superiorLines: texts.superiorBody ? (broken[0] ?? null) : null, issuingLines };
}

/**
 * Narrow the left column so the right one holds the place and date on one line, the body names
 * broken into even lines to fit what is left (never below MIN_LEFT_PERCENT, never through a piece
 * that cannot be broken). Null when no such split exists.
 */
function narrowedLayout(texts: HeaderTexts, profile: FormatProfile): HeaderLayout | null {
  const total = textWidthOfPage(profile);
  const leftPercent = Math.floor(((total - rightNeeds(texts, profile)) / total) * 1000) / 10;
  if (leftPercent < MIN_LEFT_PERCENT) return null;
  const room = (total * leftPercent) / 100;
  const bodies = bodiesOf(texts, profile);
  const broken = bodies.map((b) => (width(b.text, b.style) <= room ? [b.text] : balancedLines(b.text, b.style, room)));
  if (broken.some((lines) => lines === null)) return null;
  const issuingLines = broken[broken.length - 1] ?? [texts.issuingBody];
  return { leftPercent, superiorLines: texts.superiorBody ? (broken[0] ?? null) : null, issuingLines };
}

function rightFits(texts: HeaderTexts, profile: FormatProfile, leftPercent: number): boolean {
  const right = (textWidthOfPage(profile) * (100 - leftPercent)) / 100;
  return width(texts.placeDate, profile.header.placeDate) <= right;
}

/**
 * What a careful clerk does with a body name wider than the header's left column: first widen the
 * left column, as far as the right column still holds its widest line (the party title, the place
 * and date); if the name still does not fit, break it into even lines by hand. When the place and
 * date is too long for the right column ("Thành phố Hồ Chí Minh, ngày 05 tháng 12 năm 2026"), the
 * left column gives way instead (down to 33 %), its names broken into more lines; if even that
 * cannot hold the line, the layout stays as it was (and the check 'place.wraps' warns). Headers
 * whose lines fit are left alone, and so are the profile's column widths.
 */
export function headerLayout(texts: HeaderTexts, profile: FormatProfile): HeaderLayout {
  const base = widenedLayout(texts, profile);
  if (rightFits(texts, profile, base.leftPercent)) return base;
  return narrowedLayout(texts, profile) ?? base;
}

/**
 * Whether the place-and-date line ("Thành phố Hồ Chí Minh, ngày 05 tháng 12 năm 2026") fits on
 * one line of the right column as `headerLayout` lays the header out; when it does not, Word and
 * the page view wrap it ("năm 2026" alone on a second line).
 */
export function placeDateFits(texts: HeaderTexts, profile: FormatProfile): boolean {
  return rightFits(texts, profile, headerLayout(texts, profile).leftPercent);
}
