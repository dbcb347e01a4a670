import * as z from 'zod';
import type { Resolution } from '../model/resolution.ts';
import { channel, orgIdField as orgId, yearField as year } from './channel.ts';

/** Drafts made from earlier documents, before they are stored. */
export const draftVerbs = {
  /** Next year's draft from last year's resolution and results, not stored (`createNextYear` stores it). */
  prepareNextYear: channel<Resolution>()(z.object({ orgId, year, carryValues: z.boolean().optional(), templateId: z.string().optional() })),
};
