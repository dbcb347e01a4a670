import { foldText } from '../../format/fold.ts';

/**
 * A short, stable ASCII key from an indicator's name: "Về kinh tế" -> "kinh-te",
 * "Tỷ lệ che phủ rừng" -> "che-phu-rung", "Thu NSNN do huyện quản lý" -> "thu-nsnn-do-huyen-quan".
 * Lower case, no diacritics (đ as d), leading filler words dropped, at most five words.
 */

const FILLER = [['ve'], ['cac'], ['nhung'], ['trong', 'do'], ['rieng'], ['ty', 'le'], ['so'], ['nganh'], ['chi', 'tieu']];

export function slugOf(name: string): string {
  const words = foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  let start = 0;
  for (let again = true; again;) {
    const hit = FILLER.find((f) => f.every((w, k) => words[start + k] === w) && start + f.length < words.length);
    again = hit !== undefined;
    start += hit?.length ?? 0;
  }
  const kept = words.slice(start, start + 5);
  return kept.length > 0 ? kept.join('-') : 'chi-tieu';
}
