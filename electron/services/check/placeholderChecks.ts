import { findPlaceholders, PLACEHOLDER_FINDING } from '../../contract/model/placeholders.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import { error, type Finding } from './finding.ts';
import { shortText } from '../../format/shortText.ts';

/** A placeholder in a message: past 70 characters cut at a word end, its closing bracket kept ('[… Nêu những kết quả…]'). */
const shown = (text: string) => (text.length > 70 ? `${shortText(text, 69)}]` : text);

/** Each placeholder still in the document ("…", "[… Nêu …]") is an error: it must be written before submission. */
export function checkPlaceholders(doc: Resolution): Finding[] {
  return findPlaceholders(doc).map((spot) =>
    error(
      PLACEHOLDER_FINDING,
      spot.path,
      `Chưa điền ${spot.part}: còn "${shown(spot.text)}".`,
      spot.text.startsWith('[')
        ? 'Thay lời nhắc trong ngoặc vuông bằng nội dung của văn bản.'
        : 'Thay dấu "…" bằng nội dung hoặc số liệu thật.',
    ),
  );
}
