import type { Resolution } from '../contract/model/resolution.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { renderDocx, writeDocxAtomic } from '../docx/pack.ts';
import { profileFor } from './documents.ts';
import { describeFsError } from './fsErrors.ts';

export type ExportSummary = { path: string; bytes: number };

/** Renders a resolution to .docx and writes it atomically: the target file is complete or untouched. */
export async function exportResolution(doc: Resolution, outPath: string): Promise<Result<ExportSummary>> {
  if (!/\.docx$/i.test(outPath)) {
    return fail('INVALID_INPUT', `Tệp xuất "${outPath}" phải có đuôi .docx.`);
  }
  const profile = profileFor(doc);
  if (!profile.ok) return profile;
  let bytes: Uint8Array;
  try {
    bytes = await renderDocx(doc, profile.value, { modifiedAt: new Date() });
  } catch (err) {
    return fail('INTERNAL', 'Không tạo được tệp .docx từ văn bản này.', [err instanceof Error ? err.message : String(err)]);
  }
  try {
    await writeDocxAtomic(outPath, bytes);
  } catch (err) {
    return { ok: false, error: describeFsError(err, 'ghi', outPath) };
  }
  return ok({ path: outPath, bytes: bytes.byteLength });
}
