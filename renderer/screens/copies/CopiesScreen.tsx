import { useCallback, useEffect, useState } from 'react';
import type { CopyRegisterView } from '../../../electron/contract/api.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import { OrgTermPicker } from '../register/OrgTermPicker.tsx';
import { useOrgTerms } from '../register/useOrgTerms.ts';
import { CopiesTable } from './CopiesTable.tsx';
import { CopyDialog } from './CopyDialog.tsx';
import { FormError } from '../../app/FormError.tsx';
import { ScreenTopBar } from '../../app/ScreenTopBar.tsx';

type Props = { onHome: () => void };

/** "Sổ bản sao" (văn thư): the copies a body's office made in a term; "Sao lục văn bản nhận được" from here too. */
export function CopiesScreen({ onHome }: Props) {
  const api = useApi();
  const picker = useOrgTerms();
  const { orgId, termId } = picker;
  const [view, setView] = useState<CopyRegisterView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);

  const load = useCallback(async () => {
    if (orgId === '' || termId === null) return;
    const r = await call(() => api.listCopies({ orgId, termId }));
    if (!r.ok) return setError(errorText(r.error));
    setError(null);
    setView(r.value);
  }, [api, orgId, termId]);
  useEffect(() => {
    void load();
  }, [load]);

  const copies = view?.copies ?? [];
  return (
    <div className="copies-screen screen" data-testid="copies-screen">
      <ScreenTopBar title="Sổ bản sao" homeTestId="copies-home" onHome={onHome}>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="copies-sao-luc"
          disabled={orgId === ''}
          onClick={() => setCopying(true)}
        >
          Sao lục văn bản nhận được
        </button>
      </ScreenTopBar>
      <main className="screen-main">
        <OrgTermPicker state={picker} testPrefix="copies" />
        <FormError message={picker.error ?? error} />
        <p className="hint">
          Sao y bản chính và trích sao làm từ văn bản đã ban hành (mở văn bản, thanh trạng thái phía trên). Số bản sao chạy từ 01 trong mỗi
          nhiệm kỳ của cơ quan làm bản sao.
        </p>
        {view && copies.length === 0 ? (
          <p className="empty" data-testid="copies-empty">
            Chưa có bản sao nào trong nhiệm kỳ này.
          </p>
        ) : null}
        {copies.length > 0 ? (
          <div className="sheet">
            <CopiesTable copies={copies} />
          </div>
        ) : null}
      </main>
      {copying ? (
        <CopyDialog
          kind="sao-luc"
          orgId={orgId}
          document={null}
          organizations={picker.organizations}
          onClose={() => setCopying(false)}
          onMade={() => void load()}
        />
      ) : null}
    </div>
  );
}
