import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, UnderlineType, type FileChild } from 'docx';
import type { FormatProfile, TextStyle } from '../format/profile.ts';
import type { CopyBlock } from './copyTexts.ts';
import { copyStampChildren } from './copyStamp.ts';
import { layoutTable } from './layout.ts';
import { printedText } from './styles.ts';
import { percentOf, ptToEighths, ptToHalfPoints, ptToTwips } from './units.ts';

/**
 * The copy block (bản sao, 36-HD/VPTW 3.3): after the copied text, one solid rule across the
 * whole text width, then two borderless two-column tables laid out like the original's header
 * and closing: [copying body, "*" | copy kind], ["Số …-BS/…" | place and date], then
 * [Nơi nhận | signer]. Every value comes from the profile.
 *
 * The block must read the same when it is appended into a received .docx whose own styles we do
 * not control, so every paragraph and run carries its formatting directly (font, size, toggles,
 * indents, spacing, alignment) and relies on no style. It never splits across pages: every
 * paragraph keeps with the next and keeps its lines, every row refuses to split, so Word and
 * LibreOffice move the whole block to a new page when it does not fit.
 */

export type Piece = { text: string; style: TextStyle; italic?: boolean; colour?: string };
export type Line = { pieces: Piece[]; align: 'left' | 'center'; beforePt?: number };

function run(piece: Piece, profile: FormatProfile): TextRun {
  const { style } = piece;
  const font = profile.fontFamily;
  const italic = piece.italic ?? style.italic;
  return new TextRun({
    text: printedText(piece.text, style),
    font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
    size: ptToHalfPoints(style.sizePt),
    bold: style.bold,
    italics: italic,
    underline: { type: style.underline ? UnderlineType.SINGLE : UnderlineType.NONE },
    color: piece.colour ?? 'auto',
    language: { value: 'vi-VN' },
  });
}

/** One line of the block: direct formatting only, kept with the next line and on one page. */
export function line(l: Line, profile: FormatProfile): Paragraph {
  return new Paragraph({
    alignment: l.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: { left: 0, right: 0, firstLine: 0 },
    spacing: { before: ptToTwips(l.beforePt ?? 0), after: 0, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: true,
    keepLines: true,
    children: l.pieces.map((p) => run(p, profile)),
  });
}

/** An empty paragraph a hair high; with `rulePt` its top border is the full-width rule. */
export function hairline(beforePt: number, rulePt: number | null): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left: 0, right: 0, firstLine: 0 },
    spacing: { before: ptToTwips(beforePt), after: 0, line: ptToTwips(1), lineRule: LineRuleType.EXACT },
    keepNext: true,
    keepLines: true,
    ...(rulePt === null ? {} : { border: { top: { style: BorderStyle.SINGLE, size: ptToEighths(rulePt), color: 'auto', space: 0 } } }),
    children: [],
  });
}

export const centred = (text: string, style: TextStyle, beforePt = 0): Line => ({ pieces: [{ text, style }], align: 'center', beforePt });

/** The copier's signature block: authority, title, room for the signature and seal, name. */
export function signerLines(block: CopyBlock, profile: FormatProfile, before: number): Line[] {
  const s = profile.signature;
  return [
    ...(block.authority === null ? [] : [centred(block.authority, s.authority, before)]),
    centred(block.title, s.title, block.authority === null ? before : 0),
    ...Array.from({ length: s.blankLines }, () => centred('', s.title)),
    centred(block.name, s.name),
  ];
}

/** The lines of each cell, top-left to bottom-right: [[bodies | kind], [number | date], [recipients | signer]]. */
export function copyBlockLines(block: CopyBlock, profile: FormatProfile): { header: [Line[], Line[]][]; closing: [Line[], Line[]] } {
  const h = profile.header;
  const gap = profile.layout.headerRowGapPt;
  const bodies = [
    ...(block.superiorBody ? [centred(block.superiorBody, h.superiorBody, gap)] : []),
    centred(block.copyingBody, h.issuingBody, block.superiorBody ? 0 : gap),
    centred('*', h.asterisk),
  ];
  const r = profile.recipients;
  const before = profile.layout.closingSpaceBeforePt;
  const recipients: Line[] = [
    { pieces: [{ text: r.label.text, style: r.label.style }], align: 'left', beforePt: before },
    ...block.recipients.map((p): Line => ({
      align: 'left',
      pieces: [
        { text: p.text, style: r.line },
        ...(p.note ? [{ text: ` ${p.note}`, style: r.line, italic: true }] : []),
        ...(p.end ? [{ text: p.end, style: r.line }] : []),
      ],
    })),
  ];
  const signer = signerLines(block, profile, before);
  return {
    header: [
      [bodies, [centred(block.kind, h.issuingBody, gap)]],
      [[centred(block.number, h.number, gap)], [centred(block.placeDate, h.placeDate, gap)]],
    ],
    closing: [recipients, signer],
  };
}

/**
 * The block's body children for a text area `widthTwips` wide: the full-width rule, the
 * header-like table, a hairline that keeps the two tables apart (adjacent tables would merge),
 * and the closing-like table.
 */
export function copyBlockChildren(block: CopyBlock, profile: FormatProfile, widthTwips: number): FileChild[] {
  if (block.mark.form === 'stamp') return copyStampChildren(block, profile, widthTwips);
  const lines = copyBlockLines(block, profile);
  const para = (ls: Line[]): Paragraph[] => ls.map((l) => line(l, profile));
  const headerLeft = percentOf(widthTwips, profile.header.columns[0]);
  const closingLeft = percentOf(widthTwips, profile.layout.closingColumns[0]);
  return [
    hairline(profile.layout.closingSpaceBeforePt, profile.header.partyTitle.rulePt),
    layoutTable(
      [headerLeft, widthTwips - headerLeft],
      lines.header.map(([left, right]) => [para(left), para(right)] as const),
      true,
    ),
    hairline(0, null),
    layoutTable([closingLeft, widthTwips - closingLeft], [[para(lines.closing[0]), para(lines.closing[1])]], true),
  ];
}
