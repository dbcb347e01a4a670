import { failWith, readOk, type ReadResult } from '../result.ts';

/**
 * Bytes of a text file as a string: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Refuses binary data (NUL bytes, many control characters); text that is not valid UTF-8 is
 * read with replacement characters and a note.
 */
export function decodeText(bytes: Uint8Array): ReadResult<{ text: string; notes: string[] }> {
  const notes: string[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8').decode(body);
      notes.push('Tệp không hoàn toàn ở mã UTF-8: một số ký tự không đọc được (hiện thành "�"); hãy lưu lại tệp với mã UTF-8.');
    }
  }
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
