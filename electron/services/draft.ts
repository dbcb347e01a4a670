import type { TargetResult } from '../format/assessment.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import type { Db } from '../store/db.ts';
import { latestDocument } from '../store/documents.ts';
import { checkContent, saveDocument } from './documentSave.ts';
import type { StoredDocument } from '../store/documentRows.ts';
import { getOrganization } from '../store/organizations.ts';
import { listRecipientLists } from '../store/recipientLists.ts';
import { listSigners, signatureOf } from '../store/signers.ts';
import { resolutionList } from './copies/defaults.ts';
import { targetsWithResults } from '../store/targets.ts';
import { buildNextYearDraft } from './nextYear.ts';
import { DEFAULT_TEMPLATE_ID, loadTemplate } from './templates.ts';

export type StartNextYearInput = {
  orgId: string;
  /** The plan year of the new draft (2023 starts from the 2022 resolution). */
  year: number;
  /** Start this year's values from last year's (default: leave them for the secretary). */
  carryValues?: boolean;
  templateId?: string;
  who: string;
};

export type PreparedDraft = { content: Resolution; why: string; previousId: number | null };

/** Next year's draft from last year's resolution and results, without saving it. */
export function prepareNextYear(db: Db, input: StartNextYearInput): Result<PreparedDraft> {
  const org = getOrganization(db, input.orgId);
  if (!org.ok) return org;
  const template = loadTemplate(input.templateId ?? DEFAULT_TEMPLATE_ID);
  if (!template.ok) return template;
  const issued = latestDocument(db, input.orgId, input.year - 1, { issuedOnly: true });
  if (!issued.ok) return issued;
  const anyPrevious = issued.value ? issued : latestDocument(db, input.orgId, input.year - 1);
  if (!anyPrevious.ok) return anyPrevious;
  const previous = anyPrevious.value;

  const results = new Map<string, TargetResult>();
  if (previous) {
    const rows = targetsWithResults(db, input.orgId, input.year - 1);
    if (!rows.ok) return rows;
    for (const row of rows.value?.rows ?? []) {
      if (row.result) results.set(row.key, { written: row.result.written, parsed: row.result.parsed ?? undefined });
    }
  }
  const signers = listSigners(db, input.orgId);
  if (!signers.ok) return signers;
  const lists = listRecipientLists(db, input.orgId);
  if (!lists.ok) return lists;
  const content = buildNextYearDraft({
    org: org.value,
    year: input.year,
    previous: previous?.content ?? null,
    results,
    template: template.value,
    carryValues: input.carryValues ?? false,
    signers: signers.value.map(signatureOf),
    fallbackRecipients: resolutionList(lists.value)?.lines ?? null,
  });
  const why = previous
    ? `Khởi tạo từ nghị quyết năm ${input.year - 1} (văn bản #${previous.id})`
    : `Khởi tạo từ mẫu "${template.value.name}" (chưa có nghị quyết năm ${input.year - 1})`;
  return ok({ content, why, previousId: previous?.id ?? null });
}

/**
 * "Tạo nghị quyết năm mới": next year's draft saved as a new document (dự thảo lần 1) with its first
 * version and audit row. Refuses when the organization already has a document for that year.
 */
export function startNextYear(db: Db, input: StartNextYearInput): Result<StoredDocument> {
  const existing = latestDocument(db, input.orgId, input.year);
  if (!existing.ok) return existing;
  if (existing.value) {
    return fail(
      'INVALID_INPUT',
      `Đã có nghị quyết năm ${input.year} của tổ chức này (văn bản #${existing.value.id}). Hãy mở văn bản đó thay vì tạo mới.`,
    );
  }
  const prepared = prepareNextYear(db, input);
  if (!prepared.ok) return prepared;
  // Made here from the template, last year's document and its results: checked once, before it is saved.
  const content = checkContent(prepared.value.content);
  if (!content.ok) return content;
  return saveDocument(db, { orgId: input.orgId, content: content.value, who: input.who, why: prepared.value.why });
}
