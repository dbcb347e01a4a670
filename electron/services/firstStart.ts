import { ok, type Result } from '../contract/result.ts';
import type { FirstStartState } from '../contract/verbs/office.ts';
import type { Db } from '../store/db.ts';
import { attempt } from '../store/errors.ts';
import { seedDemo, type DemoSummary } from './demo.ts';

export function firstStartState(db: Db): Result<FirstStartState> {
  return attempt('đọc trạng thái dữ liệu', () => {
    const orgs = db.prepare<[], { id: string; is_demo: number }>('SELECT id, is_demo FROM organizations').all();
    const people = db.prepare<[], number>('SELECT count(*) FROM people WHERE active = 1').pluck().get() ?? 0;
    return { empty: orgs.length === 0, demoOrgIds: orgs.filter((o) => o.is_demo === 1).map((o) => o.id), people };
  });
}

/** "Dùng thử với dữ liệu mẫu": the demo, into a store that has no demo yet (bodies of the office stay as they are). */
export function loadDemo(db: Db): Result<DemoSummary> {
  const state = firstStartState(db);
  if (!state.ok) return state;
  if (state.value.demoOrgIds.length > 0) return ok({ organizations: 0, documents: 0, results: 0 });
  return seedDemo(db);
}

/**
 * "Xóa dữ liệu mẫu": every row of the demo bodies, in one transaction. The number register never
 * loses a row in normal use (a trigger refuses it); here it is lifted for the demo's rows only and
 * put back, unchanged, in the same transaction.
 */
export function removeDemo(db: Db): Result<{ organizations: number; documents: number }> {
  return attempt('xóa dữ liệu mẫu', () =>
    db
      .transaction(() => {
        const ids = db.prepare<[], string>('SELECT id FROM organizations WHERE is_demo = 1').pluck().all();
        if (ids.length === 0) return { organizations: 0, documents: 0 };
        const trigger = db
          .prepare<[], string>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'number_register_no_delete'")
          .pluck()
          .get();
        const inDemo = `IN (SELECT id FROM organizations WHERE is_demo = 1)`;
        db.exec('DROP TRIGGER IF EXISTS number_register_no_delete');
        db.exec(`DELETE FROM number_register WHERE org_id ${inDemo}`);
        db.exec(`DELETE FROM copy_register WHERE org_id ${inDemo}`);
        db.exec(`DELETE FROM document_search WHERE rowid IN (SELECT id FROM documents WHERE org_id ${inDemo})`);
        const documents = db.prepare(`DELETE FROM documents WHERE org_id ${inDemo}`).run().changes;
        db.exec(`DELETE FROM audit_log WHERE org_id ${inDemo}`);
        db.exec(`UPDATE organizations SET parent_id = NULL WHERE parent_id ${inDemo} AND is_demo = 0`);
        db.exec(`DELETE FROM organizations WHERE is_demo = 1`);
        if (trigger) db.exec(trigger);
        return { organizations: ids.length, documents };
      })
      .immediate(),
  );
}
