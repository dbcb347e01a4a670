import { Document, type FileChild, type IPropertiesOptions, type ISectionOptions } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import type { FormatProfile } from '../format/profile.ts';
import { appendixSection } from './appendix.ts';
import { bodyBlocks } from './body.ts';
import { closingBlock, contactBlock } from './closing.ts';
import { planComments, type ReviewThread } from './comments.ts';
import { createContext, type BuildContext } from './context.ts';
import { headerBlock } from './header.ts';
import { sectionPage, textWidthTwips } from './page.ts';
import { sectionHeaders } from './pageNumbers.ts';
import { documentStyles } from './styles.ts';
import { titleBlock } from './title.ts';
import { lastPageMark, topRightMark } from '../format/printed.ts';
import { bottomFramedLine, centredLine } from './layout.ts';
import { mmToTwips } from './units.ts';

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
  const ctx = createContext(doc, profile, marks);
  return assembleDocument(doc, ctx, {
    title: titleBlock(doc, ctx),
    body: bodyBlocks(doc.body, doc.targets, ctx, doc.signature.keepWithBody ?? 0),
    end: options.end,
    ...(marks ? { comments: marks.options() } : {}),
  });
}

/** What fills a document's skeleton: the title block and the body as made with `ctx`, and the extras of a review copy, a copy or tracked changes. */
export type DocumentParts = {
  title: FileChild[];
  body: FileChild[];
  end?: BuildOptions['end'];
  comments?: NonNullable<IPropertiesOptions['comments']>;
  /** Change tracking left on in Word (a tracked-changes copy). */
  trackRevisions?: boolean;
};

/** The last page's note ("Không phổ biến …"): framed near the bottom edge when the profile says how far, else a line after the closing. */
function lastPageNote(doc: Resolution, ctx: BuildContext, orientation: 'portrait' | 'landscape', width: number): FileChild[] {
  const { profile, placeholders } = ctx;
  const notice = lastPageMark(doc.marks, profile);
  if (!notice) return [];
  const fromBottomMm = profile.rules.lastPageNoteFromBottomMm;
  if (fromBottomMm === null) return [centredLine(notice, placeholders, profile.layout.closingSpaceBeforePt)];
  const pageHeightMm = orientation === 'landscape' ? profile.page.widthMm : profile.page.heightMm;
  return [bottomFramedLine(notice, { pageHeight: mmToTwips(pageHeightMm), fromBottom: mmToTwips(fromBottomMm), width }, placeholders)];
}

/**
 * The one skeleton of a printed document: section 1 is the header, title, body and closing (no
 * page number on page 1 unless the profile says so); the appendix, when included, is section 2;
 * `end` goes at the end of the last section. Footnotes are those `ctx` collected while the
 * title and body were made.
 */
export function assembleDocument(doc: Resolution, ctx: BuildContext, parts: DocumentParts): Document {
  const profile = ctx.profile;
  const { titlePage, headers } = sectionHeaders(
    profile,
    ctx.placeholders,
    !profile.pageNumber.showOnFirstPage,
    topRightMark(doc.marks, profile),
  );
  const main: ISectionOptions = {
    properties: { page: sectionPage(profile, 'portrait'), titlePage },
    headers,
    children: [headerBlock(doc, ctx), ...parts.title, ...parts.body, closingBlock(doc, ctx)],
  };
  const sections = doc.appendix.include ? [main, appendixSection(doc, ctx)] : [main];
  const lastOrientation = doc.appendix.include ? doc.appendix.orientation : 'portrait';
  const width = textWidthTwips(profile, lastOrientation);
  const tail = [...lastPageNote(doc, ctx, lastOrientation, width), ...contactBlock(doc, ctx), ...(parts.end?.(width) ?? [])];
  const last = sections.length - 1;
  return new Document({
    styles: documentStyles(profile),
    footnotes: ctx.footnotes(),
    ...(parts.comments ? { comments: parts.comments } : {}),
    ...(parts.trackRevisions ? { features: { trackRevisions: true } } : {}),
    sections: sections.map((s, i) => (i === last && tail.length > 0 ? { ...s, children: [...s.children, ...tail] } : s)),
  });
}
