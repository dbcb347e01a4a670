import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SavedEdits } from '../../../electron/contract/api.ts';
import { applyBodyChanges, type BodyChange } from '../../../electron/contract/model/bodyChanges.ts';
import { fail, ok } from '../../../electron/contract/result.ts';
import { createEditsSaver, type SendEdits } from '../../../renderer/editor/session/editsSaver.ts';
import { loadResolution } from '../../support/fixtures.ts';
import { blocksOf, editorWith } from './editorKit.ts';

const doc = loadResolution('nhon-trach-2024-nq09-hu');

/** A store of one document behind saveEdits: it puts the body together as the server does. */
function store() {
  let version = 1;
  let body = structuredClone(doc.body);
  const requests: BodyChange[][] = [];
  const send: SendEdits = async ({ expectedVersion, content }) => {
    requests.push(content.body);
    if (expectedVersion !== version) return fail('CONFLICT', 'Văn bản đã được lưu ở nơi khác.');
    const next = applyBodyChanges(body, content.body);
    if (!next.ok) return next;
    body = next.value;
    version += 1;
    const saved: SavedEdits = { version, updatedAt: '', findings: ok([]) };
    return ok(saved);
  };
  return { send, requests, body: () => body, bump: () => (version += 1) };
}

const sentInFull = (changes: BodyChange[] | undefined) => (changes ?? []).filter((c) => c.type !== 'kept');

function typeInBlock(editor: ReturnType<typeof editorWith>, index: number, text: string): void {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(index);
      const last = $isElementNode(block) ? block.getLastDescendant() : null;
      if (!$isTextNode(last)) throw new Error(`no text in block ${index}`);
      last.setTextContent(last.getTextContent() + text);
    },
    { discrete: true },
  );
}

describe('the editor saver', () => {
  it('after the idle matching on opening, the first save sends only the block typed in', async () => {
    const editor = editorWith(doc.body);
    const s = store();
    const saver = createEditsSaver(s.send);
    await saver.seed(
      () => editor.getEditorState(),
      doc.body,
      1,
      () => false,
    );
    typeInBlock(editor, 3, ' thêm');
    const result = await saver.save({ ...doc, body: saver.body(editor.getEditorState()) }, 1);
    expect(result.ok).toBe(true);
    expect(sentInFull(s.requests[0])).toHaveLength(1);
    expect(s.body()).toEqual(blocksOf(editor));
    // The next save is made against what this one stored.
    typeInBlock(editor, 5, ' nữa');
    await saver.save({ ...doc, body: saver.body(editor.getEditorState()) }, 2);
    expect(sentInFull(s.requests[1])).toHaveLength(1);
    expect(s.body()).toEqual(blocksOf(editor));
  });

  it('sends the whole body when it has nothing to be made against: not matched yet, or another version (after a conflict)', async () => {
    const editor = editorWith(doc.body);
    const s = store();
    const saver = createEditsSaver(s.send);
    typeInBlock(editor, 3, ' thêm');
    await saver.save({ ...doc, body: saver.body(editor.getEditorState()) }, 1);
    expect(sentInFull(s.requests[0])).toHaveLength(doc.body.length);
    s.bump(); // someone else saved version 3
    typeInBlock(editor, 4, ' thêm');
    const conflict = await saver.save({ ...doc, body: saver.body(editor.getEditorState()) }, 2);
    expect(conflict.ok).toBe(false);
    // Overwriting: the newer version, whose body this editor never saw, gets the whole body.
    expect((await saver.save({ ...doc, body: saver.body(editor.getEditorState()) }, 3)).ok).toBe(true);
    expect(sentInFull(s.requests[2])).toHaveLength(doc.body.length);
    expect(s.body()).toEqual(blocksOf(editor));
  });

  it('a seed that a save overtook changes nothing', async () => {
    const editor = editorWith(doc.body);
    const s = store();
    const saver = createEditsSaver(s.send);
    const seeding = saver.seed(
      () => editor.getEditorState(),
      doc.body,
      1,
      () => false,
    );
    typeInBlock(editor, 3, ' thêm');
    await saver.save({ ...doc, body: saver.body(editor.getEditorState()) }, 1);
    await seeding;
    typeInBlock(editor, 4, ' nữa');
    await saver.save({ ...doc, body: saver.body(editor.getEditorState()) }, 2);
    expect(sentInFull(s.requests[1])).toHaveLength(1);
    expect(s.body()).toEqual(blocksOf(editor));
  });

  it('an office server without saveEdits (not yet updated) gets every save whole, through the older verbs', async () => {
    const editor = editorWith(doc.body);
    const wholeSaves: number[] = [];
    let sent = 0;
    const saver = createEditsSaver(
      async () => {
        sent += 1;
        return fail('NOT_FOUND', 'Không có chức năng "saveEdits".');
      },
      async (content, expectedVersion) => {
        wholeSaves.push(content.body.length);
        return ok({ version: expectedVersion + 1, updatedAt: '', findings: ok([]) });
      },
    );
    typeInBlock(editor, 3, ' thêm');
    expect(await saver.save({ ...doc, body: saver.body(editor.getEditorState()) }, 1)).toMatchObject({ ok: true, value: { version: 2 } });
    typeInBlock(editor, 4, ' nữa');
    expect(await saver.save({ ...doc, body: saver.body(editor.getEditorState()) }, 2)).toMatchObject({ ok: true, value: { version: 3 } });
    // Asked once; then straight to the whole save, the body in full each time.
    expect(sent).toBe(1);
    expect(wholeSaves).toEqual([doc.body.length, doc.body.length]);
  });
});
