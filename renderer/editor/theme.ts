import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the body's built-in elements (the custom nodes set their own). */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'nq-p',
  text: { bold: 'nq-b', italic: 'nq-i', underline: 'nq-u' },
  table: 'nq-table',
  tableRow: 'nq-tr',
  tableCell: 'nq-td',
  tableCellHeader: 'nq-th',
  tableSelection: 'nq-table-selection',
  tableCellSelected: 'nq-td-selected',
};
