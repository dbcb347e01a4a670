import { fail, ok, type Result } from '../contract/result.ts';
import type { FormatProfile } from './profile.ts';
import { findProfile, listProfiles } from './profiles/index.ts';

/**
 * The one policy that decides a document's format profile, used by the writer, both checkers, the
 * importer, the registers and the UI:
 * - a document that names a profile keeps it: an issued document the profile it was issued under,
 *   a draft the one chosen for it (by default the one in force on its date);
 * - a document that names none (a new draft, a file from another body) takes the profile in force
 *   on its date: 05-HD/VPTW from 27/5/2026 (the profile's `rules.inForceFrom`, a setting);
 * - a name the app does not know is the same error everywhere: UNKNOWN_PROFILE.
 */

export type ProfileRef = {
  /** The profile the document names; null or absent when it names none. */
  profileId?: string | null | undefined;
  /** The document's date (YYYY-MM-DD), or null for a draft not dated yet. */
  date: string | null;
  /** The year an annual resolution plans for: an undated draft is taken as dated in December of the year before. */
  planYear: number;
};

/**
 * The day an undated draft is taken to bear: 31 December of the year before its plan year, when
 * annual resolutions are issued (the writer prints "ngày … tháng … năm {planYear − 1}" on drafts).
 */
export function draftDay(planYear: number): string {
  return `${String(planYear - 1).padStart(4, '0')}-12-31`;
}

/** The day the profile policy goes by: the document's date, else its draft day. */
export function documentDay(ref: Pick<ProfileRef, 'date' | 'planYear'>): string {
  return ref.date ?? draftDay(ref.planYear);
}

/** The profile in force on a day (YYYY-MM-DD): the latest whose `inForceFrom` is not after it. */
export function profileInForce(day: string): FormatProfile {
  const all = listProfiles();
  let found = all[0];
  for (const p of all) if (p.rules.inForceFrom <= day) found = p;
  if (!found) throw new Error('Không có bộ thể thức nào');
  return found;
}

export function unknownProfile<T = never>(id: string): Result<T> {
  return fail(
    'UNKNOWN_PROFILE',
    `Văn bản dùng thể thức "${id}" mà phiên bản này của ứng dụng chưa biết. Cập nhật ứng dụng, hoặc chọn thể thức có trong danh sách (${listProfiles()
      .map((p) => p.id)
      .join(', ')}).`,
  );
}

/** The profile of a document by the policy above. */
export function resolveProfile(ref: ProfileRef): Result<FormatProfile> {
  const id = ref.profileId?.trim();
  if (id) {
    const named = findProfile(id);
    return named ? ok(named) : unknownProfile(id);
  }
  return ok(profileInForce(documentDay(ref)));
}

/** The id a new document (a next-year draft, a template, an import without our mark) takes on its date. */
export function profileIdForDate(day: string): string {
  return profileInForce(day).id;
}

/**
 * When a draft's chosen profile is not the one in force on its date (its draft day when undated):
 * the profile it should take, for a warning; null when they agree or the document is issued.
 */
export function profileMismatch(ref: ProfileRef & { issued: boolean }): FormatProfile | null {
  if (ref.issued || !ref.profileId) return null;
  const due = profileInForce(documentDay(ref));
  return due.id === ref.profileId ? null : due;
}

/** "Thể thức: Hướng dẫn 05-HD/VPTW (2026)". */
export function profileLabel(profile: FormatProfile): string {
  return `Thể thức: ${profile.name}`;
}

/**
 * The profile an imported file gets: the one our own export named in it (when the app knows it),
 * else the one in force on the document's date (its draft day when undated).
 */
export function importedProfile(tag: string | null, ref: Pick<ProfileRef, 'date' | 'planYear'>): FormatProfile {
  return (tag !== null ? findProfile(tag) : undefined) ?? profileInForce(documentDay(ref));
}
