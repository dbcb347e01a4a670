import * as z from 'zod';
import { channel } from './channel.ts';

/**
 * What printing gives back: printed (or the print dialog was closed), a PDF saved where the person
 * chose, or `browser` where the transport cannot print the window itself (browser mode, the
 * command line): the page then uses the browser's own print.
 */
export type PrintOutcome = { kind: 'printed' } | { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'browser' };

/** Printing the page view: the window prints what it shows (its print CSS lays out the pages). */
export const printVerbs = {
  /** "In" (the system's print dialog) or "Xuất PDF" (a save dialog, then Chromium's printToPDF of the window). */
  printWindow: channel<PrintOutcome>()(
    z.object({
      mode: z.enum(['print', 'pdf']),
      /** The PDF's suggested file name. */
      fileName: z
        .string()
        .regex(/^[^/\\]+\.pdf$/iu, 'Tên tệp PDF không hợp lệ')
        .default('van-ban.pdf'),
    }),
  ),
};
