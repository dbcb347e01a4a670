import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredDocument } from '../../../electron/contract/model/office.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import type { Result } from '../../../electron/contract/result.ts';
import { createAutosave } from '../../../renderer/editor/session/autosave.ts';
import { loadResolution } from '../../support/fixtures.ts';

const doc = loadResolution('sample-minimal');

function stored(version: number, content: Resolution): StoredDocument {
  return {
    id: 1,
    orgId: 'X',
    docType: 'NQ',
    planYear: content.planYear,
    status: 'du-thao',
    profileId: content.profileId,
    numberSeq: null,
    issuedOn: null,
    title: '',
    summary: '',
    version,
    createdAt: '',
    updatedAt: '',
    content,
  };
}

/** A store that accepts a save only for its current version, optionally failing the next few. */
function fakeStore(start = 1) {
  let version = start;
  let failures = 0;
  const saves: Resolution[] = [];
  const save = vi.fn(async (content: Resolution, expected: number): Promise<Result<StoredDocument>> => {
    if (failures > 0) {
      failures -= 1;
      return { ok: false, error: { code: 'DISK_FULL', message: 'Ổ đĩa đã đầy' } };
    }
    if (expected !== version) {
      return {
        ok: false,
        error: {
          code: 'CONFLICT',
          message: `Văn bản đã được lưu ở nơi khác (phiên bản ${version}, bạn đang sửa phiên bản ${expected}).`,
        },
      };
    }
    version += 1;
    saves.push(content);
    return { ok: true, value: stored(version, content) };
  });
  return { save, saves, failNext: (n: number) => (failures = n), bump: () => (version += 1), version: () => version };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = (store: ReturnType<typeof fakeStore>, collect: () => Resolution | null = () => doc) =>
    createAutosave({ version: 1, debounceMs: 1000, collect, save: store.save, isConflict: (e) => /nơi khác/.test(e.message) });

  it('saves once, 1 s after the last of several quick changes, and then shows the time', async () => {
    const store = fakeStore();
    const a = make(store);
    a.markDirty();
    await vi.advanceTimersByTimeAsync(500);
    a.markDirty();
    await vi.advanceTimersByTimeAsync(900);
    expect(store.save).not.toHaveBeenCalled();
    expect(a.getState().kind).toBe('dirty');
    await vi.advanceTimersByTimeAsync(200);
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(a.getState().kind).toBe('saved');
    expect(a.getVersion()).toBe(2);
  });

  it('keeps retrying a failed save without losing the edits', async () => {
    const store = fakeStore();
    store.failNext(2);
    const a = make(store);
    a.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(a.getState()).toMatchObject({ kind: 'error', message: 'Ổ đĩa đã đầy' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(a.getState().kind).toBe('error');
    await vi.advanceTimersByTimeAsync(4000);
    expect(a.getState().kind).toBe('saved');
    expect(store.saves).toHaveLength(1);
  });

  it('stops on a version conflict and can overwrite when asked', async () => {
    const store = fakeStore();
    store.bump();
    const a = make(store);
    a.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(a.getState().kind).toBe('conflict');
    a.markDirty();
    await vi.advanceTimersByTimeAsync(60000);
    expect(store.saves).toHaveLength(0);
    expect(await a.overwrite(store.version())).toBe(true);
    expect(store.saves).toHaveLength(1);
  });

  it('saves changes made during a save right after it', async () => {
    const store = fakeStore();
    const a = make(store);
    a.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    a.markDirty();
    expect(a.hasUnsaved()).toBe(true);
    expect(await a.flush()).toBe(true);
    expect(store.saves).toHaveLength(2);
    expect(a.getState().kind).toBe('saved');
  });

  it('waits while an input method is composing', async () => {
    const store = fakeStore();
    let composing = true;
    const a = make(store, () => (composing ? null : doc));
    a.markDirty();
    await vi.advanceTimersByTimeAsync(3000);
    expect(store.save).not.toHaveBeenCalled();
    composing = false;
    await vi.advanceTimersByTimeAsync(300);
    expect(store.save).toHaveBeenCalledTimes(1);
  });
});
