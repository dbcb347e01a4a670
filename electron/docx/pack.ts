import { Packer, type Document } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import type { FormatProfile } from '../format/profile.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { buildDocument, type BuildOptions } from './build.ts';
import type { ReviewThread } from './comments.ts';
import { corePropertiesXml } from './properties.ts';

export type RenderOptions = {
  /** Written as the file's created/modified time; left out (and the file fully reproducible) when absent. */
  modifiedAt?: Date;
  /** A review copy: these open comment threads become Word comments on their marked text. */
  comments?: readonly ReviewThread[];
  /** Children added at the very end of the document (a certified copy's block). */
  end?: BuildOptions['end'];
};

/** The resolution as .docx bytes. The XML parts depend only on the document and the profile. */
export async function renderDocx(doc: Resolution, profile: FormatProfile, options: RenderOptions = {}): Promise<Uint8Array> {
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(doc, profile, options.modifiedAt) };
  const built = buildDocument(doc, profile, { comments: options.comments, end: options.end });
  return packDocument(built, [core]);
}

/** A part written over the one the `docx` package makes ("docProps/core.xml"). */
export type PartOverride = { path: string; data: string };

/**
 * A `docx` document tree as .docx bytes: the one place a .docx is packed (our documents, tracked
 * changes, the register, the scratch file of a copy block), so every file gets the same treatment.
 */
export async function packDocument(document: Document, overrides: PartOverride[] = []): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document, false, overrides);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Writes the .docx bytes atomically (temp file + rename): the file is complete or untouched. */
export async function writeDocxAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(path, bytes);
}
