import { useEffect, useState } from 'react';
import type { Organization, Term } from '../../../electron/contract/model/office.ts';
import { sortVi } from '../../../electron/format/collation.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';

export type OrgTerms = {
  organizations: Organization[];
  orgId: string;
  setOrgId: (id: string) => void;
  terms: Term[];
  /** null until the body's terms are known. */
  termId: number | null;
  setTermId: (id: number) => void;
  error: string | null;
};

/** The term a register opens on: the one running (no end date), else the latest. */
export function runningTerm(terms: readonly Term[]): Term | null {
  return terms.find((t) => t.endDate === null) ?? terms[terms.length - 1] ?? null;
}

/** "Nhiệm kỳ XIII (2020–2025)". */
export function termName(t: Pick<Term, 'ordinal' | 'startYear' | 'endYear' | 'endDate'>): string {
  return `Khóa ${t.ordinal} (${t.startYear}–${t.endYear})${t.endDate === null ? ' — đang chạy' : ''}`;
}

/** A register screen's choice of body and term: the bodies (Vietnamese order), then the chosen body's terms. */
export function useOrgTerms(initialOrg?: string): OrgTerms {
  const api = useApi();
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [orgId, setOrgId] = useState(initialOrg ?? '');
  const [terms, setTerms] = useState<Term[]>([]);
  const [termId, setTermId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void call(() => api.listOrganizations({})).then((r) => {
      if (!r.ok) return setError(errorText(r.error));
      const sorted = sortVi(r.value, (o) => o.name);
      setOrganizations(sorted);
      setOrgId((id) => (id !== '' && sorted.some((o) => o.id === id) ? id : (sorted[0]?.id ?? '')));
    });
  }, [api]);

  useEffect(() => {
    if (orgId === '') return;
    let live = true;
    setTermId(null);
    void call(() => api.listTerms({ orgId })).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(errorText(r.error));
      setError(null);
      setTerms(r.value);
      setTermId(runningTerm(r.value)?.id ?? null);
    });
    return () => {
      live = false;
    };
  }, [api, orgId]);

  return { organizations, orgId, setOrgId, terms, termId, setTermId, error };
}
