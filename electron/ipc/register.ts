import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiNames, ipcChannel } from '../contract/api.ts';
import { fail } from '../contract/result.ts';
import { asPerson, type HandlerContext } from './context.ts';
import { routeCall } from '../remote/route.ts';

export type IpcWiring = {
  /** The context of one call (the window that asked decides where a save dialog opens). */
  contextFor: (event: IpcMainInvokeEvent) => HandlerContext;
  /** Whether the call comes from the app's own page (not from a frame that navigated elsewhere). */
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
};

const untrusted = fail('INVALID_INPUT', 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.');

/**
 * Wires every verb of the contract to the dispatcher — or, when this computer works against an
 * office server, to the server (`remote/route.ts`, the one switch): one `ipcMain.handle` per verb,
 * on the verb's own channel, with the person the window says is working. Returns the function that removes them again.
 */
export function registerIpc(wiring: IpcWiring): () => void {
  for (const name of apiNames) {
    ipcMain.handle(ipcChannel(name), (event, request: unknown, who: unknown) =>
      wiring.isTrusted(event) ? routeCall(name, request, asPerson(wiring.contextFor(event), who)) : Promise.resolve(untrusted),
    );
  }
  return () => {
    for (const name of apiNames) ipcMain.removeHandler(ipcChannel(name));
  };
}
