import { BorderStyle, LineRuleType, Paragraph, type Table } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import { formatDocNumber } from '../format/docNumber.ts';
import { headerLayout } from '../format/headerLayout.ts';
import { placeDateText } from '../format/printed.ts';
import type { FormatProfile } from '../format/profile.ts';
import type { BuildContext } from './context.ts';
import { centredLine, layoutTable } from './layout.ts';
import { markLines } from '../format/printed.ts';
import { textWidthPt } from '../format/textMetrics.ts';
import { textWidthTwips } from './page.ts';
import { printedText } from './styles.ts';
import { percentOf, ptToEighths, ptToTwips } from './units.ts';

/**
 * Left and right indents (twips) that make a paragraph in a column of `columnTwips` exactly as
 * wide as `text` printed in the party title's style, centred: the rule under the title.
 */
export function ruleIndents(text: string, profile: FormatProfile, columnTwips: number): { left: number; right: number; width: number } {
  const style = profile.header.partyTitle.style;
  const width = Math.round(textWidthPt(printedText(text, style), style.sizePt, style.bold) * 20);
  const side = Math.max(0, Math.floor((columnTwips - width) / 2));
  return { left: side, right: Math.max(0, columnTwips - width - side), width };
}

/** The solid rule under "ĐẢNG CỘNG SẢN VIỆT NAM": an empty, hair-high paragraph with a top border. */
function ruleParagraph(profile: FormatProfile, columnTwips: number): Paragraph {
  const { text, rulePt } = profile.header.partyTitle;
  const { left, right } = ruleIndents(text, profile, columnTwips);
  return new Paragraph({
    indent: { left, right },
    spacing: { after: 0, line: ptToTwips(Math.max(1, rulePt)), lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: ptToEighths(rulePt), color: 'auto', space: 0 } },
    children: [],
  });
}

/**
 * Page-1 header (boxes 1–4 and the marks): left, the superior and issuing bodies and "*", then
 * "Số …" and the marks under it; right, the party title with its rule, then the place and date.
 * "Số …" and the date share the second row, so they stay level. A body name too wide for the left
 * column widens it or is broken into even lines (format/headerLayout.ts).
 */
export function headerBlock(doc: Resolution, ctx: BuildContext): Table {
  const { profile, placeholders: p } = ctx;
  const h = profile.header;
  const total = textWidthTwips(profile);
  const placeDate = placeDateText(doc);
  const fitted = headerLayout({ ...doc.header, placeDate }, profile);
  const leftWidth = percentOf(total, fitted.leftPercent);
  const rightWidth = total - leftWidth;
  const gap = profile.layout.headerRowGapPt;

  const bodies: Paragraph[] = [
    ...(fitted.superiorLines ? [centredLine({ text: fitted.superiorLines.join('\n'), style: h.superiorBody }, p)] : []),
    centredLine({ text: fitted.issuingLines.join('\n'), style: h.issuingBody }, p),
    centredLine({ text: '*', style: h.asterisk }, p),
  ];
  const title = [centredLine({ text: h.partyTitle.text, style: h.partyTitle.style }, p), ruleParagraph(profile, rightWidth)];
  const number = [
    centredLine({ text: formatDocNumber(doc.header.number, profile.numbering), style: h.number }, p, gap),
    ...markLines(doc.marks, profile).map((line) => centredLine(line, p)),
  ];
  const date = [centredLine({ text: placeDate, style: h.placeDate }, p, gap)];
  return layoutTable(
    [leftWidth, rightWidth],
    [
      [bodies, title],
      [number, date],
    ],
  );
}
