import { useMemo, useState } from 'react';
import type { DocumentSummary, Organization } from '../../../electron/contract/model/office.ts';
import { sortVi } from '../../../electron/format/collation.ts';
import { useApi, useLoadEffect, useSubmit } from '../../api/useApi.ts';
import { FormDialog } from '../../app/FormDialog.tsx';
import { proposedYear } from './grouping.ts';

type Props = {
  organizations: Organization[];
  documents: DocumentSummary[];
  onClose: () => void;
  onCreated: (id: number) => void;
};

/** "Tạo nghị quyết năm mới": next year's draft of a body, from last year's resolution and results. */
export function NewYearDialog({ organizations, documents, onClose, onCreated }: Props) {
  const api = useApi();
  const sorted = useMemo(() => sortVi(organizations, (o) => o.name), [organizations]);
  const [orgId, setOrgId] = useState(sorted[0]?.id ?? '');
  const [year, setYear] = useState(() => String(proposedYear(documents, sorted[0]?.id ?? '')));
  const [carryValues, setCarryValues] = useState(false);
  const { busy, error, setError, run } = useSubmit();
  // Last year's targets with their results: none entered yet is said before the draft is made without them.
  const last = Number(year) - 1;
  const lastYear = useLoadEffect(() => api.assessTargets({ orgId, year: last }), [api, orgId, last]);
  const noResults =
    lastYear.kind === 'done' && lastYear.value.targets.some((t) => t.target !== '') && lastYear.value.targets.every((t) => t.result === '');

  const create = async (): Promise<void> => {
    const y = Number(year);
    if (!Number.isInteger(y) || y < 1930 || y > 2200) {
      setError('Năm phải là số có bốn chữ số, ví dụ 2023.');
      return;
    }
    const result = await run(() => api.createNextYear({ orgId, year: y, carryValues }));
    if (result.ok) onCreated(result.value.id);
  };

  return (
    <FormDialog
      title="Tạo nghị quyết năm mới"
      onClose={onClose}
      testId="new-year-dialog"
      onSubmit={create}
      error={error}
      errorTestId="new-year-error"
      submitLabel="Tạo dự thảo"
      busyLabel="Đang tạo…"
      busy={busy}
      disabled={orgId === ''}
      submitTestId="new-year-create"
    >
      <label className="field">
        <span>Cơ quan ban hành</span>
        <select
          className="input"
          data-testid="new-year-org"
          value={orgId}
          onChange={(e) => {
            setOrgId(e.target.value);
            setYear(String(proposedYear(documents, e.target.value)));
          }}
        >
          {sorted.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Năm của nghị quyết</span>
        <input
          className="input input-year"
          data-testid="new-year-year"
          inputMode="numeric"
          value={year}
          onChange={(e) =>
            setYear((e.nativeEvent as InputEvent).isComposing ? e.target.value : e.target.value.replace(/\D/g, '').slice(0, 4))
          }
        />
      </label>
      <label className="check">
        <input type="checkbox" data-testid="new-year-carry" checked={carryValues} onChange={(e) => setCarryValues(e.target.checked)} />
        <span>Lấy giá trị chỉ tiêu năm trước làm giá trị năm nay</span>
      </label>
      <p className="hint">
        Văn bản mới lấy phần mở đầu, chỉ tiêu, nơi nhận và người ký của nghị quyết năm {Number(year) - 1 || '…'}, đặt chỉ tiêu và kết quả
        năm trước bên cạnh để so sánh.
      </p>
      {noResults ? (
        <p className="warning" data-testid="new-year-no-results">
          Chưa nhập kết quả thực hiện năm {last}: dự thảo sẽ để trống kết quả và đánh giá năm {last}. Nhập trước ở Trang chủ › nghị quyết
          năm {last} › “Kết quả thực hiện”.
        </p>
      ) : null}
    </FormDialog>
  );
}
