import { useEffect, useMemo, useState } from 'react';
import type { CopyKind, MadeCopyOutcome } from '../../../electron/contract/api.ts';
import type { Organization, StoredDocument } from '../../../electron/contract/model/office.ts';
import type { Signature } from '../../../electron/contract/model/parts.ts';
import { resolveProfile } from '../../../electron/format/resolveProfile.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import { Dialog } from '../../app/Dialog.tsx';
import { DateField } from '../../app/DateField.tsx';
import { fileToBase64, uploadProblem } from '../../app/files.ts';
import { documentTitle } from '../../app/format.ts';
import { TextArea } from '../../app/TextArea.tsx';
import { showToast } from '../../app/toast/toastStore.ts';
import { copyMade } from './copiesMade.ts';
import { downloadFile } from '../../editor/session/download.ts';
import { CopyDone } from './CopyDone.tsx';
import { copyKindNames } from '../../../electron/contract/api.ts';
import { SignerFields } from './SignerFields.tsx';
import { PartsPicker } from './PartsPicker.tsx';
import { recipientsToText, textToRecipients } from './recipientsText.ts';
import { useCopyDefaults } from './useCopyDefaults.ts';
import { FormError } from '../../app/FormError.tsx';
import { FormFooter } from '../../app/FormFooter.tsx';

type Props = {
  kind: CopyKind;
  /** The copying body (for our own document: its issuing body). */
  orgId: string;
  /** Our issued document (sao y, trích sao); null for a received file (sao lục). */
  document: StoredDocument | null;
  /** The bodies to choose the copying one from (sao lục). */
  organizations?: Organization[];
  onClose: () => void;
  onMade?: (made: MadeCopyOutcome) => void;
};

/** A certified copy: what is copied, by which office, its Nơi nhận and signer (from copyDefaults), then makeCopy and the download. */
export function CopyDialog({ kind, orgId: initialOrg, document, organizations = [], onClose, onMade }: Props) {
  const api = useApi();
  const [orgId, setOrgId] = useState(initialOrg);
  const [date, setDate] = useState<string | null>(null);
  const start = useCopyDefaults(orgId, date);
  const [recipients, setRecipients] = useState('');
  const [signature, setSignature] = useState<Signature | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [withAppendix, setWithAppendix] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<MadeCopyOutcome | null>(null);
  const profile = useMemo(() => {
    if (!document) return null;
    const { header, planYear } = document.content;
    const resolved = resolveProfile({ profileId: document.profileId, date: header.date, planYear });
    return resolved.ok ? resolved.value : null;
  }, [document]);

  useEffect(() => {
    if (start.kind !== 'ready') return;
    setRecipients((r) => r || recipientsToText(start.defaults.recipients));
    setSignature((s) => s ?? start.defaults.signature);
    setDate((d) => d ?? start.defaults.date);
  }, [start]);

  /** Another copying body: its own Nơi nhận and signer are filled in again. */
  const changeOrg = (id: string): void => {
    if (id === orgId) return;
    setOrgId(id);
    setSignature(null);
    setRecipients('');
  };

  const make = async (): Promise<void> => {
    const lines = textToRecipients(recipients);
    if (kind === 'sao-luc' && !file) return setError('Hãy chọn tệp .docx của văn bản nhận được.');
    if (kind === 'trich-sao' && chosen.size === 0) return setError('Hãy chọn ít nhất một phần để trích sao.');
    if (lines.length === 0) return setError('Bản sao phải có ít nhất một nơi nhận.');
    if (!signature || signature.title.trim() === '' || signature.name.trim() === '') {
      return setError('Hãy ghi chức vụ và họ tên người ký bản sao.');
    }
    const problem = file ? uploadProblem(file) : null;
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    let source: { documentId: number } | { fileName: string; base64: string };
    if (document) source = { documentId: document.id };
    else {
      const read = await fileToBase64(file ?? new Blob());
      if (!read.ok) {
        setBusy(false);
        return setError(read.message);
      }
      source = { fileName: file?.name ?? 'van-ban.docx', base64: read.base64 };
    }
    const { authority, authorityOf, title, name } = signature;
    const result = await call(() =>
      api.makeCopy({
        kind,
        source,
        orgId,
        ...(date ? { date } : {}),
        recipients: lines,
        signature: { authority, authorityOf, title: title.trim(), name: name.trim() },
        ...(kind === 'trich-sao' ? { parts: [...chosen].sort((a, b) => a - b).join(','), includeAppendix: withAppendix } : {}),
      }),
    );
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error));
    setMade(result.value);
    downloadFile(result.value.fileName, result.value.base64);
    showToast({ kind: 'success', message: `Đã làm bản sao ${result.value.number}; tệp ${result.value.fileName} đã được tải về.` });
    copyMade();
    onMade?.(result.value);
  };

  const title = document ? `${copyKindNames[kind]}: ${documentTitle(document)}` : `${copyKindNames[kind]} văn bản nhận được`;
  return (
    <Dialog title={title} onClose={onClose} testId="copy-dialog" wide>
      {made ? (
        <CopyDone made={made} onClose={onClose} />
      ) : (
        <form
          className="form copy-form"
          data-kind={kind}
          onSubmit={(e) => {
            e.preventDefault();
            void make();
          }}
        >
          {kind === 'sao-luc' ? (
            <div className="row">
              <label className="field grow">
                <span>Cơ quan làm bản sao</span>
                <select className="input" data-testid="copy-org" value={orgId} onChange={(e) => changeOrg(e.target.value)}>
                  {organizations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field grow">
                <span>Tệp văn bản nhận được (.docx)</span>
                <input
                  type="file"
                  className="input"
                  data-testid="copy-file"
                  accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              </label>
            </div>
          ) : null}
          <FormError message={start.kind === 'error' ? start.message : null} />
          {start.kind === 'ready' ? (
            <p className="hint" data-testid="copy-number-line">
              Bản sao sẽ mang <strong data-testid="copy-number">{start.defaults.nextNumber}</strong> trong sổ bản sao (nhiệm kỳ{' '}
              {start.defaults.term.ordinal}).
            </p>
          ) : null}
          {kind === 'trich-sao' && document && profile ? (
            <>
              <PartsPicker body={document.content.body} profile={profile} chosen={chosen} onChange={setChosen} />
              {document.content.appendix.include ? (
                <label className="check">
                  <input
                    type="checkbox"
                    data-testid="copy-appendix"
                    checked={withAppendix}
                    onChange={(e) => setWithAppendix(e.target.checked)}
                  />
                  <span>Trích cả phụ lục chỉ tiêu</span>
                </label>
              ) : null}
            </>
          ) : null}
          <div className="row copy-meta">
            <label className="field">
              <span>Ngày sao</span>
              <DateField data-testid="copy-date" value={date} onCommit={setDate} />
            </label>
            <label className="field grow">
              <span>Nơi nhận (mỗi dòng một nơi)</span>
              <TextArea className="input" rows={3} data-testid="copy-recipients" value={recipients} onCommit={setRecipients} />
            </label>
          </div>
          {signature ? (
            <SignerFields
              legend="Người ký bản sao"
              testPrefix="copy"
              signature={signature}
              signers={start.kind === 'ready' ? start.signers : []}
              onChange={setSignature}
            />
          ) : null}
          <FormFooter
            error={error}
            errorTestId="copy-error"
            onCancel={onClose}
            submitLabel="Làm bản sao và tải về"
            busyLabel="Đang làm bản sao…"
            busy={busy}
            disabled={start.kind !== 'ready'}
            submitTestId="copy-make"
          />
        </form>
      )}
    </Dialog>
  );
}
