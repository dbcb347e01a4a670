import type { Organization } from '../../../electron/contract/model/office.ts';
import { statusNames } from '../../../electron/contract/model/status.ts';
import { useApi, useLoadEffect } from '../../api/useApi.ts';
import { FormError } from '../../app/FormError.tsx';
import { dateTimeVi } from '../../app/format.ts';
import { Overlay } from './Overlay.tsx';
import { ReadOnlyPage } from './ReadOnlyPage.tsx';

type Props = {
  documentId: number;
  version: number;
  /** The document's current version (the comparison's newer side). */
  current: number;
  organizations: Organization[];
  /** Null when the document's status does not allow restoring. */
  onRestore: (() => void) | null;
  onCompare: (from: number, to: number) => void;
  onClose: () => void;
};

/** "Xem phiên bản": an earlier version on the page, read-only, with a banner saying so. */
export function VersionView({ documentId, version, current, organizations, onRestore, onCompare, onClose }: Props) {
  const api = useApi();
  const loaded = useLoadEffect(() => api.getVersion({ id: documentId, version }), [api, documentId, version]);

  const snap = loaded.kind === 'done' ? loaded.value : null;
  return (
    <Overlay testId="version-view" label={`Phiên bản ${version} (chỉ xem)`} onClose={onClose} data={{ version }}>
      <header className="topbar overlay-bar">
        <button type="button" className="btn" data-testid="version-close" onClick={onClose}>
          ← Quay lại văn bản
        </button>
        <h2 className="overlay-title">Phiên bản {version}</h2>
        {version !== current ? (
          <button type="button" className="btn" data-testid="version-view-compare" onClick={() => onCompare(version, current)}>
            So sánh với bản hiện tại
          </button>
        ) : null}
        {onRestore && version !== current ? (
          <button type="button" className="btn btn-primary" data-testid="version-view-restore" onClick={onRestore}>
            Khôi phục phiên bản này
          </button>
        ) : null}
      </header>
      <div className="banner banner-warning" role="note" data-testid="version-banner">
        {snap ? (
          <>
            Đang xem phiên bản {snap.version} ({statusNames[snap.status]}) do {snap.createdBy} lưu lúc {dateTimeVi(snap.createdAt)}
            {snap.reason ? ` — “${snap.reason}”` : ''}. Chỉ để xem: không sửa được ở đây.
          </>
        ) : (
          <>Phiên bản {version}: chỉ để xem.</>
        )}
      </div>
      <div className="overlay-scroll page-scroll version-scroll">
        {loaded.kind === 'loading' ? <p className="empty">Đang mở phiên bản…</p> : null}
        <FormError message={loaded.kind === 'error' ? loaded.message : null} />
        {snap ? <ReadOnlyPage content={snap.content} organizations={organizations} /> : null}
      </div>
    </Overlay>
  );
}
