import { ok } from '../../contract/result.ts';
import { ensureDemo } from '../../services/demo.ts';
import type { Handlers } from '../context.ts';

/** The database file: its status and the demo. */
export const databaseHandlers = {
  databaseStatus: (_req, ctx) => {
    const { path, migration } = ctx.store;
    return ok({ path, version: migration.to, migratedFrom: migration.from, backupPath: migration.backupPath });
  },
  seedDemo: (_req, ctx) => {
    const seeded = ensureDemo(ctx.store.db);
    return seeded.ok ? ok({ seeded: seeded.value }) : seeded;
  },
} satisfies Partial<Handlers>;
