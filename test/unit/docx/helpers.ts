import type { Block, Heading, HeadingLevel } from '../../../electron/contract/model/body.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { formatProfileSchema } from '../../../electron/format/profile.ts';
import { hd36_2018 } from '../../../electron/format/profiles/hd36-2018.ts';
import { loadResolution } from '../../support/fixtures.ts';

export const profile: FormatProfile = formatProfileSchema.parse(hd36_2018);

/** A variant of the 36-HD profile with some values changed. */
export function profileWith(change: (p: FormatProfile) => FormatProfile): FormatProfile {
  return change(structuredClone(profile));
}

/** The hand-made sample document, optionally changed. */
export function sample(change: (d: Resolution) => Resolution = (d) => d): Resolution {
  return change(structuredClone(loadResolution('sample-minimal')));
}

export function heading(level: HeadingLevel, label?: string): Heading {
  return { type: 'heading', level, ...(label === undefined ? {} : { label }), runs: [{ type: 'text', text: level }] };
}

export const para: Block = { type: 'paragraph', runs: [{ type: 'text', text: 'Đoạn văn.' }] };
