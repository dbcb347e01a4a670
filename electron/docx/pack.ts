import { Packer, type Document } from 'docx';
import { cleanStrings } from '../contract/cleanText.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import type { FormatProfile } from '../format/profile.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { buildDocument, type BuildOptions } from './build.ts';
import type { ReviewThread } from './comments.ts';
import { corePropertiesXml } from './properties.ts';
import { wordSafeDocx } from './wordSafe/index.ts';

export type RenderOptions = {
  /** Written as the file's created/modified time; left out (and the file fully reproducible) when absent. */
  modifiedAt?: Date;
  /** A review copy: these open comment threads become Word comments on their marked text. */
  comments?: readonly ReviewThread[];
  /** Children added at the very end of the document (a certified copy's block). */
  end?: BuildOptions['end'];
};

/** The resolution as .docx bytes. The XML parts depend only on the document and the profile. */
export async function renderDocx(dirty: Resolution, profile: FormatProfile, options: RenderOptions = {}): Promise<Uint8Array> {
  const doc = cleanStrings(dirty);
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(doc, profile, options.modifiedAt) };
  const built = buildDocument(doc, profile, { comments: cleanStrings(options.comments), end: options.end });
  return packDocument(built, [core]);
}

/** An extra part written into the package (docProps/core.xml …). */
export type ExtraPart = { path: string; data: string };

/**
 * Every .docx the app writes is packed here: the `docx` package's output, then made Word-safe
 * (`wordSafe/`: separator notes, settings, styles, comment and revision dates, table ends).
 */
export async function packDocument(document: Document, extra: readonly ExtraPart[] = []): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document, false, [...extra]);
  return wordSafeDocx(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}

/** Writes the .docx bytes atomically (temp file + rename): the file is complete or untouched. */
export async function writeDocxAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(path, bytes);
}
