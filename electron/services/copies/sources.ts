import { copyKindNames } from '../../contract/api.ts';
import { statusNames } from '../../contract/model/status.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { typeInText } from '../../format/printed.ts';
import { appendCopyBlock, openReceivedDocx, receivedLabel } from '../../docx/appendCopy/index.ts';
import { renderCopyDocx } from '../../docx/copyDocument.ts';
import type { CopyBlock } from '../../docx/copyTexts.ts';
import { formatDateShort } from '../../format/dates.ts';
import { formatDocSymbol } from '../../format/docNumber.ts';
import type { FormatProfile } from '../../format/profile.ts';
import type { Db } from '../../store/db.ts';
import { getDocument } from '../../store/documents.ts';
import { profileFor } from '../documents.ts';
import { excerpt, parseParts, partsText } from './parts.ts';
import type { CopyRequest } from './plan.ts';

/** What is copied, ready to print with a copy block once the block's number is known. */
export type CopySource = {
  /** The copying body. */
  orgId: string;
  documentId: number | null;
  sourceLabel: string;
  /** A copy cannot be older than what it copies (the issue date of our document). */
  notBefore: string | null;
  /** Prints the copy; `copyProfile` is the profile in force on the copy's day (the block's layout). */
  render: (block: CopyBlock, copyProfile: FormatProfile) => Promise<Uint8Array>;
  /** What the copy leaves out of the source (outside links, macros, embedded objects), for the clerk. */
  removed: string[];
};

function ownSource(db: Db, req: CopyRequest, documentId: number): Result<CopySource> {
  const stored = getDocument(db, documentId);
  if (!stored.ok) return stored;
  const { content, status } = stored.value;
  const { number, date } = content.header;
  if (status !== 'ban-hanh' || number.seq === null || date === null) {
    return fail(
      'INVALID_INPUT',
      `Văn bản #${documentId} chưa ban hành (trạng thái "${statusNames[status]}"): chỉ ${copyKindNames[req.kind].toLocaleLowerCase('vi')} được văn bản đã ban hành, đã có số và ngày.`,
    );
  }
  const orgId = req.orgId ?? stored.value.orgId;
  if (req.kind === 'sao-y' && orgId !== stored.value.orgId) {
    return fail(
      'INVALID_INPUT',
      `Sao y bản chính do chính cơ quan ban hành văn bản thực hiện (${stored.value.orgId}); cơ quan khác sao văn bản này thì dùng sao lục.`,
    );
  }
  if (req.kind === 'sao-luc' && orgId === stored.value.orgId) {
    return fail(
      'INVALID_INPUT',
      'Sao lục là sao văn bản của cơ quan khác gửi đến; văn bản của chính cơ quan thì dùng sao y bản chính hoặc trích sao.',
    );
  }
  const profile = profileFor(content);
  if (!profile.ok) return profile;
  const label = `${typeInText(content.title.documentType)} số ${formatDocSymbol(number, profile.value.numbering)} ngày ${formatDateShort(date)}`;
  let printed = content;
  let sourceLabel = label;
  if (req.kind === 'trich-sao') {
    if (!req.parts?.trim()) {
      return fail(
        'INVALID_INPUT',
        `Trích sao cần chọn phần trích: số thứ tự các khối nội dung, ví dụ 3-7,12 (văn bản có ${content.body.length} khối).`,
      );
    }
    const ranges = parseParts(req.parts, content.body.length);
    if (!ranges.ok) return ranges;
    if (req.includeAppendix && !content.appendix.include) {
      return fail('INVALID_INPUT', `Văn bản #${documentId} không có phụ lục để trích sao.`);
    }
    printed = excerpt(content, ranges.value, profile.value, req.includeAppendix === true);
    sourceLabel = `${label}, trích phần ${partsText(ranges.value)}${printed.appendix.include ? ' và phụ lục' : ''}`;
  } else if (req.parts?.trim() || req.includeAppendix) {
    return fail('INVALID_INPUT', 'Chỉ trích sao mới chọn phần trích; sao y bản chính và sao lục sao toàn văn.');
  }
  return ok({
    orgId,
    documentId,
    sourceLabel: req.sourceLabel?.trim() || sourceLabel,
    notBefore: date,
    render: (block) => renderCopyDocx(printed, profile.value, block, new Date()),
    removed: [],
  });
}

function receivedSource(req: CopyRequest, bytes: Uint8Array, fileName: string): Result<CopySource> {
  if (req.kind !== 'sao-luc') {
    return fail(
      'INVALID_INPUT',
      req.kind === 'sao-y'
        ? 'Sao y bản chính chỉ dành cho văn bản do chính cơ quan ban hành (chọn văn bản trong kho); văn bản nhận từ cơ quan khác thì dùng sao lục.'
        : 'Trích sao chỉ làm với văn bản của cơ quan mình trong kho; văn bản nhận từ cơ quan khác thì sao lục toàn văn.',
    );
  }
  if (req.parts?.trim() || req.includeAppendix) return fail('INVALID_INPUT', 'Sao lục sao toàn văn: không chọn phần trích.');
  if (!req.orgId) return fail('INVALID_INPUT', 'Sao lục cần cơ quan làm bản sao: chọn mã cơ quan (ví dụ HU-DUC-TRONG).');
  const received = openReceivedDocx(bytes);
  if (!received.ok) return received;
  return ok({
    orgId: req.orgId,
    documentId: null,
    sourceLabel: req.sourceLabel?.trim() || receivedLabel(received.value.paragraphs, fileName),
    notBefore: null,
    render: (block, copyProfile) => appendCopyBlock(received.value, block, copyProfile),
    removed: received.value.cleaning.notes,
  });
}

/** The source of a copy request, checked against its kind. */
export function copySource(db: Db, req: CopyRequest): Result<CopySource> {
  return 'documentId' in req.source
    ? ownSource(db, req, req.source.documentId)
    : receivedSource(req, req.source.received, req.source.fileName);
}
