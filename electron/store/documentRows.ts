import { resolutionSchema, type Resolution } from '../contract/model/index.ts';
import type { DocumentSummary, StoredDocument } from '../contract/model/office.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { readJson } from './json.ts';
import { documentStatusSchema } from '../contract/model/status.ts';

export type DocumentRow = {
  id: number;
  org_id: string;
  doc_type: string;
  plan_year: number;
  status: string;
  profile_id: string;
  number_seq: number | null;
  issued_on: string | null;
  title: string;
  summary: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type DocumentRowWithContent = DocumentRow & { content: string };

export const SUMMARY_COLUMNS =
  'd.id, d.org_id, d.doc_type, d.plan_year, d.status, d.profile_id, d.number_seq, d.issued_on, d.title, d.summary, d.version, d.created_at, d.updated_at';

export function toSummary(row: DocumentRow): Result<DocumentSummary> {
  const status = documentStatusSchema.safeParse(row.status);
  if (!status.success) return fail('READ_FAILED', `Văn bản #${row.id} có trạng thái không hợp lệ "${row.status}" trong tệp dữ liệu.`);
  return ok({
    id: row.id,
    orgId: row.org_id,
    docType: row.doc_type,
    planYear: row.plan_year,
    status: status.data,
    profileId: row.profile_id,
    numberSeq: row.number_seq,
    issuedOn: row.issued_on,
    title: row.title,
    summary: row.summary,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function toStored(row: DocumentRowWithContent): Result<StoredDocument> {
  const summary = toSummary(row);
  if (!summary.ok) return summary;
  const content = readJson(resolutionSchema, row.content, `Nội dung văn bản #${row.id}`);
  return content.ok ? ok({ ...summary.value, content: content.value }) : content;
}

/** Listing fields derived from the content, so that lists need not parse every document. */
export function listingFields(doc: Resolution): { title: string; summary: string } {
  return {
    title: [doc.title.documentType, ...doc.title.conferenceLines].join(' '),
    summary: doc.title.summary.replace(/\s*\n\s*/g, ' '),
  };
}

export type { DocumentSummary, StoredDocument };
