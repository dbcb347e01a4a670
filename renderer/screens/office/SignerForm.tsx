import { useState } from 'react';
import { authorityKinds, type Signature } from '../../../electron/contract/model/parts.ts';
import { TextField } from '../../app/TextField.tsx';

type Block = Pick<Signature, 'authority' | 'authorityOf' | 'title'>;
export type SignerDraft = Block & { name: string };

/** "T/M ĐẢNG UỶ / BÍ THƯ": the lines above the name as they print. */
export const printedBlock = (b: Block) =>
  [b.authority === 'none' ? '' : `${b.authority} ${b.authorityOf}`.trim(), b.title].filter(Boolean).join(' / ');

type Props = {
  heading: string;
  initial: SignerDraft;
  /** The authorities that fit the body's kind, offered as one-click choices. */
  suggestions: Block[];
  saveLabel: string;
  onSave: (draft: SignerDraft) => Promise<boolean>;
  onCancel?: () => void;
};

/** One signer's fields: authority, for whom, title, name; the suggestions fill the first three. */
export function SignerForm({ heading, initial, suggestions, saveLabel, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<SignerDraft>(initial);
  const set = (patch: Partial<SignerDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <div className="signer-form" data-testid="signer-form">
      <h3>{heading}</h3>
      <p className="hint">
        Gợi ý theo loại cơ quan:{' '}
        {suggestions.map((s) => (
          <button key={printedBlock(s)} type="button" className="btn btn-small" data-testid="signer-suggestion" onClick={() => set(s)}>
            {printedBlock(s)}
          </button>
        ))}
      </p>
      <div className="row">
        <select
          className="input"
          aria-label="Thẩm quyền ký"
          data-testid="signer-authority"
          value={draft.authority}
          onChange={(e) => set({ authority: authorityKinds.find((k) => k === e.target.value) ?? draft.authority })}
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
          placeholder="ĐẢNG UỶ"
          data-testid="signer-of"
          value={draft.authorityOf}
          onCommit={(v) => set({ authorityOf: v })}
        />
        <TextField
          className="input"
          aria-label="Chức vụ"
          placeholder="BÍ THƯ"
          data-testid="signer-title"
          value={draft.title}
          onCommit={(v) => set({ title: v })}
        />
        <TextField
          className="input"
          aria-label="Họ tên người ký"
          placeholder="Họ tên"
          data-testid="signer-name"
          value={draft.name}
          onCommit={(v) => set({ name: v })}
        />
        <button
          type="button"
          className="btn"
          data-testid="signer-save"
          disabled={draft.name.trim() === '' || draft.title.trim() === ''}
          onClick={() => void onSave(draft).then((ok) => (ok && !onCancel ? setDraft(initial) : undefined))}
        >
          {saveLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn" onClick={onCancel}>
            Thôi
          </button>
        ) : null}
      </div>
    </div>
  );
}
