/**
 * The desktop window's preload (sandboxed, so CommonJS and loading nothing but 'electron').
 * Exposes exactly the contract as `window.api`: one function per verb, each an
 * `ipcRenderer.invoke` on the verb's channel that never throws, plus `onMenuCommand`. The verbs
 * and channels come from the shell (see ipc/preloadConfig.ts), so nothing is restated here and
 * the page never sees ipcRenderer itself.
 */
import type { ContextBridge, IpcRenderer } from 'electron';
import type { Api, MenuCommand, WindowApi } from './contract/api.ts';
import type { PreloadConfig } from './ipc/preloadConfig.ts';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload can load only 'electron', and only with require
const { contextBridge, ipcRenderer } = require('electron') as { contextBridge: ContextBridge; ipcRenderer: IpcRenderer };

/** Same text as PRELOAD_ARGUMENT_PREFIX in ipc/preloadConfig.ts (a test runs this file with the shell's argument). */
const PREFIX = '--soan-nq-preload=';

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

function readConfig(argv: readonly string[]): PreloadConfig {
  const arg = argv.find((a) => a.startsWith(PREFIX));
  const data: unknown = arg === undefined ? null : JSON.parse(decodeURIComponent(arg.slice(PREFIX.length)));
  if (
    typeof data !== 'object' ||
    data === null ||
    !('verbs' in data) ||
    !isStringRecord(data.verbs) ||
    !('menuChannel' in data) ||
    typeof data.menuChannel !== 'string' ||
    !('menuCommands' in data) ||
    !Array.isArray(data.menuCommands)
  ) {
    throw new Error('Soạn Nghị quyết: thiếu cấu hình kênh giao tiếp cho cửa sổ.');
  }
  return data as PreloadConfig;
}

const config = readConfig(process.argv);

const lostContact = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'Không liên lạc được với phần xử lý của ứng dụng. Hãy lưu lại nội dung nếu có thể rồi khởi động lại ứng dụng.',
  },
} as const;

function verb(channel: string) {
  return async (request: unknown, who?: unknown): Promise<unknown> => {
    try {
      return await ipcRenderer.invoke(channel, request, typeof who === 'string' ? who : undefined);
    } catch {
      return lostContact;
    }
  };
}

const verbs = Object.fromEntries(Object.entries(config.verbs).map(([name, channel]) => [name, verb(channel)])) as unknown as Api;

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  if (typeof listener !== 'function') return () => undefined;
  const known: readonly string[] = config.menuCommands;
  const relay = (_event: unknown, command: unknown) => {
    if (typeof command === 'string' && known.includes(command)) listener(command as MenuCommand);
  };
  ipcRenderer.on(config.menuChannel, relay);
  return () => {
    ipcRenderer.removeListener(config.menuChannel, relay);
  };
}

const exposed: WindowApi = { ...verbs, onMenuCommand };
contextBridge.exposeInMainWorld('api', exposed);
