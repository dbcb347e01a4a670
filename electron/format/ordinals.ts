const words = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const units = ['', 'một', 'hai', 'ba', 'bốn', 'lăm', 'sáu', 'bảy', 'tám', 'chín'];
/** The tens digit is read "năm" (50 = "năm mươi"); only the units digit after a ten is "lăm". */
const tensWords = ['', 'mười', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** Vietnamese ordinal word: 1 -> "nhất", 4 -> "tư", 11 -> "mười một", 15 -> "mười lăm", 21 -> "hai mươi mốt". */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`Không đọc được số thứ tự ${n}`);
  if (n <= 10) return words[n] ?? '';
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const head = tens === 1 ? 'mười' : `${tensWords[tens]} mươi`;
  if (unit === 0) return head;
  if (unit === 1) return `${head} ${tens === 1 ? 'một' : 'mốt'}`;
  if (unit === 4 && tens > 1) return `${head} tư`;
  return `${head} ${units[unit]}`;
}

/** 1 -> "Phần thứ nhất", 3 -> "Phần thứ ba". */
export function partLabel(n: number): string {
  return `Phần thứ ${ordinalWord(n)}`;
}

/** Conference ordinal in capitals: 7 -> "LẦN THỨ BẢY". */
export function conferenceOrdinal(n: number): string {
  return `LẦN THỨ ${ordinalWord(n).toUpperCase()}`;
}
