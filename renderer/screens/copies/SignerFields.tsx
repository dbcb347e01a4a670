import type { Signer } from '../../../electron/contract/model/office.ts';
import { documentAuthorityKinds as authorityKinds, type Signature } from '../../../electron/contract/model/parts.ts';
import { SignerSelect } from '../../app/SignerSelect.tsx';
import { TextField } from '../../app/TextField.tsx';

type Props = {
  signature: Signature;
  signers: Signer[];
  onChange: (signature: Signature) => void;
  legend: string;
  /** `<prefix>-signer-select`, `-authority`, `-authority-of`, `-title`, `-name`. */ testPrefix: string;
  doubtful?: boolean;
};

const authorityNames: Record<Signature['authority'], string> = {
  'T/M': 'T/M',
  'K/T': 'K/T',
  'T/L': 'T/L',
  'Q.': 'Q.',
  none: '(không ghi)',
};

/** Who signs: one of the body's signers, then each line as it will print. */
export function SignerFields({ signature, signers, onChange, legend, testPrefix, doubtful = false }: Props) {
  return (
    <fieldset className={doubtful ? 'check-group signer-fields doubtful' : 'check-group signer-fields'} data-doubtful={doubtful}>
      <legend>
        {legend}
        {doubtful ? <span className="doubt-mark"> ⚠ cần xem lại</span> : null}
      </legend>
      {signers.length > 0 ? (
        <SignerSelect
          signers={signers}
          onPick={onChange}
          testId={`${testPrefix}-signer-select`}
          label="Chọn người ký"
          placeholder="Chọn người ký đã lưu…"
        />
      ) : null}
      <div className="row">
        <label className="field">
          <span>Thẩm quyền</span>
          <select
            className="input"
            data-testid={`${testPrefix}-signer-authority`}
            value={signature.authority}
            onChange={(e) => onChange({ ...signature, authority: authorityKinds.find((k) => k === e.target.value) ?? 'none' })}
          >
            {authorityKinds.map((k) => (
              <option key={k} value={k}>
                {authorityNames[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>Thay mặt / ký thay cho</span>
          <TextField
            className="input caps"
            data-testid={`${testPrefix}-signer-authority-of`}
            value={signature.authorityOf}
            disabled={signature.authority === 'none'}
            onCommit={(authorityOf) => onChange({ ...signature, authorityOf })}
          />
        </label>
      </div>
      <div className="row">
        <label className="field grow">
          <span>Chức vụ</span>
          <TextField
            className="input caps"
            data-testid={`${testPrefix}-signer-title`}
            value={signature.title}
            onCommit={(title) => onChange({ ...signature, title })}
          />
        </label>
        <label className="field grow">
          <span>Họ và tên</span>
          <TextField
            className="input"
            data-testid={`${testPrefix}-signer-name`}
            value={signature.name}
            onCommit={(name) => onChange({ ...signature, name })}
          />
        </label>
      </div>
    </fieldset>
  );
}
