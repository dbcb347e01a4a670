import * as z from 'zod';
import { channel } from './channel.ts';

/** The spell-checker's office dictionary ("Thêm vào từ điển của cơ quan"). */
export const spellingVerbs = {
  /** The words the office added, for the spell-checker to know. */
  listOfficeWords: channel<string[]>()(z.object({})),
  /** Adds one word (a Vietnamese syllable, a name, an abbreviation: letters, digits, hyphens); returns the whole list. */
  addOfficeWord: channel<string[]>()(
    z.object({
      word: z
        .string()
        .trim()
        .min(1, 'Thiếu từ cần thêm')
        .max(40, 'Từ quá dài')
        .regex(/^[\p{L}\p{M}\d-]+$/u, 'Chỉ thêm được một từ (chữ, số, dấu gạch nối)'),
    }),
  ),
};
