import { useState } from 'react';
import type { Organization, Signer } from '../../../electron/contract/model/office.ts';
import { authoritySuggestions } from '../../../electron/format/bodyKinds.ts';
import { errorText, useApi, useReloadable } from '../../api/useApi.ts';
import { moved } from '../../app/objects.ts';
import { SignerForm, printedBlock, type SignerDraft } from './SignerForm.tsx';

/**
 * The body's signers in picker order (the first is the default signer of a new draft): adding,
 * editing, deactivating and reordering them, with the authorities that fit the body's kind
 * offered first. Every change is one audited saveSigner.
 */
export function SignersSection({ org }: { org: Organization }) {
  const api = useApi();
  const suggestions = authoritySuggestions(org.bodyKind, org.name);
  const blank: SignerDraft = { ...(suggestions[0] ?? { authority: 'none', authorityOf: '', title: '' }), name: '' };
  const [editing, setEditing] = useState<Signer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signers, load] = useReloadable(() => api.listSigners({ orgId: org.id, includeInactive: true }), [api, org.id], [], setError);

  const save = async (draft: SignerDraft, id?: number): Promise<boolean> => {
    const r = await api.saveSigner({ orgId: org.id, ...draft, ...(id === undefined ? {} : { id }) });
    if (!r.ok) {
      setError(errorText(r.error));
      return false;
    }
    setError(null);
    setEditing(null);
    await load();
    return true;
  };
  const setActive = async (s: Signer, active: boolean) => {
    const r = await api.saveSigner({ ...s, active });
    if (!r.ok) setError(errorText(r.error));
    await load();
  };
  /** Moves a signer up or down; every signer whose place changes is saved with its new position. */
  const move = async (index: number, by: -1 | 1) => {
    const order = moved(signers, index, by);
    for (const [position, s] of order.entries()) {
      if (s.position === position) continue;
      const r = await api.saveSigner({ ...s, position });
      if (!r.ok) {
        setError(errorText(r.error));
        break;
      }
    }
    await load();
  };

  return (
    <section className="office-section" data-testid="office-signers">
      <h2>Người ký</h2>
      <p className="hint">Người ký đầu danh sách (đang dùng) được điền sẵn vào dự thảo mới.</p>
      <ol className="office-list">
        {signers.map((s, i) => (
          <li key={s.id} data-testid="signer-row" className={s.active ? undefined : 'inactive'}>
            <span className="office-list-text">
              {printedBlock(s)} / <strong>{s.name}</strong>
              {s.active ? '' : ' (thôi ký)'}
            </span>
            <span className="office-list-tools">
              <button
                type="button"
                className="btn btn-small"
                title="Lên trên"
                aria-label={`Đưa ${s.name} lên trên`}
                disabled={i === 0}
                onClick={() => void move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn btn-small"
                title="Xuống dưới"
                aria-label={`Đưa ${s.name} xuống dưới`}
                disabled={i === signers.length - 1}
                onClick={() => void move(i, 1)}
              >
                ↓
              </button>
              <button type="button" className="btn btn-small" data-testid="signer-edit" onClick={() => setEditing(s)}>
                Sửa
              </button>
              <button type="button" className="btn btn-small" data-testid="signer-toggle" onClick={() => void setActive(s, !s.active)}>
                {s.active ? 'Thôi ký' : 'Dùng lại'}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {editing ? (
        <SignerForm
          key={`edit-${editing.id}`}
          heading={`Sửa người ký ${editing.name}`}
          initial={editing}
          suggestions={suggestions}
          saveLabel="Lưu người ký"
          onSave={(d) => save(d, editing.id)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <SignerForm
          key="add"
          heading="Thêm người ký"
          initial={blank}
          suggestions={suggestions}
          saveLabel="Thêm người ký"
          onSave={(d) => save(d)}
        />
      )}
      {error ? <p className="form-error">{error}</p> : null}
    </section>
  );
}
