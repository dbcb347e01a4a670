import type { ApiName } from '../contract/api.ts';
import type { Person } from '../contract/model/people.ts';
import { ok, type AppError, type Result } from '../contract/result.ts';
import { serverVerbActions } from '../ipc/guards.ts';
import { mayDoAction } from '../services/office/people.ts';
import { nowIso } from '../store/clock.ts';
import type { Db } from '../store/db.ts';
import { insertRefusal } from '../store/sessions.ts';

/**
 * Roles on the office server: the one table of verbs and the actions they are (ipc/guards.ts,
 * with the server's additions), checked strictly against the session's person. Unlike working
 * alone, there is no grace while the office has no quản trị: the server starts only with one.
 */
export function mayCall(person: Person, verb: ApiName): Result<void> {
  const action = serverVerbActions[verb];
  return action === undefined ? ok(undefined) : mayDoAction(person, action);
}

/** Writes a refused request into the server's audit of refusals (never a password). */
export function recordRefusal(
  db: Db,
  entry: { person: { id: number; name: string } | null; name: string; request: string; error: AppError; remote: string },
): void {
  try {
    insertRefusal(db, {
      at: nowIso(db),
      personId: entry.person?.id ?? null,
      name: (entry.person?.name ?? entry.name).slice(0, 120),
      request: entry.request.slice(0, 200),
      code: entry.error.code,
      message: entry.error.message.slice(0, 500),
      remote: entry.remote,
    });
  } catch {
    // The refusal itself was answered; a full disk must not turn it into a server error.
  }
}
