import { useState } from 'react';
import type { RegisterNextList } from '../../../electron/contract/api.ts';
import { documentKindForms } from '../../../electron/format/documentKinds.ts';
import { errorText, useApi, useReloadable } from '../../api/useApi.ts';
import { dateTimeVi } from '../../app/format.ts';
import { RegisterImport } from './RegisterImport.tsx';

/** The type codes an office may start a register for (NQ, KL, CT …), each once. */
const typeCodes = [...new Set(documentKindForms.map((f) => f.typeCode))];

/**
 * "Sổ đăng ký": when the office starts mid-term, the next number of each type in the running term
 * (the numbers before it were issued outside the app), and the register kept before the app
 * imported from a spreadsheet.
 */
export function RegisterStartSection({ orgId, onChanged }: { orgId: string; onChanged?: () => void }) {
  const api = useApi();
  const [docType, setDocType] = useState('NQ');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [list, load] = useReloadable<RegisterNextList | null>(() => api.listRegisterNext({ orgId }), [api, orgId], null, setError);
  const save = async () => {
    const n = Number(next.trim());
    if (!Number.isInteger(n) || n < 1) {
      return setError('Nhập số tiếp theo là một số nguyên từ 1 trở lên (ví dụ 8 khi đã ban hành đến số 07).');
    }
    const r = await api.setRegisterStart({ orgId, docType, next: n });
    if (!r.ok) return setError(errorText(r.error));
    setError(null);
    setNext('');
    setDone(`Sổ ${r.value.docType} nhiệm kỳ ${r.value.termName}: số tiếp theo là ${String(r.value.next).padStart(2, '0')}.`);
    await load();
    onChanged?.();
  };
  return (
    <section className="office-section" data-testid="office-register">
      <h2>Sổ đăng ký số văn bản</h2>
      {list?.term ? (
        <>
          <p className="hint">
            Nhiệm kỳ {list.term.name}: số chạy từ 01 cho mỗi loại văn bản trong nhiệm kỳ. Nếu văn phòng đã cấp số trước khi dùng ứng dụng,
            hãy khai báo số tiếp theo.
          </p>
          <table className="office-table" data-testid="register-next">
            <thead>
              <tr>
                <th>Loại</th>
                <th>Số tiếp theo</th>
                <th>Khai báo</th>
              </tr>
            </thead>
            <tbody>
              {list.types.map((t) => (
                <tr key={t.docType} data-testid="register-next-row" data-type={t.docType}>
                  <td>{t.docType}</td>
                  <td data-testid="register-next-value">{String(t.next).padStart(2, '0')}</td>
                  <td className="hint">
                    {t.start !== null && t.setBy && t.setAt ? `bắt đầu từ số ${t.start} — ${t.setBy}, ${dateTimeVi(t.setAt)}` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            <select
              className="input"
              aria-label="Loại văn bản"
              data-testid="register-type"
              value={docType}
              onChange={(e) => setDocType(e.target.value)}
            >
              {typeCodes.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            <input
              className="input input-short"
              inputMode="numeric"
              aria-label="Số tiếp theo"
              placeholder="Số tiếp theo"
              data-testid="register-next-input"
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
            <button
              type="button"
              className="btn"
              data-testid="register-start-save"
              disabled={next.trim() === ''}
              onClick={() => void save()}
            >
              Đặt số tiếp theo
            </button>
          </div>
        </>
      ) : list ? (
        <p className="warning">Chưa có nhiệm kỳ nào đang chạy: hãy thêm nhiệm kỳ ở trên trước khi khai báo sổ đăng ký.</p>
      ) : null}
      {done ? (
        <p className="ok" role="status" data-testid="register-start-done">
          {done}
        </p>
      ) : null}
      {error ? <p className="form-error">{error}</p> : null}
      <RegisterImport
        orgId={orgId}
        onSaved={() => {
          void load();
          onChanged?.();
        }}
      />
    </section>
  );
}
