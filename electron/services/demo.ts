import type { DemoSummary } from '../contract/verbs/database.ts';
import * as z from 'zod';
import demo from '../../resources/demo/demo.json' with { type: 'json' };
import ducTrong from '../../resources/demo/duc-trong-2022-nq04-hu.json' with { type: 'json' };
import hiepThanh from '../../resources/demo/hiep-thanh-2026-nq12-du.json' with { type: 'json' };
import nhonTrach from '../../resources/demo/nhon-trach-2024-nq09-hu.json' with { type: 'json' };
import { resolutionSchema } from '../contract/model/resolution.ts';
import { authorityKinds } from '../contract/model/parts.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { parseTargetValue } from '../format/targetValue.ts';
import type { Db } from '../store/db.ts';
import { saveDocument } from './documentSave.ts';
import { listOrganizations, organizationSchema, saveOrganization } from '../store/organizations.ts';
import { createRecipientList } from '../store/recipientLists.ts';
import { upsertResults } from '../store/results.ts';
import { saveSigner } from '../store/signers.ts';
import { addTerm } from '../store/terms.ts';
import { withParsedValues } from './normalize.ts';

const documents: Record<string, unknown> = {
  'duc-trong-2022-nq04-hu.json': ducTrong,
  'nhon-trach-2024-nq09-hu.json': nhonTrach,
  'hiep-thanh-2026-nq12-du.json': hiepThanh,
};

const demoSchema = z.object({
  note: z.string(),
  documentsIssuedBy: z.string(),
  organizations: z.array(
    organizationSchema.extend({
      term: z.object({
        ordinal: z.string(),
        startYear: z.number(),
        endYear: z.number(),
        startDate: z.string(),
        endDate: z.string().nullable(),
      }),
      signers: z.array(z.object({ name: z.string(), title: z.string(), authority: z.enum(authorityKinds), authorityOf: z.string() })),
      document: z.string().refine((name) => name in documents, 'Không có tệp văn bản mẫu này'),
      resultsYear: z.number().int(),
      results: z.record(z.string(), z.string()),
    }),
  ),
});

export type { DemoSummary };

function unwrapOr<T>(r: Result<T>): T {
  if (!r.ok) throw new DemoError(r.error.message, r.error.details);
  return r.value;
}

class DemoError extends Error {
  readonly details: string[] | undefined;
  constructor(message: string, details?: string[]) {
    super(message);
    this.details = details;
  }
}

/**
 * Fills the store with the demo: Huyện ủy Đức Trọng (its 2022 resolution and 2022 results),
 * Huyện ủy Nhơn Trạch (its 2024 resolution), and Đảng ủy xã Hiệp Thạnh under the Tỉnh ủy after
 * the 2025 reorganisation (its 2026 resolution and estimated 2026 results), so that
 * "next year" works on a fresh machine. All or nothing, in one transaction.
 */
export function seedDemo(db: Db): Result<DemoSummary> {
  const data = validate(demoSchema, demo, 'Dữ liệu mẫu');
  if (!data.ok) return data;
  const who = data.value.documentsIssuedBy;
  try {
    return ok(
      db.transaction((): DemoSummary => {
        let results = 0;
        for (const org of data.value.organizations) {
          const { term, signers, document, resultsYear, results: values, ...organization } = org;
          unwrapOr(saveOrganization(db, organization));
          // Marked as the demo, so that it shows as such and can be removed in one step.
          db.prepare('UPDATE organizations SET is_demo = 1 WHERE id = ?').run(org.id);
          unwrapOr(addTerm(db, { orgId: org.id, ...term }));
          signers.forEach((s, position) => unwrapOr(saveSigner(db, { orgId: org.id, position, ...s })));
          const content = unwrapOr(validate(resolutionSchema, withParsedValues(documents[document]), `Văn bản mẫu ${document}`));
          unwrapOr(
            createRecipientList(db, {
              orgId: org.id,
              name: `Nơi nhận nghị quyết năm ${content.planYear}`,
              lines: content.recipients.lines,
            }),
          );
          unwrapOr(saveDocument(db, { orgId: org.id, content, status: 'ban-hanh', who, why: 'Dữ liệu mẫu: văn bản đã ban hành' }));
          const entries = Object.entries(values).map(([key, written]) => ({
            key,
            written,
            parsed: parseTargetValue(written),
            source: 'nhap-tay' as const,
          }));
          if (entries.length > 0) results += unwrapOr(upsertResults(db, { orgId: org.id, year: resultsYear, who, entries }));
        }
        return { organizations: data.value.organizations.length, documents: data.value.organizations.length, results };
      })(),
    );
  } catch (err) {
    if (err instanceof DemoError) return fail('INVALID_INPUT', `Không nạp được dữ liệu mẫu: ${err.message}`, err.details);
    return fail('INTERNAL', 'Không nạp được dữ liệu mẫu.', [err instanceof Error ? err.message : String(err)]);
  }
}

/** The first start of the app: an empty store gets the demo; a store with data is left alone. */
export function ensureDemo(db: Db): Result<DemoSummary | null> {
  const orgs = listOrganizations(db);
  if (!orgs.ok) return orgs;
  return orgs.value.length > 0 ? ok(null) : seedDemo(db);
}
