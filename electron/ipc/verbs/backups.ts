import { join } from 'node:path';
import { ok, type Result } from '../../contract/result.ts';
import { backupBytes, backupFileName, backupsDir, describeBackup, listBackups, restoreFrom, withTempFile } from '../../services/backup.ts';
import { keepAcrossRestore, settleAccountsAfterRestore } from '../../services/accounts/restoreAccounts.ts';
import type { Handlers } from '../context.ts';

type Source = { name: string } | { fileName: string; base64: string };

/** Runs `use` on the file of a backup: one in the data folder by name, or bytes given by the person. */
function onSource<T>(dbPath: string, source: Source, use: (path: string) => Promise<Result<T>>): Promise<Result<T>> {
  if ('name' in source) return use(join(backupsDir(dbPath), source.name));
  return withTempFile(Buffer.from(source.base64, 'base64'), use);
}

/** Backups: "Sao lưu dữ liệu", the list of the data folder's backups, and "Khôi phục". */
export const backupHandlers = {
  backupDatabase: (_req, ctx) => ctx.saveFile({ fileName: backupFileName(new Date()), render: () => backupBytes(ctx.store.db) }),
  listBackups: (_req, ctx) => listBackups(ctx.store.path),
  describeBackup: (req, ctx) => onSource(ctx.store.path, req, (path) => Promise.resolve(describeBackup(path))),
  restoreBackup: (req, ctx) =>
    onSource(ctx.store.path, req, async (path) => {
      // The accounts are the backup's, no session survives but the restoring quản trị's (services/accounts/restoreAccounts.ts).
      const kept = keepAcrossRestore(ctx.store.db, ctx.session);
      const restored = await restoreFrom(ctx.store, path);
      if (restored.ok) settleAccountsAfterRestore(ctx.store.db, kept);
      return restored.ok && 'fileName' in req ? ok({ ...restored.value, restored: req.fileName }) : restored;
    }),
} satisfies Partial<Handlers>;
