import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { flattenTargets, walkTargets, type TargetNode } from '../contract/model/targets.ts';
import type { AppError, Result } from '../contract/result.ts';
import { type ImportReport, type KnownIndicator, type ReadResult } from '../import/index.ts';
import { limits } from '../ooxml/limits.ts';
import { failWith, readOk, type ImportError, type PartialRead } from '../import/result.ts';
import { normalizeIndicatorName } from '../format/resultsPaste.ts';
import { getOrganization, latestDocument, listDocuments, type Db, type StoredDocument } from '../store/index.ts';
import { storeImport, type ImportOutcome } from './importDuplicates.ts';
import { describeFsError } from './fsErrors.ts';
import { importOffThread, type ImportThreadReply } from './importThread.ts';
import { shortText } from '../format/shortText.ts';

/**
 * Importing a past resolution from a file into the store: read the file (size capped before it
 * is read), build the model, link its targets to the indicators the body already has (from its
 * stored documents, newest plan year first), and — when asked — save it: issued when it has a
 * number and a date, a draft otherwise.
 */

/** How many past plan years are searched for indicators to link to. */
const YEARS_LINKED = 10;

/** The file's bytes, refusing a file too large to be a resolution before reading it. */
export async function readImportFile(path: string): Promise<ReadResult<Uint8Array>> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const e = describeFsError(err, 'đọc', path);
    return { ok: false, error: { code: 'READ_FAILED', message: e.message } };
  }
  try {
    const { size } = await handle.stat();
    if (size > limits.maxInputBytes) {
      return failWith('TOO_LARGE', [`${Math.round(size / 1048576)} MB (tối đa ${limits.maxInputBytes / 1048576} MB)`]);
    }
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return readOk(bytes.subarray(0, read));
  } catch (err) {
    const e = describeFsError(err, 'đọc', path);
    return { ok: false, error: { code: 'READ_FAILED', message: e.message } };
  } finally {
    await handle.close();
  }
}

/** The body's indicators as its stored documents name them: key, name, unit, parent's name. */
export function knownIndicators(db: Db, orgId: string): Result<KnownIndicator[]> {
  const docs = listDocuments(db, { orgId });
  if (!docs.ok) return docs;
  const years = [...new Set(docs.value.map((d) => d.planYear))].slice(0, YEARS_LINKED);
  const byKey = new Map<string, KnownIndicator>();
  for (const year of years) {
    const doc = latestDocument(db, orgId, year);
    if (!doc.ok) return doc;
    if (!doc.value) continue;
    for (const { node: n, parent } of flattenTargets(doc.value.content.targets)) {
      if (!byKey.has(n.key)) byKey.set(n.key, { key: n.key, name: n.name, unit: n.unit ?? null, parentName: parent?.name ?? null });
    }
  }
  return { ok: true, value: [...byKey.values()] };
}

export type ImportRequest = { path: string; db?: Db; orgId?: string; fallbackYear?: number };

/** Reads and imports a file; with a store and a body, links targets to its indicators and notes a header naming another body. */
export async function importFile(req: ImportRequest): Promise<ReadResult<ImportReport>> {
  const bytes = await readImportFile(req.path);
  if (!bytes.ok) return bytes;
  return (await importBytes(bytes.value, req)).read;
}

/**
 * Imports bytes already read (the UI sends the file itself); the same links and notes as
 * `importFile`. The file is read in a worker thread (`importThread.ts`), with `original` its
 * paragraphs as written when asked for the review screen.
 */
export async function importBytes(
  bytes: Uint8Array,
  req: Omit<ImportRequest, 'path'> & { original?: boolean },
): Promise<ImportThreadReply> {
  const fallbackYear = req.fallbackYear ? { fallbackYear: req.fallbackYear } : {};
  const original = req.original === true;
  if (req.db && req.orgId) {
    const org = getOrganization(req.db, req.orgId);
    if (!org.ok) return { read: { ok: false, error: { code: 'READ_FAILED', message: org.error.message } }, original: [] };
    const found = knownIndicators(req.db, req.orgId);
    if (!found.ok) return { read: { ok: false, error: { code: 'READ_FAILED', message: found.error.message } }, original: [] };
    const reply = await importOffThread({ bytes, known: found.value, original, ...fallbackYear });
    const read = reply.read;
    if (!read.ok) return reply;
    const notes =
      normalizeIndicatorName(read.value.model.header.issuingBody) === normalizeIndicatorName(org.value.name)
        ? []
        : [`Cơ quan ban hành trong tệp ("${read.value.model.header.issuingBody}") khác cơ quan đã chọn ("${org.value.name}").`];
    return { read: readOk({ ...read.value, notes: [...read.value.notes, ...notes] }), original: reply.original };
  }
  return importOffThread({ bytes, known: [], original, ...fallbackYear });
}

/**
 * Stores an imported document for a body: issued (and entered in the number register) when it
 * has a number and a date; the same document imported again updates the stored draft or links
 * to the stored issued one (`storeImport`).
 */
export function saveImported(
  db: Db,
  input: { orgId: string; report: Pick<ImportReport, 'model' | 'status'>; who: string; fileName: string; asNew?: boolean },
): Result<{ document: StoredDocument; outcome: ImportOutcome }> {
  return storeImport(db, {
    orgId: input.orgId,
    status: input.report.status,
    who: input.who,
    why: `Nhập từ tệp ${basename(input.fileName)}`,
    content: input.report.model,
    ...(input.asNew ? { asNew: true } : {}),
  });
}

/** An import error in the contract's shape: UNREADABLE_FILE with the importer's code as its cause (READ_FAILED stays READ_FAILED). */
export function importErrorAsAppError(error: ImportError, partial?: PartialRead): AppError {
  const lead = partial && partial.paragraphs.length > 0 ? [partialLine(partial)] : [];
  const details = [...(error.details ?? []), ...lead];
  const code = error.code === 'READ_FAILED' ? 'READ_FAILED' : 'UNREADABLE_FILE';
  return { code, message: error.message, ...(details.length > 0 ? { details } : {}), cause: error.code };
}

/** What could be read of a file that is not a resolution: "Đọc được 12 đoạn; mở đầu: "…"". */
function partialLine(partial: PartialRead): string {
  return `Đọc được ${partial.paragraphs.length} đoạn; mở đầu: "${shortText(partial.paragraphs.slice(0, 3).join(' / '), 160)}"`;
}

/** Every target of a report with its link, for printing. */
export function targetRows(report: ImportReport): { depth: number; node: TargetNode; linked: string | null }[] {
  const links = new Map(report.links.map((l) => [l.key, l]));
  return [...walkTargets(report.model.targets)].map(([node, depth]) => ({
    depth,
    node,
    linked: links.get(node.key)?.linkedTo?.key ?? null,
  }));
}
