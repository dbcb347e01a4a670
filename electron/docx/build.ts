import { Document, type FileChild, type ISectionOptions } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import type { FormatProfile } from '../format/profile.ts';
import { appendixSection } from './appendix.ts';
import { bodyBlocks } from './body.ts';
import { closingBlock } from './closing.ts';
import { planComments, type ReviewThread } from './comments.ts';
import { createContext } from './context.ts';
import { headerBlock } from './header.ts';
import { sectionPage, textWidthTwips } from './page.ts';
import { sectionHeaders } from './pageNumbers.ts';
import { documentStyles } from './styles.ts';
import { titleBlock } from './title.ts';
import { lastPageMark, topRightMark } from '../format/printed.ts';
import { centredLine } from './layout.ts';

/**
 * The resolution as a docx tree, every layout value from `profile`. Pure: no I/O, no clock; the
 * same document and profile always give the same tree. Section 1 is the resolution (no page
 * number on page 1); the appendix, when included, is section 2 on a new page.
 */
export type BuildOptions = {
  /** A review copy: the open comment threads as Word comments on their marked text. */
  comments?: readonly ReviewThread[] | undefined;
  /**
   * What goes at the very end of the last section (a certified copy's block), given that
   * section's text width: after the closing, or after the appendix when there is one.
   */
  end?: ((textWidthTwips: number) => FileChild[]) | undefined;
};

export function buildDocument(doc: Resolution, profile: FormatProfile, options: BuildOptions = {}): Document {
  // A review copy: the open comment threads as Word comments on their marked text.
  const marks = options.comments ? planComments(doc.body, options.comments) : undefined;
  const ctx = createContext(profile, marks);
  const { titlePage, headers } = sectionHeaders(profile, !profile.pageNumber.showOnFirstPage, topRightMark(doc.marks, profile));
  const main: ISectionOptions = {
    properties: { page: sectionPage(profile, 'portrait'), titlePage },
    headers,
    children: [headerBlock(doc, profile), ...titleBlock(doc, ctx), ...bodyBlocks(doc.body, doc.targets, ctx), closingBlock(doc, profile)],
  };
  const sections = doc.appendix.include ? [main, appendixSection(doc, profile)] : [main];
  const width = textWidthTwips(profile, doc.appendix.include ? doc.appendix.orientation : 'portrait');
  const notice = lastPageMark(doc.marks, profile);
  const tail = [...(notice ? [centredLine(notice, profile.layout.closingSpaceBeforePt)] : []), ...(options.end?.(width) ?? [])];
  const last = sections.length - 1;
  return new Document({
    styles: documentStyles(profile),
    footnotes: ctx.footnotes(),
    ...(marks ? { comments: marks.options() } : {}),
    sections: sections.map((s, i) => (i === last && tail.length > 0 ? { ...s, children: [...s.children, ...tail] } : s)),
  });
}
