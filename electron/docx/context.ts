import { AlignmentType, Paragraph } from 'docx';
import type { TextRun as ModelTextRun } from '../contract/model/inline.ts';
import { placeholderPrint, type PlaceholderPrint } from '../contract/model/placeholders.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import type { FormatProfile } from '../format/profile.ts';
import type { CommentMarks } from './comments.ts';
import { styledRuns } from './styles.ts';

/** One footnote's text, in the form `Document` takes (`footnotes: { [id]: { children } }`). */
export type FootnoteEntry = { readonly children: readonly Paragraph[] };

/**
 * What the block builders share while one document is built: the profile and the footnotes met
 * so far, numbered 1, 2, … in reading order. A fresh context per document keeps the build pure.
 */
export type BuildContext = {
  readonly profile: FormatProfile;
  /** How this document prints its placeholders: marked in a draft, as text once issued. */
  readonly placeholders: PlaceholderPrint;
  /** Records a footnote's text and returns its id, for a `FootnoteReferenceRun` at that point. */
  addFootnote(runs: readonly ModelTextRun[]): number;
  footnotes(): Record<string, FootnoteEntry>;
  /** Word comments around the marked text runs: only in a review copy (comments.ts). */
  readonly comments?: CommentMarks;
};

export function createContext(doc: Resolution, profile: FormatProfile, comments?: CommentMarks): BuildContext {
  const notes: Record<string, FootnoteEntry> = {};
  const placeholders = placeholderPrint(doc);
  let next = 1;
  return {
    profile,
    placeholders,
    addFootnote(runs) {
      const id = next;
      next += 1;
      // A space after the reference mark, as Word writes a new footnote.
      const children = [
        ...styledRuns(' ', profile.footnote, placeholders),
        ...runs.flatMap((r) => styledRuns(r.text, profile.footnote, placeholders, r)),
      ];
      notes[String(id)] = {
        children: [new Paragraph({ style: 'FootnoteText', alignment: AlignmentType.JUSTIFIED, children })],
      };
      return id;
    },
    footnotes: () => ({ ...notes }),
    ...(comments ? { comments } : {}),
  };
}
