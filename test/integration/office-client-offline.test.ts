import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../electron/contract/model/office.ts';
import type { Resolution } from '../../electron/contract/model/resolution.ts';
import type { Result } from '../../electron/contract/result.ts';
import { createRemoteLink, type RemoteLink } from '../../electron/remote/link.ts';
import type { OfficeServer } from '../../electron/server/officeServer.ts';
import { createAutosave, type Autosave } from '../../renderer/editor/session/autosave.ts';
import { CV, CVP, logIn, officeDatabase, removeDir, startOn, value } from './serverKit.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Hết giờ chờ: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The desktop client's editor against the real office server: the autosave state machine saving through the pinned link. */
function editorOn(link: RemoteLink, stored: StoredDocument) {
  let content: Resolution = stored.content;
  const autosave: Autosave = createAutosave({
    version: stored.version,
    debounceMs: 10,
    collect: () => content,
    save: (c, expectedVersion) =>
      link.forward('saveDocument', { id: stored.id, content: c, expectedVersion }) as Promise<Result<StoredDocument>>,
    isConflict: (error) => error.code === 'CONFLICT',
  });
  cleanup.push(() => autosave.dispose());
  const type = (summary: string) => {
    content = { ...content, title: { ...content.title, summary } };
    autosave.markDirty();
  };
  return { autosave, type };
}

describe('a client that loses the office server keeps what was typed', () => {
  it('sends the latest unsent save when the server is back, and a stale one meets the conflict, nothing lost', async () => {
    const { dir, dbPath } = await officeDatabase('soan-nq-offline-');
    cleanup.push(() => removeDir(dir));
    let server: OfficeServer = await startOn(dbPath);
    cleanup.push(() => server.close());
    const port = server.port;
    const link = createRemoteLink(join(dir, 'settings.json'));
    expect((await link.connect(server.url, server.fingerprint)).ok).toBe(true);
    expect((await link.login(CV.name, CV.password)).ok).toBe(true);

    const orgs = await value(server, await logIn(server, CV), 'listOrganizations', {});
    const created = await link.forward('createNextYear', { orgId: orgs[0]?.id ?? '', year: 2027 });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as StoredDocument).id;
    const opened = await link.forward('getDocument', { id });
    if (!opened.ok) throw new Error(opened.error.message);
    const editor = editorOn(link, opened.value as StoredDocument);

    editor.type('Trích yếu lúc còn mạng');
    await until(() => editor.autosave.getState().kind === 'saved', 'lưu lần đầu');

    // The server stops (a restart, a cable): two edits are typed meanwhile.
    await server.close();
    editor.type('Trích yếu gõ khi mất mạng (1)');
    await until(() => editor.autosave.getState().kind === 'error', 'lần lưu thất bại');
    const failed = editor.autosave.getState();
    expect(failed.kind === 'error' && failed.message).toContain('Mất kết nối máy chủ văn phòng');
    editor.type('Trích yếu gõ khi mất mạng (2)');
    expect(editor.autosave.hasUnsaved()).toBe(true);

    // Back on the same address with the same certificate: the latest edit is sent at once.
    server = await startOn(dbPath, { port });
    editor.autosave.resume();
    await until(() => editor.autosave.getState().kind === 'saved', 'gửi lại sau khi máy chủ trở lại');
    const cvp = await logIn(server, CVP);
    expect((await value(server, cvp, 'getDocument', { id })).content.title.summary).toBe('Trích yếu gõ khi mất mạng (2)');

    // Lost again; meanwhile the chánh văn phòng saves the same draft from another computer.
    await server.close();
    editor.type('Trích yếu của chuyên viên, gõ khi mất mạng');
    await until(() => editor.autosave.getState().kind === 'error', 'lần lưu thất bại thứ hai');
    server = await startOn(dbPath, { port });
    const theirs = await value(server, cvp, 'getDocument', { id });
    const saved = await value(server, cvp, 'saveDocument', {
      id,
      content: { ...theirs.content, title: { ...theirs.content.title, summary: 'Trích yếu của chánh văn phòng' } },
      expectedVersion: theirs.version,
    });
    editor.autosave.resume();
    await until(() => editor.autosave.getState().kind === 'conflict', 'xung đột phiên bản');
    // Nothing was overwritten silently, and what the chuyên viên typed is still there to keep.
    expect((await value(server, cvp, 'getDocument', { id })).content.title.summary).toBe('Trích yếu của chánh văn phòng');
    expect(editor.autosave.hasUnsaved()).toBe(true);
    expect(await editor.autosave.overwrite(saved.version)).toBe(true);
    expect((await value(server, cvp, 'getDocument', { id })).content.title.summary).toBe('Trích yếu của chuyên viên, gõ khi mất mạng');
  });
});
