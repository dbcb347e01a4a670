import { memo, useEffect, useState } from 'react';
import type { Finding, Signer } from '../../../electron/contract/model/office.ts';
import type { BodyKind, Signature } from '../../../electron/contract/model/parts.ts';
import { call, useApi } from '../../api/useApi.ts';
import { SignerSelect } from '../../app/SignerSelect.tsx';
import { TextField } from '../../app/TextField.tsx';
import { signatureWarnings } from './rules.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';

type Props = {
  signature: Signature;
  bodyKind: BodyKind;
  profile: FormatProfile;
  orgId: string;
  findings: Finding[];
  onChange: (signature: Signature) => void;
};

const authorities: { value: Signature['authority']; label: string }[] = [
  { value: 'T/M', label: 'T/M — thay mặt (tập thể cấp ủy)' },
  { value: 'K/T', label: 'K/T — ký thay (cấp phó ký thay người đứng đầu)' },
  { value: 'T/L', label: 'T/L — thừa lệnh' },
  { value: 'Q.', label: 'Q. — quyền (người đang quyền người đứng đầu)' },
  { value: 'none', label: 'Không ghi (người đứng đầu ký)' },
];

/** The signature block: authority (T/M, K/T, T/L or none), for whom, title and name — with a warning when it does not fit the body. */
export const SignaturePanel = memo(function SignaturePanel({ signature, bodyKind, profile, orgId, findings, onChange }: Props) {
  const api = useApi();
  const [signers, setSigners] = useState<Signer[]>([]);
  useEffect(() => {
    void call(() => api.listSigners({ orgId })).then((r) => r.ok && setSigners(r.value.filter((s) => s.active)));
  }, [api, orgId]);
  const warnings = signatureWarnings(signature, bodyKind, profile);
  const extra = findings.filter(
    (f) => f.path.startsWith('signature') && f.code !== 'signature.authority' && f.code !== 'signature.authority-of',
  );
  return (
    <section className="panel-section" aria-labelledby="signature-title" data-testid="signature-panel">
      <h3 id="signature-title">Người ký</h3>
      <label className="field">
        <span>Chọn người ký</span>
        <SignerSelect signers={signers} onPick={onChange} testId="signer-select" placeholder="— Chọn từ danh sách người ký —" />
      </label>
      <div className="row">
        <label className="field">
          <span>Quyền hạn</span>
          <select
            className="input"
            data-testid="signature-authority"
            value={signature.authority}
            onChange={(e) => onChange({ ...signature, authority: e.target.value as Signature['authority'] })}
          >
            {authorities
              .filter((a) => profile.rules.authorities.includes(a.value) || a.value === signature.authority)
              .map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
          </select>
        </label>
        <label className="field grow">
          <span>Thay mặt / ký thay cho</span>
          <TextField
            className="input caps"
            data-testid="signature-authority-of"
            placeholder="BAN THƯỜNG VỤ"
            disabled={signature.authority === 'none'}
            value={signature.authorityOf}
            onCommit={(authorityOf) => onChange({ ...signature, authorityOf })}
          />
        </label>
      </div>
      {warnings.concat(extra.map((f) => `${f.message} ${f.fix}`)).map((w, i) => (
        <p key={i} className="warning" role="alert" data-testid="signature-warning">
          ⚠ {w}
        </p>
      ))}
      <label className="field">
        <span>Chức vụ</span>
        <TextField
          className="input caps"
          data-testid="signature-title"
          placeholder="BÍ THƯ"
          value={signature.title}
          onCommit={(title) => onChange({ ...signature, title })}
        />
      </label>
      <label className="field">
        <span>Họ và tên</span>
        <TextField
          className="input"
          data-testid="signature-name"
          list="signer-names"
          value={signature.name}
          onCommit={(name) => onChange({ ...signature, name })}
        />
        <datalist id="signer-names">
          {signers.map((s) => (
            <option key={s.id} value={s.name} />
          ))}
        </datalist>
      </label>
    </section>
  );
});
