import { ok } from '../../contract/result.ts';
import type { Handlers } from '../context.ts';

/** Printing: the desktop window prints itself; elsewhere the page is told to use the browser's print. */
export const printHandlers = {
  printWindow: (req, ctx) => (ctx.printWindow ? ctx.printWindow(req.mode, req.fileName) : ok({ kind: 'browser' as const })),
} satisfies Partial<Handlers>;
