import { AlignmentType, LineRuleType, TextRun, UnderlineType, type IRunOptions, type IStylesOptions } from 'docx';
import { splitPlaceholders, type PlaceholderPrint } from '../contract/model/placeholders.ts';
import type { FormatProfile, TextStyle } from '../format/profile.ts';
import { ptToHalfPoints, ptToTwips } from './units.ts';
import { printedText } from '../format/profileStyle.ts';
import type { Emphasis } from '../contract/model/inline.ts';

/** Character formatting a stored run may add on top of the element's profile style: the model's Emphasis (absent = the style's). */
export type RunEmphasis = Emphasis;

type RunFormat = Pick<IRunOptions, 'size' | 'bold' | 'italics' | 'underline'>;

/**
 * Profile TextStyle (+ the run's own emphasis) -> docx run options. A run's own flag wins over the
 * style's; only the properties that are on are written, so the XML stays small.
 */
export function runFormat(style: TextStyle, emphasis: RunEmphasis = {}): RunFormat {
  const bold = emphasis.bold ?? style.bold;
  const italic = emphasis.italic ?? style.italic;
  const underline = emphasis.underline ?? style.underline;
  return {
    size: ptToHalfPoints(style.sizePt),
    ...(bold ? { bold: true } : {}),
    ...(italic ? { italics: true } : {}),
    ...(underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  };
}

/** The text as printed (its one home is the profile's style). */
export { printedText };

/**
 * Runs for `text` in `style`; every "\n" becomes a line break inside the paragraph. In a draft
 * (`placeholders` "marked", model/placeholders.ts) a placeholder ("…", "[… Nêu …]") is its own run,
 * highlighted yellow, so that what is left to write never prints as if it were text; an issued
 * document prints it as written, without the highlight.
 */
export function styledRuns(text: string, style: TextStyle, placeholders: PlaceholderPrint, emphasis: RunEmphasis = {}): TextRun[] {
  const format = runFormat(style, emphasis);
  const mark = placeholders === 'marked';
  return printedText(text, style)
    .split('\n')
    .flatMap((line, i) =>
      splitPlaceholders(line).map(
        (piece, j) =>
          new TextRun({
            ...format,
            text: piece.text,
            ...(i > 0 && j === 0 ? { break: 1 } : {}),
            ...(mark && piece.placeholder ? { highlight: 'yellow' } : {}),
          }),
      ),
    );
}

/** Paragraph spacing in points -> docx spacing; `lineExactPt` sets "Exactly" line spacing. */
export function spacing(opts: { beforePt?: number; afterPt?: number; lineExactPt?: number }): {
  before?: number;
  after?: number;
  line?: number;
  lineRule?: (typeof LineRuleType)[keyof typeof LineRuleType];
} {
  return {
    ...(opts.beforePt ? { before: ptToTwips(opts.beforePt) } : {}),
    after: ptToTwips(opts.afterPt ?? 0),
    ...(opts.lineExactPt ? { line: ptToTwips(opts.lineExactPt), lineRule: LineRuleType.EXACT } : {}),
  };
}

/**
 * Document-wide styles: the profile's font and body size as defaults (Vietnamese language for
 * spelling), single line spacing and no space after outside the body, and footnotes in the profile's size.
 */
export function documentStyles(profile: FormatProfile): IStylesOptions {
  const font = profile.fontFamily;
  const footnoteSize = ptToHalfPoints(profile.footnote.sizePt);
  return {
    default: {
      document: {
        run: {
          font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
          size: ptToHalfPoints(profile.body.style.sizePt),
          language: { value: 'vi-VN' },
        },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      footnoteText: {
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        run: { size: footnoteSize },
      },
      footnoteTextChar: { run: { size: footnoteSize } },
    },
  };
}
