import { DeletedTextRun, FootnoteReferenceRun, InsertedTextRun, type ParagraphChild } from 'docx';
import type { TextRun as ModelTextRun } from '../contract/model/inline.ts';
import type { TextStyle } from '../format/profile.ts';
import type { BuildContext } from './context.ts';
import { printedText, runFormat, styledRuns, type RunEmphasis } from './styles.ts';

/** Who made the changes and when: every w:ins / w:del of the document carries it. */
export type Revision = { author: string; date: string };

/** A piece of text as compared: kept, inserted or deleted, with its own emphasis or as a footnote. */
export type Segment = {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  emphasis?: RunEmphasis;
  /** A footnote reference at this point (its text is `text` when shown as deleted). */
  footnote?: readonly ModelTextRun[];
};

/** Hands out the ids of the revision marks (unique within the document). */
export type Marker = Revision & { nextId: () => number };

export function createMarker(revision: Revision): Marker {
  let id = 0;
  return { ...revision, nextId: () => ++id };
}

/** A segment's text as tracked runs: each line (after a "\n") its own run, breaking before it. */
function changedRuns(text: string, style: TextStyle, emphasis: RunEmphasis, op: 'insert' | 'delete', marker: Marker): ParagraphChild[] {
  const format = runFormat(style, emphasis);
  return printedText(text, style)
    .split('\n')
    .map((line, i) => {
      const options = {
        ...format,
        text: line,
        ...(i > 0 ? { break: 1 } : {}),
        id: marker.nextId(),
        author: marker.author,
        date: marker.date,
      };
      return op === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options);
    });
}

/**
 * Segments -> runs in `style`: kept text as plain runs, inserted text in w:ins, deleted text in
 * w:del. A kept or inserted footnote becomes a real footnote; a deleted one shows its text deleted.
 */
export function segmentRuns(segments: readonly Segment[], style: TextStyle, ctx: BuildContext, marker: Marker): ParagraphChild[] {
  return segments.flatMap((s): ParagraphChild[] => {
    const emphasis = s.emphasis ?? {};
    if (s.footnote && s.op !== 'delete') return [new FootnoteReferenceRun(ctx.addFootnote(s.footnote))];
    if (s.op === 'equal') return styledRuns(s.text, style, ctx.placeholders, emphasis);
    return changedRuns(s.text, style, emphasis, s.op, marker);
  });
}

/** The paragraph mark inserted or deleted with a whole paragraph (w:rPr/w:ins or w:del in w:pPr). */
export function paragraphMark(op: 'insert' | 'delete', marker: Marker) {
  const change = { id: marker.nextId(), author: marker.author, date: marker.date };
  return { run: op === 'insert' ? { insertion: change } : { deletion: change } };
}
