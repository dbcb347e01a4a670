import { BorderStyle, HeightRule, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { FormatProfile } from '../format/profile.ts';
import { centred, hairline, line, signerLines, type Line, type Piece } from './copyBlock.ts';
import type { CopyBlock } from './copyTexts.ts';
import { layoutTable } from './layout.ts';
import { mmToTwips, percentOf, ptToEighths } from './units.ts';

/**
 * The copy mark of 05-HD/VPTW (Part III, Phụ lục 3): after the copied document, below one solid
 * rule across the text width, the stamp "BẢN SAO VĂN BẢN" on the left — a red rectangle of the
 * profile's size (80 × 50 mm), its title in 13 pt bold caps, then the fields Cơ quan, tổ chức sao;
 * Số, ký hiệu bản sao; Hình thức sao; Địa danh và ngày tháng năm sao; Nơi nhận bản sao — and the
 * copier's signature block on the right. The stamp is drawn as a one-cell table with red borders
 * (the shape of Phụ lục 3's image was not seen: its geometry beyond the size is the profile's
 * setting); the stamp's words are in the stamp's ink. Direct formatting only, as the typed block,
 * so it reads the same inside a received file.
 */
export function copyStampChildren(block: CopyBlock, profile: FormatProfile, widthTwips: number): FileChild[] {
  const stamp = block.mark.stamp;
  const ink = stamp.colour;
  const field = (label: string, value: string): Line => ({
    align: 'left',
    pieces: [
      { text: `${label}: `, style: { ...stamp.fieldStyle, bold: true }, colour: ink },
      { text: value, style: stamp.fieldStyle, colour: ink },
    ],
  });
  const recipients: Piece[] = block.recipients.map((r) => ({
    text: `${r.text}${r.note ? ` ${r.note}` : ''}${r.end}`,
    style: stamp.fieldStyle,
    colour: ink,
  }));
  const lines: Line[] = [
    { ...centred(stamp.title, stamp.titleStyle), pieces: [{ text: stamp.title, style: stamp.titleStyle, colour: ink }] },
    field('Cơ quan, tổ chức sao', block.copyingBodyText),
    field('Số, ký hiệu bản sao', block.number),
    field('Hình thức sao', block.kindText),
    field('Địa danh và ngày tháng năm sao', block.placeDate),
    field('Nơi nhận bản sao', ''),
    ...recipients.map((p): Line => ({ align: 'left', pieces: [p] })),
  ];
  const width = mmToTwips(stamp.widthMm);
  const border = { style: BorderStyle.SINGLE, size: ptToEighths(1.5), color: ink };
  const box = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: mmToTwips(stamp.heightMm), rule: HeightRule.ATLEAST },
        children: [new TableCell({ width: { size: width, type: WidthType.DXA }, children: lines.map((l) => line(l, profile)) })],
      }),
    ],
  });
  const before = profile.layout.closingSpaceBeforePt;
  const left = Math.max(width + 120, percentOf(widthTwips, profile.layout.closingColumns[0]));
  return [
    hairline(before, profile.header.partyTitle.rulePt),
    hairline(profile.layout.headerRowGapPt, null),
    layoutTable(
      [left, widthTwips - left],
      [[[box, line({ align: 'left', pieces: [] }, profile)], signerLines(block, profile, before).map((l) => line(l, profile))]],
      true,
    ),
  ];
}
