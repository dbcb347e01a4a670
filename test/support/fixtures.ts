import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolutionSchema, type Resolution } from '../../electron/contract/model/index.ts';
import type { FormatProfile } from '../../electron/format/profile.ts';
import { findProfile } from '../../electron/format/profiles/index.ts';

/** The documents the writer is checked against: the hand-made sample and the two seeds. */
export const FIXTURES = ['sample-minimal', 'duc-trong-2022-nq04-hu', 'nhon-trach-2024-nq09-hu'] as const;
export type FixtureName = (typeof FIXTURES)[number];

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}.json`, import.meta.url));
}

export function hasFixture(name: string): boolean {
  return existsSync(fixturePath(name));
}

/** A fixture read and validated (defaults applied). */
export function loadResolution(name: string): Resolution {
  return resolutionSchema.parse(JSON.parse(readFileSync(fixturePath(name), 'utf8')));
}

/** The profile a document names; throws when the app does not know it. */
export function profileFor(doc: Resolution): FormatProfile {
  const profile = findProfile(doc.profileId);
  if (!profile) throw new Error(`Không có bộ thể thức "${doc.profileId}"`);
  return profile;
}
