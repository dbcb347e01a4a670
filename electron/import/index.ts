import { buildReport, type ImportReport } from './build.ts';
import { readDocx } from './docx/index.ts';
import { limits } from '../ooxml/limits.ts';
import { readProfileTag } from './profileTag.ts';
import { failWith, type ReadResult } from './result.ts';
import { checkTextShape } from './shape.ts';
import { sniff } from '../ooxml/sniff.ts';
import type { SourceDocument } from './source.ts';
import { readStructure, type Structure } from './structure.ts';
import { readText } from './text/lines.ts';
import type { KnownIndicator } from './targets/link.ts';

/**
 * Importing a past resolution: file bytes (.docx or text) -> the document model, validated,
 * with a confidence per field, notes, and the link of each target to the body's indicators.
 * Never throws: every outcome, including a hostile or broken file, is a ReadResult.
 */

export type { ImportReport } from './build.ts';
export type { KnownIndicator, TargetLink } from './targets/link.ts';
export type { CopyBlock } from './parse/copyBlock.ts';
export type { ImportError, ImportErrorCode, PartialRead, ReadResult } from './result.ts';
export type { Structure } from './structure.ts';

/** Marks a READ_FAILED that came from an exception inside the readers (a bug), not from the file system. */
export const READER_BUG = 'lỗi trong bộ đọc:';

export type ImportOptions = { known?: readonly KnownIndicator[]; fallbackYear?: number };

/** The bytes as source paragraphs, whatever the format (by content, not by name). */
export function readSource(bytes: Uint8Array): ReadResult<SourceDocument> {
  if (bytes.byteLength > limits.maxInputBytes) {
    return failWith('TOO_LARGE', [`${Math.round(bytes.byteLength / 1048576)} MB (tối đa ${limits.maxInputBytes / 1048576} MB)`]);
  }
  switch (sniff(bytes)) {
    case 'empty':
      return failWith('EMPTY_FILE');
    case 'zip':
      return readDocx(bytes);
    case 'cfb-encrypted':
      return failWith('ENCRYPTED');
    case 'cfb-doc':
      return failWith('LEGACY_DOC');
    case 'rtf':
      return failWith('NOT_DOCX', ['tệp RTF: hãy mở bằng Word và lưu thành .docx']);
    case 'pdf':
      return failWith('NOT_DOCX', ['tệp PDF: hãy dùng bản Word (.docx) của văn bản']);
    case 'text': {
      const shape = checkTextShape(bytes);
      return shape.ok ? readText(bytes) : shape;
    }
  }
}

/** Reads the structure (parts and paragraph roles) of a file: what the format checker works on. */
export function readFileStructure(bytes: Uint8Array): ReadResult<Structure> {
  const source = readSource(bytes);
  if (!source.ok) return source;
  return { ok: true, value: readStructure(source.value) };
}

export function importResolution(bytes: Uint8Array, options: ImportOptions = {}): ReadResult<ImportReport> {
  try {
    const structure = readFileStructure(bytes);
    if (!structure.ok) return structure;
    if (structure.value.blocks.length === 0) return failWith('EMPTY_FILE');
    return buildReport(structure.value, {
      known: options.known ?? [],
      fallbackYear: options.fallbackYear ?? new Date().getFullYear(),
      profileTag: readProfileTag(bytes),
    });
  } catch (err) {
    // A reader bug must not crash the app: report it as an unreadable file, with the cause.
    return failWith('READ_FAILED', [`${READER_BUG} ${err instanceof Error ? err.message : String(err)}`]);
  }
}
