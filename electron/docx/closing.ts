import { AlignmentType, Paragraph, type ParagraphChild, type Table } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import type { BuildContext } from './context.ts';
import { hairline } from './copyBlock.ts';
import { centredLine, layoutTable } from './layout.ts';
import { textWidthTwips } from './page.ts';
import { authorityText as authorityLine, contactLines, printedRecipients } from '../format/printed.ts';
import { spacing, styledRuns } from './styles.ts';
import { percentOf } from './units.ts';

/** "T/M HUYỆN ỦY"; null when the head signs directly (authority "none"). */
export function authorityText(doc: Resolution): string | null {
  return authorityLine(doc.signature);
}

/** Box 9: "Nơi nhận:" and its lines (12 pt), then the production note (box 12) when present. */
function recipientsCell(doc: Resolution, ctx: BuildContext): Paragraph[] {
  const { profile, placeholders: p } = ctx;
  const r = profile.recipients;
  const left = (children: ParagraphChild[], beforePt = 0): Paragraph =>
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: spacing({ beforePt }), children });
  const out = [left(styledRuns(r.label.text, r.label.style, p), profile.layout.closingSpaceBeforePt)];
  for (const line of printedRecipients(doc.recipients, profile)) {
    out.push(
      left([
        ...styledRuns(line.text, r.line, p),
        ...(line.note ? styledRuns(` ${line.note}`, r.line, p, { italic: true }) : []),
        ...(line.end ? styledRuns(line.end, r.line, p) : []),
      ]),
    );
  }
  if (doc.marks.productionNote) out.push(left(styledRuns(doc.marks.productionNote, profile.marks.productionNote, p)));
  return out;
}

/** Boxes 7a–7c: authority, title, room for the signature and seal, name — centred in the column. */
function signatureCell(doc: Resolution, ctx: BuildContext): Paragraph[] {
  const { profile, placeholders: p } = ctx;
  const s = profile.signature;
  const before = profile.layout.closingSpaceBeforePt;
  const authority = authorityText(doc);
  return [
    ...(authority === null ? [] : [centredLine({ text: authority, style: s.authority }, p, before)]),
    centredLine({ text: doc.signature.title, style: s.title }, p, authority === null ? before : 0),
    ...Array.from({ length: s.blankLines }, () => centredLine({ text: '', style: s.title }, p)),
    centredLine({ text: doc.signature.name, style: s.name }, p),
  ];
}

/** The closing block: a borderless two-column table that does not split across pages. */
export function closingBlock(doc: Resolution, ctx: BuildContext): Table {
  const total = textWidthTwips(ctx.profile);
  const left = percentOf(total, ctx.profile.layout.closingColumns[0]);
  return layoutTable([left, total - left], [[recipientsCell(doc, ctx), signatureCell(doc, ctx)]], true);
}

/** Thickness of the full-width rule above the contact lines (pt). */
const CONTACT_RULE_PT = 0.5;

/**
 * Thông tin liên hệ: on the last page, under a full-width solid rule, in the profile's small size
 * (10 pt), one paragraph a line, kept together with the rule. Nothing when the document has none.
 */
export function contactBlock(doc: Resolution, ctx: BuildContext): Paragraph[] {
  const profile = ctx.profile;
  const lines = contactLines(doc.marks);
  if (lines.length === 0) return [];
  return [
    hairline(profile.layout.closingSpaceBeforePt, CONTACT_RULE_PT),
    ...lines.map(
      (line, i) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          indent: { left: 0, right: 0, firstLine: 0 },
          spacing: spacing({ beforePt: 0 }),
          keepNext: i < lines.length - 1,
          keepLines: true,
          children: styledRuns(line, profile.marks.contact, ctx.placeholders),
        }),
    ),
  ];
}
