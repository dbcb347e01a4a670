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
