import { $createTextNode, $getRoot, $isElementNode, $isTextNode, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createBlockCache } from '../../../renderer/editor/convert/blockCache.ts';
import { loadResolution } from '../../support/fixtures.ts';
import { blocksOf, editorWith } from './editorKit.ts';

const doc = loadResolution('nhon-trach-2024-nq09-hu');

/** The top-level node at `index` of the editor's body. */
const $block = (index: number): ElementNode => {
  const node = $getRoot().getChildAtIndex(index);
  if (!$isElementNode(node)) throw new Error(`no element at ${index}`);
  return node;
};

describe('the block cache', () => {
  it('gives the same blocks as a whole conversion', () => {
    const editor = editorWith(doc.body);
    expect(createBlockCache().blocks(editor.getEditorState())).toStrictEqual(blocksOf(editor));
  });

  it('gives back the very block objects of unchanged nodes and converts again only the block typed in', () => {
    const editor = editorWith(doc.body);
    const cache = createBlockCache();
    const before = cache.blocks(editor.getEditorState());
    // Typing in the text of the third block: its text node changes, its element does not.
    editor.update(
      () => {
        const last = $block(2).getLastDescendant();
        if ($isTextNode(last)) last.setTextContent('đã sửa');
        else throw new Error('no text in block 2');
      },
      { discrete: true },
    );
    const after = cache.blocks(editor.getEditorState());
    expect(after).toStrictEqual(blocksOf(editor));
    expect(after[2]).not.toBe(before[2]);
    expect(JSON.stringify(after[2])).toContain('đã sửa');
    after.forEach((block, i) => {
      if (i !== 2) expect(block).toBe(before[i]);
    });
  });

  it('sees blocks inserted, removed and moved, and text appended deep inside a block', () => {
    const editor = editorWith(doc.body);
    const cache = createBlockCache();
    cache.blocks(editor.getEditorState());
    editor.update(
      () => {
        $block(1).append($createTextNode(' thêm'));
        $block(4).remove();
        $block(0).insertAfter($block(5));
      },
      { discrete: true },
    );
    expect(cache.blocks(editor.getEditorState())).toStrictEqual(blocksOf(editor));
  });

  it('follows an editor state set from outside (undo puts back an older state)', () => {
    const editor = editorWith(doc.body);
    const cache = createBlockCache();
    const older = editor.getEditorState();
    const first = cache.blocks(older);
    editor.update(() => $block(1).append($createTextNode(' thêm')), { discrete: true });
    expect(cache.blocks(editor.getEditorState())[1]).not.toBe(first[1]);
    editor.setEditorState(older);
    expect(cache.blocks(editor.getEditorState())).toStrictEqual(first);
  });

  it('warms a slice at a time, and a warmed cache converts nothing again', () => {
    const editor = editorWith(doc.body);
    const cache = createBlockCache();
    let slices = 1;
    while (!cache.warm(editor.getEditorState(), 0)) slices += 1;
    // At least one block per slice, so a zero-length slice converts one block at a time.
    expect(slices).toBeGreaterThan(1);
    const blocks = cache.blocks(editor.getEditorState());
    expect(blocks).toStrictEqual(blocksOf(editor));
    expect(cache.blocks(editor.getEditorState()).every((b, i) => b === blocks[i])).toBe(true);
  });
});
