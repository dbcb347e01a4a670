import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiName, ApiResult } from '../../electron/contract/api.ts';
import type { Result } from '../../electron/contract/result.ts';
import type { HandlerContext } from '../../electron/ipc/context.ts';
import { dispatch } from '../../electron/ipc/dispatch.ts';
import { ensureDemo } from '../../electron/services/demo.ts';
import { downloadFile } from '../../electron/services/exportFile.ts';
import { openStore, type Store } from '../../electron/store/connection.ts';

/** A real SQLite file in a temp folder, seeded with the demo, and a web-transport context on it. */
export type Harness = { dir: string; store: Store; ctx: HandlerContext; close: () => void };

export function openHarness(prefix = 'soan-nq-handlers-'): Harness {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const opened = openStore(join(dir, 'data.sqlite'));
  if (!opened.ok) throw new Error(opened.error.message);
  const seeded = ensureDemo(opened.value.db);
  if (!seeded.ok) throw new Error(seeded.error.message);
  const ctx: HandlerContext = { store: opened.value, transport: 'web', who: 'Chuyên viên thử', saveFile: downloadFile };
  return {
    dir,
    store: opened.value,
    ctx,
    close: () => {
      opened.value.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls a verb through the dispatcher (validation included) and returns its value, or fails the test with the error. */
export async function call<K extends ApiName>(ctx: HandlerContext, name: K, request: unknown): Promise<ApiResult<K>> {
  const result = await dispatch(name, request, ctx);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}\n${(result.error.details ?? []).join('\n')}`);
  return result.value;
}

/** The error of a call that must fail. */
export async function refused<K extends ApiName>(
  ctx: HandlerContext,
  name: K,
  request: unknown,
): Promise<Extract<Result<unknown>, { ok: false }>['error']> {
  const result = await dispatch(name, request, ctx);
  if (result.ok) throw new Error(`${name} phải bị từ chối nhưng lại thành công`);
  return result.error;
}
