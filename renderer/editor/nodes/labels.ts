import { fromRoman, toRoman } from '../../../electron/format/roman.ts';

/**
 * The label that follows `label` in a list written by hand: "1." -> "2.", "2.1." -> "2.2.",
 * "a)" -> "b)", "II." -> "III.", "I-" -> "II-". Null when there is no obvious next one.
 */
export function nextLabel(label: string): string | null {
  const text = label.trim();
  const digits = /^(.*?)(\d+)([.)\-:]?)$/.exec(text);
  if (digits) return `${digits[1] ?? ''}${Number(digits[2]) + 1}${digits[3] ?? ''}`;
  const roman = /^([IVXLCDM]+)([.\-)])$/.exec(text);
  if (roman) {
    const n = fromRoman(roman[1] ?? '');
    if (n !== null) return `${toRoman(n + 1)}${roman[2] ?? ''}`;
  }
  const letter = /^([a-y])([.)])$/.exec(text);
  if (letter) {
    const code = (letter[1] ?? 'a').charCodeAt(0) + 1;
    return `${String.fromCharCode(code)}${letter[2] ?? ''}`;
  }
  return null;
}

/** Text typed at the start of a paragraph that is a label: "1.", "1.2.", "a)", "II.", "III-". */
export const LABEL_PATTERN = /^(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[IVXL]+[.-])$/u;
