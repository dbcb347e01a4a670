import { memo } from 'react';
import type { Marks, Recipients, Signature } from '../../../electron/contract/model/parts.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { authorityText, printedRecipients } from '../../../electron/format/printed.ts';

type Props = {
  recipients: Recipients;
  signature: Signature;
  productionNote: Marks['productionNote'];
  profile: FormatProfile;
  onEditRecipients: () => void;
  onEditSignature: () => void;
};

/** The closing block as printed: "Nơi nhận:" on the left, the signature on the right. Click to edit either. */
export const ClosingPreview = memo(function ClosingPreview({
  recipients,
  signature,
  productionNote,
  profile,
  onEditRecipients,
  onEditSignature,
}: Props) {
  const authority = authorityText(signature);
  return (
    <div className="pf-closing" data-testid="page-closing">
      <button type="button" className="pf-recipients" data-testid="closing-recipients" onClick={onEditRecipients} title="Sửa nơi nhận">
        <span className="pf-rec-label">{profile.recipients.label.text}</span>
        {printedRecipients(recipients, profile).map((line, i) => (
          <span key={i} className="pf-rec-line">
            {line.text}
            {line.note ? <em> {line.note}</em> : null}
            {line.end}
          </span>
        ))}
        {productionNote ? <span className="pf-production">{productionNote}</span> : null}
      </button>
      <button type="button" className="pf-signature" data-testid="closing-signature" onClick={onEditSignature} title="Sửa người ký">
        {authority ? <span className="pf-sig-authority">{authority}</span> : null}
        <span className="pf-sig-title">{signature.title}</span>
        <span className="pf-sig-space" style={{ height: `${profile.signature.blankLines * 1.15}em` }} />
        <span className="pf-sig-name" data-testid="closing-signer-name">
          {signature.name}
        </span>
      </button>
    </div>
  );
});
