import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { writtenOut } from '../support/placeholders.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../electron/contract/model/body.ts';
import type { OfficeServer } from '../../electron/server/officeServer.ts';
import { ADMIN, api, ask, CV, CVP, logIn, officeDatabase, removeDir, startOn, value, VT } from './serverKit.ts';

/**
 * The office server over real HTTPS on a loopback port, a real SQLite file, the certificate pinned:
 * the three roles' round, refusals outside one's role (audited), presence, and the gate.
 */
let dir: string;
let server: OfficeServer;
beforeAll(async () => {
  const made = await officeDatabase('soan-nq-server-');
  dir = made.dir;
  server = await startOn(made.dbPath);
}, 60_000);
afterAll(async () => {
  await server.close();
  removeDir(dir);
});

const ORG = 'DU-HIEP-THANH';

function markFirstParagraph(body: Block[], id: string): { body: Block[]; quote: string } {
  const at = body.findIndex((b) => b.type === 'paragraph' && b.runs[0]?.type === 'text');
  const block = body[at];
  const run = block?.type === 'paragraph' ? block.runs[0] : undefined;
  if (block?.type !== 'paragraph' || run?.type !== 'text') throw new Error('Không có đoạn văn để góp ý');
  return {
    body: body.map((b, i): Block => (i === at ? { ...block, runs: [{ ...run, comments: [id] }, ...block.runs.slice(1)] } : b)),
    quote: run.text,
  };
}

describe('the office server', () => {
  it('keeps its certificate beside the database (key 0600) and says who it is before login', async () => {
    expect(server.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(statSync(join(`${server.store.path}.server`, 'khoa-rieng.pem')).mode & 0o777).toBe(0o600);
    const info = await ask(server, 'GET', '/server-info');
    expect(info.body).toMatchObject({ ok: true, value: { app: 'soan-nq', fingerprint: server.fingerprint } });
    const pinnedElsewhere = ask({ ...server, fingerprint: 'AA:BB' }, 'GET', '/server-info');
    await expect(pinnedElsewhere).rejects.toThrow(/Chứng chỉ máy chủ đã đổi/);
  });

  it('runs the round with three accounts: draft, comment, submit, return, resubmit, approve, issue and copy', async () => {
    const cv = await logIn(server, CV);
    const cvp = await logIn(server, CVP);
    const vt = await logIn(server, VT);
    const draft = await value(server, cv, 'createNextYear', { orgId: ORG, year: 2027 });
    const edited = await value(server, cv, 'saveDocument', {
      id: draft.id,
      expectedVersion: draft.version,
      // What is left to write (issue 14 §4) is written before submitting.
      content: writtenOut({ ...draft.content, title: { ...draft.content.title, summary: `${draft.content.title.summary} (máy chủ)` } }),
    });
    await value(server, cv, 'submitForReview', { id: draft.id, expectedVersion: edited.version });

    const commentId = randomUUID();
    const marked = markFirstParagraph(edited.content.body, commentId);
    await value(server, cvp, 'addComment', {
      documentId: draft.id,
      id: commentId,
      body: 'Nêu rõ số liệu năm trước.',
      quote: marked.quote,
      documentBody: marked.body,
      author: 'Người khác',
    });
    const threads = await value(server, cv, 'listComments', { documentId: draft.id });
    expect(threads.threads.map((t) => t.author)).toEqual([CVP.name]);
    const returned = await value(server, cvp, 'returnDraft', { id: draft.id, why: 'Bổ sung số liệu năm trước' });
    expect(returned.status).toBe('tra-lai');
    await value(server, cv, 'submitForReview', { id: draft.id });
    await value(server, cvp, 'approveDocument', { id: draft.id });
    const issued = await value(server, vt, 'issueDocument', { id: draft.id, date: '2026-12-15' });
    expect(issued.status).toBe('ban-hanh');
    const copy = await value(server, vt, 'makeCopy', { kind: 'sao-y', source: { documentId: draft.id }, date: '2026-12-16' });
    expect(copy.record.kind).toBe('sao-y');

    const history = await value(server, cv, 'documentHistory', { id: draft.id });
    const by = Object.fromEntries(history.filter((e) => e.to).map((e) => [e.to, e.who]));
    expect(by).toMatchObject({ 'trinh-duyet': CV.name, 'tra-lai': CVP.name, 'da-duyet': CVP.name, 'ban-hanh': VT.name });
  });

  it('refuses every request outside one’s role with FORBIDDEN naming who may, and audits it', async () => {
    const cv = await logIn(server, CV);
    const cvp = await logIn(server, CVP);
    const vt = await logIn(server, VT);
    const draft = await value(server, cv, 'createNextYear', { orgId: ORG, year: 2028 });
    const attempts = [
      { token: cv, verb: 'approveDocument', body: { id: draft.id }, who: /chánh văn phòng/ },
      {
        token: vt,
        verb: 'saveDocument',
        body: { id: draft.id, expectedVersion: draft.version, content: draft.content },
        who: /chuyên viên/,
      },
      { token: cvp, verb: 'issueDocument', body: { id: draft.id }, who: /văn thư/ },
      { token: cv, verb: 'makeCopy', body: { kind: 'sao-y', source: { documentId: draft.id } }, who: /văn thư/ },
      { token: cv, verb: 'addAccount', body: { name: 'Kẻ Lạ', role: 'quan-tri', password: '12345678x' }, who: /quản trị/ },
      { token: cvp, verb: 'resetPassword', body: { name: CV.name, password: 'mat-khau-moi-1' }, who: /quản trị/ },
      { token: vt, verb: 'backupDatabase', body: {}, who: /quản trị/ },
      { token: cv, verb: 'savePerson', body: { name: CV.name, roles: ['quan-tri'] }, who: /quản trị/ },
    ] as const;
    for (const a of attempts) {
      const answer = (await ask(server, 'POST', `/api/${a.verb}`, { body: a.body, token: a.token })).body;
      expect(answer.ok, a.verb).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code, a.verb).toBe('FORBIDDEN');
        expect(answer.error.message, a.verb).toMatch(a.who);
      }
    }
    const admin = await logIn(server, ADMIN);
    const refusals = await value(server, admin, 'listRefusals', { limit: 50 });
    for (const a of attempts) {
      expect(
        refusals.some((r) => r.request === a.verb && r.code === 'FORBIDDEN'),
        a.verb,
      ).toBe(true);
    }
    expect((await api(server, cv, 'listRefusals', {})).ok).toBe(false);
  });

  it('acts as the session’s person: the person header is ignored, and no session is UNAUTHENTICATED (401)', async () => {
    const cv = await logIn(server, CV);
    const forged = await ask(server, 'POST', '/api/approveDocument', {
      body: { id: 1 },
      token: cv,
      headers: { 'X-Soan-Nq-Nguoi': encodeURIComponent(CVP.name) },
    });
    expect(forged.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const anonymous = await ask(server, 'POST', '/api/listDocuments', { body: {} });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const me = await ask(server, 'GET', '/auth/me', { token: cv });
    expect(me.body).toMatchObject({ ok: true, value: { person: { name: CV.name }, role: 'chuyen-vien' } });
  });

  it('refuses other hosts and other origins (browser mode’s gate)', async () => {
    const cv = await logIn(server, CV);
    const host = await ask(server, 'POST', '/api/listDocuments', { body: {}, token: cv, headers: { Host: `evil.example:${server.port}` } });
    expect(host.status).toBe(403);
    const origin = await ask(server, 'POST', '/api/listDocuments', { body: {}, token: cv, headers: { Origin: 'https://evil.example' } });
    expect(origin.status).toBe(403);
  });

  it('tells who else is editing a document, and forgets who left', async () => {
    const cv = await logIn(server, CV);
    const cvp = await logIn(server, CVP);
    expect(await value(server, cv, 'presence.touch', { documentId: 1 })).toEqual({ editors: [] });
    const seen = await value(server, cvp, 'presence.touch', { documentId: 1 });
    expect(seen.editors.map((e) => e.name)).toEqual([CV.name]);
    await value(server, cv, 'presence.leave', { documentId: 1 });
    expect(await value(server, cvp, 'presence.touch', { documentId: 1 })).toEqual({ editors: [] });
  });
});
