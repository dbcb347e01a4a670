import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { preloadArgument } from './ipc/preloadConfig.ts';
import { secureWebPreferences } from './security.ts';

export type ShellPaths = {
  /** dist/electron/preload.cjs */
  preloadPath: string;
  /** dist/renderer: the built UI, the only folder the window may read. */
  rendererDir: string;
  /** file:///…/dist/renderer/index.html */
  appUrl: string;
};

/** Where the built files are, relative to this module (dist/electron/window.js in the app). */
export function shellPaths(base: string = import.meta.url): ShellPaths {
  const rendererDir = fileURLToPath(new URL('../renderer/', base));
  return {
    preloadPath: fileURLToPath(new URL('./preload.cjs', base)),
    rendererDir,
    appUrl: pathToFileURL(join(rendererDir, 'index.html')).href,
  };
}

/** The one window: locked down (see security.ts), shown once its first paint is ready. */
export function createMainWindow(paths: ShellPaths): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Soạn Nghị quyết',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(paths.preloadPath, preloadArgument()),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(paths.appUrl);
  return win;
}
