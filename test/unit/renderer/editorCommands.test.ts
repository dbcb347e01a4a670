import { $getRoot, $isElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/contract/model/body.ts';
import { $setBlock, $setLabel } from '../../../renderer/editor/plugins/Blocks/blockCommands.ts';
import { $onEnter, $onSpace } from '../../../renderer/editor/plugins/LabelDetection/labelCommands.ts';
import { $insertBlocks } from '../../../renderer/editor/plugins/Paste/insertBlocks.ts';
import { blocksOf, editorWith } from './editorKit.ts';

const text = (t: string) => [{ type: 'text' as const, text: t }];

/** Puts the caret at the end (or at `offset`) of the text of top-level block `index`. */
function caretIn(editor: LexicalEditor, index: number, offset?: number): void {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(index);
      if (!$isElementNode(block)) throw new Error('no block');
      const first = block.getFirstDescendant();
      if (first && offset !== undefined && 'select' in first) {
        (first as unknown as { select: (a: number, b: number) => void }).select(offset, offset);
      } else block.selectEnd();
    },
    { discrete: true },
  );
}

function run(editor: LexicalEditor, fn: () => unknown): void {
  editor.update(() => void fn(), { discrete: true });
}

describe('block commands', () => {
  it('turns a numbered paragraph into a heading keeping its number, and into a bullet without it', () => {
    const editor = editorWith([{ type: 'paragraph', label: '2.', runs: text('Kinh tế') }]);
    caretIn(editor, 0);
    run(editor, () => $setBlock({ type: 'heading', level: 'item' }));
    expect(blocksOf(editor)).toEqual([{ type: 'heading', level: 'item', label: '2.', runs: text('Kinh tế') }]);
    caretIn(editor, 0);
    run(editor, () => $setBlock({ type: 'bullet', marker: '+' }));
    expect(blocksOf(editor)).toEqual([{ type: 'bullet', marker: '+', runs: text('Kinh tế') }]);
  });

  it('sets and clears a heading’s literal label (cleared: numbered automatically)', () => {
    const editor = editorWith([{ type: 'heading', level: 'section', runs: text('Nhiệm vụ') }]);
    caretIn(editor, 0);
    run(editor, () => $setLabel(' III. '));
    expect(blocksOf(editor)[0]).toMatchObject({ label: 'III.' });
    run(editor, () => $setLabel(''));
    expect(blocksOf(editor)[0]).not.toHaveProperty('label');
  });
});

describe('typing shortcuts', () => {
  it('"1." then Space makes a numbered paragraph; "-" and "+" make bullets', () => {
    const editor = editorWith([
      { type: 'paragraph', runs: text('1.') },
      { type: 'paragraph', runs: text('-') },
      { type: 'paragraph', runs: text('+') },
      { type: 'paragraph', runs: text('Câu 1.') },
    ]);
    for (const i of [0, 1, 2, 3]) {
      caretIn(editor, i);
      let handled = false;
      run(editor, () => (handled = $onSpace()));
      expect(handled).toBe(i !== 3);
    }
    expect(blocksOf(editor)).toEqual([
      { type: 'paragraph', label: '1.', runs: [] },
      { type: 'bullet', marker: '-', runs: [] },
      { type: 'bullet', marker: '+', runs: [] },
      { type: 'paragraph', runs: text('Câu 1.') },
    ]);
  });

  it('Enter on an empty bullet ends the list', () => {
    const editor = editorWith([{ type: 'bullet', marker: '-', runs: [] }]);
    caretIn(editor, 0);
    run(editor, () => $onEnter());
    expect(blocksOf(editor)).toEqual([{ type: 'paragraph', runs: [] }]);
  });

  it('Enter after a numbered paragraph starts the next number', () => {
    const editor = editorWith([{ type: 'paragraph', label: '3.', runs: text('Ba') }]);
    caretIn(editor, 0);
    run(editor, () => {
      const selection = $getRoot().getLastChild();
      if ($isElementNode(selection)) selection.selectEnd().insertParagraph();
    });
    expect(blocksOf(editor)).toEqual([
      { type: 'paragraph', label: '3.', runs: text('Ba') },
      { type: 'paragraph', label: '4.', runs: [] },
    ]);
  });
});

describe('pasting blocks', () => {
  it('puts one plain paragraph inline and several blocks as blocks after the current one', () => {
    const editor = editorWith([{ type: 'paragraph', runs: text('Đầu ') }]);
    caretIn(editor, 0);
    run(editor, () => $insertBlocks([{ type: 'paragraph', runs: [{ type: 'text', text: 'chèn', bold: true }] }]));
    expect(blocksOf(editor)).toEqual([
      {
        type: 'paragraph',
        runs: [
          { type: 'text', text: 'Đầu ' },
          { type: 'text', text: 'chèn', bold: true },
        ],
      },
    ]);
    const pasted: Block[] = [
      { type: 'bullet', marker: '-', runs: text('Một') },
      { type: 'bullet', marker: '-', runs: text('Hai') },
    ];
    caretIn(editor, 0);
    run(editor, () => $insertBlocks(pasted));
    expect(blocksOf(editor)).toEqual([
      {
        type: 'paragraph',
        runs: [
          { type: 'text', text: 'Đầu ' },
          { type: 'text', text: 'chèn', bold: true },
        ],
      },
      ...pasted,
    ]);
  });

  it('splits the current paragraph when blocks are pasted in its middle', () => {
    const editor = editorWith([{ type: 'paragraph', runs: text('TrướcSau') }]);
    caretIn(editor, 0, 5);
    run(editor, () =>
      $insertBlocks([
        { type: 'bullet', marker: '-', runs: text('A') },
        { type: 'bullet', marker: '+', runs: text('B') },
      ]),
    );
    expect(blocksOf(editor)).toEqual([
      { type: 'paragraph', runs: text('Trước') },
      { type: 'bullet', marker: '-', runs: text('A') },
      { type: 'bullet', marker: '+', runs: text('B') },
      { type: 'paragraph', runs: text('Sau') },
    ]);
  });
});
