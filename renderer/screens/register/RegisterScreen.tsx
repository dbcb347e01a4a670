import { termLabel } from '../../../electron/format/termName.ts';
import { useCallback, useEffect, useState } from 'react';
import type { RegisterEntry, RegisterListing } from '../../../electron/contract/workflow.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import { deliver } from '../../app/deliver.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import { ReasonDialog } from '../../panels/review/ReasonDialog.tsx';
import { OrgTermPicker } from './OrgTermPicker.tsx';
import { RegisterTable } from './RegisterTable.tsx';
import { useOrgTerms } from './useOrgTerms.ts';
import { FormError } from '../../app/FormError.tsx';
import { ScreenTopBar } from '../../app/ScreenTopBar.tsx';
import { shortText } from '../../../electron/format/shortText.ts';

type Props = { onHome: () => void };

/** "Sổ đăng ký văn bản" (văn thư): the numbers given per body, document type and term; void a number; export CSV or .docx. */
export function RegisterScreen({ onHome }: Props) {
  const api = useApi();
  const picker = useOrgTerms();
  const { orgId, termId } = picker;
  const [docType, setDocType] = useState('NQ');
  const [types, setTypes] = useState<string[]>(['NQ']);
  const [listing, setListing] = useState<RegisterListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [voiding, setVoiding] = useState<RegisterEntry | null>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    if (orgId === '') return;
    void call(() => api.listDocuments({ orgId })).then((r) => {
      if (r.ok) setTypes([...new Set(['NQ', ...r.value.map((d) => d.docType)])].sort());
    });
  }, [api, orgId]);

  const load = useCallback(async () => {
    if (orgId === '' || termId === null) return setListing(null);
    const r = await call(() => api.listRegister({ orgId, docType, termId }));
    if (!r.ok) return setError(errorText(r.error));
    setError(null);
    setListing(r.value);
  }, [api, orgId, docType, termId]);
  useEffect(() => {
    void load();
  }, [load]);

  const exportAs = async (format: 'csv' | 'docx'): Promise<void> => {
    if (orgId === '' || termId === null) return;
    setExporting(true);
    const r = await call(() => api.exportRegister({ orgId, docType, termId, format }));
    setExporting(false);
    if (!r.ok) return void showToast({ kind: 'error', message: `Không xuất được sổ: ${errorText(r.error)}` });
    deliver(r.value, `sổ đăng ký (${format === 'csv' ? 'CSV' : '.docx'})`);
  };

  const entries = listing?.entries ?? [];
  const voided = entries.filter((e) => e.voided).length;
  return (
    <div className="register-screen screen" data-testid="register-screen">
      <ScreenTopBar title="Sổ đăng ký văn bản" homeTestId="register-home" onHome={onHome}>
        <button
          type="button"
          className="btn"
          data-testid="register-export-csv"
          disabled={exporting || !listing}
          onClick={() => void exportAs('csv')}
        >
          Xuất CSV
        </button>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="register-export-docx"
          disabled={exporting || !listing}
          onClick={() => void exportAs('docx')}
        >
          Xuất sổ (.docx)
        </button>
      </ScreenTopBar>
      <main className="screen-main">
        <OrgTermPicker state={picker} testPrefix="register">
          <label className="field">
            <span>Loại văn bản</span>
            <select className="input" data-testid="register-type" value={docType} onChange={(e) => setDocType(e.target.value)}>
              {types.map((t) => (
                <option key={t} value={t}>
                  {t === 'NQ' ? 'NQ — Nghị quyết' : t}
                </option>
              ))}
            </select>
          </label>
        </OrgTermPicker>
        <FormError message={picker.error ?? error} />
        {listing ? (
          <p className="hint" data-testid="register-summary">
            {listing.org.name} · loại {listing.docType} · {termLabel(listing.term)}: {entries.length} số đã cấp
            {voided > 0 ? `, trong đó ${voided} số đã hủy` : ''}. Số chạy từ 01 trong mỗi nhiệm kỳ.
          </p>
        ) : null}
        {listing && entries.length === 0 ? (
          <p className="empty" data-testid="register-empty">
            Chưa cấp số nào trong nhiệm kỳ này.
          </p>
        ) : null}
        {entries.length > 0 ? (
          <div className="sheet">
            <RegisterTable entries={entries} onVoid={setVoiding} />
          </div>
        ) : null}
      </main>
      {voiding && listing ? (
        <ReasonDialog
          title={`Hủy số ${voiding.symbol}`}
          label="Lý do hủy số"
          confirmLabel="Hủy số"
          testId="void"
          danger
          placeholder="Ví dụ: Cấp nhầm số; văn bản không phát hành."
          onClose={() => setVoiding(null)}
          onConfirm={async (reason) => {
            const r = await call(() =>
              api.voidNumber({ orgId: listing.org.id, docType: listing.docType, termId: listing.term.id, seq: voiding.seq, reason }),
            );
            if (!r.ok) return errorText(r.error);
            setVoiding(null);
            showToast({ kind: 'success', message: `Đã hủy số ${voiding.symbol}. Số này không được cấp lại.` });
            await load();
            return null;
          }}
        >
          <p className="hint">
            Số đã hủy vẫn nằm trong sổ (gạch ngang, kèm lý do) và không được cấp lại cho văn bản khác. Văn bản “
            {shortText(voiding.summary, 90)}” vẫn giữ nguyên.
          </p>
        </ReasonDialog>
      ) : null}
    </div>
  );
}
