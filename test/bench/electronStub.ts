/**
 * Electron, for measuring the main process without its binary (bench/startup.ts): the app is
 * ready at once, and the first BrowserWindow prints how long after the process started it was
 * asked for — the bundle loaded, the database opened, the contract wired — then ends the process.
 */
const noop = (): void => undefined;

export const app = {
  requestSingleInstanceLock: (): boolean => true,
  on: noop,
  quit: noop,
  whenReady: async (): Promise<void> => undefined,
  exit: (code: number): never => process.exit(code),
  getPath: (): string => process.cwd(),
};

export class BrowserWindow {
  readonly id = 1;
  constructor() {
    process.stdout.write(`${JSON.stringify({ windowAt: performance.now() })}\n`);
    process.exit(0);
  }
  static fromWebContents(): null {
    return null;
  }
}

export const dialog = {
  showErrorBox: (title: string, message: string): void => {
    process.stderr.write(`${title}: ${message}\n`);
  },
  showSaveDialog: async (): Promise<{ canceled: boolean }> => ({ canceled: true }),
};
export const protocol = { handle: noop };
export const session = { defaultSession: { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop } };
export const ipcMain = { handle: noop, on: noop, removeHandler: noop };
export const Menu = { buildFromTemplate: (): object => ({}), setApplicationMenu: noop };
