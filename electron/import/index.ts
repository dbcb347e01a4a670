import { buildReport, type ImportReport } from './build.ts';
import { readDoc } from './doc/index.ts';
import { readDocx } from './docx/index.ts';
import { readPdf } from './pdf/index.ts';
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
 * Importing a past party document: file bytes (.docx, .doc, PDF or text) -> the model, validated,
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
      return failWith('NOT_DOCX', ['tệp PDF: chỉ đọc được khi nhập văn bản (soan-nq import), không dùng cho kiểm tra thể thức']);
    case 'image':
      return failWith('IMAGE_FILE');
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

function reportOf(source: ReadResult<SourceDocument>, options: ImportOptions, bytes: Uint8Array): ReadResult<ImportReport> {
  if (!source.ok) return source;
  const structure = readStructure(source.value);
  if (structure.blocks.length === 0) return failWith('EMPTY_FILE');
  return buildReport(structure, {
    known: options.known ?? [],
    fallbackYear: options.fallbackYear ?? new Date().getFullYear(),
    profileTag: readProfileTag(bytes),
  });
}

/** A reader bug must not crash the app: it is reported as an unreadable file, with the cause. */
const readerBug = (err: unknown): ReadResult<never> =>
  failWith('READ_FAILED', [`${READER_BUG} ${err instanceof Error ? err.message : String(err)}`]);

/** .docx and text files, synchronously (a PDF or a .doc needs `importDocument`). */
export function importResolution(bytes: Uint8Array, options: ImportOptions = {}): ReadResult<ImportReport> {
  try {
    return reportOf(readSource(bytes), options, bytes);
  } catch (err) {
    return readerBug(err);
  }
}

/** The bytes as source paragraphs, PDFs (text layer) and Word 97–2003 files included. */
export async function readAnySource(bytes: Uint8Array): Promise<ReadResult<SourceDocument>> {
  if (bytes.byteLength > limits.maxInputBytes) return readSource(bytes);
  const kind = sniff(bytes);
  if (kind === 'pdf') return readPdf(bytes);
  if (kind === 'cfb-doc') return readDoc(bytes);
  return readSource(bytes);
}

/**
 * Importing any document an office holds: .docx, .doc, PDF (its text layer) or text. A pure
 * function of the bytes (no file system, no store), so that it can run in a worker.
 */
export async function importDocument(bytes: Uint8Array, options: ImportOptions = {}): Promise<ReadResult<ImportReport>> {
  try {
    return reportOf(await readAnySource(bytes), options, bytes);
  } catch (err) {
    return readerBug(err);
  }
}
