import type { XmlElement } from '../../ooxml/xml/parse.ts';
import { runText } from '../../ooxml/runText.ts';
import { isElement } from '../../ooxml/xml/query.ts';

/** The text of the first `max` non-empty paragraphs of a parsed document, in reading order (table cells included). */
export function paragraphTexts(root: XmlElement, max: number): string[] {
  const out: string[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (out.length >= max) return;
      if (!isElement(c)) continue;
      if (c.name === 'w:p') {
        const text = paragraphText(c).replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      } else {
        walk(c);
      }
    }
  };
  walk(root);
  return out;
}

/** Deleted text (w:del, w:moveFrom) and properties: not part of what the paragraph reads now. */
const SKIPPED = new Set(['w:pPr', 'w:rPr', 'w:del', 'w:moveFrom']);

/** A paragraph's text: its runs' text (ooxml/runText.ts) through hyperlinks, fields and content controls, text boxes' runs included. */
function paragraphText(el: XmlElement): string {
  let text = '';
  for (const c of el.children) {
    if (!isElement(c) || SKIPPED.has(c.name)) continue;
    if (c.name === 'w:r') text += runText(c);
    text += paragraphText(c);
  }
  return text;
}

const NUMBER = /^Số\s*:?\s*(\d{1,4}\s*[-\u2011]\s*[\p{Lu}][\p{L}]*\s*\/\s*[\p{Lu}][\p{L}\-/]*)$/u;
const TYPES = [
  'NGHỊ QUYẾT',
  'QUYẾT ĐỊNH',
  'QUY ĐỊNH',
  'CHỈ THỊ',
  'KẾT LUẬN',
  'HƯỚNG DẪN',
  'THÔNG BÁO',
  'BÁO CÁO',
  'KẾ HOẠCH',
  'CHƯƠNG TRÌNH',
  'THÔNG TRI',
  'QUY CHẾ',
];

/**
 * How the copy register names a received document: "Nghị quyết số 12-NQ/TU ngày 05/12/2021 của
 * Tỉnh ủy Lâm Đồng" would need reading the whole header; what we can read safely is the type and
 * the number ("Nghị quyết số 12-NQ/TU"), else the file's name.
 */
export function receivedLabel(paragraphs: readonly string[], fileName: string): string {
  const number = paragraphs.map((p) => NUMBER.exec(p)?.[1]).find((m) => m !== undefined);
  const type = paragraphs.map((p) => p.normalize('NFC').toLocaleUpperCase('vi')).find((p) => TYPES.includes(p));
  if (number === undefined) return `Tệp ${fileName}`;
  const symbol = number.replace(/\s+/g, '').replace(/\u2011/g, '-');
  const word = type ? type.charAt(0) + type.slice(1).toLocaleLowerCase('vi') : 'Văn bản';
  return `${word} số ${symbol}`;
}
