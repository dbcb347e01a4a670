import { ok } from '../../contract/result.ts';
import { accountsOfOffice, addAccount, changePassword, disableAccount, resetPassword } from '../../services/accounts/accounts.ts';
import { attempt } from '../../store/errors.ts';
import { listRefusals } from '../../store/sessions.ts';
import type { Handlers } from '../context.ts';

/** The office server's accounts (the guard in guards.ts keeps adding, disabling and resetting to the quản trị). */
export const accountHandlers = {
  addAccount: (req, ctx) => addAccount(ctx.store.db, { ...req, who: ctx.who }),
  listAccounts: (_req, ctx) => accountsOfOffice(ctx.store.db),
  disableAccount: (req, ctx) => disableAccount(ctx.store.db, { ...req, who: ctx.who }),
  resetPassword: (req, ctx) => resetPassword(ctx.store.db, { ...req, who: ctx.who }),
  changePassword: (req, ctx) =>
    changePassword(ctx.store.db, { who: ctx.who, old: req.old, new: req.new, keepSession: ctx.session?.id ?? null }),
  listRefusals: (req, ctx) => attempt('đọc nhật ký từ chối', () => listRefusals(ctx.store.db, req.limit)),
} satisfies Partial<Handlers>;

/** Who else is editing a document: the server's board, or no one when working alone. */
export const presenceHandlers = {
  'presence.touch': (req, ctx) => ok({ editors: ctx.presence?.touch(req.documentId, ctx.who) ?? [] }),
  'presence.leave': (req, ctx) => {
    ctx.presence?.leave(req.documentId, ctx.who);
    return ok({ left: true as const });
  },
} satisfies Partial<Handlers>;
