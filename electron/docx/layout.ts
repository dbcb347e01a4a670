import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { PlaceholderPrint } from '../contract/model/placeholders.ts';
import type { StyledLine } from './styledLine.ts';
import { spacing, styledRuns } from './styles.ts';

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
} as const;

/** A centred line of `text` in `style`, its placeholders printed as the document prints them. */
export function centredLine(line: StyledLine, placeholders: PlaceholderPrint, beforePt = 0, afterPt = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacing({ beforePt, afterPt }),
    children: styledRuns(line.text, line.style, placeholders),
  });
}

/** Where a framed line sits: `fromBottom` twips above the bottom edge of a page `pageHeight` twips tall, across the text width. */
export type BottomFrame = { pageHeight: number; fromBottom: number; width: number };

/** The frame's one line of height, exactly (20 pt: a 12–14 pt line). */
const FRAME_LINE_TWIPS = 400;

/**
 * A centred line in a frame anchored to the page, its bottom `fromBottom` above the page's
 * bottom edge, out of the text's flow ("Không phổ biến …" under 05-HD: last page, 10 mm from the
 * bottom). Placed as the last paragraph, it lands on the last page.
 */
export function bottomFramedLine(line: StyledLine, frame: BottomFrame, placeholders: PlaceholderPrint): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    frame: {
      type: 'absolute',
      position: { x: 0, y: frame.pageHeight - frame.fromBottom - FRAME_LINE_TWIPS },
      width: frame.width,
      height: FRAME_LINE_TWIPS,
      rule: HeightRule.EXACT,
      anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.PAGE },
      wrap: FrameWrap.NOT_BESIDE,
    },
    children: styledRuns(line.text, line.style, placeholders),
  });
}

/**
 * A two-column borderless layout table spanning the text width, cells without side padding so
 * that centring (and the rule under the party title) is measured from the column edges.
 */
export function layoutTable(
  widths: readonly [number, number],
  rows: readonly (readonly [(Paragraph | Table)[], (Paragraph | Table)[]])[],
  cantSplit = false,
): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          ...(cantSplit ? { cantSplit: true } : {}),
          children: cells.map(
            (children, i) =>
              new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children }),
          ),
        }),
    ),
  });
}
