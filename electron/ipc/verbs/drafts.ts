import { ok } from '../../contract/result.ts';
import { prepareNextYear } from '../../services/draft.ts';
import type { Handlers } from '../context.ts';

/** Drafts made from earlier documents, before they are stored. */
export const draftHandlers = {
  prepareNextYear: (req, ctx) => {
    const { orgId, year, carryValues, templateId } = req;
    const prepared = prepareNextYear(ctx.store.db, {
      orgId,
      year,
      who: ctx.who,
      ...(carryValues !== undefined ? { carryValues } : {}),
      ...(templateId !== undefined ? { templateId } : {}),
    });
    return prepared.ok ? ok(prepared.value.content) : prepared;
  },
} satisfies Partial<Handlers>;
