import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Soạn Nghị quyết';
export const DATABASE_FILE = 'soan-nghi-quyet.sqlite';

/**
 * The folder Electron calls `userData` (appData + product name), so the command line and the
 * desktop app share one database: %APPDATA% on Windows, ~/Library/Application Support on macOS,
 * $XDG_CONFIG_HOME or ~/.config on Linux.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = env['HOME'] ?? homedir();
  const appData =
    platform === 'win32'
      ? (env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env['XDG_CONFIG_HOME'] ?? join(home, '.config'));
  return join(appData, PRODUCT_NAME);
}

/** `--db <file>`, else SOAN_NQ_DB, else the app's own database in its data folder. */
export function databasePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env['SOAN_NQ_DB'] ?? join(userDataDir(env), DATABASE_FILE);
}
