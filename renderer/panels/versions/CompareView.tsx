import { useState } from 'react';
import { call, errorText, useApi, useLoadEffect } from '../../api/useApi.ts';
import { FormError } from '../../app/FormError.tsx';
import { deliver } from '../../app/deliver.ts';
import { dateTimeVi } from '../../app/format.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import { CompareBody, type CompareMode } from './CompareBody.tsx';
import { summaryText } from './compareModel.ts';
import { CompareFields, CompareRecipients, CompareTargets } from './CompareParts.tsx';
import { Overlay } from './Overlay.tsx';

type Props = { documentId: number; from: number; to: number; onClose: () => void };

/** Two versions compared: the body side by side or in one column (added words green, removed struck red), targets, fields, recipients. */
export function CompareView({ documentId, from, to, onClose }: Props) {
  const api = useApi();
  const [mode, setMode] = useState<CompareMode>('side');
  const [onlyChanges, setOnlyChanges] = useState(true);
  const [exporting, setExporting] = useState(false);
  const loaded = useLoadEffect(() => api.compareVersions({ id: documentId, from, to }), [api, documentId, from, to]);

  const exportDiff = async (): Promise<void> => {
    setExporting(true);
    const r = await call(() => api.exportVersionDiff({ id: documentId, from, to }));
    setExporting(false);
    if (!r.ok) return void showToast({ kind: 'error', message: `Không xuất được bản so sánh: ${errorText(r.error)}` });
    deliver(r.value, 'bản so sánh (.docx, theo dõi thay đổi)');
  };

  const result = loaded.kind === 'done' ? loaded.value : null;
  return (
    <Overlay testId="compare-view" label={`So sánh phiên bản ${from} và ${to}`} onClose={onClose} data={{ from, to }}>
      <header className="topbar overlay-bar">
        <button type="button" className="btn" data-testid="compare-close" onClick={onClose}>
          ← Quay lại văn bản
        </button>
        <h2 className="overlay-title">
          So sánh phiên bản {from} với phiên bản {to}
        </h2>
        <div className="segmented" role="group" aria-label="Cách hiển thị">
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={mode === 'side'}
            data-testid="compare-mode-side"
            onClick={() => setMode('side')}
          >
            Song song
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={mode === 'inline'}
            data-testid="compare-mode-inline"
            onClick={() => setMode('inline')}
          >
            Gộp một cột
          </button>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={onlyChanges}
            onChange={(e) => setOnlyChanges(e.target.checked)}
            data-testid="compare-only-changes"
          />
          <span>Chỉ hiện chỗ thay đổi</span>
        </label>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="compare-export"
          disabled={exporting || !result}
          onClick={() => void exportDiff()}
        >
          {exporting ? 'Đang xuất…' : 'Xuất bản so sánh (.docx, theo dõi thay đổi)'}
        </button>
      </header>
      <div className="overlay-scroll">
        {loaded.kind === 'loading' ? <p className="empty">Đang so sánh…</p> : null}
        <FormError message={loaded.kind === 'error' ? loaded.message : null} />
        {result ? (
          <div className="compare-sheet">
            <p className="compare-versions">
              <span>
                Cũ: phiên bản {result.older.version} — {result.older.createdBy}, {dateTimeVi(result.older.createdAt)}
                {result.older.reason ? ` — ${result.older.reason}` : ''}
              </span>
              <span>
                Mới: phiên bản {result.newer.version} — {result.newer.createdBy}, {dateTimeVi(result.newer.createdAt)}
                {result.newer.reason ? ` — ${result.newer.reason}` : ''}
              </span>
            </p>
            <p className="compare-summary" data-testid="compare-summary">
              {summaryText(result.comparison.summary)}
            </p>
            <h3>Đầu văn bản, tên loại, trích yếu, người ký</h3>
            <CompareFields fields={result.comparison.fields} />
            <h3>Nội dung</h3>
            <CompareBody body={result.comparison.body} mode={mode} onlyChanges={onlyChanges} />
            <h3>Chỉ tiêu</h3>
            <CompareTargets targets={result.comparison.targets} />
            <h3>Nơi nhận</h3>
            <CompareRecipients lines={result.comparison.recipients} />
          </div>
        ) : null}
      </div>
    </Overlay>
  );
}
