import * as z from 'zod';

/** Whether `text` is a day that exists, written YYYY-MM-DD ("2025-02-29" is not). The one home of this check. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/** A day of the model and of requests: YYYY-MM-DD, and a day that exists. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine(isIsoDay, 'Ngày không có thật');
