import { ok } from '../../contract/result.ts';
import type { SetupChange } from '../../contract/verbs/office.ts';
import { firstStartState, loadDemo, removeDemo } from '../../services/firstStart.ts';
import { OFFICE_WIDE } from '../../services/office/audit.ts';
import { saveOrganizationAudited } from '../../services/office/organizations.ts';
import { savePersonAudited } from '../../services/office/people.ts';
import { importRegister, listRegisterNext, setRegisterStart } from '../../services/office/registerSetup.ts';
import { saveSignerAudited } from '../../services/office/signers.ts';
import { addTermAudited } from '../../services/office/terms.ts';
import { listAudit } from '../../store/audit.ts';
import { listPeople } from '../../store/people.ts';
import type { Handlers } from '../context.ts';

/** Keeps only the fields that were given (the services take optional fields as absent, not undefined). */
function given<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** The office's set-up: bodies, terms, register start and import, signers, people, and its audit. */
export const officeHandlers = {
  saveOrganization: (req, ctx) => saveOrganizationAudited(ctx.store.db, { ...req, who: ctx.who }),
  addTerm: (req, ctx) =>
    addTermAudited(ctx.store.db, {
      orgId: req.orgId,
      name: req.name,
      from: req.from,
      who: ctx.who,
      ...given({ to: req.to, appointed: req.appointed }),
    }),
  setRegisterStart: (req, ctx) => setRegisterStart(ctx.store.db, { orgId: req.orgId, docType: req.docType, next: req.next, who: ctx.who }),
  listRegisterNext: (req, ctx) => listRegisterNext(ctx.store.db, req.orgId),
  importRegister: (req, ctx) =>
    importRegister(ctx.store.db, {
      orgId: req.orgId,
      text: req.text,
      who: ctx.who,
      ...given({ allowGaps: req.allowGaps, dryRun: req.dryRun }),
    }),
  saveSigner: (req, ctx) =>
    saveSignerAudited(ctx.store.db, {
      orgId: req.orgId,
      authority: req.authority,
      authorityOf: req.authorityOf,
      title: req.title,
      name: req.name,
      who: ctx.who,
      ...given({ id: req.id, active: req.active, position: req.position }),
    }),
  firstStart: (_req, ctx) => firstStartState(ctx.store.db),
  loadDemo: (_req, ctx) => loadDemo(ctx.store.db),
  removeDemo: (_req, ctx) => removeDemo(ctx.store.db),
  listPeople: (req, ctx) => listPeople(ctx.store.db, given({ includeInactive: req.includeInactive })),
  savePerson: (req, ctx) =>
    savePersonAudited(ctx.store.db, { name: req.name, roles: req.roles, who: ctx.who, ...given({ id: req.id, active: req.active }) }),
  listSetupChanges: (req, ctx) => {
    const own = listAudit(ctx.store.db, { orgId: req.orgId });
    if (!own.ok) return own;
    const office = listAudit(ctx.store.db, { orgId: OFFICE_WIDE });
    if (!office.ok) return office;
    const changes: SetupChange[] = [...own.value, ...office.value]
      .filter((e) => e.action === 'thiet-lap')
      .sort((a, b) => a.id - b.id)
      .map((e) => ({
        id: e.id,
        orgId: e.orgId,
        who: e.who,
        at: e.at,
        reason: e.detail.reason,
        entity: e.detail.entity ?? '',
        before: e.detail.before ?? null,
        after: e.detail.after ?? null,
      }));
    return ok(changes);
  },
} satisfies Partial<Handlers>;
