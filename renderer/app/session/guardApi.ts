import { apiNames, type Api } from '../../../electron/contract/api.ts';
import type { Result } from '../../../electron/contract/result.ts';
import { isRemoteVerb } from '../../../electron/contract/verbs/remote.ts';

/** What the session gate is told about each call's outcome. */
export type GuardHooks = {
  /** A call found no session: show the login screen; resolves once someone has logged in. */
  needLogin: () => Promise<void>;
  /** The office server did not answer. */
  lost: () => void;
  /** The office server (or the local side) answered. */
  answered: () => void;
  /** The office server's certificate is not the pinned one. */
  certificateChanged: (message: string) => void;
};

type RawVerb = (request: unknown, who?: string) => Promise<Result<unknown>>;

/**
 * The contract as the screens use it, watched by the session gate: a call refused for want of a
 * session waits for the login screen and is sent once more (the server did nothing with it); a
 * call the server did not answer raises the "Mất kết nối máy chủ" banner and comes back as it
 * failed (the screens keep what was typed; the editor's autosave sends it again); any answer
 * lowers the banner. The connection and session verbs pass straight through.
 */
export function guardApi(api: Api, hooks: GuardHooks): Api {
  const raw = api as unknown as Record<string, RawVerb>;
  const guarded: Record<string, RawVerb> = {};
  for (const name of apiNames) {
    const verb = raw[name];
    if (!verb) continue;
    if (isRemoteVerb(name)) {
      guarded[name] = verb;
      continue;
    }
    guarded[name] = async (request, who) => {
      let result = await verb(request, who);
      if (!result.ok && result.error.code === 'UNAUTHENTICATED') {
        await hooks.needLogin();
        result = await verb(request, who);
      }
      if (result.ok) hooks.answered();
      else if (result.error.code === 'UNREACHABLE') hooks.lost();
      else if (result.error.code === 'CERTIFICATE_CHANGED') hooks.certificateChanged(result.error.message);
      else hooks.answered();
      return result;
    };
  }
  return guarded as unknown as Api;
}
