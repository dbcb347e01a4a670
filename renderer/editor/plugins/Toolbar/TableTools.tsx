import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
} from '@lexical/table';
import type { LexicalEditor } from 'lexical';
import { ToolButton } from './ToolButton.tsx';

/** Rows and columns of the table the caret is in. */
export function TableTools({ editor }: { editor: LexicalEditor }) {
  const run = (fn: () => unknown) => () => editor.update(() => void fn());
  return (
    <span className="tool-group" role="group" aria-label="Bảng">
      <ToolButton label="Thêm dòng bên dưới" testId="tool-table-row-add" onPress={run(() => $insertTableRowAtSelection(true))}>
        + Dòng
      </ToolButton>
      <ToolButton label="Thêm cột bên phải" testId="tool-table-column-add" onPress={run(() => $insertTableColumnAtSelection(true))}>
        + Cột
      </ToolButton>
      <ToolButton label="Xóa dòng" testId="tool-table-row-remove" onPress={run($deleteTableRowAtSelection)}>
        − Dòng
      </ToolButton>
      <ToolButton label="Xóa cột" testId="tool-table-column-remove" onPress={run($deleteTableColumnAtSelection)}>
        − Cột
      </ToolButton>
    </span>
  );
}
