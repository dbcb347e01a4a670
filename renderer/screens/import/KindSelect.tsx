import { documentKinds } from '../../../electron/contract/model/documentKind.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { documentKindForm } from '../../../electron/format/documentKinds.ts';
import { ReviewField } from './ReviewField.tsx';

type Props = { model: Resolution; doubtful: boolean; onChange: (model: Resolution) => void };

/** "Nghị quyết", "Kết luận" …: the type line in sentence case; a công văn prints none. */
const label = (line: string | null): string => (line ? line.charAt(0) + line.slice(1).toLocaleLowerCase('vi') : 'Công văn');

/** The kind of document as read (thể loại); choosing another sets its type line and the type code of its number. */
export function KindSelect({ model, doubtful, onChange }: Props) {
  return (
    <ReviewField label="Thể loại" doubtful={doubtful}>
      <select
        className="input"
        data-testid="import-kind"
        value={model.kind}
        onChange={(e) => {
          const kind = documentKinds.find((k) => k === e.target.value) ?? model.kind;
          const form = documentKindForm(kind);
          onChange({
            ...model,
            kind,
            title: { ...model.title, documentType: form.typeLine ?? 'CÔNG VĂN' },
            header: { ...model.header, number: { ...model.header.number, typeCode: form.typeCode } },
          });
        }}
      >
        {documentKinds.map((k) => (
          <option key={k} value={k}>
            {label(documentKindForm(k).typeLine)}
          </option>
        ))}
      </select>
    </ReviewField>
  );
}
