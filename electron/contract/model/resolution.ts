import * as z from 'zod';
import { blockSchema } from './body.ts';
import { documentKindSchema } from './documentKind.ts';
import { appendixSchema, headerSchema, marksSchema, recipientsSchema, signatureSchema, titleSchema } from './parts.ts';
import { targetsSchema, walkTargets } from './targets.ts';

export const SCHEMA_VERSION = 1;

/** An annual resolution (nghị quyết): the one model everything else is a function of. */
export const resolutionSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** The format profile the document is rendered (and was issued) under. */
    profileId: z.string().min(1),
    /** Thể loại: a resolution unless the document says otherwise (imported conclusions, notices, letters …). */
    kind: documentKindSchema.default('nghi-quyet'),
    /** The year the resolution plans for (2022 for a resolution issued in December 2021). */
    planYear: z.number().int().min(1930).max(2200),
    header: headerSchema,
    marks: marksSchema.default({
      draftRound: null,
      secrecy: null,
      urgency: null,
      circulation: null,
      productionNote: null,
    }),
    title: titleSchema,
    body: z.array(blockSchema),
    targets: targetsSchema,
    recipients: recipientsSchema,
    signature: signatureSchema,
    appendix: appendixSchema,
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    for (const [node] of walkTargets(doc.targets)) {
      if (seen.has(node.key)) {
        ctx.addIssue({ code: 'custom', path: ['targets'], message: `Mã chỉ tiêu "${node.key}" bị trùng` });
      }
      seen.add(node.key);
    }
  });

export type Resolution = z.infer<typeof resolutionSchema>;
/** What a caller may hand in: defaults not yet applied. */
export type ResolutionInput = z.input<typeof resolutionSchema>;
