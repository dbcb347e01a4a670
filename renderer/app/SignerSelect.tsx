import { signatureOf, type Signer } from '../../electron/contract/model/office.ts';
import type { Signature } from '../../electron/contract/model/parts.ts';

type Props = {
  /** The body's saved signers, in picker order. */
  signers: readonly Signer[];
  /** Called with the chosen signer's signature block (authority, for whom, title, name). */
  onPick: (signature: Signature) => void;
  testId: string;
  /** The first line, which picks nothing. */
  placeholder: string;
  /** For screen readers, when no label stands beside it. */
  label?: string;
};

/** "Chọn người ký": one of the body's saved signers ("name — title"), which fills in the signature block. */
export function SignerSelect({ signers, onPick, testId, placeholder, label }: Props) {
  return (
    <select
      className="input"
      data-testid={testId}
      aria-label={label}
      value=""
      onChange={(e) => {
        const signer = signers.find((s) => String(s.id) === e.target.value);
        if (signer) onPick(signatureOf(signer));
      }}
    >
      <option value="">{placeholder}</option>
      {signers.map((s) => (
        <option key={s.id} value={String(s.id)}>
          {s.name} — {s.title}
        </option>
      ))}
    </select>
  );
}
