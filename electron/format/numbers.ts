/**
 * Vietnamese number forms: "." groups thousands, "," marks decimals ("15.577", "770,4").
 */

/** 15577 -> "15.577"; 770.4 -> "770,4"; keeps at most `maxDecimals` decimals, without trailing zeros. */
export function formatNumberVi(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`Không phải số hữu hạn: ${value}`);
  // toFixed switches to exponent notation from 1e21 on, which cannot be grouped.
  if (Math.abs(value) >= 1e21) throw new RangeError(`Số quá lớn để viết: ${value}`);
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [intPart = '0', decPart = ''] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = decPart.replace(/0+$/, '');
  const text = decimals ? `${grouped},${decimals}` : grouped;
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * Reads a number written the Vietnamese way: "15.577" -> 15577, "770,4" -> 770.4,
 * "4.000" -> 4000, "1.234,5" -> 1234.5. A lone "." followed by other than three digits is
 * read as a decimal point ("0.24" -> 0.24), as seen in typed documents; "1.234" is 1234.
 * Spaces inside are ignored; a leading "−" (U+2212) is a minus sign.
 * Returns null when the text is not a number (also "12.", "1,2,3", "1.23.456", "").
 */
export function parseNumberVi(text: string): number | null {
  const s = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/^\u2212/, '-');
  // A number starts and ends with a digit: "12." or "12," is not one.
  if (!/^[+-]?\d(?:[\d.,]*\d)?$/.test(s)) return null;
  let normalized: string;
  if (s.includes(',')) {
    // "," is the decimal mark; every "." groups thousands.
    if ((s.match(/,/g) ?? []).length > 1) return null;
    const [intPart = '', decPart = ''] = s.split(',');
    if (intPart.includes('.') && !/^[+-]?\d{1,3}(\.\d{3})+$/.test(intPart)) return null;
    normalized = `${intPart.replace(/\./g, '')}.${decPart}`;
    if (decPart.includes('.') || decPart === '') return null;
  } else if (s.includes('.')) {
    normalized = /^[+-]?\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s;
    if ((normalized.match(/\./g) ?? []).length > 1) return null;
  } else {
    normalized = s;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** 4 -> "04": numbers under `below` get a leading zero (document numbers, days, months 1–2). */
export function padBelow(n: number, below = 10): string {
  return n < below && n >= 0 ? `0${n}` : String(n);
}
