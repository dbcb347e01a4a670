import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiNames, ipcChannel } from '../../../electron/contract/api.ts';
import type { Result } from '../../../electron/contract/result.ts';
import type { HandlerContext } from '../../../electron/ipc/context.ts';
import { downloadFile } from '../../../electron/services/exportFile.ts';
import { memoryStore } from '../store/kit.ts';

type Listener = (event: unknown, request: unknown) => Promise<Result<unknown>>;
const registered = vi.hoisted(() => new Map<string, Listener>());
const handleCalls = vi.hoisted(() => ({ count: 0 }));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      handleCalls.count += 1;
      if (registered.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      registered.set(channel, listener);
    },
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { registerIpc } = await import('../../../electron/ipc/register.ts');

const store = memoryStore();
const ctx: HandlerContext = { store, transport: 'electron', who: 'Thư ký', saveFile: downloadFile };
const trusted = { senderFrame: { url: 'file:///app/dist/renderer/index.html' } };
let unregister: () => void = () => undefined;

beforeEach(() => {
  unregister();
  registered.clear();
  handleCalls.count = 0;
  unregister = registerIpc({ contextFor: () => ctx, isTrusted: (event) => event === (trusted as unknown) });
});
afterAll(() => store.close());

function invoke(channel: string, request: unknown, event: unknown = trusted): Promise<Result<unknown>> {
  const listener = registered.get(channel);
  if (!listener) throw new Error(`không có kênh ${channel}`);
  return listener(event, request);
}

describe('registerIpc', () => {
  it('registers exactly one ipcMain.handle per verb, on the verb channel', () => {
    expect(handleCalls.count).toBe(apiNames.length);
    expect([...registered.keys()].sort()).toEqual(apiNames.map(ipcChannel).sort());
    expect([...registered.keys()].every((c) => c.startsWith('api:'))).toBe(true);
  });

  it('sends a call through validation: bad input is INVALID_INPUT with the field paths', async () => {
    const result = await invoke(ipcChannel('listResults'), { orgId: '', year: 'hai nghìn' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    const paths = (result.error.details ?? []).map((line) => line.split(':')[0]);
    expect(paths).toEqual(['orgId', 'year']);
    expect(result.error.details?.[0]).toContain('Thiếu mã cơ quan');
  });

  it('runs a valid call against the store', async () => {
    const result = await invoke(ipcChannel('appInfo'), {});
    expect(result.ok && result.value).toMatchObject({ transport: 'electron', databasePath: ':memory:' });
    const orgs = await invoke(ipcChannel('listOrganizations'), {});
    expect(orgs).toEqual({ ok: true, value: [] });
  });

  it('refuses calls that do not come from the app page', async () => {
    const result = await invoke(ipcChannel('listOrganizations'), {}, { senderFrame: { url: 'https://evil.example/' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/không đến từ cửa sổ của ứng dụng/);
  });

  it('removes every handler again', () => {
    unregister();
    unregister = () => undefined;
    expect(registered.size).toBe(0);
  });
});
