import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Table as ModelTable } from '../contract/model/body.ts';
import type { FormatProfile } from '../format/profile.ts';
import type { BuildContext } from './context.ts';
import { inlineRuns } from './inline.ts';
import { textWidthTwips, type Orientation } from './page.ts';
import { alignment, type Align } from './paragraphs.ts';
import { ptToEighths } from './units.ts';

/** Single-line borders on every side and between all cells, in the profile's weight. */
export function fullBorders(profile: FormatProfile) {
  const line = { style: BorderStyle.SINGLE, size: ptToEighths(profile.layout.tableBorderPt), color: 'auto' } as const;
  return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
}

/** A grid cell: one paragraph, no indent, single spacing, vertically centred. */
export function gridCell(children: ParagraphChild[], width: number, align: Align): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ alignment: alignment[align], children })],
  });
}

/**
 * A bordered grid table across the text width: `headerRows` leading rows repeat on every page,
 * no row splits across pages.
 */
export function gridTable(profile: FormatProfile, widths: readonly number[], rows: readonly TableCell[][], headerRows: number): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: fullBorders(profile),
    rows: rows.map((children, i) => new TableRow({ cantSplit: true, ...(i < headerRows ? { tableHeader: true } : {}), children })),
  });
}

/** Equal columns across the text width; the last takes the rounding rest. */
export function equalWidths(total: number, count: number): number[] {
  const each = Math.floor(total / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? total - each * (count - 1) : each));
}

/** A table of the body: equal columns, the profile's table size; header cells bold and centred. */
export function bodyTable(t: ModelTable, ctx: BuildContext, orientation: Orientation = 'portrait'): Table {
  const { style, headerBold } = ctx.profile.table;
  const columns = Math.max(...t.rows.map((r) => r.length));
  const widths = equalWidths(textWidthTwips(ctx.profile, orientation), columns);
  const rows = t.rows.map((row, r) => {
    const header = r < t.headerRows;
    return Array.from({ length: columns }, (_, c) => {
      const cell = row[c];
      const bold = cell?.bold ?? (header && headerBold ? true : undefined);
      const cellStyle = bold === undefined ? style : { ...style, bold };
      return gridCell(cell ? inlineRuns(cell.runs, cellStyle, ctx) : [], widths[c] ?? 0, cell?.align ?? (header ? 'center' : 'left'));
    });
  });
  return gridTable(ctx.profile, widths, rows, t.headerRows);
}
