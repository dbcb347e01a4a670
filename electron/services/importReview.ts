import { basename } from 'node:path';
import type { ImportPreview, OtherIssuer, SaveImportLinks } from '../contract/imports.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import { flattenTargets, type TargetNode } from '../contract/model/targets.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { sameBodyName } from '../format/bodyNames.ts';
import { getOrganization, type Db, type StoredDocument } from '../store/index.ts';
import { currentTerm } from '../store/terms.ts';
import { listRegister } from './register.ts';
import { duplicateNote, findImportDuplicate } from './importDuplicates.ts';
import { importBytes, importErrorAsAppError, knownIndicators, saveImported } from './importService.ts';

/**
 * The review screen's side of importing ("Nhập văn bản cũ"): what a file reads as, with its
 * original paragraphs, and storing what the user confirmed with the links they chose.
 */

/** A note when the number read is already in the body's register (the file may have been imported before). */
function numberTaken(db: Db, orgId: string, model: Resolution): string | null {
  const { seq, typeCode } = model.header.number;
  const date = model.header.date;
  if (seq === null || date === null) return null;
  const term = currentTerm(db, orgId, date);
  if (!term.ok || term.value === null) return null;
  const register = listRegister(db, { orgId, docType: typeCode, termId: term.value.id });
  if (!register.ok) return null;
  const entry = register.value.entries.find((e) => e.seq === seq);
  if (!entry) return null;
  const owner = entry.documentId === null ? '' : ` (văn bản #${entry.documentId})`;
  return `Số ${entry.symbol} đã có trong sổ đăng ký của cơ quan${owner}: có thể tệp này đã được nhập trước đây. Nếu lưu, văn bản mới không được ghi thêm vào sổ.`;
}

/** The issuing body a document names when it is not the body `orgId` (null when it is). */
function otherIssuerOf(db: Db, orgId: string, model: Resolution): Result<OtherIssuer | null> {
  const org = getOrganization(db, orgId);
  if (!org.ok) return org;
  const read = model.header.issuingBody;
  return ok(sameBodyName(read, org.value.name) ? null : { read, chosen: org.value.name });
}

/** Reads a file sent by the UI; stores nothing. */
export async function previewImport(
  db: Db,
  req: { fileName: string; base64: string; orgId?: string | undefined },
): Promise<Result<ImportPreview>> {
  const bytes = new Uint8Array(Buffer.from(req.base64, 'base64'));
  const { read, original } = await importBytes(bytes, { db, original: true, ...(req.orgId ? { orgId: req.orgId } : {}) });
  if (!read.ok) {
    const error = importErrorAsAppError(read.error, read.partial);
    return { ok: false, error: { ...error, message: `${basename(req.fileName)}: ${error.message}` } };
  }
  const known = req.orgId ? knownIndicators(db, req.orgId) : ok([]);
  if (!known.ok) return known;
  const { model, confidence, notes, links, copy, status, source } = read.value;
  const dup = req.orgId ? findImportDuplicate(db, req.orgId, model) : ok(null);
  if (!dup.ok) return dup;
  const taken = req.orgId ? numberTaken(db, req.orgId, model) : null;
  const extra = [...(dup.value ? [duplicateNote(dup.value)] : []), ...(taken ? [taken] : [])];
  const other = req.orgId ? otherIssuerOf(db, req.orgId, model) : ok(null);
  if (!other.ok) return other;
  return ok({
    fileName: basename(req.fileName),
    orgId: req.orgId ?? null,
    model,
    confidence,
    notes: [...notes, ...extra],
    links,
    copy,
    status,
    source,
    original,
    indicators: known.value,
    duplicate: dup.value ? { documentId: dup.value.documentId, status: dup.value.status, why: dup.value.why } : null,
    otherIssuer: other.value,
  });
}

/** A key no other target uses: `base-moi`, `base-moi-2` … */
function freshKey(base: string, taken: ReadonlySet<string>): string {
  let key = `${base}-moi`;
  for (let n = 2; taken.has(key); n++) key = `${base}-moi-${n}`;
  return key;
}

/**
 * The targets with the keys the user chose: a target linked to an existing indicator takes its
 * key (so next year's draft finds it); one marked new keeps its key unless an existing indicator
 * has it, then gets a fresh one. Two targets may not be the same indicator.
 */
export function applyLinks(content: Resolution, links: SaveImportLinks, known: ReadonlySet<string>): Result<Resolution> {
  const wanted = new Map(links.map((l) => [l.key, l.linkedTo]));
  for (const l of links) {
    if (l.linkedTo !== null && !known.has(l.linkedTo)) {
      return fail('INVALID_INPUT', `Chỉ tiêu được nối với mã "${l.linkedTo}" mà cơ quan chưa có chỉ tiêu nào mang mã này.`);
    }
  }
  const all = flattenTargets(content.targets).map((f) => f.node);
  const taken = new Set([...known, ...all.map((n) => n.key)]);
  const used = new Map<string, string>();
  let clash: string | null = null;
  const rekey = (node: TargetNode): TargetNode => {
    const link = wanted.get(node.key);
    let key = node.key;
    if (link) key = link;
    else if (link === null && known.has(node.key)) key = freshKey(node.key, taken);
    taken.add(key);
    const other = used.get(key);
    if (other !== undefined && clash === null) {
      clash = `Hai chỉ tiêu "${other}" và "${node.name}" cùng được nối với một chỉ tiêu đã có; mỗi chỉ tiêu đã có chỉ nối được một lần.`;
    }
    used.set(key, node.name);
    return { ...node, key, children: node.children.map(rekey) };
  };
  const targets = content.targets.map(rekey);
  if (clash !== null) return fail('INVALID_INPUT', clash);
  return ok({ ...content, targets });
}

/**
 * Stores the reviewed import: issued (and registered) when it has a number and a date, a draft
 * otherwise. A document another body issued is stored under this body only when confirmed.
 */
export function saveReviewedImport(
  db: Db,
  req: {
    orgId: string;
    fileName: string;
    content: Resolution;
    links: SaveImportLinks;
    who: string;
    asNew?: boolean | undefined;
    otherIssuer?: boolean | undefined;
  },
): Result<StoredDocument> {
  const other = otherIssuerOf(db, req.orgId, req.content);
  if (!other.ok) return other;
  if (other.value !== null && req.otherIssuer !== true) {
    const { read, chosen } = other.value;
    return fail(
      'OTHER_ISSUER',
      `Văn bản này do "${read}" ban hành, không phải "${chosen}". Chưa lưu: hãy chọn đúng cơ quan ban hành, hoặc xác nhận lưu văn bản của "${read}" vào kho của "${chosen}".`,
    );
  }
  const known = knownIndicators(db, req.orgId);
  if (!known.ok) return known;
  const linked = applyLinks(req.content, req.links, new Set(known.value.map((k) => k.key)));
  if (!linked.ok) return linked;
  const model = linked.value;
  const issued = model.header.number.seq !== null && model.header.date !== null;
  const report = { model, status: issued ? ('ban-hanh' as const) : ('du-thao' as const) };
  const saved = saveImported(db, { orgId: req.orgId, report, who: req.who, fileName: req.fileName, ...(req.asNew ? { asNew: true } : {}) });
  return saved.ok ? ok(saved.value.document) : saved;
}
