import { fail, ok, type Result } from '../../contract/result.ts';
import type { ConnectionState } from '../../contract/verbs/remote.ts';
import type { RemoteLink } from '../../remote/link.ts';
import type { HandlerContext, Handlers } from '../context.ts';

const alone: ConnectionState = { mode: 'local', address: null, fingerprint: null, serverName: null, session: null, canConnect: false };

const desktopOnly = fail('INVALID_INPUT', 'Chỉ ứng dụng cài trên máy tính mới kết nối được máy chủ văn phòng.');
const noLogin = fail('INVALID_INPUT', 'Máy này đang làm việc một mình, không cần đăng nhập.');

function withLink<T>(ctx: HandlerContext, otherwise: Result<T>, run: (link: RemoteLink) => Promise<Result<T>>): Promise<Result<T>> {
  return ctx.remote ? run(ctx.remote) : Promise.resolve(otherwise);
}

/**
 * The connection to an office server and the session on it, answered by the desktop shell itself
 * (never forwarded). Without a link (the command line, browser mode, the office server itself)
 * the app works alone: there is nothing to connect or log in to.
 */
export const remoteHandlers = {
  // A PC that serves its own database to the office does not connect to another server.
  connectionState: (_req, ctx) => {
    const state = ctx.remote?.state() ?? alone;
    return ok(ctx.officeHost?.state().running === true ? { ...state, canConnect: false } : state);
  },
  probeServer: (req, ctx) => withLink(ctx, desktopOnly, (link) => link.probe(req.address)),
  connectServer: (req, ctx) => withLink(ctx, desktopOnly, (link) => link.connect(req.address, req.fingerprint)),
  disconnectServer: (_req, ctx) => withLink(ctx, ok(alone), (link) => link.disconnect()),
  login: (req, ctx) => withLink(ctx, noLogin, (link) => link.login(req.name, req.password)),
  logout: (_req, ctx) => withLink(ctx, ok(alone), (link) => link.logout(false)),
  logoutEverywhere: (_req, ctx) => withLink(ctx, ok(alone), (link) => link.logout(true)),
} satisfies Partial<Handlers>;
