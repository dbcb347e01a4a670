import { isoDaySchema } from '../model/dates.ts';
import * as z from 'zod';

/**
 * How a verb of the contract is declared: its request schema (checked by the dispatcher before
 * anything runs) and, as a phantom, the type of its result. Every domain file in this folder holds
 * one table of verbs built with `channel`, with the request schemas beside them; `../api.ts`
 * gathers the tables.
 */
export type Channel<Req extends z.ZodType, Res> = { request: Req; /** Phantom: the result type. */ result?: Res };

export function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): Channel<Req, Res> => ({ request });
}

/** Fields many requests share. */
export const idField = z.number().int().positive();
export const orgIdField = z.string().min(1, 'Thiếu mã cơ quan');
export const yearField = z.number().int().min(1930).max(2200);
export const isoDayField = isoDaySchema;
