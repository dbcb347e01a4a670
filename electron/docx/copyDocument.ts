import type { Document } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import type { FormatProfile } from '../format/profile.ts';
import { buildDocument } from './build.ts';
import { copyBlockChildren } from './copyBlock.ts';
import type { CopyBlock } from './copyTexts.ts';
import { renderDocx } from './pack.ts';

/**
 * A copy of one of our own documents: the resolution exactly as `buildDocument` lays it out, with
 * the copy block at the very end of its last section (after the closing, or after the appendix
 * when the document has one, in that section's text width). Pure, like `buildDocument`.
 */
export function buildCopyDocument(doc: Resolution, profile: FormatProfile, block: CopyBlock | null): Document {
  return buildDocument(doc, profile, block === null ? {} : { end: (width) => copyBlockChildren(block, profile, width) });
}

/** The copy as .docx bytes (the one pack step); reproducible like `renderDocx`. */
export function renderCopyDocx(doc: Resolution, profile: FormatProfile, block: CopyBlock, modifiedAt?: Date): Promise<Uint8Array> {
  return renderDocx(doc, profile, { ...(modifiedAt ? { modifiedAt } : {}), end: (width) => copyBlockChildren(block, profile, width) });
}
