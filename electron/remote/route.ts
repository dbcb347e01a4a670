import type { ApiName, ApiResult, ExportOutcome } from '../contract/api.ts';
import { ok, type Result } from '../contract/result.ts';
import { isOfficeHostVerb } from '../contract/verbs/officeHost.ts';
import { isRemoteVerb } from '../contract/verbs/remote.ts';
import type { HandlerContext } from '../ipc/context.ts';
import { dispatch } from '../ipc/dispatch.ts';

function isDownload(value: unknown): value is Extract<ExportOutcome, { kind: 'download' }> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    value.kind === 'download' &&
    'fileName' in value &&
    typeof value.fileName === 'string' &&
    'base64' in value &&
    typeof value.base64 === 'string'
  );
}

/**
 * The one switch between working alone and working against the office server: a verb goes to
 * the local dispatcher, or — when this computer is connected — to the server's `POST /api/<verb>`
 * with the session's token. The connection and session verbs, and those of the office server this
 * computer runs itself, are always answered here. A file the
 * server sends back to download (an export, a copy) is offered in this app's own save dialog, as
 * a local export would be, so the window cannot tell the two apart.
 */
export async function routeCall<K extends ApiName>(name: K, request: unknown, ctx: HandlerContext): Promise<Result<ApiResult<K>>> {
  const link = ctx.remote;
  if (!link?.isConnected() || isRemoteVerb(name) || isOfficeHostVerb(name)) return dispatch(name, request, ctx);
  const result = await link.forward(name, request);
  if (result.ok && isDownload(result.value)) {
    const { fileName, base64 } = result.value;
    return (await ctx.saveFile({ fileName, render: () => Promise.resolve(ok(new Uint8Array(Buffer.from(base64, 'base64')))) })) as Result<
      ApiResult<K>
    >;
  }
  // The server answers with the same contract: the verb's own result type.
  return result as Result<ApiResult<K>>;
}
