import { useState } from 'react';
import { termLabel } from '../../../electron/format/termName.ts';
import { errorText, useApi, useReloadable } from '../../api/useApi.ts';
import { DateField } from '../../app/DateField.tsx';
import { isoDayVi } from '../../app/format.ts';
import { TextField } from '../../app/TextField.tsx';

/** The body's terms (nhiệm kỳ), and adding one: name, start, optional end, appointed committee. */
export function TermsSection({ orgId, onChanged }: { orgId: string; onChanged?: () => void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [appointed, setAppointed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [terms, load] = useReloadable(() => api.listTerms({ orgId }), [api, orgId], [], setError);
  const add = async () => {
    if (from === null) return setError('Nhập ngày bắt đầu nhiệm kỳ (dd/mm/yyyy).');
    const r = await api.addTerm({ orgId, name, from, ...(to ? { to } : {}), appointed });
    if (!r.ok) return setError(errorText(r.error));
    setError(null);
    setName('');
    await load();
    onChanged?.();
  };
  return (
    <section className="office-section" data-testid="office-terms">
      <h2>Nhiệm kỳ</h2>
      <ul>
        {terms.map((t) => (
          <li key={t.id}>
            {termLabel(t)}: từ {isoDayVi(t.startDate)}
            {t.endDate ? ` đến ${isoDayVi(t.endDate)}` : ''}
            {t.appointed ? ' — cấp ủy được chỉ định (số văn bản chạy từ ngày này)' : ''}
          </li>
        ))}
      </ul>
      <div className="row">
        <TextField
          className="input"
          aria-label="Tên nhiệm kỳ"
          placeholder="2025-2030"
          data-testid="term-name"
          value={name}
          onCommit={setName}
        />
        <DateField className="input" aria-label="Từ ngày" data-testid="term-from" value={from} onCommit={setFrom} />
        <DateField className="input" aria-label="Đến ngày (nếu đã kết thúc)" data-testid="term-to" value={to} onCommit={setTo} />
        <label className="check">
          <input type="checkbox" data-testid="term-appointed" checked={appointed} onChange={(e) => setAppointed(e.target.checked)} /> Cấp ủy
          được chỉ định
        </label>
        <button type="button" className="btn" data-testid="term-add" disabled={name.trim() === ''} onClick={() => void add()}>
          Thêm nhiệm kỳ
        </button>
      </div>
      {error ? <p className="form-error">{error}</p> : null}
    </section>
  );
}
