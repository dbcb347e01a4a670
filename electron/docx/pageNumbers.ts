import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { PlaceholderPrint } from '../contract/model/placeholders.ts';
import type { FormatProfile } from '../format/profile.ts';
import type { StyledLine } from '../format/printed.ts';
import { runFormat, styledRuns } from './styles.ts';

/** The running header: the page number, centred, in the profile's page-number style. */
export function pageNumberHeader(profile: FormatProfile): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...runFormat(profile.pageNumber.style), children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

/**
 * The header of a section's first page when it shows no number: one empty paragraph, or the
 * circulation note at the top right (05-HD: page 1, 10 mm from the top edge, the header's distance).
 */
export function emptyHeader(placeholders: PlaceholderPrint, topRight: StyledLine | null = null): Header {
  if (topRight === null) return new Header({ children: [new Paragraph({})] });
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: styledRuns(topRight.text, topRight.style, placeholders) })],
  });
}

/**
 * Headers for a section: the number on every page, except the first page when the profile hides it
 * there (`titlePage` + an empty first-page header).
 */
export function sectionHeaders(
  profile: FormatProfile,
  placeholders: PlaceholderPrint,
  hideOnFirstPage: boolean,
  topRight: StyledLine | null = null,
): {
  titlePage: boolean;
  headers: { default: Header; first?: Header };
} {
  return hideOnFirstPage
    ? { titlePage: true, headers: { default: pageNumberHeader(profile), first: emptyHeader(placeholders, topRight) } }
    : { titlePage: false, headers: { default: pageNumberHeader(profile) } };
}
