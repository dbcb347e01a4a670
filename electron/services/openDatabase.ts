import { join } from 'node:path';
import type { BackupInfo, RestoreOutcome } from '../contract/verbs/backups.ts';
import { ok, type AppError, type Result } from '../contract/result.ts';
import { backupsDir, listBackups, restoreDamagedFile } from './backup.ts';
import { openStore, type Store } from '../store/connection.ts';

/** What the person is asked when the database is damaged and a backup exists: the newest backup that opens. */
export type RestoreOffer = { path: string; damage: AppError; backup: BackupInfo };

export type OpenedAtStart = { store: Store; restored: RestoreOutcome | null };

/**
 * Opens the database; when the file itself is damaged (its start checks failed), `chooseBackup`
 * may name a backup file to restore: the damaged file is then kept aside, the backup put in its
 * place, and the database opened again. Any other failure, or no backup chosen, returns the
 * original error. The desktop app's start and `soan-nq restore` both come through here.
 */
export async function openRestoringDamaged(
  path: string,
  chooseBackup: (damage: AppError) => string | null,
): Promise<Result<OpenedAtStart>> {
  const opened = openStore(path);
  if (opened.ok) return ok({ store: opened.value, restored: null });
  if (opened.error.code !== 'DATABASE_DAMAGED') return opened;
  const source = chooseBackup(opened.error);
  if (source === null) return opened;
  const restored = await restoreDamagedFile(path, source);
  if (!restored.ok) return restored;
  const reopened = openStore(path);
  return reopened.ok ? ok({ store: reopened.value, restored: restored.value }) : reopened;
}

/**
 * Opens the app's database at start. When the file is damaged and the data folder holds a backup
 * that opens, `confirm` is asked (a dialog in the desktop app) whether to restore the newest one.
 */
export function openAtStart(path: string, confirm: (offer: RestoreOffer) => boolean): Promise<Result<OpenedAtStart>> {
  return openRestoringDamaged(path, (damage) => {
    const backups = listBackups(path);
    const newest = backups.ok ? backups.value[0] : undefined;
    return newest && confirm({ path, damage, backup: newest }) ? join(backupsDir(path), newest.name) : null;
  });
}
