import { useState } from 'react';
import type { BackupInfo } from '../../../electron/contract/api.ts';
import { errorText, useApi, useReloadable } from '../../api/useApi.ts';
import { deliver } from '../../app/deliver.ts';
import { dateTimeVi } from '../../app/format.ts';
import { useRefusal } from '../../app/start/permissions.ts';

/** "Sao lưu dữ liệu" now, the backups kept in the data folder, and "Khôi phục" after a confirmation naming date and contents. */
export function BackupSection() {
  const api = useApi();
  const refused = useRefusal('thiet-lap');
  const [message, setMessage] = useState<string | null>(null);
  const [backups] = useReloadable(() => api.listBackups({}), [api], [], setMessage);
  const restore = async (b: BackupInfo) => {
    const what = `bản sao lưu lúc ${dateTimeVi(b.takenAt)} (${b.organizations} cơ quan, ${b.documents} văn bản)`;
    const question = `Khôi phục ${what}? Dữ liệu hiện tại được giữ lại trong thư mục sao lưu trước khi thay. Nếu máy này là máy chủ văn phòng hoặc đang dùng máy chủ văn phòng, mọi người khác sẽ phải đăng nhập lại.`;
    if (!window.confirm(question)) return;
    const r = await api.restoreBackup({ name: b.name });
    if (!r.ok) return setMessage(errorText(r.error));
    setMessage(`Đã khôi phục ${what}. Dữ liệu trước đó được giữ ở ${r.value.keptAside}.`);
    window.location.reload();
  };
  return (
    <section className="office-section" data-testid="office-backups">
      <h2>Sao lưu dữ liệu</h2>
      <button
        type="button"
        className="btn"
        data-testid="backup-now"
        onClick={() =>
          void api.backupDatabase({}).then((r) => (r.ok ? deliver(r.value, 'bản sao lưu dữ liệu') : setMessage(errorText(r.error))))
        }
      >
        Sao lưu dữ liệu
      </button>
      <ul>
        {backups.map((b) => (
          <li key={b.name}>
            {dateTimeVi(b.takenAt)} — {b.organizations} cơ quan, {b.documents} văn bản {b.automatic ? '(tự động)' : ''}{' '}
            <button
              type="button"
              className="btn btn-small"
              data-testid="backup-restore"
              disabled={refused !== null}
              title={refused ?? 'Thay dữ liệu hiện tại bằng bản sao lưu này'}
              onClick={() => void restore(b)}
            >
              Khôi phục
            </button>
          </li>
        ))}
      </ul>
      {message ? <p className="hint">{message}</p> : null}
    </section>
  );
}
