import JSZip from 'jszip';
import type { FormatProfile } from '../../format/profile.ts';
import type { CopyBlock } from '../copyTexts.ts';
import { textWidthTwips } from '../page.ts';
import { copyBlockXml, declareWordPrefix } from './blockXml.ts';
import type { ReceivedDocx } from './received.ts';

export { openReceivedDocx, type ReceivedDocx } from './received.ts';
export { receivedLabel } from './texts.ts';

/** The received document.xml with `fragment` inserted at the body's end (before its final sectPr). */
export function insertIntoBody(received: Pick<ReceivedDocx, 'xml' | 'place' | 'declareW'>, fragment: string): string {
  const at = received.place.insertAt;
  const block = received.declareW ? declareWordPrefix(fragment) : fragment;
  return received.xml.slice(0, at) + block + received.xml.slice(at);
}

/**
 * The received .docx with the copy block appended into its own body: word/document.xml changes
 * by the inserted XML, and the package loses only what reaches outside it (`cleaning`: external
 * relationships, attached template, macros, embedded objects); every other part (styles,
 * numbering, headers, footers, media) is carried over as it was — deflated parts are copied
 * without being inflated. The last section's sectPr is not touched, so its page numbering simply continues.
 * The block takes the width of that section's text area (the profile's when the file omits it).
 */
export async function appendCopyBlock(received: ReceivedDocx, block: CopyBlock, profile: FormatProfile): Promise<Uint8Array> {
  const width = received.textWidthTwips ?? textWidthTwips(profile);
  const xml = insertIntoBody(received, await copyBlockXml(block, profile, width));
  const zip = await JSZip.loadAsync(received.bytes);
  const original = zip.file(received.partName);
  zip.file(received.partName, xml, { createFolders: false, ...(original ? { date: original.date } : {}) });
  for (const [name, text] of received.cleaning.parts) {
    if (name === received.partName) continue;
    const part = zip.file(name);
    zip.file(name, text, { createFolders: false, ...(part ? { date: part.date } : {}) });
  }
  for (const name of received.cleaning.dropped) zip.remove(name);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
