import type { BodyKind } from '../contract/model/parts.ts';
import { cleanStrings } from '../contract/cleanText.ts';
import type { SourceFormat } from '../contract/imports.ts';
import { resolutionSchema, SCHEMA_VERSION, type Resolution, type ResolutionInput } from '../contract/model/resolution.ts';
import { usualIssuerCode } from '../format/partyRules.ts';
import { importedProfile } from '../format/resolveProfile.ts';
import { documentKindForm } from '../format/documentKinds.ts';
import { scoreConfidence } from './confidence.ts';
import { bodyKindOf } from './parse/bodyKind.ts';
import { limits } from '../ooxml/limits.ts';
import { marksOf } from './parse/marks.ts';
import { readTargetsTables, type TableTargets } from './parse/targetTable.ts';
import type { CopyBlock } from './parse/copyBlock.ts';
import { readPlanYear } from './planYear.ts';
import { describeRead, preambleOf } from './notes.ts';
import { failWith, importMessages, readOk, type PartialRead, type ReadResult } from './result.ts';
import { parasOf } from './layout/text.ts';
import type { Structure } from './structure.ts';
import type { TargetDraft } from './targets/draft.ts';
import { targetsFromBody } from './targets/fromBody.ts';
import { assignKeys, type KnownIndicator, type TargetLink } from './targets/link.ts';
import { pushAll } from './pushAll.ts';

/**
 * The document model from a recognised structure, validated with `resolutionSchema`, with a
 * confidence for each field and notes for the review screen. A field the file does not give
 * gets a visible placeholder ("(chưa đọc được …)") and confidence 0, so that the model stays
 * valid and the user sees what to fill in.
 */

export type ImportReport = {
  model: Resolution;
  confidence: Record<string, number>;
  notes: string[];
  links: TargetLink[];
  copy: CopyBlock | null;
  /** Suggested status when stored: issued when it has a number and a date, or carries the e-office signature stamp. */
  status: 'ban-hanh' | 'du-thao';
  source: { format: SourceFormat; paragraphs: number; plain: boolean };
};

export type BuildOptions = {
  known?: readonly KnownIndicator[];
  fallbackYear: number;
  /** The profile id our own exports carry (docProps/core.xml), or null. */
  profileTag?: string | null;
};

export const MISSING = (what: string): string => `(chưa đọc được ${what})`;

export function partialOf(s: Structure): PartialRead {
  const found: Record<string, string> = {};
  const h = s.header;
  if (h.superiorBody) found['header.superiorBody'] = h.superiorBody;
  if (h.issuingBody) found['header.issuingBody'] = h.issuingBody;
  if (h.numberText) found['header.number'] = h.numberText;
  if (h.place) found['header.place'] = h.place;
  if (h.date) found['header.date'] = h.date;
  const paragraphs = parasOf(s.blocks)
    .slice(0, limits.maxPartialParagraphs)
    .map((p) => p.text.trim())
    .filter((t) => t !== '');
  return { paragraphs, found };
}

function targetDrafts(
  s: Structure,
  planYear: number,
): { drafts: TargetDraft[]; table: TableTargets | null; from: 'appendix' | 'body-table' | 'body' | 'none' } {
  const appendixTable = s.appendix && s.appendix.tables.length > 0 ? readTargetsTables(s.appendix.tables, planYear) : null;
  if (appendixTable && appendixTable.drafts.length > 0) return { drafts: appendixTable.drafts, table: appendixTable, from: 'appendix' };
  const bodyTable = s.body && s.body.targetTables.length > 0 ? readTargetsTables(s.body.targetTables, planYear) : null;
  if (bodyTable && bodyTable.drafts.length > 0) return { drafts: bodyTable.drafts, table: null, from: 'body-table' };
  const listed = s.body ? targetsFromBody(s.body.blocks) : [];
  return { drafts: listed, table: null, from: listed.length > 0 ? 'body' : 'none' };
}

/** The appendix is landscape when the document's last section (the appendix's own) is. */
function appendixOrientation(s: Structure): 'portrait' | 'landscape' {
  const last = s.doc.pages[s.doc.pages.length - 1];
  return s.appendix && s.doc.pages.length > 1 && last && last.widthMm > last.heightMm ? 'landscape' : 'portrait';
}

/** "91%^(*)": the marker is taken off the value; the reviewer is told where it was. */
function markerNotes(drafts: readonly TargetDraft[]): string[] {
  return drafts.flatMap((d) => [
    ...(d.note ? [`Chỉ tiêu "${d.name}": dấu chú thích ${d.note} sau giá trị được tách ra (xem phần chú thích của văn bản).`] : []),
    ...markerNotes(d.children),
  ]);
}

export function buildReport(s: Structure, options: BuildOptions): ReadResult<ImportReport> {
  if (!s.title) {
    // The message says what is missing; what was read comes with `partial` (no detail repeating the message).
    return { ok: false, error: { code: 'NOT_A_RESOLUTION', message: importMessages.NOT_A_RESOLUTION }, partial: partialOf(s) };
  }
  const notes = [...s.doc.notes];
  const h = s.header;
  const guessed = readPlanYear(s, options.fallbackYear);
  const issuingBody = h.issuingBody ?? s.stamp?.body ?? MISSING('cơ quan ban hành');
  const kind: BodyKind = h.bodyKind?.kind ?? bodyKindOf(s.stamp?.body ?? null, null)?.kind ?? 'dang-uy-co-quan';
  const documentKind = s.kind?.kind ?? 'nghi-quyet';
  const targets = targetDrafts(s, guessed.year);
  // Without a year in the summary, the targets table's value column says it ("Kế hoạch năm 2027").
  const tableYear = targets.table?.columns.years?.value;
  const plan = tableYear !== undefined && guessed.sure < 0.85 ? { year: tableYear, sure: 0.85 } : guessed;
  const { nodes, links } = assignKeys(targets.drafts, options.known ?? []);
  const closing = s.closing;
  const sig = closing?.signature;
  const appendix = s.appendix;
  const profile = importedProfile(options.profileTag ?? null, { date: h.date, planYear: plan.year });
  const model: ResolutionInput = {
    schemaVersion: SCHEMA_VERSION,
    profileId: profile.id,
    kind: documentKind,
    planYear: plan.year,
    header: {
      ...(h.superiorBody ? { superiorBody: h.superiorBody } : {}),
      issuingBody,
      bodyKind: kind,
      number: h.number ?? { seq: null, typeCode: documentKindForm(documentKind).typeCode, issuerCode: usualIssuerCode(profile, kind) },
      place: h.place || MISSING('địa danh'),
      date: h.date,
    },
    marks: marksOf(h.marks, closing?.productionNote ?? null),
    title: {
      documentType: s.title.documentType,
      conferenceLines: s.title.conferenceLines,
      summary: s.title.summary ?? MISSING('trích yếu'),
      preamble: [],
      decisionLine: s.title.decisionLine,
      ...(s.addressees.length > 0 ? { addressees: s.addressees } : {}),
    },
    body: s.body?.blocks ?? [],
    targets: nodes,
    recipients: {
      punctuation: 'as-written',
      lines: closing && closing.recipients.length > 0 ? closing.recipients : [{ text: MISSING('nơi nhận') }],
    },
    signature: {
      authority: sig?.authority ?? 'none',
      authorityOf: sig?.authorityOf ?? '',
      title: sig?.title ?? MISSING('chức vụ người ký'),
      name: sig?.name ?? MISSING('họ tên người ký'),
    },
    appendix: {
      include: targets.from === 'appendix',
      heading: appendix?.heading ?? 'PHỤ LỤC',
      title: appendix?.title ?? '',
      ...(appendix?.attachedNote ? { attachedNote: appendix.attachedNote } : {}),
      ...(targets.table ? { valueHeader: targets.table.valueHeader, columns: targets.table.columns } : {}),
      orientation: appendixOrientation(s),
    },
  };
  if (s.title.preamble.length > 0) model.title.preamble = preambleOf(s);
  const parsed = resolutionSchema.safeParse(cleanStrings(model));
  if (!parsed.success) {
    return failWith(
      'INVALID_MODEL',
      parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  const confidence = scoreConfidence(s, { plan, links, targetsFrom: targets.from, kindSure: h.bodyKind?.sure ?? false });
  if (!h.issuingBody) confidence['header.issuingBody'] = s.stamp?.body ? 0.5 : 0;
  pushAll(notes, describeRead(s, targets.from, links));
  pushAll(notes, markerNotes(targets.drafts));
  return readOk({
    model: parsed.data,
    confidence,
    notes,
    links,
    copy: s.copy,
    status: s.stamp || (parsed.data.header.number.seq !== null && parsed.data.header.date !== null) ? 'ban-hanh' : 'du-thao',
    source: { format: s.doc.format, paragraphs: parasOf(s.blocks).length, plain: s.doc.plain },
  });
}
