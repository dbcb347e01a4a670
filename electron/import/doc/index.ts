import { failWith, readOk, type ReadResult } from '../result.ts';
import type { SourceDocument } from '../source.ts';
import { textToSource } from '../text/lines.ts';
import { fromLegacyVietnamese } from '../text/legacy.ts';

/**
 * A Word 97–2003 file (.doc, an OLE compound file) as source paragraphs, with `word-extractor`:
 * the body's text, one paragraph per line, table cells separated by tabs (which become tables
 * as in a text file). Text typed in the old TCVN3 (.VnTime) or VNI fonts is converted to Unicode.
 */

type WordDocument = { getBody(): string };
type WordExtractorCtor = new () => { extract(source: Uint8Array): Promise<WordDocument> };

let loaded: Promise<WordExtractorCtor> | null = null;
function extractor(): Promise<WordExtractorCtor> {
  loaded ??= import('word-extractor').then((m: { default: unknown }) => m.default as WordExtractorCtor);
  return loaded;
}

export async function readDoc(bytes: Uint8Array): Promise<ReadResult<SourceDocument>> {
  const Extractor = await extractor();
  let body: string;
  try {
    const doc = await new Extractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody();
  } catch (err) {
    return failWith('CORRUPT_DOC', [err instanceof Error ? err.message : String(err)]);
  }
  const text = body
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .normalize('NFC');
  if (text.trim() === '') return failWith('EMPTY_FILE');
  const legacy = fromLegacyVietnamese(text);
  const source = textToSource(legacy.text, legacy.note ? [legacy.note] : []);
  return readOk({ ...source, format: 'doc' });
}
