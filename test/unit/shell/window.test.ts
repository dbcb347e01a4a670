import { describe, expect, it, vi } from 'vitest';
import { PRELOAD_ARGUMENT_PREFIX } from '../../../electron/ipc/preloadConfig.ts';

const created = vi.hoisted(() => ({ options: null as unknown, loaded: '' }));
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      created.options = options;
    }
    once() {}
    show() {}
    loadURL(url: string) {
      created.loaded = url;
      return Promise.resolve();
    }
  },
}));

const { createMainWindow, shellPaths } = await import('../../../electron/window.ts');

describe('the window', () => {
  it('finds the preload and the built UI next to the compiled shell', () => {
    const paths = shellPaths('file:///app/dist/electron/window.js');
    expect(paths.preloadPath).toBe('/app/dist/electron/preload.cjs');
    expect(paths.rendererDir).toBe('/app/dist/renderer/');
    expect(paths.appUrl).toBe('file:///app/dist/renderer/index.html');
  });

  it('is created locked down and loads the app page through a file: URL', () => {
    const paths = shellPaths('file:///app/dist/electron/window.js');
    createMainWindow(paths);
    const options = created.options as { show: boolean; webPreferences: Record<string, unknown> };
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: paths.preloadPath,
    });
    expect((options.webPreferences['additionalArguments'] as string[])[0]?.startsWith(PRELOAD_ARGUMENT_PREFIX)).toBe(true);
    expect(created.loaded).toBe('file:///app/dist/renderer/index.html');
  });
});
