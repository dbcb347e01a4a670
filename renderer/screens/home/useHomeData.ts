import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary, Organization } from '../../../electron/contract/model/office.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';

export type HomeData = {
  organizations: Organization[];
  documents: DocumentSummary[];
  loading: boolean;
  error: string | null;
  reload: () => Promise<void>;
  /** Hides a document at once (it was deleted) before the list comes back. */
  hide: (id: number) => void;
};

/** The bodies and every document, loaded together; reloads on demand. */
export function useHomeData(): HomeData {
  const api = useApi();
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const [orgs, docs] = await Promise.all([call(() => api.listOrganizations({})), call(() => api.listDocuments({}))]);
    if (orgs.ok) setOrganizations(orgs.value);
    if (docs.ok) setDocuments(docs.value);
    const failed = !orgs.ok ? orgs.error : !docs.ok ? docs.error : null;
    setError(failed ? errorText(failed) : null);
    setLoading(false);
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const hide = useCallback((id: number) => setDocuments((docs) => docs.filter((d) => d.id !== id)), []);
  return { organizations, documents, loading, error, reload, hide };
}
