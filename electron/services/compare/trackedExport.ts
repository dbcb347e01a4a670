import { cleanStrings } from '../../contract/cleanText.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { packDocument } from '../../docx/pack.ts';
import { corePropertiesXml } from '../../docx/properties.ts';
import { buildTrackedDocument, type Revision } from '../../docx/trackedChanges.ts';
import { writeFileAtomic } from '../../files/atomicWrite.ts';
import type { Db } from '../../store/db.ts';
import { profileFor } from '../documents.ts';
import { describeFsError } from '../fsErrors.ts';
import { trackedItems, trackedSummary } from './tracked.ts';
import { loadPair, type VersionPair } from './versions.ts';

/** "2025-12-01T08:00:00Z": the form Word writes in w:date (no fraction of a second). */
export function wordDate(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

/** The newer version as .docx with Word tracked changes against the older one. */
export async function trackedChangesDocx(
  dirtyBefore: Resolution,
  dirtyAfter: Resolution,
  dirtyRevision: Revision,
): Promise<Result<Uint8Array>> {
  const [before, after, revision] = [cleanStrings(dirtyBefore), cleanStrings(dirtyAfter), cleanStrings(dirtyRevision)];
  const profile = profileFor(after);
  if (!profile.ok) return profile;
  try {
    const items = trackedItems(before, after, profile.value);
    const doc = buildTrackedDocument(
      after,
      items,
      profile.value,
      { author: revision.author, date: wordDate(revision.date) },
      trackedSummary(before, after),
    );
    const core = { path: 'docProps/core.xml', data: corePropertiesXml(after, profile.value, new Date(revision.date)) };
    return ok(await packDocument(doc, [core]));
  } catch (err) {
    return fail('INTERNAL', 'Không tạo được tệp .docx so sánh hai phiên bản.', [err instanceof Error ? err.message : String(err)]);
  }
}

/** "So-sanh-v3-v5-NQ-HU-2023.docx". */
function diffFileName(doc: Resolution, from: number, to: number): string {
  const symbol = `${doc.header.number.typeCode}-${doc.header.number.issuerCode}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .replace(/[^A-Za-z0-9-]+/g, '-');
  return `So-sanh-v${from}-v${to}-${symbol}-${doc.planYear}.docx`;
}

export type TrackedDocx = { fileName: string; bytes: Uint8Array };

/**
 * Two versions of a document as a tracked-changes .docx: the newer rendered by the writer, the
 * words inserted and deleted since the older marked with the newer version's author and time.
 */
export async function renderVersionDiff(db: Db, pair: VersionPair): Promise<Result<TrackedDocx>> {
  const loaded = loadPair(db, pair);
  if (!loaded.ok) return loaded;
  const { older, newer } = loaded.value;
  const bytes = await trackedChangesDocx(older.content, newer.content, { author: newer.createdBy, date: newer.createdAt });
  return bytes.ok ? ok({ fileName: diffFileName(newer.content, older.version, newer.version), bytes: bytes.value }) : bytes;
}

/** `renderVersionDiff` written to `outPath` atomically (the file is complete or untouched). */
export async function exportVersionDiff(db: Db, pair: VersionPair & { outPath: string }): Promise<Result<{ path: string; bytes: number }>> {
  if (!/\.docx$/i.test(pair.outPath)) return fail('INVALID_INPUT', `Tệp xuất "${pair.outPath}" phải có đuôi .docx.`);
  const made = await renderVersionDiff(db, pair);
  if (!made.ok) return made;
  try {
    await writeFileAtomic(pair.outPath, made.value.bytes);
  } catch (err) {
    return { ok: false, error: describeFsError(err, 'ghi', pair.outPath) };
  }
  return ok({ path: pair.outPath, bytes: made.value.bytes.byteLength });
}
