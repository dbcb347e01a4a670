import { useEffect, useState } from 'react';
import type { AppInfo } from '../../electron/contract/api.ts';
import { call, errorText, useApi } from '../api/useApi.ts';
import { Dialog } from './Dialog.tsx';

/** Trợ giúp › Thông tin: version, where the data lives, the format profiles. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | string | null>(null);
  useEffect(() => {
    void call(() => api.appInfo({})).then((r) => setInfo(r.ok ? r.value : errorText(r.error)));
  }, [api]);
  return (
    <Dialog title="Thông tin ứng dụng" onClose={onClose} testId="about-dialog">
      {info === null ? <p>Đang tải…</p> : null}
      {typeof info === 'string' ? <p className="form-error">{info}</p> : null}
      {info !== null && typeof info !== 'string' ? (
        <dl className="about">
          <dt>Phiên bản</dt>
          <dd>Soạn Nghị quyết {info.version}</dd>
          <dt>Dữ liệu</dt>
          <dd>{info.databasePath}</dd>
          <dt>Thể thức</dt>
          <dd>{info.profiles.map((p) => p.name).join('; ')}</dd>
        </dl>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Đóng
        </button>
      </div>
    </Dialog>
  );
}
