import { isIsoDay } from '../../../electron/contract/model/dates.ts';
import { useEffect, useState } from 'react';
import type { StoredDocument } from '../../../electron/contract/model/office.ts';
import { localDate } from '../../../electron/format/dates.ts';
import { formatDocNumber, plainNumbering } from '../../../electron/format/docNumber.ts';
import { termLabel } from '../../../electron/format/termName.ts';
import { call, useApi, useSubmit } from '../../api/useApi.ts';
import { DateField } from '../../app/DateField.tsx';
import { FormDialog } from '../../app/FormDialog.tsx';

type Props = {
  stored: StoredDocument;
  onClose: () => void;
  /** Issues with the date and secrecy chosen; resolves with an error to show, or null when done. */
  onIssue: (date: string, secret: boolean) => Promise<string | null>;
};

/** "Ban hành": the issue date (today by default) and whether the document is secret; the number comes from the register. */
export function IssueDialog({ stored, onClose, onIssue }: Props) {
  const api = useApi();
  const [date, setDate] = useState(() => localDate(new Date()));
  const [secret, setSecret] = useState(false);
  const [next, setNext] = useState<string | null>(null);
  const { busy, error, setError, attempt } = useSubmit();
  const { typeCode, issuerCode } = stored.content.header.number;

  useEffect(() => {
    void call(() => api.listRegister({ orgId: stored.orgId, docType: stored.docType })).then((r) => {
      if (!r.ok) return;
      setNext(`${formatDocNumber({ seq: r.value.next, typeCode, issuerCode }, plainNumbering)} (${termLabel(r.value.term)})`);
    });
  }, [api, stored.orgId, stored.docType, typeCode, issuerCode]);

  const submit = async (): Promise<void> => {
    if (!isIsoDay(date)) {
      setError('Hãy nhập ngày ban hành theo dạng ngày/tháng/năm, ví dụ 10/12/2026.');
      return;
    }
    await attempt(() => onIssue(date, secret));
  };

  return (
    <FormDialog
      title="Ban hành văn bản"
      onClose={onClose}
      testId="issue-dialog"
      onSubmit={submit}
      error={error}
      errorTestId="issue-error"
      submitLabel="Cấp số và ban hành"
      busyLabel="Đang ban hành…"
      busy={busy}
      submitTestId="issue-confirm"
    >
      <p className="hint">
        Văn bản nhận số tiếp theo trong sổ đăng ký văn bản của cơ quan (loại {stored.docType}, nhiệm kỳ đang chạy vào ngày ban hành).
        {next ? (
          <>
            {' '}
            Số dự kiến: <strong data-testid="issue-next-number">{next}</strong>.
          </>
        ) : null}
      </p>
      <label className="field">
        <span>Ngày ban hành</span>
        <DateField data-testid="issue-date" value={date} allowEmpty={false} onCommit={(d) => setDate(d ?? '')} required />
      </label>
      <label className="check">
        <input type="checkbox" data-testid="issue-secret" checked={secret} onChange={(e) => setSecret(e.target.checked)} />
        <span>Văn bản mật (ghi vào sổ là văn bản mật)</span>
      </label>
    </FormDialog>
  );
}
