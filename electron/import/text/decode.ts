import { failWith, readOk, type ReadResult } from '../result.ts';
import { detectLegacy, fromLegacyVietnamese } from './legacy.ts';

/**
 * Bytes of a text file as a string: UTF-8 (with or without BOM), UTF-16 with a BOM or without
 * one (told by its zero bytes), or an 8-bit file typed in TCVN3 / VNI, converted to Unicode.
 * Refuses binary data (NUL bytes, many control characters); other text that is not valid UTF-8
 * is read with replacement characters and a note.
 */

/** UTF-16 without a byte-order mark: most high bytes of ASCII-range characters are zero, all on one side. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): ReadResult<{ text: string; notes: string[] }> {
  const notes: string[] = [];
  let text: string;
  const order = utf16Order(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (order) text = new TextDecoder(order).decode(bytes);
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const eight = new TextDecoder('windows-1252').decode(body);
      if (detectLegacy(eight)) text = eight;
      else {
        text = new TextDecoder('utf-8').decode(body);
        notes.push('Tệp không hoàn toàn ở mã UTF-8: một số ký tự không đọc được (hiện thành "�"); hãy lưu lại tệp với mã UTF-8.');
      }
    }
  }
  const legacy = fromLegacyVietnamese(text);
  text = legacy.text;
  if (legacy.note) notes.push(legacy.note);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul += 1;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control += 1;
  }
  if (nul > text.length / 200 || control > text.length / 20) return failWith('NOT_TEXT');
  const clean = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, '')
    .replace(/\r\n?|\f/g, '\n')
    .normalize('NFC');
  return readOk({ text: clean, notes });
}
