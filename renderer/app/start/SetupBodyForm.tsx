import { useMemo, useState } from 'react';
import { organizationSchema, type Organization, type OrganizationInput } from '../../../electron/contract/model/office.ts';
import { bodyKinds, type BodyKind } from '../../../electron/contract/model/parts.ts';
import { issuerCodeFor, officeCodeFor } from '../../../electron/format/bodyKinds.ts';
import { errorText, useApi } from '../../api/useApi.ts';
import { bodyKindLabels } from '../labels.ts';
import { TextField } from '../TextField.tsx';
import { HeaderPreview } from './HeaderPreview.tsx';
import { FormError } from '../FormError.tsx';

type Props = { initial?: Organization; onSaved: (org: Organization) => void; onCancel?: () => void };

type Draft = Omit<OrganizationInput, 'bodyKind'> & { bodyKind: BodyKind };

const blank: Draft = {
  id: '',
  bodyKind: 'dang-uy-xa',
  name: '',
  superiorBody: null,
  issuerCode: 'ĐU',
  place: '',
  officeName: 'VĂN PHÒNG',
  officeCode: officeCodeFor('dang-uy-xa'),
};

const fields: { key: keyof Draft; label: string; hint?: string; placeholder?: string }[] = [
  {
    key: 'superiorBody',
    label: 'Cơ quan cấp trên (dòng trên tên cơ quan)',
    placeholder: 'ĐẢNG BỘ TỈNH KHÁNH HOÀ',
    hint: 'Để trống nếu không có (ví dụ Tỉnh ủy).',
  },
  { key: 'name', label: 'Tên cơ quan như in trên văn bản', placeholder: 'ĐẢNG UỶ XÃ CÔNG HẢI' },
  { key: 'id', label: 'Mã cơ quan (dùng trong ứng dụng)', placeholder: 'DU-CONG-HAI', hint: 'Chữ in hoa không dấu, chữ số và "-".' },
  { key: 'issuerCode', label: 'Ký hiệu cơ quan trong số văn bản', hint: 'Gợi ý theo loại cơ quan; sửa được.' },
  {
    key: 'place',
    label: 'Địa danh ở dòng ngày tháng',
    placeholder: 'Công Hải',
    hint: 'Theo 05-HD: địa danh một âm tiết, trùng tên người hoặc trùng tên tỉnh thì ghi kèm loại đơn vị (ví dụ "Xã Ea", "Phường Phú Thọ").',
  },
  { key: 'officeName', label: 'Cơ quan sao văn bản', placeholder: 'VĂN PHÒNG' },
  { key: 'officeCode', label: 'Ký hiệu của cơ quan sao', placeholder: 'VPĐU' },
];

/**
 * The body with another kind: the codes the kind suggests (issuer "TU", copying office "VPTU")
 * replace those the old kind suggested, or left empty; codes the office typed itself stay.
 */
export function withKind(org: Draft, kind: BodyKind): Draft {
  const suggested = (code: string, before: string, after: string): string => (code.trim() === '' || code === before ? after : code);
  return {
    ...org,
    bodyKind: kind,
    issuerCode: suggested(org.issuerCode, issuerCodeFor(org.bodyKind), issuerCodeFor(kind)),
    officeCode: suggested(org.officeCode, officeCodeFor(org.bodyKind), officeCodeFor(kind)),
  };
}

/** Set-up of a body: kind, names, codes, place and copying office, with the printed header previewed live. */
export function SetupBodyForm({ initial, onSaved, onCancel }: Props) {
  const api = useApi();
  const [org, setOrg] = useState<Draft>(initial ?? blank);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problems = useMemo(() => {
    const parsed = organizationSchema.safeParse(org);
    const out: Partial<Record<string, string>> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) out[String(issue.path[0])] ??= issue.message;
    return out;
  }, [org]);
  const set = (key: keyof Draft, value: string) =>
    setOrg((o) => ({ ...o, [key]: key === 'superiorBody' ? (value.trim() === '' ? null : value) : value }));

  const save = async () => {
    setTouched(true);
    if (Object.keys(problems).length > 0) return;
    const saved = await api.saveOrganization({ organization: org, mode: initial ? 'edit' : 'add' });
    if (saved.ok) onSaved(saved.value);
    else setError(errorText(saved.error));
  };

  return (
    <form className="setup-form" data-testid="setup-body" onSubmit={(e) => (e.preventDefault(), void save())}>
      <label className="field">
        <span>Loại cơ quan</span>
        <select
          className="input"
          data-testid="setup-kind"
          value={org.bodyKind}
          onChange={(e) => {
            const kind = bodyKinds.find((k) => k === e.target.value) ?? org.bodyKind;
            setOrg((o) => withKind(o, kind));
          }}
        >
          {bodyKinds.map((k) => (
            <option key={k} value={k}>
              {bodyKindLabels[k]}
            </option>
          ))}
        </select>
      </label>
      {fields.map((f) => (
        <label className="field" key={f.key}>
          <span>{f.label}</span>
          <TextField
            className={touched && problems[f.key] ? 'input input-warning' : 'input'}
            data-testid={`setup-${f.key}`}
            value={String(org[f.key] ?? '')}
            placeholder={f.placeholder}
            disabled={f.key === 'id' && initial !== undefined}
            onCommit={(v) => set(f.key, v)}
          />
          {touched && problems[f.key] ? (
            <span className="form-error">{problems[f.key]}</span>
          ) : f.hint ? (
            <span className="hint">{f.hint}</span>
          ) : null}
        </label>
      ))}
      <HeaderPreview org={org} />
      <FormError message={error} />
      <div className="dialog-actions">
        {onCancel ? (
          <button type="button" className="btn" onClick={onCancel}>
            Hủy
          </button>
        ) : null}
        <button type="submit" className="btn btn-primary" data-testid="setup-save">
          Lưu cơ quan
        </button>
      </div>
    </form>
  );
}
