import { Document, Packer, type FileChild, type ISectionOptions } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import type { FormatProfile } from '../format/profile.ts';
import { appendixSection } from './appendix.ts';
import { bodyBlocks } from './body.ts';
import { closingBlock } from './closing.ts';
import { createContext } from './context.ts';
import { copyBlockChildren } from './copyBlock.ts';
import type { CopyBlock } from './copyTexts.ts';
import { headerBlock } from './header.ts';
import { sectionPage, textWidthTwips } from './page.ts';
import { sectionHeaders } from './pageNumbers.ts';
import { corePropertiesXml } from './properties.ts';
import { documentStyles } from './styles.ts';
import { titleBlock } from './title.ts';

/**
 * A copy of one of our own documents: the resolution exactly as `buildDocument` lays it out, with
 * the copy block added at the very end of its last section (after the closing, or after the
 * appendix when the document has one, in that section's text width). Pure, like `buildDocument`,
 * whose composition this mirrors section by section (a unit test holds the two together).
 */
export function buildCopyDocument(doc: Resolution, profile: FormatProfile, block: CopyBlock | null): Document {
  const ctx = createContext(profile);
  const { titlePage, headers } = sectionHeaders(profile, !profile.pageNumber.showOnFirstPage);
  const main: ISectionOptions = {
    properties: { page: sectionPage(profile, 'portrait'), titlePage },
    headers,
    children: [headerBlock(doc, profile), ...titleBlock(doc, ctx), ...bodyBlocks(doc.body, doc.targets, ctx), closingBlock(doc, profile)],
  };
  const sections = doc.appendix.include ? [main, appendixSection(doc, profile)] : [main];
  const last = sections.length - 1;
  const width = textWidthTwips(profile, doc.appendix.include ? doc.appendix.orientation : 'portrait');
  const tail: FileChild[] = block === null ? [] : copyBlockChildren(block, profile, width);
  return new Document({
    styles: documentStyles(profile),
    footnotes: ctx.footnotes(),
    sections: sections.map((s, i) => (i === last ? { ...s, children: [...s.children, ...tail] } : s)),
  });
}

/** The copy as .docx bytes (the one pack step); reproducible like `renderDocx`. */
export async function renderCopyDocx(doc: Resolution, profile: FormatProfile, block: CopyBlock, modifiedAt?: Date): Promise<Uint8Array> {
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(doc, profile, modifiedAt) };
  const buffer = await Packer.toBuffer(buildCopyDocument(doc, profile, block), false, [core]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
