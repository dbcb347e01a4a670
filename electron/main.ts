import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from './contract/api.ts';
import { fatalText, restoreOfferText, type FatalText } from './fatal.ts';
import type { HandlerContext } from './ipc/context.ts';
import { registerIpc } from './ipc/register.ts';
import { printWindowOf } from './ipc/printWindow.ts';
import { createRemoteLink } from './remote/link.ts';
import { createOfficeHost } from './server/host.ts';
import { settingsPath } from './remote/settings.ts';
import { saveDialogFile } from './ipc/saveDialog.ts';
import { logError, logInfo } from './log.ts';
import { installMenu } from './menu.ts';
import { denyPermissionCheck, denyPermissionRequest, guardWebContents, isAllowedNavigation } from './security.ts';
import { currentUserName } from './services/appInfo.ts';
import { autoBackup } from './services/backup.ts';
import { saveEdits } from './services/documentEdits.ts';
import { startEditsThread } from './services/editsThread.ts';
import { databasePath } from './services/paths.ts';
import { openAtStart, type RestoreOffer } from './services/openDatabase.ts';
import type { Store } from './store/connection.ts';
import { fileResponse } from './web/static.ts';
import { createMainWindow, shellPaths } from './window.ts';

/**
 * The desktop shell: one instance, one window, the store opened once (the same file the command
 * line uses), every verb of the contract wired to the services over IPC. Anything that stops the
 * app is told to the user in a dialog that says what happened and what to do.
 */
let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;

function fatal(text: FatalText, err?: unknown): void {
  logError(text.title, err);
  dialog.showErrorBox(text.title, text.message);
  store?.close();
  app.exit(1);
}

/** Asks, in a dialog, whether to restore the newest backup over a damaged database. */
function confirmRestore(offer: RestoreOffer): boolean {
  const text = restoreOfferText(offer);
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: text.title,
    message: text.message,
    detail: text.detail,
    buttons: text.buttons,
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return choice === 0;
}

async function openAppStore(path: string): Promise<Store | null> {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch {
    // openStore says in Vietnamese that the folder is missing.
  }
  const opened = await openAtStart(path, confirmRestore);
  if (!opened.ok) {
    fatal(fatalText('store', opened.error, path));
    return null;
  }
  const { store: openedStore, restored } = opened.value;
  if (restored) logInfo(`Đã khôi phục dữ liệu từ ${restored.restored}; tệp bị hỏng được giữ ở ${restored.keptAside}`);
  if (openedStore.migration.backupPath) logInfo(`Đã nâng cấp tệp dữ liệu; bản sao lưu: ${openedStore.migration.backupPath}`);
  // An empty database is not filled with the demo: the first screen offers set-up or the demo.
  void autoBackup(openedStore).then((made) => {
    if (!made.ok) logError(`Không sao lưu tự động được: ${made.error.message}`);
    else if (made.value) logInfo(`Đã sao lưu tự động: ${made.value}`);
  });
  return openedStore;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  const paths = shellPaths();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, paths.appUrl));
  await app.whenReady();

  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
  // The window reads only the built UI, and every page gets the Content-Security-Policy header.
  protocol.handle('file', (request) => fileResponse(request, paths.rendererDir));

  const path = databasePath(undefined);
  store = await openAppStore(path);
  if (!store) return;
  const opened = store;
  const who = currentUserName();
  // The editor's autosaves run in a thread of their own: the keys typed meanwhile reach the window at once.
  const editsThread = startEditsThread(
    path,
    (input) => saveEdits(opened.db, input),
    (err) => logError('Luồng tự động lưu dừng vì lỗi; từ nay lưu trên luồng chính', err),
  );
  // Working alone is the default; a pinned office server in the settings file makes this a client of it.
  const remote = createRemoteLink(settingsPath());
  // Cơ quan › Máy chủ văn phòng: this computer may serve its database to the office's PCs.
  const officeHost = createOfficeHost({ dbPath: path, settingsFile: settingsPath(), staticDir: paths.rendererDir });
  registerIpc({
    contextFor: (event): HandlerContext => ({
      store: opened,
      transport: 'electron',
      who,
      saveFile: saveDialogFile(BrowserWindow.fromWebContents(event.sender)),
      printWindow: printWindowOf(event.sender, BrowserWindow.fromWebContents(event.sender)),
      remote,
      officeHost,
      editsThread,
    }),
    isTrusted: (event) => event.senderFrame !== null && isAllowedNavigation(event.senderFrame.url, paths.appUrl),
  });
  installMenu(sendMenuCommand);
  mainWindow = createMainWindow(paths);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void officeHost.resume();
  app.on('window-all-closed', () => app.quit());
  // The office server stops cleanly with the app (and starts again with it next time), the autosaves' thread after its last save.
  let hostClosed = false;
  app.on('before-quit', (event) => {
    if (hostClosed) return;
    event.preventDefault();
    void Promise.allSettled([officeHost.close(), editsThread.stop()]).finally(() => {
      hostClosed = true;
      app.quit();
    });
  });
  app.on('will-quit', () => {
    store?.close();
    store = null;
  });
}

process.on('uncaughtException', (err) => fatal(fatalText('crash', err), err));
start().catch((err: unknown) => fatal(fatalText('start', err), err));
