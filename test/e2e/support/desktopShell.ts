import type { Page } from 'playwright-core';
import { apiNames } from '../../../electron/contract/api.ts';
import { fail } from '../../../electron/contract/result.ts';
import { asPerson, type HandlerContext } from '../../../electron/ipc/context.ts';
import { isApiName } from '../../../electron/ipc/dispatch.ts';
import { createRemoteLink, type RemoteLink } from '../../../electron/remote/link.ts';
import { routeCall } from '../../../electron/remote/route.ts';
import { downloadFile } from '../../../electron/services/exportFile.ts';
import type { Store } from '../../../electron/store/connection.ts';

/**
 * The desktop app with Electron mocked: the page gets a `window.api` whose every verb goes, as
 * the preload's `ipcRenderer.invoke` does, to the main process's one switch (`routeCall`, with a
 * real RemoteLink and the local store) — here through Playwright's exposed function instead of IPC.
 */
export async function asDesktopApp(
  page: Page,
  store: Store,
  settingsFile: string,
  /** What else main gives every call (the office server this app runs: Cơ quan › Máy chủ văn phòng). */
  more: Pick<HandlerContext, 'officeHost'> = {},
): Promise<RemoteLink> {
  const remote = createRemoteLink(settingsFile);
  const ctx: HandlerContext = { store, transport: 'electron', who: 'Thư ký thử', saveFile: downloadFile, remote, ...more };
  await page.exposeFunction('__soanNqInvoke', (name: string, request: unknown, who: unknown) =>
    isApiName(name) ? routeCall(name, request, asPerson(ctx, who)) : Promise.resolve(fail('NOT_FOUND', name)),
  );
  await page.addInitScript((names: string[]) => {
    const invoke = (window as unknown as { __soanNqInvoke: (n: string, r: unknown, w: unknown) => Promise<unknown> }).__soanNqInvoke;
    const api: Record<string, unknown> = { onMenuCommand: () => () => undefined };
    for (const name of names) api[name] = (request: unknown, who?: string) => invoke(name, request ?? {}, who ?? null);
    (window as unknown as { api: unknown }).api = api;
  }, apiNames as string[]);
  return remote;
}
