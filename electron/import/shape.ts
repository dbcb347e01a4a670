import { limits } from '../ooxml/limits.ts';
import { failWith, readOk, type ReadResult } from './result.ts';

/**
 * The size of a document counted before any structure is built: paragraphs in an XML part,
 * lines and the longest line of a text. Real resolutions have a few hundred paragraphs of at
 * most a few thousand characters; a small hostile file of 720,000 one-word paragraphs or one
 * 40 MB paragraph is refused here, in linear time and without allocating per paragraph.
 */

/** A text file's lines (counted on its bytes: "\n" is 0x0A in UTF-8 and in UTF-16). */
export function checkTextShape(bytes: Uint8Array): ReadResult<void> {
  let lines = 1;
  let longest = 0;
  let last = -1;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    lines += 1;
    longest = Math.max(longest, i - last - 1);
    last = i;
    if (lines > limits.maxLines) return failWith('TOO_LARGE', [`hơn ${limits.maxLines.toLocaleString('vi-VN')} dòng`]);
  }
  longest = Math.max(longest, bytes.byteLength - last - 1);
  if (longest > limits.maxParagraphBytes) {
    return failWith('TOO_LARGE', [
      `có một đoạn dài ${Math.round(longest / 1024).toLocaleString('vi-VN')} KB (tối đa ${limits.maxParagraphBytes / 1024} KB)`,
    ]);
  }
  return readOk(undefined);
}

/** An XML part's paragraphs (`<w:p>` under any prefix) and its longest text between two tags. */
export function checkXmlShape(xml: string, name: string): ReadResult<void> {
  let paragraphs = 0;
  const para = /<(?:[\w.-]+:)?p[\s/>]/g;
  while (para.exec(xml) !== null) {
    paragraphs += 1;
    if (paragraphs > limits.maxParagraphs) {
      return failWith('TOO_LARGE', [`${name}: hơn ${limits.maxParagraphs.toLocaleString('vi-VN')} đoạn văn`]);
    }
  }
  let runs = 0;
  const run = /<(?:[\w.-]+:)?r[\s>]/g;
  while (run.exec(xml) !== null) {
    runs += 1;
    if (runs > limits.maxRuns) return failWith('TOO_LARGE', [`${name}: hơn ${limits.maxRuns.toLocaleString('vi-VN')} đoạn chữ định dạng`]);
  }
  let longest = 0;
  let close = xml.indexOf('>');
  while (close !== -1) {
    const open = xml.indexOf('<', close);
    const end = open === -1 ? xml.length : open;
    longest = Math.max(longest, end - close - 1);
    if (open === -1) break;
    close = xml.indexOf('>', open);
  }
  if (longest > limits.maxParagraphBytes) {
    return failWith('TOO_LARGE', [`${name}: có một đoạn chữ dài ${Math.round(longest / 1024).toLocaleString('vi-VN')} KB`]);
  }
  return readOk(undefined);
}
