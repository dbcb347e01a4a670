import type { Term } from '../../contract/model/office.ts';
import type { Result } from '../../contract/result.ts';
import type { Db } from '../../store/db.ts';
import { attempt, unwrap } from '../../store/errors.ts';
import { addTerm } from '../../store/terms.ts';
import { auditSetup } from './audit.ts';

export type AddTermInput = {
  orgId: string;
  /** "2025-2030", or a khóa such as "XIII". */
  name: string;
  /** YYYY-MM-DD: the congress, or the day the appointment took effect. */
  from: string;
  to?: string;
  appointed?: boolean;
  who: string;
};

/** The years of a term: from a name like "2025-2030", else the start year and the end date's (five years by default). */
export function termYears(name: string, from: string, to: string | undefined): { startYear: number; endYear: number } {
  const startYear = Number(from.slice(0, 4));
  const named = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/u.exec(name);
  if (named) return { startYear: Math.min(startYear, Number(named[1])), endYear: Number(named[2]) };
  return { startYear, endYear: to ? Math.max(startYear, Number(to.slice(0, 4))) : startYear + 5 };
}

/** Adds a term (several per body; overlapping ones refused), with an audit row. */
export function addTermAudited(db: Db, input: AddTermInput): Result<Term> {
  return attempt('lưu nhiệm kỳ', () =>
    db
      .transaction(() => {
        const term = unwrap(
          addTerm(db, {
            orgId: input.orgId,
            ordinal: input.name,
            ...termYears(input.name, input.from, input.to),
            startDate: input.from,
            endDate: input.to ?? null,
            appointed: input.appointed ?? false,
          }),
        );
        auditSetup(db, {
          orgId: input.orgId,
          who: input.who,
          entity: `nhiem-ky:${term.id}`,
          reason: `Thêm nhiệm kỳ ${term.ordinal}${term.appointed ? ' (cấp ủy được chỉ định)' : ''}`,
          before: null,
          after: term,
        });
        return term;
      })
      .immediate(),
  );
}
