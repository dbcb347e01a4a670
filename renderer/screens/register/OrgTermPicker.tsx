import type { ReactNode } from 'react';
import type { OrgTerms } from './useOrgTerms.ts';
import { termName } from './useOrgTerms.ts';

type Props = {
  state: OrgTerms;
  testPrefix: string;
  /** False: the body alone (no term select). */ withTerm?: boolean;
  children?: ReactNode;
};

/** The body and term selects of a register screen (more filters may follow as children). */
export function OrgTermPicker({ state, testPrefix, withTerm = true, children }: Props) {
  return (
    <div className="row filters">
      <label className="field">
        <span>Cơ quan</span>
        <select className="input" data-testid={`${testPrefix}-org`} value={state.orgId} onChange={(e) => state.setOrgId(e.target.value)}>
          {state.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {children}
      {withTerm ? (
        <label className="field">
          <span>Nhiệm kỳ</span>
          <select
            className="input"
            data-testid={`${testPrefix}-term`}
            value={state.termId ?? ''}
            onChange={(e) => state.setTermId(Number(e.target.value))}
            disabled={state.terms.length === 0}
          >
            {state.terms.length === 0 ? <option value="">(chưa có nhiệm kỳ)</option> : null}
            {state.terms.map((t) => (
              <option key={t.id} value={t.id}>
                {termName(t)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
