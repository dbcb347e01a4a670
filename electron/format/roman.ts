const table: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 14 -> "XIV". Defined for 1..3999. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`Không viết được số La Mã cho ${n}`);
  let rest = n;
  let out = '';
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** "XIV" -> 14; null when the text is not a well-formed Roman numeral. */
export function fromRoman(text: string): number | null {
  const s = text.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(s)) return null;
  let total = 0;
  let i = 0;
  for (const [value, letters] of table) {
    while (s.startsWith(letters, i)) {
      total += value;
      i += letters.length;
    }
  }
  // "MMMM" adds up past 3999, which has no canonical form: not a numeral rather than an error.
  if (i !== s.length || total > 3999) return null;
  return toRoman(total) === s ? total : null;
}
