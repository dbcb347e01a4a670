import type { MadeCopyOutcome } from '../../../electron/contract/api.ts';
import { downloadFile } from '../../editor/session/download.ts';

type Props = { made: MadeCopyOutcome; onClose: () => void };

/** After makeCopy: the number the copy got and its file (downloaded once already; again on request). */
export function CopyDone({ made, onClose }: Props) {
  return (
    <div className="copy-done" data-testid="copy-done">
      <p>
        Đã làm bản sao <strong data-testid="copy-done-number">{made.number}</strong> và ghi vào sổ bản sao.
      </p>
      {made.removed.length > 0 && (
        <div className="hint" data-testid="copy-done-removed">
          <p>Bản sao không mang theo những gì trỏ ra ngoài tệp hoặc chạy được:</p>
          <ul>
            {made.removed.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="hint">
        Tệp <span className="file-name">{made.fileName}</span> đã được tải về. Nếu trình duyệt chưa lưu, bấm “Tải lại tệp”.
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn" data-testid="copy-download-again" onClick={() => downloadFile(made.fileName, made.base64)}>
          Tải lại tệp
        </button>
        <button type="button" className="btn btn-primary" data-testid="copy-close" onClick={onClose}>
          Xong
        </button>
      </div>
    </div>
  );
}
