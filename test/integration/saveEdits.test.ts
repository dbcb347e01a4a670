import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../electron/contract/model/body.ts';
import { call, openHarness, refused, type Harness } from './handlersKit.ts';

let h: Harness;
beforeAll(() => {
  h = openHarness('soan-nq-save-edits-');
});
afterAll(() => h.close());

const p = (text: string): Block => ({ type: 'paragraph', runs: [{ type: 'text', text }] });

async function draft() {
  const doc = (await call(h.ctx, 'listDocuments', { orgId: 'HU-DUC-TRONG' }))[0];
  const made = await call(h.ctx, 'duplicateDocument', { id: doc?.id });
  return call(h.ctx, 'getDocument', { id: made.id });
}

describe('saveEdits: the editor saves its body as changes against the stored version', () => {
  it('puts the body together from kept ranges and sent blocks, stores it, and answers the version and the findings', async () => {
    const stored = await draft();
    const { body, ...parts } = stored.content;
    const n = body.length;
    const saved = await call(h.ctx, 'saveEdits', {
      id: stored.id,
      expectedVersion: stored.version,
      content: { ...parts, body: [{ type: 'kept', from: 0, to: 2 }, p('Đoạn mới ở giữa.'), { type: 'kept', from: 2, to: n }] },
    });
    expect(saved.version).toBe(stored.version + 1);
    expect(saved.findings.ok).toBe(true);
    expect(JSON.stringify(saved)).not.toContain('Đoạn mới ở giữa');
    const after = await call(h.ctx, 'getDocument', { id: stored.id });
    expect(after.version).toBe(saved.version);
    expect(after.content.body).toEqual([...body.slice(0, 2), p('Đoạn mới ở giữa.'), ...body.slice(2)]);
    // The findings are those of the stored copy, as checkDocument gives for it.
    expect(saved.findings).toEqual({ ok: true, value: await call(h.ctx, 'checkDocument', { content: after.content }) });
    expect(await call(h.ctx, 'checkStoredDocument', { id: stored.id })).toEqual(
      await call(h.ctx, 'checkDocument', { content: after.content }),
    );
  });

  it('refuses changes made against an older version (CONFLICT) and ranges past the stored body, storing nothing', async () => {
    const stored = await draft();
    const { body, ...parts } = stored.content;
    const keepAll = { ...parts, body: [{ type: 'kept', from: 0, to: body.length }, p('thêm')] };
    await call(h.ctx, 'saveEdits', { id: stored.id, expectedVersion: stored.version, content: keepAll });
    expect((await refused(h.ctx, 'saveEdits', { id: stored.id, expectedVersion: stored.version, content: keepAll })).code).toBe('CONFLICT');
    const past = { ...parts, body: [{ type: 'kept', from: 0, to: body.length + 5 }] };
    expect((await refused(h.ctx, 'saveEdits', { id: stored.id, expectedVersion: stored.version + 1, content: past })).code).toBe(
      'INVALID_INPUT',
    );
    const broken = { ...parts, planYear: 'năm nay', body: [{ type: 'kept', from: 0, to: 1 }] };
    expect((await refused(h.ctx, 'saveEdits', { id: stored.id, expectedVersion: stored.version + 1, content: broken })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await call(h.ctx, 'getDocument', { id: stored.id })).version).toBe(stored.version + 1);
  });
});
