import { api, apiNames, type ApiName, type ApiParsedRequest, type ApiResult } from '../contract/api.ts';
import { fail, type Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { logError } from '../log.ts';
import { authorize } from '../services/office/people.ts';
import type { HandlerContext } from './context.ts';
import { verbActions } from './guards.ts';
import { handlers, type Handlers } from './handlers.ts';

export function isApiName(name: string): name is ApiName {
  return (apiNames as readonly string[]).includes(name);
}

/**
 * The one way into the services from either transport: checks the request against the verb's
 * schema (INVALID_INPUT with one Vietnamese line per field), checks that the person working
 * (ctx.who) may do it (FORBIDDEN, naming who may), runs the handler, and turns anything
 * thrown into an INTERNAL result. It never throws: results cross every boundary as data.
 */
export async function dispatch<K extends ApiName>(name: K, rawRequest: unknown, ctx: HandlerContext): Promise<Result<ApiResult<K>>> {
  try {
    const request = validate(api[name].request, rawRequest ?? {}, 'Dữ liệu gửi lên');
    if (!request.ok) return request;
    const action = verbActions[name];
    if (action !== undefined) {
      const allowed = authorize(ctx.store.db, ctx.who, action);
      if (!allowed.ok) return allowed;
    }
    const handler: Handlers[K] = handlers[name];
    // TypeScript widens `api[name].request` to the union of every schema; K's own schema checked it.
    return await handler(request.value as ApiParsedRequest<K>, ctx);
  } catch (err) {
    logError(`Lỗi khi xử lý yêu cầu "${name}"`, err);
    return fail(
      'INTERNAL',
      'Ứng dụng gặp lỗi không mong đợi khi xử lý yêu cầu này; dữ liệu đã lưu trước đó không bị ảnh hưởng. Hãy thử lại, nếu vẫn lỗi hãy khởi động lại ứng dụng.',
      [err instanceof Error ? err.message : String(err)],
    );
  }
}

/** Like `dispatch`, for a verb name that came from outside (an HTTP path): unknown names are NOT_FOUND. */
export function dispatchByName(name: string, rawRequest: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  if (!isApiName(name)) return Promise.resolve(fail('NOT_FOUND', `Không có chức năng "${name}".`));
  return dispatch(name, rawRequest, ctx);
}
