import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/contract/model/body.ts';
import type { HandlerContext } from '../../../electron/ipc/context.ts';
import { dispatch } from '../../../electron/ipc/dispatch.ts';
import { downloadFile } from '../../../electron/services/exportFile.ts';
import { saveEdits, type EditsInput } from '../../../electron/services/documentEdits.ts';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import { startEditsThread, type EditsThread } from '../../../electron/services/editsThread.ts';
import { openStore, type Store } from '../../../electron/store/connection.ts';
import { getDocument } from '../../../electron/store/documents.ts';
import { saveOrganization } from '../../../electron/store/organizations.ts';
import { searchDocuments } from '../../../electron/store/search.ts';
import { fixture, must, nhonTrachOrg } from '../store/kit.ts';

/** The desktop app's autosaves in a thread of their own (issue 15: a keystroke must not wait on the main thread's save). */
const who = 'Thư ký Nguyễn Văn An';
const paragraph = (text: string): Block => ({ type: 'paragraph', runs: [{ type: 'text', text }] });

let dir: string;
let store: Store;
let thread: EditsThread | null = null;
let id: number;
let fallbacks: EditsInput[];
let faults: unknown[];

/** The stored draft with `text` put after its first block, as the editor sends it. */
function edits(version: number, text: string): EditsInput {
  const { body, ...parts } = must(getDocument(store.db, id)).content;
  return {
    id,
    expectedVersion: version,
    who,
    content: { ...parts, body: [{ type: 'kept', from: 0, to: 1 }, paragraph(text), { type: 'kept', from: 1, to: body.length }] },
  };
}

const start = (path: string): EditsThread =>
  startEditsThread(
    path,
    (input) => {
      fallbacks.push(input);
      return saveEdits(store.db, input);
    },
    faults.push.bind(faults),
  );

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soan-nq-edits-thread-'));
  store = must(openStore(join(dir, 'du-lieu.sqlite')));
  must(saveOrganization(store.db, nhonTrachOrg));
  id = must(saveDocument(store.db, { orgId: 'HU-NHON-TRACH', content: fixture('nhon-trach-2024-nq09-hu'), who, why: 'Nhập' })).id;
  fallbacks = [];
  faults = [];
});

afterEach(async () => {
  await thread?.stop();
  thread = null;
  must(store.close());
  rmSync(dir, { recursive: true, force: true });
});

describe('the autosaves thread', () => {
  it('saves on its own connection what the main thread then reads, with the findings and the versions of saveEdits, and CONFLICT for a stale one', async () => {
    thread = start(store.path);
    const first = must(await thread.save(edits(1, 'Trồng thêm cây xoài cát Hòa Lộc')));
    expect(first.version).toBe(2);
    expect(first.findings.ok).toBe(true);
    const stored = must(getDocument(store.db, id));
    expect(stored.version).toBe(2);
    expect(stored.content.body[1]).toEqual(paragraph('Trồng thêm cây xoài cát Hòa Lộc'));
    // The thread's autosave left the search entry waiting: the main thread's search makes it first.
    expect(must(searchDocuments(store.db, 'xoai cat hoa loc')).map((h) => h.document.id)).toEqual([id]);
    const stale = await thread.save(edits(1, 'Bản cũ'));
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(fallbacks).toEqual([]);
    expect(faults).toEqual([]);
    const audit = store.db.prepare<[number], string>("SELECT who FROM audit_log WHERE document_id = ? AND action = 'sua'").pluck().all(id);
    expect(audit).toEqual([who]);
  });

  it('answers saves sent one after another in order, and on stop closes its connection with the waiting search entries made', async () => {
    thread = start(store.path);
    const sent = [thread.save(edits(1, 'Một')), thread.save(edits(2, 'Hai'))];
    expect((await Promise.all(sent)).map((r) => (r.ok ? r.value.version : r.error.code))).toEqual([2, 3]);
    await thread.stop();
    thread = null;
    expect(store.db.prepare('SELECT count(*) FROM search_waiting').pluck().get()).toBe(0);
  });

  it("is where the desktop app's saveEdits verb goes (the window's context names it); elsewhere the verb saves on the calling thread", async () => {
    thread = start(store.path);
    const ctx: HandlerContext = { store, transport: 'electron', who, saveFile: downloadFile, editsThread: thread };
    const { content } = edits(1, 'Qua luồng riêng');
    const saved = await dispatch('saveEdits', { id, expectedVersion: 1, content }, ctx);
    expect(saved).toMatchObject({ ok: true, value: { version: 2 } });
    expect(fallbacks).toEqual([]);
    const alone: HandlerContext = { store, transport: 'electron', who, saveFile: downloadFile };
    const here = await dispatch('saveEdits', { id, expectedVersion: 2, content: edits(2, 'Tại chỗ').content }, alone);
    expect(here).toMatchObject({ ok: true, value: { version: 3 } });
    expect(must(getDocument(store.db, id)).content.body[1]).toEqual(paragraph('Tại chỗ'));
  });

  it('saves on the main thread when the thread could not open the database, and after it stopped', async () => {
    thread = start(join(dir, 'khong-co', 'du-lieu.sqlite'));
    expect(must(await thread.save(edits(1, 'Vẫn lưu được'))).version).toBe(2);
    expect(fallbacks).toHaveLength(1);
    await thread.stop();
    const after = start(store.path);
    await after.stop();
    expect(must(await after.save(edits(2, 'Sau khi dừng'))).version).toBe(3);
    expect(fallbacks).toHaveLength(2);
    expect(must(getDocument(store.db, id)).content.body[1]).toEqual(paragraph('Sau khi dừng'));
  });
});
