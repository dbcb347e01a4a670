import { useState } from 'react';
import type { ImportPreview } from '../../../electron/contract/imports.ts';
import type { StoredDocument } from '../../../electron/contract/model/office.ts';
import { sameBodyName } from '../../../electron/format/bodyNames.ts';
import { formatDocNumber } from '../../../electron/format/docNumber.ts';
import { resolveProfile } from '../../../electron/format/resolveProfile.ts';
import { useApi, useSubmit } from '../../api/useApi.ts';
import { isoDayVi } from '../../app/format.ts';
import { ImportBody } from './ImportBody.tsx';
import { ImportClosing } from './ImportClosing.tsx';
import { ImportHeaderFields } from './ImportHeaderFields.tsx';
import { ImportTargets } from './ImportTargets.tsx';
import { initialDraft, linkClashes, linksRequest, storedAs } from './importDraft.ts';
import { OriginalText } from './OriginalText.tsx';
import { FormError } from '../../app/FormError.tsx';

type Props = { preview: ImportPreview; orgName: string; onSaved: (stored: StoredDocument) => void; onCancel: () => void };

/** The review: the original on the left, what was read on the right (all editable, doubtful fields marked); stored only once confirmed. */
export function ImportReview({ preview, orgName, onSaved, onCancel }: Props) {
  const api = useApi();
  const [draft, setDraft] = useState(() => initialDraft(preview));
  const [focusText, setFocusText] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [otherConfirmed, setOtherConfirmed] = useState(false);
  const { busy, error, setError, run } = useSubmit();
  const model = draft.model;
  const resolved = resolveProfile({ profileId: model.profileId, date: model.header.date, planYear: model.planYear });
  const profile = resolved.ok ? resolved.value : null;
  const status = storedAs(model);
  const clashes = linkClashes(draft, preview.indicators);
  const issuer = model.header.issuingBody;
  const otherIssuer = preview.orgId !== null && !sameBodyName(issuer, orgName);

  const save = async (): Promise<void> => {
    if (!preview.orgId) return setError('Chưa chọn cơ quan để lưu văn bản vào.');
    const r = await run(() =>
      api.saveImport({ orgId: preview.orgId ?? '', fileName: preview.fileName, content: model, links: linksRequest(draft), otherIssuer }),
    );
    if (!r.ok) return;
    onSaved(r.value);
  };

  return (
    <div className="import-review" data-testid="import-review">
      <OriginalText fileName={preview.fileName} paragraphs={preview.original} format={preview.source.format} focusText={focusText} />
      <section
        className="import-read"
        aria-labelledby="read-title"
        onFocusCapture={(e) =>
          e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement ? setFocusText(e.target.value) : undefined
        }
      >
        <h2 id="read-title" className="column-title">
          Ứng dụng đã đọc được <span className="hint">— sửa trực tiếp; ô có dấu ⚠ là chỗ chưa chắc</span>
        </h2>
        {preview.notes.length > 0 ? (
          <ul className="warning import-notes" data-testid="import-notes">
            {preview.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        ) : null}
        <ImportHeaderFields model={model} confidence={preview.confidence} onChange={(m) => setDraft((d) => ({ ...d, model: m }))} />
        <ImportTargets preview={preview} draft={draft} onChange={setDraft} />
        <ImportClosing
          model={model}
          orgId={preview.orgId}
          confidence={preview.confidence}
          onChange={(m) => setDraft((d) => ({ ...d, model: m }))}
        />
        <ImportBody body={model.body} profile={profile} doubtful={(preview.confidence['body'] ?? 1) < 0.75} />
        <div className="import-confirm">
          <p data-testid="import-status" data-status={status}>
            Sẽ lưu vào kho của <strong>{orgName}</strong> thành{' '}
            {status === 'ban-hanh' ? (
              <>
                <strong>văn bản đã ban hành</strong> {profile ? formatDocNumber(model.header.number, profile.numbering) : ''}
                {model.header.date ? `, ngày ${isoDayVi(model.header.date)}` : ''} (ghi vào sổ đăng ký văn bản; sau khi lưu không sửa nội
                dung được nữa).
              </>
            ) : (
              <>
                <strong>dự thảo</strong> (tệp chưa có đủ số và ngày ban hành), sửa tiếp được trong trình soạn thảo.
              </>
            )}
          </p>
          {preview.duplicate ? (
            <p className="warning" data-testid="import-duplicate" data-document={preview.duplicate.documentId}>
              {preview.duplicate.status === 'du-thao' || preview.duplicate.status === 'tra-lai'
                ? `Đã có văn bản này trong kho (#${preview.duplicate.documentId}): khi lưu, văn bản đó được cập nhật, không thêm bản thứ hai.`
                : `Văn bản này đã ban hành và đã có trong kho (#${preview.duplicate.documentId}): khi lưu, ứng dụng mở văn bản đó, không tạo bản thứ hai.`}
            </p>
          ) : null}
          {otherIssuer ? (
            <div className="warning" data-testid="import-other-issuer">
              <p>
                Văn bản này do <strong>{issuer}</strong> ban hành, không phải <strong>{orgName}</strong>. Nếu chọn nhầm cơ quan, hãy bấm
                &quot;Chọn tệp khác&quot; và chọn lại; nếu ứng dụng đọc sai tên, sửa ô &quot;Cơ quan ban hành&quot; ở trên.
              </p>
              <label className="check">
                <input
                  type="checkbox"
                  data-testid="import-other-issuer-confirm"
                  checked={otherConfirmed}
                  onChange={(e) => setOtherConfirmed(e.target.checked)}
                />
                <span>
                  Vẫn lưu văn bản của {issuer} vào kho của {orgName}.
                </span>
              </label>
            </div>
          ) : null}
          <label className="check">
            <input type="checkbox" data-testid="import-confirm" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            <span>Tôi đã đối chiếu phần đọc được với bản gốc và sửa những chỗ cần sửa.</span>
          </label>
          <FormError message={error} testId="import-save-error" />
          <div className="row">
            <button type="button" className="btn" data-testid="import-cancel" onClick={onCancel}>
              Chọn tệp khác
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="import-save"
              disabled={!confirmed || (otherIssuer && !otherConfirmed) || busy || clashes.length > 0}
              onClick={() => void save()}
            >
              {busy ? 'Đang lưu…' : 'Lưu vào kho'}
            </button>
          </div>
        </div>
      </section>
    </div>
  );
}
