import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadResolution } from '../../support/fixtures.ts';
import { blocksOf, editorWith } from './editorKit.ts';

describe('body conversion model -> editor -> model', () => {
  for (const name of FIXTURES) {
    it(`round-trips the body of ${name} exactly`, () => {
      const doc = loadResolution(name);
      const editor = editorWith(doc.body);
      expect(blocksOf(editor)).toStrictEqual(doc.body);
    });

    it(`round-trips ${name} through the editor's JSON (copy, history, reload)`, () => {
      const doc = loadResolution(name);
      const first = editorWith(doc.body);
      const json = JSON.stringify(first.getEditorState().toJSON());
      const second = editorWith([]);
      second.setEditorState(second.parseEditorState(json));
      expect(blocksOf(second)).toStrictEqual(doc.body);
    });
  }
});

describe('emphasis from the editor', () => {
  it('is never false: bold switched off leaves the run to the style, joined with its neighbour of the same look', () => {
    const editor = editorWith([
      {
        type: 'heading',
        level: 'section',
        runs: [
          { type: 'text', text: 'MỤC TIÊU' },
          { type: 'text', text: ' chung', bold: true },
        ],
      },
    ]);
    editor.update(
      () => {
        const second = $getRoot().getAllTextNodes()[1];
        second?.toggleFormat('bold');
      },
      { discrete: true },
    );
    expect(blocksOf(editor)).toStrictEqual([{ type: 'heading', level: 'section', runs: [{ type: 'text', text: 'MỤC TIÊU chung' }] }]);
  });
});
