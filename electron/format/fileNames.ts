/**
 * A piece of a suggested file name in ASCII, so that it survives e-mail and old file systems:
 * letters without diacritics (đ -> d, Đ -> D), case kept; every run of other characters becomes
 * one "-", none at either end. The one home of this rule ("Nghị quyết" -> "Nghi-quyet").
 */
export function asciiFileNamePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
