import { fail, ok, type Result } from '../../contract/result.ts';
import { DEFAULT_LISTEN, type OfficeHostState } from '../../contract/verbs/officeHost.ts';
import { mayDoAction } from '../../services/office/people.ts';
import { countAccounts } from '../../store/accounts.ts';
import { findPerson } from '../../store/people.ts';
import type { HandlerContext, Handlers, OfficeHostControl, OfficeHostStatus } from '../context.ts';

const stopped: OfficeHostStatus = { running: false, listen: DEFAULT_LISTEN, address: null, fingerprint: null, startedAt: null };

function stateOf(ctx: HandlerContext, status: OfficeHostStatus): OfficeHostState {
  return { ...status, canHost: ctx.officeHost !== undefined, accounts: countAccounts(ctx.store.db) };
}

/**
 * Who may start or stop the office server: a quản trị, named (the server lets in accounts only,
 * so there is no "open to all while the office has no quản trị" here), on the desktop app, which
 * is not itself a client of another server.
 */
function control(ctx: HandlerContext): Result<OfficeHostControl> {
  if (ctx.officeHost === undefined) {
    return fail(
      'INVALID_INPUT',
      'Chỉ ứng dụng cài trên máy tính mới bật được máy chủ văn phòng. Trên máy chủ riêng, hãy dùng lệnh soan-nq serve --listen 0.0.0.0:8443 --db <tệp>.',
    );
  }
  const person = findPerson(ctx.store.db, ctx.who);
  if (person === null || !person.active) {
    return fail('FORBIDDEN', 'Việc này do quản trị làm. Hãy chọn đúng người đang làm việc ("Bạn là ai?").');
  }
  const allowed = mayDoAction(person, 'thiet-lap');
  return allowed.ok ? ok(ctx.officeHost) : allowed;
}

/** Cơ quan › Máy chủ văn phòng: this computer serving its database to the office's PCs. */
export const officeHostHandlers = {
  officeHostState: (_req, ctx) => ok(stateOf(ctx, ctx.officeHost?.state() ?? stopped)),
  startOfficeHost: async (req, ctx) => {
    const host = control(ctx);
    if (!host.ok) return host;
    const link = ctx.remote?.state();
    if (link?.mode === 'office') {
      return fail(
        'INVALID_INPUT',
        `Máy này đang làm việc với máy chủ văn phòng ${link.address ?? ''}. Hãy ngắt kết nối trước khi bật máy chủ trên máy này.`,
      );
    }
    const started = await host.value.start(req.listen);
    return started.ok ? ok(stateOf(ctx, started.value)) : started;
  },
  stopOfficeHost: async (_req, ctx) => {
    const host = control(ctx);
    if (!host.ok) return host;
    const done = await host.value.stop();
    return done.ok ? ok(stateOf(ctx, done.value)) : done;
  },
} satisfies Partial<Handlers>;
