import * as z from 'zod';
import { channel } from './channel.ts';

/** The open database: its file, its schema version, and the migration this start made (if any). */
export type DatabaseStatus = {
  path: string;
  version: number;
  /** The version found when the file was opened (equal to `version` when nothing was migrated). */
  migratedFrom: number;
  /** The copy made before migrating, or null. */
  backupPath: string | null;
};

/** What loading the demo added. */
export type DemoSummary = { organizations: number; documents: number; results: number };

/** The database file itself. */
export const databaseVerbs = {
  databaseStatus: channel<DatabaseStatus>()(z.object({})),
  /** Loads the demo (three bodies, their resolutions and results) into an empty database; `seeded` is null when it already has data. */
  seedDemo: channel<{ seeded: DemoSummary | null }>()(z.object({})),
};
