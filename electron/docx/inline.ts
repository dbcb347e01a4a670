import { FootnoteReferenceRun, type TextRun } from 'docx';
import type { Inline } from '../contract/model/inline.ts';
import type { TextStyle } from '../format/profile.ts';
import type { BuildContext } from './context.ts';
import { styledRuns } from './styles.ts';

/**
 * Stored inline content -> docx runs in `style`: text runs keep their own bold/italic/underline,
 * a footnote becomes a real Word footnote with its reference mark at that point.
 */
export function inlineRuns(inlines: readonly Inline[], style: TextStyle, ctx: BuildContext): (TextRun | FootnoteReferenceRun)[] {
  return inlines.flatMap((inline) =>
    inline.type === 'text' ? styledRuns(inline.text, style, inline) : [new FootnoteReferenceRun(ctx.addFootnote(inline.runs))],
  );
}

/** The plain text of inline content (footnotes left out). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : '')).join('');
}
