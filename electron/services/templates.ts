import * as z from 'zod';
import annual from '../../templates/nghi-quyet-nam.json' with { type: 'json' };
import conference from '../../templates/nghi-quyet-hoi-nghi.json' with { type: 'json' };
import { blockSchema, paragraphSchema } from '../contract/model/body.ts';
import { fail, type Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';

/** A built-in template: the title block and the body skeleton of a new resolution, with placeholders. */
export const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  documentType: z.string().min(1),
  conferenceLines: z.array(z.string().min(1)),
  summary: z.string().min(1),
  preamble: z.array(paragraphSchema),
  decisionLine: z.string().nullable(),
  body: z.array(blockSchema).min(1),
});
export type Template = z.infer<typeof templateSchema>;

export const DEFAULT_TEMPLATE_ID = 'nghi-quyet-nam';

const sources: Record<string, unknown> = { [annual.id]: annual, [conference.id]: conference };

/** The template with this id, validated; a broken template file is an error, never half-used. */
export function loadTemplate(id: string = DEFAULT_TEMPLATE_ID): Result<Template> {
  const source = sources[id];
  if (source === undefined) {
    return fail('NOT_FOUND', `Không có mẫu "${id}". Các mẫu có sẵn: ${Object.keys(sources).join(', ')}.`);
  }
  return validate(templateSchema, source, `Mẫu "${id}"`);
}

export function listTemplates(): { id: string; name: string }[] {
  return Object.keys(sources).flatMap((id) => {
    const t = loadTemplate(id);
    return t.ok ? [{ id, name: t.value.name }] : [];
  });
}

/** Replaces `{năm}`, `{năm trước}` and the other placeholders in one piece of text. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([^{}]+)\}/gu, (whole, name: string) => values[name] ?? whole);
}
