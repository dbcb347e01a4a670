/**
 * A long text shortened for a message or a list ("Đã lưu “Về phát triển kinh tế - xã hội, đảm
 * bảo…”"): at most `max` characters, cut at the end of a word (never mid-word, unless the first
 * word alone is longer), with "…" when anything was left out. Pure.
 */
export function shortText(text: string, max: number): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  if (t.length <= max) return t;
  const head = t.slice(0, max);
  const cut = t.charAt(max) === ' ' ? max : head.lastIndexOf(' ');
  const kept = (cut > 0 ? head.slice(0, cut) : head).replace(/[\s,;:.\-–]+$/u, '');
  return `${kept}…`;
}
