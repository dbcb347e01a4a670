import { useEffect, useState } from 'react';
import type { ApprovalSummary } from '../../../electron/contract/model/review.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';

type Props = { documentId: number; onLoaded: (summary: ApprovalSummary) => void };

/** What is still open before "Duyệt" or "Ban hành": comments, suggestions from Word, format errors and warnings. */
export function StepSummary({ documentId, onLoaded }: Props) {
  const api = useApi();
  const [summary, setSummary] = useState<ApprovalSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call(() => api.approvalSummary({ id: documentId })).then((r) => {
      if (!r.ok) return setError(errorText(r.error));
      setSummary(r.value);
      onLoaded(r.value);
    });
  }, [api, documentId, onLoaded]);
  if (error) return <p className="form-error">{error}</p>;
  if (!summary) return <p className="hint">Đang kiểm tra văn bản…</p>;
  const line = (n: number, what: string, testId: string) => (
    <li data-testid={testId} className={n > 0 ? 'summary-open' : undefined}>
      {n > 0 ? `${n} ${what}` : `Không còn ${what}`}
    </li>
  );
  return (
    <div className="step-summary" data-testid="step-summary">
      <ul>
        {line(summary.openComments, 'ý kiến chưa xử lý', 'summary-comments')}
        {line(summary.openSuggestions, 'góp ý sửa chưa xử lý', 'summary-suggestions')}
        {line(summary.errors, 'lỗi thể thức', 'summary-errors')}
        {line(summary.warnings, 'cảnh báo thể thức', 'summary-warnings')}
      </ul>
      {summary.errors > 0 ? (
        <>
          <ul className="form-error">
            {summary.findings
              .filter((f) => f.severity === 'error')
              .slice(0, 5)
              .map((f) => (
                <li key={`${f.path}:${f.message}`}>{f.message}</li>
              ))}
          </ul>
          <p className="hint">Còn lỗi thể thức: muốn tiếp tục thì phải ghi lý do; lý do được ghi vào lịch sử văn bản.</p>
        </>
      ) : null}
    </div>
  );
}
