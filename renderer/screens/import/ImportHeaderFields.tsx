import { useState } from 'react';
import { bodyKinds, type BodyKind } from '../../../electron/contract/model/parts.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { bodyKindLabels } from '../../app/labels.ts';
import { TextArea } from '../../app/TextArea.tsx';
import { TextField } from '../../app/TextField.tsx';
import { DateField } from '../../app/DateField.tsx';
import { isDoubtful } from './importDraft.ts';
import { KindSelect } from './KindSelect.tsx';
import { ReviewField } from './ReviewField.tsx';
import { plainNumbering } from '../../../electron/format/docNumber.ts';
import { padBelow } from '../../../electron/format/numbers.ts';

type Props = { model: Resolution; confidence: Record<string, number>; onChange: (model: Resolution) => void };

/** The header and title as read: cơ quan, số và ký hiệu, địa danh, ngày, năm của nghị quyết, tên loại, trích yếu. */
export function ImportHeaderFields({ model, confidence, onChange }: Props) {
  const h = model.header;
  const doubt = (path: string): boolean => isDoubtful(confidence, path);
  const header = (patch: Partial<Resolution['header']>): void => onChange({ ...model, header: { ...h, ...patch } });
  const number = (patch: Partial<Resolution['header']['number']>): void => header({ number: { ...h.number, ...patch } });
  return (
    <fieldset className="check-group import-section" data-testid="import-header">
      <legend>Phần đầu và tên văn bản</legend>
      <div className="row">
        <ReviewField label="Cơ quan cấp trên" doubtful={doubt('header.superiorBody')} grow>
          <TextField
            className="input"
            data-testid="import-superior-body"
            value={h.superiorBody ?? ''}
            onCommit={(v) => header({ superiorBody: v.trim() === '' ? undefined : v })}
          />
        </ReviewField>
        <ReviewField label="Cơ quan ban hành" doubtful={doubt('header.issuingBody')} grow>
          <TextField
            className="input"
            data-testid="import-issuing-body"
            value={h.issuingBody}
            onCommit={(issuingBody) => header({ issuingBody })}
          />
        </ReviewField>
        <ReviewField label="Loại cơ quan" doubtful={doubt('header.bodyKind')}>
          <select
            className="input"
            data-testid="import-body-kind"
            value={h.bodyKind}
            onChange={(e) => header({ bodyKind: bodyKinds.find((k) => k === e.target.value) ?? h.bodyKind })}
          >
            {bodyKinds.map((k: BodyKind) => (
              <option key={k} value={k}>
                {bodyKindLabels[k]}
              </option>
            ))}
          </select>
        </ReviewField>
      </div>
      <div className="row">
        <ReviewField label="Số và ký hiệu" doubtful={doubt('header.number')}>
          <span className="number-inputs">
            <input
              className="input input-seq"
              data-testid="import-number-seq"
              aria-label="Số"
              inputMode="numeric"
              value={h.number.seq === null ? '' : padBelow(h.number.seq, plainNumbering.leadingZeroBelow)}
              placeholder="số"
              onChange={(e) => {
                const digits = e.target.value.replace(/\D/g, '').slice(0, 5);
                number({ seq: digits === '' || Number(digits) === 0 ? null : Number(digits) });
              }}
            />
            -
            <TextField
              className="input input-code"
              data-testid="import-number-type"
              aria-label="Ký hiệu tên loại"
              value={h.number.typeCode}
              onCommit={(typeCode) => number({ typeCode })}
            />
            /
            <TextField
              className="input input-code"
              data-testid="import-number-issuer"
              aria-label="Ký hiệu cơ quan"
              value={h.number.issuerCode}
              onCommit={(issuerCode) => number({ issuerCode })}
            />
          </span>
        </ReviewField>
        <ReviewField label="Địa danh" doubtful={doubt('header.place')} grow>
          <TextField className="input" data-testid="import-place" value={h.place} onCommit={(place) => header({ place })} />
        </ReviewField>
        <ReviewField label="Ngày ban hành" doubtful={doubt('header.date')}>
          <DateField data-testid="import-date" value={h.date} onCommit={(date) => header({ date })} />
        </ReviewField>
        <ReviewField label="Năm kế hoạch" doubtful={doubt('planYear')}>
          <YearInput value={model.planYear} onCommit={(planYear) => onChange({ ...model, planYear })} />
        </ReviewField>
      </div>
      <div className="row">
        <KindSelect model={model} doubtful={doubt('kind')} onChange={onChange} />
        <ReviewField label="Tên loại" doubtful={doubt('title.documentType')}>
          <TextField
            className="input"
            data-testid="import-document-type"
            value={model.title.documentType}
            onCommit={(documentType) => onChange({ ...model, title: { ...model.title, documentType } })}
          />
        </ReviewField>
        <ReviewField label="Trích yếu" doubtful={doubt('title.summary')} grow>
          <TextArea
            className="input"
            rows={2}
            data-testid="import-summary"
            value={model.title.summary}
            onCommit={(summary) => onChange({ ...model, title: { ...model.title, summary } })}
          />
        </ReviewField>
      </div>
    </fieldset>
  );
}

/** Four digits; the year changes once all four are typed. */
function YearInput({ value, onCommit }: { value: number; onCommit: (year: number) => void }) {
  const [text, setText] = useState(String(value));
  return (
    <input
      className="input input-year"
      data-testid="import-plan-year"
      inputMode="numeric"
      value={text}
      onChange={(e) => {
        const digits = e.target.value.replace(/\D/g, '').slice(0, 4);
        setText(digits);
        if (digits.length === 4 && Number(digits) >= 1930) onCommit(Number(digits));
      }}
    />
  );
}
