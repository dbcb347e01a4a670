import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableRowNode,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';
import { $getState, $isElementNode, $setState, type ElementFormatType } from 'lexical';
import type { Inline } from '../../../electron/contract/model/inline.ts';
import type { Table, TableCell } from '../../../electron/contract/model/body.ts';
import { $createBodyParagraphNode } from '../nodes/BodyParagraphNode.ts';
import { cellBoldState } from '../nodes/states.ts';
import { $inlinesToNodes, $nodesToInlines, appendLineBreak } from './runs.ts';

/** A model table -> TableNode; the first `headerRows` rows are header cells. */
export function $tableToNode(table: Table): TableNode {
  const node = $createTableNode();
  table.rows.forEach((row, r) => {
    const rowNode = $createTableRowNode();
    for (const cell of row) {
      const header = r < table.headerRows ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
      const cellNode = $createTableCellNode(header);
      if (cell.bold !== undefined) $setState(cellNode, cellBoldState, cell.bold);
      const paragraph = $createBodyParagraphNode();
      if (cell.align) paragraph.setFormat(cell.align);
      paragraph.append(...$inlinesToNodes(cell.runs));
      cellNode.append(paragraph);
      rowNode.append(cellNode);
    }
    node.append(rowNode);
  });
  return node;
}

const cellAligns: ReadonlySet<ElementFormatType> = new Set(['left', 'center', 'right', 'justify']);

function $cellToModel(cell: TableCellNode): TableCell {
  const runs: Inline[] = [];
  const blocks = cell.getChildren();
  blocks.forEach((block, i) => {
    if (i > 0) appendLineBreak(runs);
    $nodesToInlines($isElementNode(block) ? block.getChildren() : [block], runs);
  });
  const first = blocks[0];
  const format = $isElementNode(first) ? first.getFormatType() : '';
  const bold = $getState(cell, cellBoldState);
  return {
    runs,
    ...(cellAligns.has(format) ? { align: format as NonNullable<TableCell['align']> } : {}),
    ...(bold === null ? {} : { bold }),
  };
}

/** TableNode -> model table; header rows are the leading rows whose cells are all header cells. */
export function $tableToModel(node: TableNode): Table {
  const rows = node.getChildren().filter($isTableRowNode);
  const cells = rows.map((row) => row.getChildren().filter($isTableCellNode));
  let headerRows = 0;
  for (const row of cells) {
    if (row.length === 0 || !row.every((c) => (c.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0)) break;
    headerRows += 1;
  }
  const modelRows = cells.map((row) => row.map($cellToModel)).filter((row) => row.length > 0);
  return { type: 'table', headerRows, rows: modelRows.length > 0 ? modelRows : [[{ runs: [] }]] };
}
