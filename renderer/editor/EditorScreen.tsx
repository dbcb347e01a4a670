import { useCallback, useEffect, useState } from 'react';
import type { Organization, StoredDocument } from '../../electron/contract/model/office.ts';
import { call, errorText, useApi } from '../api/useApi.ts';
import { DocumentEditor } from './DocumentEditor.tsx';

type Props = { id: number; onClose: () => void };

type Loaded =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; stored: StoredDocument; organizations: Organization[]; at: number };

/** Opens one document: loads it (and the bodies it may be issued by), then hands it to the editor. */
export function EditorScreen({ id, onClose }: Props) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  const load = useCallback(async () => {
    const [doc, orgs] = await Promise.all([call(() => api.getDocument({ id })), call(() => api.listOrganizations({}))]);
    if (!doc.ok) return setLoaded({ kind: 'error', message: errorText(doc.error) });
    setLoaded({ kind: 'ready', stored: doc.value, organizations: orgs.ok ? orgs.value : [], at: Date.now() });
  }, [api, id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (loaded.kind === 'loading') return <p className="empty screen-message">Đang mở văn bản…</p>;
  if (loaded.kind === 'error') {
    return (
      <div className="screen-message" role="alert">
        <p className="form-error">Không mở được văn bản: {loaded.message}</p>
        <button type="button" className="btn" onClick={onClose}>
          Về trang chủ
        </button>
      </div>
    );
  }
  return (
    <DocumentEditor
      key={`${loaded.stored.id}-${loaded.at}`}
      stored={loaded.stored}
      organizations={loaded.organizations}
      onClose={onClose}
      onReload={() => void load()}
    />
  );
}
