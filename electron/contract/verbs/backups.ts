import * as z from 'zod';
import { channel } from './channel.ts';
import type { ExportOutcome } from './documents.ts';

/** A backup in the data folder: when it was taken and what it holds. */
export type BackupInfo = {
  /** File name inside the backups folder (the verb's handle; never a path). */
  name: string;
  /** ISO time the backup was taken. */
  takenAt: string;
  bytes: number;
  /** What it holds, to name in the confirmation: bodies and documents. */
  organizations: number;
  documents: number;
  automatic: boolean;
};

export type RestoreOutcome = { restored: string; keptAside: string };

/** A backup of the data folder by name, or a backup file given as bytes (chosen by the person, or the command line's file). */
const backupSource = z.union([
  z.object({ name: z.string().regex(/^[\w.-]+\.sqlite$/u, 'Tên bản sao lưu không hợp lệ') }),
  z.object({ fileName: z.string().min(1), base64: z.string().min(1, 'Tệp sao lưu trống') }),
]);

/** Backups of the office's one SQLite file: taken while the app runs (SQLite's online backup), listed, restored. */
export const backupVerbs = {
  /** "Sao lưu dữ liệu": a consistent copy of the database, saved where the person chooses. */
  backupDatabase: channel<ExportOutcome>()(z.object({})),
  /** The backups kept in the data folder (automatic daily ones and those taken before a restore), newest first. */
  listBackups: channel<BackupInfo[]>()(z.object({})),
  /** When a backup was taken and what it holds, for the confirmation before restoring. */
  describeBackup: channel<BackupInfo>()(backupSource),
  /** "Khôi phục": the current file is kept aside first, then the backup replaces it. */
  restoreBackup: channel<RestoreOutcome>()(backupSource),
};
