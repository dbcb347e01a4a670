/**
 * Vietnamese sort order: a ă â b c d đ e ê … o ô ơ … u ư …; tones come after the letters
 * (ma < mà < mả < mã < má < mạ < mac), then case (ma < Ma); digit runs compare as numbers
 * ("thôn 2" < "thôn 10").
 *
 * `compareVi` uses Intl.Collator('vi') when the runtime has Vietnamese collation data, and
 * otherwise `compareViFallback`, a small implementation of the same order that depends on
 * nothing. Both end with a plain code-unit comparison, so that only equal strings compare equal
 * and a sort gives the same result every time.
 */

const alphabet = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** Tone marks in collation order: (none) huyền, hỏi, ngã, sắc, nặng. */
const tones = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** One collation element: class (space < punctuation < digits < letters), primary, tone, case. */
type Element = { cls: number; primary: string; tone: number; upper: number };

const SPACE = 0;
const PUNCT = 1;
const DIGIT = 2;
const LETTER = 3;

/** Combining marks that make another letter: breve (ă), circumflex (â ê ô), horn (ơ ư). */
function letterWithMark(base: string, mark: string): string {
  if (mark === '\u0302') return { a: 'â', e: 'ê', o: 'ô' }[base] ?? base;
  if (mark === '\u031b') return { o: 'ơ', u: 'ư' }[base] ?? base;
  if (mark === '\u0306') return base === 'a' ? 'ă' : base;
  return base;
}

/** Digit runs become one element whose key sorts by value; leading zeros are ignored ("02" = "2"), as ICU does. */
function digitKey(run: string): string {
  const digits = run.replace(/^0+(?=\d)/, '');
  return `${String(digits.length).padStart(4, '0')}${digits}`;
}

export function collationElements(text: string): Element[] {
  const chars = [...text.normalize('NFD')];
  const out: Element[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (/\d/.test(ch)) {
      let run = ch;
      while (/\d/.test(chars[i + 1] ?? '')) run += chars[(i += 1)] ?? '';
      out.push({ cls: DIGIT, primary: digitKey(run), tone: 0, upper: 0 });
      continue;
    }
    const lower = ch.toLowerCase();
    if (alphabet.includes(lower)) {
      let letter = lower;
      let tone = 0;
      while (/\p{M}/u.test(chars[i + 1] ?? '')) {
        const mark = chars[(i += 1)] ?? '';
        letter = letterWithMark(letter, mark);
        const t = tones.indexOf(mark);
        if (t >= 0) tone = t + 1;
      }
      const rank = alphabet.indexOf(letter);
      out.push({ cls: LETTER, primary: String.fromCharCode(0x100 + rank), tone, upper: lower === ch ? 0 : 1 });
      continue;
    }
    if (/\p{M}/u.test(ch)) continue;
    if (/\p{L}/u.test(ch)) {
      // Letters outside the Vietnamese alphabet sort after it, by code point.
      out.push({ cls: LETTER, primary: String.fromCodePoint(0x1000 + (lower.codePointAt(0) ?? 0)), tone: 0, upper: lower === ch ? 0 : 1 });
      continue;
    }
    out.push({ cls: /\s/.test(ch) ? SPACE : PUNCT, primary: ch, tone: 0, upper: 0 });
  }
  return out;
}

function compareBy(a: Element[], b: Element[], level: (e: Element) => [number, string] | number): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = level(a[i] as Element);
    const y = level(b[i] as Element);
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x < y ? -1 : 1;
    } else if (Array.isArray(x) && Array.isArray(y)) {
      if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
      if (x[1] !== y[1]) return x[1] < y[1] ? -1 : 1;
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

const byCodeUnits = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

/** The Vietnamese order without Intl: letters, then tones, then case, then code units. */
export function compareViFallback(a: string, b: string): number {
  const ea = collationElements(a);
  const eb = collationElements(b);
  return (
    compareBy(ea, eb, (e) => [e.cls, e.primary]) ||
    compareBy(ea, eb, (e) => e.tone) ||
    compareBy(ea, eb, (e) => e.upper) ||
    byCodeUnits(a.normalize('NFC'), b.normalize('NFC')) ||
    byCodeUnits(a, b)
  );
}

function makeIntlCompare(): ((a: string, b: string) => number) | null {
  try {
    if (typeof Intl === 'undefined' || Intl.Collator.supportedLocalesOf(['vi']).length === 0) return null;
    const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'variant', usage: 'sort' });
    if (!collator.resolvedOptions().locale.startsWith('vi')) return null;
    return (a, b) => collator.compare(a, b) || byCodeUnits(a, b);
  } catch {
    return null;
  }
}

/** The runtime's Vietnamese collation, made on the first comparison (loading ICU's collation data costs a few ms, which a command that sorts nothing does not pay). */
let intlCompare: ((a: string, b: string) => number) | null | undefined;
const intl = (): ((a: string, b: string) => number) | null => (intlCompare === undefined ? (intlCompare = makeIntlCompare()) : intlCompare);

/** Compares two strings in Vietnamese order; 0 only for identical strings. */
export function compareVi(a: string, b: string): number {
  const compare = intl();
  return compare ? compare(a, b) : compareViFallback(a, b);
}

/** Whether `compareVi` is using the runtime's Vietnamese collation (true) or the fallback. */
export const usesIntlCollation = (): boolean => intl() !== null;

/** A sorted copy of `items` in Vietnamese order, by the item itself or by `key(item)`. Stable. */
export function sortVi<T>(items: readonly T[], key?: (item: T) => string): T[] {
  const keyOf = key ?? ((item: T) => String(item));
  return items
    .map((item, index) => ({ item, index, k: keyOf(item) }))
    .sort((x, y) => compareVi(x.k, y.k) || x.index - y.index)
    .map((x) => x.item);
}
