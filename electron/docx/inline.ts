import { FootnoteReferenceRun, type ParagraphChild } from 'docx';
import type { Inline } from '../contract/model/inline.ts';
import type { TextStyle } from '../format/profile.ts';
import type { BuildContext } from './context.ts';
import { styledRuns } from './styles.ts';

/**
 * Stored inline content -> docx runs in `style`: text runs keep their own bold/italic/underline,
 * a footnote becomes a real Word footnote with its reference mark at that point. In a review copy
 * the runs carrying comments get their Word comment ranges (`ctx.comments`); otherwise `comments`
 * on a run is ignored.
 */
export function inlineRuns(inlines: readonly Inline[], style: TextStyle, ctx: BuildContext): ParagraphChild[] {
  const marks = ctx.comments;
  const runs = inlines.flatMap((inline): ParagraphChild[] => {
    if (inline.type !== 'text') return [new FootnoteReferenceRun(ctx.addFootnote(inline.runs))];
    const printed = styledRuns(inline.text, style, ctx.placeholders, inline);
    if (!marks || !inline.comments) return printed;
    const { before, after } = marks.around(inline);
    return [...before, ...printed, ...after];
  });
  return marks ? [...marks.leading(), ...runs] : runs;
}
