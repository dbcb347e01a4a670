import { useState } from 'react';
import type { RegisterImportResult } from '../../../electron/contract/api.ts';
import { errorText, useApi } from '../../api/useApi.ts';

/**
 * The register kept before the app, from a spreadsheet saved as CSV or TSV (số, ngày, loại, trích
 * yếu): read and checked first (numbers given twice, dates outside every term, gaps in a series),
 * shown, and saved only when the office confirms.
 */
export function RegisterImport({ orgId, onSaved }: { orgId: string; onSaved: () => void }) {
  const api = useApi();
  const [text, setText] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<RegisterImportResult | null>(null);
  const [allowGaps, setAllowGaps] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    setPreview(null);
    setSaved(null);
    setError(null);
    if (!file) return setText(null);
    const content = await file.text();
    setText({ name: file.name, text: content });
    const r = await api.importRegister({ orgId, text: content, dryRun: true });
    if (r.ok) setPreview(r.value);
    else setError(errorText(r.error));
  };
  const save = async () => {
    if (!text) return;
    const r = await api.importRegister({ orgId, text: text.text, allowGaps });
    if (!r.ok) return setError(errorText(r.error));
    if (!r.value.saved) return setPreview(r.value);
    setPreview(null);
    setText(null);
    setSaved(`Đã nhập ${r.value.rows} số từ ${text.name} vào sổ đăng ký.`);
    onSaved();
  };
  const blocked = preview === null || preview.problems.length > 0 || preview.rows === 0 || (preview.gaps.length > 0 && !allowGaps);

  return (
    <div className="register-import" data-testid="register-import">
      <h3>Nhập sổ đăng ký đã có (CSV hoặc TSV)</h3>
      <p className="hint">
        Mỗi dòng: số, ngày (dd/mm/yyyy), loại, trích yếu — ví dụ <q>07;15/03/2026;NQ;Về công tác chuyển đổi số</q>. Ứng dụng kiểm tra số
        trùng và số bị thiếu trước khi lưu.
      </p>
      <input
        type="file"
        className="input"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        aria-label="Tệp sổ đăng ký"
        data-testid="register-import-file"
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      {preview ? (
        <div className="register-preview" data-testid="register-import-preview">
          <p>
            {text?.name}: đọc được <strong>{preview.rows}</strong> số.
          </p>
          <ul>
            {preview.series.map((s) => (
              <li key={`${s.termName}-${s.docType}`} data-testid="register-import-series">
                Nhiệm kỳ {s.termName}, loại {s.docType}: {s.count} số, từ {String(s.from).padStart(2, '0')} đến{' '}
                {String(s.to).padStart(2, '0')}
              </li>
            ))}
          </ul>
          {preview.problems.length > 0 ? (
            <div className="form-error" data-testid="register-import-problems">
              <p>Chưa lưu được — sửa tệp rồi chọn lại:</p>
              <ul>
                {preview.problems.map((p) => (
                  <li key={`${p.line}-${p.message}`}>{p.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.gaps.length > 0 ? (
            <div className="warning" data-testid="register-import-gaps">
              <ul>
                {preview.gaps.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
              <label className="check">
                <input
                  type="checkbox"
                  data-testid="register-import-allow-gaps"
                  checked={allowGaps}
                  onChange={(e) => setAllowGaps(e.target.checked)}
                />
                Các số thiếu đã cấp ngoài sổ hoặc đã hủy: vẫn lưu
              </label>
            </div>
          ) : null}
          <button
            type="button"
            className="btn btn-primary"
            data-testid="register-import-save"
            disabled={blocked}
            onClick={() => void save()}
          >
            Lưu vào sổ đăng ký
          </button>
        </div>
      ) : null}
      {saved ? (
        <p className="ok" role="status" data-testid="register-import-done">
          {saved}
        </p>
      ) : null}
      {error ? <p className="form-error">{error}</p> : null}
    </div>
  );
}
