/**
 * Advance widths of Times (per 1000 em), from Adobe's public Times-Roman and Times-Bold AFM files.
 * Times New Roman and its metric-compatible substitutes (Liberation Serif) have the same widths,
 * so the width of a line of capitals can be known without a layout engine: the rule under
 * "ĐẢNG CỘNG SẢN VIỆT NAM" is drawn exactly as long as the text.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

const roman = {
  upper: [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611],
  lower: [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444],
};
const bold = {
  upper: [
    722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,
  ],
  lower: [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444],
};
/** Characters whose width is the same in both weights (digits 500, space and . , 250). */
const shared: Record<string, number> = {
  ' ': 250,
  '.': 250,
  ',': 250,
  '0': 500,
  '1': 500,
  '2': 500,
  '3': 500,
  '4': 500,
  '5': 500,
  '6': 500,
  '7': 500,
  '8': 500,
  '9': 500,
};
const punctuation = { roman: { '-': 333, '*': 500, ':': 278, '/': 278 }, bold: { '-': 333, '*': 500, ':': 333, '/': 278 } };
/** Width used for a character not in the tables above. */
const FALLBACK = 500;

function table(letters: readonly number[], alphabet: string): Map<string, number> {
  return new Map([...alphabet].map((ch, i) => [ch, letters[i] ?? FALLBACK]));
}
const widths = {
  roman: new Map([
    ...table(roman.upper, UPPER),
    ...table(roman.lower, LOWER),
    ...Object.entries(shared),
    ...Object.entries(punctuation.roman),
  ]),
  bold: new Map([...table(bold.upper, UPPER), ...table(bold.lower, LOWER), ...Object.entries(shared), ...Object.entries(punctuation.bold)]),
};

/** The letter whose width a Vietnamese letter takes: "Ộ" -> "O", "Đ" -> "D". */
export function baseLetter(ch: string): string {
  if (ch === 'Đ') return 'D';
  if (ch === 'đ') return 'd';
  return ch.normalize('NFD').charAt(0);
}

/** Advance width of `text` in 1/1000 em of Times (bold or regular). */
export function textWidthEm1000(text: string, isBold: boolean): number {
  const map = isBold ? widths.bold : widths.roman;
  let total = 0;
  for (const ch of text.normalize('NFC')) total += map.get(baseLetter(ch)) ?? FALLBACK;
  return total;
}

/** Advance width of `text` set at `sizePt`, in points. */
export function textWidthPt(text: string, sizePt: number, isBold: boolean): number {
  return (textWidthEm1000(text, isBold) * sizePt) / 1000;
}
