import { useState } from 'react';
import type { AssessedRow } from '../../../electron/contract/verbs/results.ts';
import { useApi, useReloadable, useSubmit } from '../../api/useApi.ts';
import { FormDialog } from '../../app/FormDialog.tsx';
import { TextArea } from '../../app/TextArea.tsx';
import { TextField } from '../../app/TextField.tsx';
import { showToast } from '../../app/toast/toastStore.ts';
import { AssessmentChip } from '../../panels/targets/AssessmentChip.tsx';
import type { PartsMet } from '../../../electron/contract/model/targets.ts';

/** A group some of whose parts were met: its count ("Đạt 2/3") is shown, with no result of its own. */
const partlyMet = (parts: PartsMet | null | undefined): boolean => (parts?.met ?? 0) > 0;

type Props = { orgId: string; orgName: string; year: number; onClose: () => void };

/**
 * "Kết quả thực hiện": a year's results beside its resolution's targets, typed one by one or pasted
 * from a spreadsheet (tab-separated: tên chỉ tiêu, kết quả), each judged (vượt / đạt / không đạt /
 * cần đánh giá) once saved. Next year's draft takes them (results and assessment beside each target).
 */
export function ResultsDialog({ orgId, orgName, year, onClose }: Props) {
  const api = useApi();
  const submit = useSubmit();
  const [rows, reload] = useReloadable<AssessedRow[] | null>(
    async () => {
      const r = await api.assessTargets({ orgId, year });
      return r.ok ? { ok: true, value: r.value.targets } : r;
    },
    [api, orgId, year],
    null,
    submit.setError,
  );
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [pasted, setPasted] = useState('');
  const changed = (rows ?? []).flatMap((r) => {
    const v = typed[r.key]?.trim();
    // A result emptied is taken back (typed by mistake); the verb removes it.
    return v !== undefined && v !== r.result ? [{ key: r.key, written: v }] : [];
  });
  const save = async (): Promise<void> => {
    let saved = 0;
    if (pasted.trim() !== '') {
      const p = await submit.run(() => api.pasteResults({ orgId, year, text: pasted }));
      if (!p.ok) return;
      saved += p.value.saved;
      if (p.value.problems.length > 0) submit.setError(p.value.problems.map((x) => x.message).join('\n'));
      setPasted('');
    }
    if (changed.length > 0) {
      const s = await submit.run(() => api.saveResults({ orgId, year, entries: changed }));
      if (!s.ok) return;
      saved += s.value.saved;
      setTyped({});
    }
    await reload();
    showToast({ kind: 'success', message: `Đã lưu ${saved} kết quả năm ${year} của ${orgName}.` });
  };
  return (
    <FormDialog
      title={`Kết quả thực hiện năm ${year} — ${orgName}`}
      testId="results-dialog"
      wide
      onClose={onClose}
      onSubmit={save}
      error={submit.error}
      errorTestId="results"
      submitLabel="Lưu kết quả"
      busyLabel="Đang lưu…"
      busy={submit.busy}
      disabled={changed.length === 0 && pasted.trim() === ''}
      submitTestId="results-save"
    >
      <p className="hint">
        Ghi kết quả như sẽ in (ví dụ “9.412,6”, “tăng 10,8%”, “0,42%”); ứng dụng so với chỉ tiêu và đánh giá. Dự thảo nghị quyết năm{' '}
        {year + 1} tạo sau đó có kết quả và đánh giá đặt cạnh từng chỉ tiêu.
      </p>
      {rows === null ? (
        <p className="hint">Đang tải chỉ tiêu…</p>
      ) : (
        <div className="table-scroll results-table-scroll">
          <table className="grid results-table" data-testid="results-table">
            <thead>
              <tr>
                <th>Chỉ tiêu</th>
                <th>Đơn vị tính</th>
                <th>Chỉ tiêu năm {year}</th>
                <th>Kết quả năm {year}</th>
                <th>Đánh giá</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-testid="results-row" data-key={r.key}>
                  <td style={{ paddingLeft: `${0.4 + r.depth * 1.2}rem` }}>{r.target === '' ? <strong>{r.name}</strong> : r.name}</td>
                  <td>{r.unit}</td>
                  <td>{r.target}</td>
                  <td>
                    {r.target === '' ? null : (
                      <TextField
                        className="input"
                        aria-label={`Kết quả năm ${year}: ${r.name}`}
                        data-testid="results-input"
                        value={typed[r.key] ?? r.result}
                        onCommit={(v) => setTyped((t) => ({ ...t, [r.key]: v }))}
                      />
                    )}
                  </td>
                  <td>
                    {r.assessment && (partlyMet(r.parts) || r.result !== '' || (r.target === '' && r.assessment !== 'can-danh-gia')) ? (
                      // A group met in part shows how many of its parts ("Đạt 2/3"), not a verdict of its own.
                      <AssessmentChip judged={{ assessment: r.assessment, reason: r.reason, stored: false, parts: r.parts ?? undefined }} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <label className="field">
        <span>Hoặc dán bảng từ Excel (mỗi dòng: tên chỉ tiêu, Tab, kết quả)</span>
        <TextArea className="input" data-testid="results-paste" rows={3} value={pasted} onCommit={setPasted} />
      </label>
    </FormDialog>
  );
}
