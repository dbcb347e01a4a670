import type * as z from 'zod';
import type { ApiName, ApiParsedRequest, ApiResult } from '../contract/api.ts';
import { fail, type Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { logError } from '../log.ts';
import type { Handler, HandlerContext } from './context.ts';
import { verbActions } from './guards.ts';

/** One verb as the dispatcher runs it: its request schema (from the contract) and its handler. */
export type VerbEntry<K extends ApiName> = { request: z.ZodType; handler: Handler<K> };

/**
 * What `dispatch` does for every transport, given the verb's schema and handler (or a way to
 * load them: the command line imports only the domain of the verb it calls): checks the request
 * against the schema (INVALID_INPUT with one Vietnamese line per field), checks that the person
 * working (ctx.who) may do it (FORBIDDEN, naming who may), runs the handler, and turns anything
 * thrown into an INTERNAL result. It never throws: results cross every boundary as data.
 */
export async function dispatchVerb<K extends ApiName>(
  name: K,
  verb: () => VerbEntry<K> | Promise<VerbEntry<K>>,
  rawRequest: unknown,
  ctx: HandlerContext,
): Promise<Result<ApiResult<K>>> {
  try {
    const { request: schema, handler } = await verb();
    const request = validate(schema, rawRequest ?? {}, 'Dữ liệu gửi lên');
    if (!request.ok) return request;
    const action = verbActions[name];
    if (action !== undefined) {
      // Loaded by the verbs that change something: a file's export or check never reads the office's people.
      const { authorize } = await import('../services/office/people.ts');
      const allowed = authorize(ctx.store.db, ctx.who, action);
      if (!allowed.ok) return allowed;
    }
    // K's own schema checked it.
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
