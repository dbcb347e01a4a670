import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { FORMAT_TEXT_COMMAND } from 'lexical';
import { memo } from 'react';
import type { HeadingLevel } from '../../../../electron/contract/model/body.ts';
import { TextField } from '../../../app/TextField.tsx';
import {
  INSERT_FOOTNOTE_COMMAND,
  INSERT_PAGE_BREAK_COMMAND,
  INSERT_TARGETS_BLOCK_COMMAND,
  SET_BLOCK_COMMAND,
  SET_LABEL_COMMAND,
  type BlockKind,
} from '../Blocks/blockCommands.ts';
import { ADD_COMMENT_COMMAND } from '../Comments/commentCommands.ts';
import { shortcutHints as keys } from '../Shortcuts/keys.ts';
import type { DocumentHistory } from '../../session/partsHistory.ts';
import { TableTools } from './TableTools.tsx';
import { ToolButton } from './ToolButton.tsx';
import { useToolbarState } from './useToolbarState.ts';

const headings: { level: HeadingLevel; text: string; label: string }[] = [
  { level: 'part', text: 'Phần', label: 'Phần (Phần thứ nhất…)' },
  { level: 'section', text: 'I.', label: 'Mục La Mã (I., II.)' },
  { level: 'item', text: '1.', label: 'Mục số (1., 2.)' },
  { level: 'subitem', text: '1.1.', label: 'Mục con (1.1.)' },
  { level: 'subsubitem', text: '1.1.1.', label: 'Mục con cấp ba (1.1.1.)' },
];

/** The body's toolbar: undo/redo (the whole document's history), paragraph kinds, the literal number, emphasis and insertions. */
export const Toolbar = memo(function Toolbar({ history }: { history: DocumentHistory }) {
  const [editor] = useLexicalComposerContext();
  const s = useToolbarState(editor);
  const is = (k: BlockKind): boolean => JSON.stringify(s.kind) === JSON.stringify(k);
  const set = (k: BlockKind) => () => editor.dispatchCommand(SET_BLOCK_COMMAND, k);
  const labelled = s.kind?.type === 'heading' || s.kind?.type === 'paragraph';
  return (
    <div className="toolbar" role="toolbar" aria-label="Định dạng nội dung" data-testid="editor-toolbar">
      <ToolButton label="Hoàn tác" hint="Ctrl+Z" testId="tool-undo" disabled={!history.canUndo} onPress={history.undo}>
        ↶
      </ToolButton>
      <ToolButton label="Làm lại" hint="Ctrl+Y" testId="tool-redo" disabled={!history.canRedo} onPress={history.redo}>
        ↷
      </ToolButton>
      <span className="tool-sep" />
      <ToolButton
        label="Đoạn văn"
        hint={keys.paragraph}
        testId="tool-paragraph"
        pressed={is({ type: 'paragraph' })}
        disabled={s.inTable}
        onPress={set({ type: 'paragraph' })}
      >
        Đoạn
      </ToolButton>
      {headings.map((h) => (
        <ToolButton
          key={h.level}
          label={h.label}
          hint={keys[h.level]}
          testId={`tool-heading-${h.level}`}
          pressed={is({ type: 'heading', level: h.level })}
          disabled={s.inTable}
          onPress={set({ type: 'heading', level: h.level })}
        >
          {h.text}
        </ToolButton>
      ))}
      <ToolButton
        label="Gạch đầu dòng “-”"
        hint={keys.dash}
        testId="tool-bullet-dash"
        pressed={is({ type: 'bullet', marker: '-' })}
        disabled={s.inTable}
        onPress={set({ type: 'bullet', marker: '-' })}
      >
        –
      </ToolButton>
      <ToolButton
        label="Gạch đầu dòng “+”"
        hint={keys.plus}
        testId="tool-bullet-plus"
        pressed={is({ type: 'bullet', marker: '+' })}
        disabled={s.inTable}
        onPress={set({ type: 'bullet', marker: '+' })}
      >
        +
      </ToolButton>
      <label className="tool-label">
        <span>Số</span>
        <TextField
          className="input tool-label-input"
          data-testid="tool-label"
          aria-label="Số hoặc ký hiệu viết sẵn của đoạn (để trống: tự đánh số)"
          placeholder={labelled ? 'tự động' : '—'}
          disabled={!labelled}
          value={s.label ?? ''}
          onCommit={(v) => editor.dispatchCommand(SET_LABEL_COMMAND, v === '' ? null : v)}
        />
      </label>
      <span className="tool-sep" />
      <ToolButton
        label="Chữ đậm"
        hint="Ctrl+B"
        testId="tool-bold"
        pressed={s.bold}
        onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        <b>Đ</b>
      </ToolButton>
      <ToolButton
        label="Chữ nghiêng"
        hint="Ctrl+I"
        testId="tool-italic"
        pressed={s.italic}
        onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        <i>N</i>
      </ToolButton>
      <ToolButton
        label="Gạch chân"
        hint="Ctrl+U"
        testId="tool-underline"
        pressed={s.underline}
        onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}
      >
        <u>G</u>
      </ToolButton>
      <span className="tool-sep" />
      <ToolButton
        label="Chú thích cuối trang"
        hint={keys.footnote}
        testId="tool-footnote"
        onPress={() => editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined)}
      >
        Chú thích
      </ToolButton>
      <ToolButton
        label="Chèn bảng 3 × 3"
        hint={keys.table}
        testId="tool-table"
        disabled={s.inTable}
        onPress={() =>
          editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } })
        }
      >
        Bảng
      </ToolButton>
      {s.inTable ? <TableTools editor={editor} /> : null}
      <ToolButton
        label="Chèn khối chỉ tiêu"
        hint={keys.targets}
        testId="tool-targets-block"
        disabled={s.inTable}
        onPress={() => editor.dispatchCommand(INSERT_TARGETS_BLOCK_COMMAND, undefined)}
      >
        Chỉ tiêu
      </ToolButton>
      <ToolButton
        label="Ngắt trang"
        hint={keys.pageBreak}
        testId="tool-page-break"
        disabled={s.inTable}
        onPress={() => editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined)}
      >
        Ngắt trang
      </ToolButton>
      <span className="tool-sep" />
      <ToolButton
        label="Thêm ý kiến cho đoạn đang chọn"
        hint="Ctrl+Alt+M"
        testId="tool-comment"
        onPress={() => editor.dispatchCommand(ADD_COMMENT_COMMAND, undefined)}
      >
        Thêm ý kiến
      </ToolButton>
    </div>
  );
});
