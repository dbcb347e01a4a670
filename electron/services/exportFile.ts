import type { ExportOutcome } from '../contract/api.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { renderDocx } from '../docx/pack.ts';
import { asciiFileNamePart } from '../format/fileNames.ts';
import { profileFor } from './documents.ts';

/**
 * What an export strategy is handed: the file name to suggest (its extension says the kind:
 * .docx, .csv) and how to make the bytes, called only once the user has chosen where to save.
 */
export type SaveFileRequest = {
  fileName: string;
  render: () => Promise<Result<Uint8Array>>;
};

/**
 * Where an exported file goes: the desktop app asks with a save dialog and writes the file
 * atomically; the browser transport sends the bytes back for the browser to download.
 */
export type SaveFile = (request: SaveFileRequest) => Promise<Result<ExportOutcome>>;

function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The file name suggested for a document, ASCII without spaces so that it survives e-mail and old
 * file systems: "Nghi-quyet-04-NQ-HU-2022.docx" once numbered, "Du-thao-lan-1-NQ-HU-2023.docx" before.
 */
export function exportFileName(doc: Resolution): string {
  const { seq, typeCode, issuerCode } = doc.header.number;
  const symbol = `${asciiFileNamePart(typeCode)}-${asciiFileNamePart(issuerCode)}`;
  const head =
    seq !== null
      ? `${sentenceCase(asciiFileNamePart(doc.title.documentType)) || 'Van-ban'}-${String(seq).padStart(2, '0')}`
      : doc.marks.draftRound !== null
        ? `Du-thao-lan-${doc.marks.draftRound}`
        : 'Du-thao';
  return `${[head, symbol, String(doc.planYear)].join('-').replace(/-{2,}/g, '-')}.docx`;
}

/** The document as .docx bytes in its own format profile. */
export async function renderForExport(doc: Resolution): Promise<Result<Uint8Array>> {
  const profile = profileFor(doc);
  if (!profile.ok) return profile;
  try {
    return ok(await renderDocx(doc, profile.value, { modifiedAt: new Date() }));
  } catch (err) {
    return fail('INTERNAL', 'Không tạo được tệp .docx từ văn bản này.', [err instanceof Error ? err.message : String(err)]);
  }
}

/** The browser transport's strategy: the bytes go back as base64 for the page to download. */
export const downloadFile: SaveFile = async ({ fileName, render }) => {
  const bytes = await render();
  if (!bytes.ok) return bytes;
  return ok({ kind: 'download', fileName, base64: Buffer.from(bytes.value).toString('base64') });
};
