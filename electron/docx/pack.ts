import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Packer } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import type { FormatProfile } from '../format/profile.ts';
import { buildDocument } from './build.ts';
import { corePropertiesXml } from './properties.ts';

export type RenderOptions = {
  /** Written as the file's created/modified time; left out (and the file fully reproducible) when absent. */
  modifiedAt?: Date;
};

/** The resolution as .docx bytes. The XML parts depend only on the document and the profile. */
export async function renderDocx(doc: Resolution, profile: FormatProfile, options: RenderOptions = {}): Promise<Uint8Array> {
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(doc, profile, options.modifiedAt) };
  const buffer = await Packer.toBuffer(buildDocument(doc, profile), false, [core]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Writes `bytes` to `path` atomically: a temporary file in the same directory, flushed to disk,
 * then renamed over `path`. A reader never sees a partial file; on error the temporary file is
 * removed and `path` is left as it was.
 */
export async function writeDocxAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
