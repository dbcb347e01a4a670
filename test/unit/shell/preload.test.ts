import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { apiNames, ipcChannel, MENU_CHANNEL, menuCommands } from '../../../electron/contract/api.ts';
import { preloadArgument, PRELOAD_ARGUMENT_PREFIX } from '../../../electron/ipc/preloadConfig.ts';

/**
 * Runs the real preload source the way Electron's sandbox does: a function of require, process,
 * exports and module, where require knows only 'electron'. Proves the preload needs nothing else.
 */
const source = stripTypeScriptTypes(readFileSync(new URL('../../../electron/preload.cts', import.meta.url), 'utf8'));

type Listener = (event: unknown, ...args: unknown[]) => void;

function runPreload(
  argv: string[],
  invoke: (channel: string, request: unknown) => Promise<unknown> = async (channel, request) => ({ ok: true, value: { channel, request } }),
) {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke,
      on: (channel: string, listener: Listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
    },
  };
  const require = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`module not found: ${name}`);
    return electron;
  };
  const exports = {};
  const fn = runInNewContext(`(function (require, process, exports, module) {\n${source}\n})`, {}) as (...args: unknown[]) => void;
  fn(require, { argv }, exports, { exports });
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({ sender: 'ipc' }, ...args));
  return { exposed, listeners, required, emit };
}

describe('the preload', () => {
  it('reads its argument with the prefix the shell writes', () => {
    expect(source).toContain(`const PREFIX = '${PRELOAD_ARGUMENT_PREFIX}'`);
  });

  it("loads only 'electron' and exposes exactly window.api: every verb plus onMenuCommand", () => {
    const { exposed, required } = runPreload(['electron', '--type=renderer', preloadArgument()]);
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...apiNames, 'onMenuCommand'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
  });

  it('sends each verb on its own channel with the request as given', async () => {
    const { exposed } = runPreload([preloadArgument()]);
    const api = exposed.get('api') as Record<string, (request: unknown) => Promise<unknown>>;
    for (const name of apiNames) {
      await expect(api[name]?.({ id: 7 })).resolves.toEqual({ ok: true, value: { channel: ipcChannel(name), request: { id: 7 } } });
    }
  });

  it('never throws: a failed invoke becomes an INTERNAL result', async () => {
    const { exposed } = runPreload([preloadArgument()], () => Promise.reject(new Error('No handler registered')));
    const api = exposed.get('api') as Record<string, (request: unknown) => Promise<{ ok: boolean; error: { code: string } }>>;
    const result = await api['getDocument']?.({ id: 1 });
    expect(result?.ok).toBe(false);
    expect(result?.error.code).toBe('INTERNAL');
  });

  it('relays menu commands (and nothing else) to subscribers, without the IPC event, and unsubscribes', () => {
    const { exposed, emit, listeners } = runPreload([preloadArgument()]);
    const api = exposed.get('api') as { onMenuCommand: (l: (c: string) => void) => () => void };
    const got: unknown[][] = [];
    const off = api.onMenuCommand((...args) => got.push(args));
    for (const c of menuCommands) emit(MENU_CHANNEL, c);
    emit(MENU_CHANNEL, 'rm -rf');
    emit(MENU_CHANNEL, { command: 'save' });
    expect(got).toEqual(menuCommands.map((c) => [c]));
    off();
    expect(listeners.get(MENU_CHANNEL)?.size).toBe(0);
    emit(MENU_CHANNEL, 'save');
    expect(got).toHaveLength(menuCommands.length);
  });

  it('refuses to start without the shell argument', () => {
    expect(() => runPreload(['electron'])).toThrow(/thiếu cấu hình kênh giao tiếp/);
  });
});
