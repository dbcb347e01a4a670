import { useCallback, useEffect, useState } from 'react';
import type { Organization, Signer } from '../../../electron/contract/model/office.ts';
import { authorityKinds, type Signature } from '../../../electron/contract/model/parts.ts';
import { authoritySuggestions } from '../../../electron/format/bodyKinds.ts';
import { errorText, useApi } from '../../app/api.ts';
import { TextField } from '../../app/TextField.tsx';

type Block = Pick<Signature, 'authority' | 'authorityOf' | 'title'>;

const printed = (b: Block) => [b.authority === 'none' ? '' : `${b.authority} ${b.authorityOf}`.trim(), b.title].filter(Boolean).join(' / ');

/** The body's signers in picker order, and adding one, with the authorities that fit the body's kind offered first. */
export function SignersSection({ org }: { org: Organization }) {
  const api = useApi();
  const suggestions = authoritySuggestions(org.bodyKind, org.name);
  const [signers, setSigners] = useState<Signer[]>([]);
  const [block, setBlock] = useState<Block>(suggestions[0] ?? { authority: 'none', authorityOf: '', title: '' });
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await api.listSigners({ orgId: org.id });
    if (r.ok) setSigners(r.value);
    else setError(errorText(r.error));
  }, [api, org.id]);
  useEffect(() => void load(), [load]);
  const add = async () => {
    const r = await api.saveSigner({ orgId: org.id, ...block, name });
    if (!r.ok) return setError(errorText(r.error));
    setError(null);
    setName('');
    await load();
  };
  return (
    <section className="office-section" data-testid="office-signers">
      <h2>Người ký</h2>
      <ol>
        {signers.map((s) => (
          <li key={s.id}>
            {printed(s)} / {s.name}
          </li>
        ))}
      </ol>
      <p className="hint">
        Gợi ý theo loại cơ quan:{' '}
        {suggestions.map((s) => (
          <button key={printed(s)} type="button" className="btn btn-small" onClick={() => setBlock(s)}>
            {printed(s)}
          </button>
        ))}
      </p>
      <div className="row">
        <select
          className="input"
          aria-label="Thẩm quyền ký"
          value={block.authority}
          onChange={(e) => setBlock({ ...block, authority: authorityKinds.find((k) => k === e.target.value) ?? block.authority })}
        >
          {authorityKinds.map((k) => (
            <option key={k} value={k}>
              {k === 'none' ? '(không ghi)' : k}
            </option>
          ))}
        </select>
        <TextField
          className="input"
          aria-label="Thay mặt / ký thay cho"
          value={block.authorityOf}
          onCommit={(v) => setBlock({ ...block, authorityOf: v })}
        />
        <TextField className="input" aria-label="Chức vụ" value={block.title} onCommit={(v) => setBlock({ ...block, title: v })} />
        <TextField
          className="input"
          aria-label="Họ tên người ký"
          placeholder="Họ tên"
          data-testid="signer-name"
          value={name}
          onCommit={setName}
        />
        <button
          type="button"
          className="btn"
          data-testid="signer-add"
          disabled={name.trim() === '' || block.title.trim() === ''}
          onClick={() => void add()}
        >
          Thêm người ký
        </button>
      </div>
      {error ? <p className="form-error">{error}</p> : null}
    </section>
  );
}
