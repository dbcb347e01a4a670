import { formatProfileSchema, type FormatProfile } from '../profile.ts';
import { hd05_2026 } from './hd05-2026.ts';
import { hd36_2018 } from './hd36-2018.ts';

/** Every built-in profile, validated once at load, oldest first. A new guidance is one more entry here. */
const builtIn: readonly FormatProfile[] = [hd36_2018, hd05_2026].map((p) => formatProfileSchema.parse(p));

/** The oldest profile: what documents older than every guidance we know are laid out by. */
export const DEFAULT_PROFILE_ID = 'hd36-2018';

export function listProfiles(): readonly FormatProfile[] {
  return builtIn;
}

/** The profile with this id, or undefined when the app does not know it. Callers go through `resolveProfile`. */
export function findProfile(id: string): FormatProfile | undefined {
  return builtIn.find((p) => p.id === id);
}
