/// <reference lib="dom" />
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/contract/model/body.ts';
import type { TextRun } from '../../../electron/contract/model/inline.ts';
import { inlineLists } from '../../../electron/contract/model/commentAnchors.ts';
import {
  $commentAnchors,
  $removeComment,
  $selectComment,
  $wrapSelectionInComment,
  quoteOf,
} from '../../../renderer/editor/plugins/Comments/commentCommands.ts';
import { FIXTURES, loadResolution } from '../../support/fixtures.ts';
import { blocksOf, editorWith } from '../renderer/editorKit.ts';
import { A, B, markIn } from './kit.ts';

const para = (...runs: TextRun[]): Block => ({ type: 'paragraph', runs });

function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

function textNodeWith(text: string): TextNode {
  const node = $getRoot()
    .getAllTextNodes()
    .find((n) => n.getTextContent().includes(text));
  if (!node) throw new Error(`Không thấy "${text}"`);
  return node;
}

/** Selects `text` (inside one text node, or from the start of `text` to the end of `until`). */
function select(editor: LexicalEditor, text: string, until?: string): void {
  update(editor, () => {
    const from = textNodeWith(text);
    const to = until === undefined ? from : textNodeWith(until);
    const start = from.getTextContent().indexOf(text);
    const end = until === undefined ? start + text.length : to.getTextContent().indexOf(until) + until.length;
    const selection = $createRangeSelection();
    selection.anchor.set(from.getKey(), start, 'text');
    selection.focus.set(to.getKey(), end, 'text');
    $setSelection(selection);
  });
}

/** The marked runs: [text, comment ids]. */
const marked = (blocks: Block[]): [string, string[]][] =>
  inlineLists(blocks).flatMap((l) =>
    l.flatMap((r): [string, string[]][] => (r.type === 'text' && r.comments ? [[r.text, r.comments]] : [])),
  );

describe('comment anchors in the editor', () => {
  for (const name of FIXTURES) {
    it(`round-trip exactly with marks: ${name} (model -> editor -> model, and through the JSON)`, () => {
      const doc = loadResolution(name);
      const at = doc.body.findIndex(
        (b) => (b.type === 'paragraph' || b.type === 'bullet') && b.runs[0]?.type === 'text' && b.runs[0].text.length > 12,
      );
      const first = doc.body[at];
      const word = first && 'runs' in first && first.runs[0]?.type === 'text' ? first.runs[0].text.slice(3, 12) : '';
      let body = markIn(doc.body, at, word, A);
      body = markIn(body, at, word, B);
      const editor = editorWith(body);
      expect(blocksOf(editor)).toStrictEqual(body);
      const again = editorWith([]);
      again.setEditorState(again.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
      expect(blocksOf(again)).toStrictEqual(body);
    });
  }

  it('round-trips marks with line breaks, emphasis changes and two comments side by side', () => {
    const body = [
      para(
        { type: 'text', text: 'Mở ' },
        { type: 'text', text: 'đầu\ndòng hai', comments: [A] },
        { type: 'text', text: ' đậm', bold: true, comments: [A] },
        { type: 'text', text: 'kề', comments: [B] },
        { type: 'text', text: ' hết.' },
      ),
      para({ type: 'text', text: 'Cả đoạn', comments: [A, B] }),
    ];
    expect(blocksOf(editorWith(body))).toStrictEqual(body);
  });

  it('wraps the selected text (across paragraphs too) and gives its quote', () => {
    const editor = editorWith([
      para({ type: 'text', text: 'Tiếp tục xây dựng nông thôn mới nâng cao.' }),
      para({ type: 'text', text: 'Phát triển kinh tế bền vững.' }),
    ]);
    select(editor, 'nông thôn mới');
    let quote: string | null = null;
    update(editor, () => {
      quote = $wrapSelectionInComment(A);
    });
    expect(quote).toBe('nông thôn mới');
    select(editor, 'nâng cao.', 'Phát triển');
    update(editor, () => void $wrapSelectionInComment(B));
    expect(marked(blocksOf(editor))).toEqual([
      ['nông thôn mới', [A]],
      ['nâng cao.', [B]],
      ['Phát triển', [B]],
    ]);
    expect(editor.getEditorState().read($commentAnchors)).toEqual([A, B]);
    // Nothing selected: nothing wrapped.
    update(editor, () => {
      $getRoot().selectEnd();
      expect($wrapSelectionInComment(A)).toBeNull();
    });
  });

  it('keeps the anchor on the same words when text is typed before it, at its edges, or the paragraph is split elsewhere', () => {
    const editor = editorWith([
      para(
        { type: 'text', text: 'Tiếp tục ' },
        { type: 'text', text: 'nông thôn mới', comments: [A] },
        { type: 'text', text: ' nâng cao.' },
      ),
    ]);
    update(editor, () => $getRoot().getFirstDescendant<TextNode>()?.select(0, 0));
    update(editor, () => {
      const s = $getSelection();
      if ($isRangeSelection(s)) s.insertText('Năm 2026, ');
    });
    // The caret at the mark's end edge: typing goes outside the mark.
    update(editor, () => {
      const node = textNodeWith('nông thôn mới');
      node.select(node.getTextContentSize(), node.getTextContentSize());
    });
    update(editor, () => {
      const s = $getSelection();
      if ($isRangeSelection(s)) s.insertText(' kiểu mẫu');
    });
    expect(marked(blocksOf(editor))).toEqual([['nông thôn mới', [A]]]);
    expect(blocksOf(editor)[0]).toMatchObject({
      runs: [{ text: 'Năm 2026, Tiếp tục ' }, { text: 'nông thôn mới' }, { text: ' kiểu mẫu nâng cao.' }],
    });
  });

  it('loses the anchor when its whole text is deleted; the mark can also be removed on purpose', () => {
    const editor = editorWith([
      para(
        { type: 'text', text: 'Giữ ' },
        { type: 'text', text: 'xóa đi', comments: [A] },
        { type: 'text', text: ' và ' },
        { type: 'text', text: 'bỏ dấu', comments: [B] },
      ),
    ]);
    select(editor, 'xóa đi');
    update(editor, () => {
      const s = $getSelection();
      if ($isRangeSelection(s)) s.removeText();
    });
    expect(editor.getEditorState().read($commentAnchors)).toEqual([B]);
    update(editor, () => {
      expect($selectComment(B)).toBe(true);
      expect($getSelection()?.getTextContent()).toBe('bỏ dấu');
      expect($removeComment(B)).toBe(true);
    });
    expect(blocksOf(editor)).toEqual([para({ type: 'text', text: 'Giữ  và bỏ dấu' })]);
    expect(editor.getEditorState().read(() => $getRoot().getAllTextNodes().every($isTextNode))).toBe(true);
  });

  it('quotes the selection on one line, shortened when long', () => {
    expect(quoteOf('  một\n hai  ')).toBe('một hai');
    expect(quoteOf('x'.repeat(400))).toHaveLength(300);
    // A long quote is cut at a word end (it was cut mid-word: "… bảo đảm quố…").
    const long = `${'Về phát triển kinh tế - xã hội, '.repeat(9)}bảo đảm quốc phòng, an ninh.`;
    const quote = quoteOf(long);
    expect(quote.length).toBeLessThanOrEqual(300);
    expect(quote).toMatch(/ hội, bảo đảm…$/u);
    expect(long.startsWith(quote.slice(0, -1))).toBe(true);
    expect(long.charAt(quote.length - 1)).toMatch(/[\s,]/u);
    expect(quoteOf('x'.repeat(300))).toBe('x'.repeat(300));
  });
});
