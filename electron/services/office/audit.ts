import { appendAudit } from '../../store/audit.ts';
import { nowIso } from '../../store/clock.ts';
import type { Db } from '../../store/db.ts';

/** People belong to the office, not to one body: their changes are logged under this org id. */
export const OFFICE_WIDE = '';

/** Appends a "thiet-lap" row (who, when, what, before and after); call inside the change's transaction. */
export function auditSetup(
  db: Db,
  entry: { orgId: string; who: string; entity: string; reason: string; before: unknown; after: unknown },
): void {
  appendAudit(db, {
    orgId: entry.orgId,
    documentId: null,
    action: 'thiet-lap',
    who: entry.who,
    at: nowIso(db),
    detail: { reason: entry.reason, entity: entry.entity, before: entry.before ?? null, after: entry.after ?? null },
  });
}
