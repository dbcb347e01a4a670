import { api, apiNames, type ApiName, type ApiResult } from '../contract/api.ts';
import { fail, type Result } from '../contract/result.ts';
import type { HandlerContext } from './context.ts';
import { dispatchVerb } from './dispatchCore.ts';
import { handlers } from './handlers.ts';

export function isApiName(name: string): name is ApiName {
  return (apiNames as readonly string[]).includes(name);
}

/**
 * The one way into the services from either transport: the verb's schema and handler from the
 * whole contract, checked and run by `dispatchVerb` (dispatchCore.ts). It never throws.
 */
export function dispatch<K extends ApiName>(name: K, rawRequest: unknown, ctx: HandlerContext): Promise<Result<ApiResult<K>>> {
  // TypeScript widens `api[name].request` to the union of every schema; the entry is K's own.
  return dispatchVerb(name, () => ({ request: api[name].request, handler: handlers[name] }), rawRequest, ctx);
}

/** Like `dispatch`, for a verb name that came from outside (an HTTP path): unknown names are NOT_FOUND. */
export function dispatchByName(name: string, rawRequest: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  if (!isApiName(name)) return Promise.resolve(fail('NOT_FOUND', `Không có chức năng "${name}".`));
  return dispatch(name, rawRequest, ctx);
}
