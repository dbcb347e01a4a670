import { useState } from 'react';
import type { ImportPreview } from '../../../electron/contract/imports.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import { fileToBase64, uploadProblem } from '../../app/files.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import { OrgTermPicker } from '../register/OrgTermPicker.tsx';
import { useOrgTerms } from '../register/useOrgTerms.ts';
import { ImportReview } from './ImportReview.tsx';
import { FormError } from '../../app/FormError.tsx';
import { ScreenTopBar } from '../../app/ScreenTopBar.tsx';
import { shortText } from '../../../electron/format/shortText.ts';

type Props = { onHome: () => void; onOpen: (id: number) => void };

/** "Nhập văn bản cũ" (PDF, .docx, .doc, .txt): pick the body and the file, read it, review and correct, then store it. */
export function ImportScreen({ onHome, onOpen }: Props) {
  const api = useApi();
  const picker = useOrgTerms();
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const orgName = picker.organizations.find((o) => o.id === picker.orgId)?.name ?? picker.orgId;

  const read = async (): Promise<void> => {
    if (!file) return setError('Hãy chọn tệp .docx hoặc .txt của nghị quyết cần nhập.');
    const problem = uploadProblem(file);
    if (problem) return setError(problem);
    setReading(true);
    setError(null);
    const bytes = await fileToBase64(file);
    if (!bytes.ok) {
      setReading(false);
      return setError(bytes.message);
    }
    const r = await call(() =>
      api.previewImport({ fileName: file.name, base64: bytes.base64, ...(picker.orgId ? { orgId: picker.orgId } : {}) }),
    );
    setReading(false);
    // The importer's cause (r.error.cause) is for programs; people get its sentence and what it found.
    if (!r.ok) return setError(errorText(r.error));
    setPreview(r.value);
  };

  return (
    <div className="import-screen screen" data-testid="import-screen">
      <ScreenTopBar title="Nhập văn bản cũ" homeTestId="import-home" onHome={onHome} />
      {preview ? (
        <ImportReview
          preview={preview}
          orgName={orgName}
          onCancel={() => setPreview(null)}
          onSaved={(stored) => {
            showToast({
              kind: 'success',
              message: `Đã lưu “${shortText(stored.summary, 60)}” vào kho (${stored.status === 'ban-hanh' ? 'đã ban hành' : 'dự thảo'}).`,
            });
            onOpen(stored.id);
          }}
        />
      ) : (
        <main className="screen-main">
          <form
            className="sheet import-pick"
            data-testid="import-pick"
            onSubmit={(e) => {
              e.preventDefault();
              void read();
            }}
          >
            <p className="hint">
              Chọn tệp của một văn bản đã có (nghị quyết, kết luận, thông báo, quyết định, công văn …): bản PDF ký số, Word (.docx hoặc .doc
              cũ) hay văn bản thuần (.txt). Ứng dụng đọc phần đầu, tên loại, nội dung, chỉ tiêu, nơi nhận và người ký rồi cho bạn đối chiếu
              với bản gốc, sửa chỗ đọc sai, trước khi lưu. Chưa có gì được lưu cho đến khi bạn xác nhận.
            </p>
            <OrgTermPicker state={picker} testPrefix="import" withTerm={false} />
            <label className="field">
              <span>Tệp văn bản</span>
              <input
                type="file"
                className="input"
                data-testid="import-file"
                accept=".docx,.doc,.pdf,.txt,text/plain,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setError(null);
                }}
              />
            </label>
            <FormError message={error} testId="import-error" />
            <div className="row">
              <button type="submit" className="btn btn-primary" data-testid="import-read" disabled={reading || !file}>
                {reading ? 'Đang đọc tệp…' : 'Đọc tệp'}
              </button>
            </div>
          </form>
        </main>
      )}
    </div>
  );
}
