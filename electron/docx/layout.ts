import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
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

/** A centred line of `text` in `style`. */
export function centredLine(line: StyledLine, beforePt = 0, afterPt = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacing({ beforePt, afterPt }),
    children: styledRuns(line.text, line.style),
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
