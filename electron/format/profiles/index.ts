import { formatProfileSchema, type FormatProfile } from '../profile.ts';
import { hd36_2018 } from './hd36-2018.ts';

/** Every built-in profile, validated once at load. A new guidance is one more entry here. */
const builtIn: readonly FormatProfile[] = [hd36_2018].map((p) => formatProfileSchema.parse(p));

export const DEFAULT_PROFILE_ID = 'hd36-2018';

export function listProfiles(): readonly FormatProfile[] {
  return builtIn;
}

/** The profile with this id, or undefined when the app does not know it. */
export function findProfile(id: string): FormatProfile | undefined {
  return builtIn.find((p) => p.id === id);
}
