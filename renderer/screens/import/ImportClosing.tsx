import { useEffect, useState } from 'react';
import type { Signer } from '../../../electron/contract/model/office.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { call, useApi } from '../../api/useApi.ts';
import { TextArea } from '../../app/TextArea.tsx';
import { recipientsToText, textToRecipients } from '../copies/recipientsText.ts';
import { SignerFields } from '../copies/SignerFields.tsx';
import { isDoubtful } from './importDraft.ts';
import { ReviewField } from './ReviewField.tsx';

type Props = { model: Resolution; orgId: string | null; confidence: Record<string, number>; onChange: (model: Resolution) => void };

/** "Nơi nhận" (one line each, as written) and the signature as read. */
export function ImportClosing({ model, orgId, confidence, onChange }: Props) {
  const api = useApi();
  const [signers, setSigners] = useState<Signer[]>([]);
  const [text, setText] = useState(() => recipientsToText(model.recipients.lines));
  useEffect(() => {
    if (orgId) void call(() => api.listSigners({ orgId })).then((r) => r.ok && setSigners(r.value.filter((s) => s.active)));
  }, [api, orgId]);
  return (
    <fieldset className="check-group import-section" data-testid="import-closing">
      <legend>Nơi nhận và người ký</legend>
      <ReviewField label="Nơi nhận (mỗi dòng một nơi, giữ như văn bản gốc)" doubtful={isDoubtful(confidence, 'recipients')}>
        <TextArea
          className="input"
          rows={Math.min(8, Math.max(3, model.recipients.lines.length))}
          data-testid="import-recipients"
          value={text}
          onCommit={(next) => {
            setText(next);
            const lines = textToRecipients(next, model.recipients.punctuation === 'as-written');
            if (lines.length > 0) onChange({ ...model, recipients: { ...model.recipients, lines } });
          }}
        />
      </ReviewField>
      <SignerFields
        legend="Người ký"
        testPrefix="import"
        signature={model.signature}
        signers={signers}
        doubtful={isDoubtful(confidence, 'signature')}
        onChange={(signature) => onChange({ ...model, signature })}
      />
    </fieldset>
  );
}
