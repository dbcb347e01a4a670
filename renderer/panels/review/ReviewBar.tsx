import { memo, useCallback, useContext, useState } from 'react';
import type { StoredDocument } from '../../../electron/contract/model/office.ts';
import { statusNames } from '../../../electron/contract/model/status.ts';
import { resolveProfile } from '../../../electron/format/resolveProfile.ts';
import { useApi } from '../../api/useApi.ts';
import { isoDayVi } from '../../app/format.ts';
import { PersonContext, refusal } from '../../app/start/permissions.ts';
import type { Autosave } from '../../editor/session/autosave.ts';
import { CopyDialog } from '../../screens/copies/CopyDialog.tsx';
import { IssueDialog } from './IssueDialog.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';
import { ReturnReason } from './ReturnReason.tsx';
import { StepConfirm } from './StepConfirm.tsx';
import { SubmitConfirm } from './SubmitConfirm.tsx';
import { actionHints, actionKinds, actionLabels, actionsFor, numberText, roundText, type ReviewAction } from './reviewActions.ts';
import { useReviewCall } from './useReviewCall.ts';

type Props = { stored: StoredDocument; draftRound: number | null; autosave: Autosave; onReload: () => void };

type Open = 'submit' | 'return' | 'approve' | 'confirm-issue' | 'issue' | 'save-version' | 'sao-y' | 'trich-sao' | null;

/** The review and issue bar of the editor: where the document stands, and what its status allows. */
export const ReviewBar = memo(function ReviewBar({ stored, draftRound, autosave, onReload }: Props) {
  const api = useApi();
  const review = useReviewCall(autosave, onReload);
  const person = useContext(PersonContext);
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  // The reason given to issue although the check finds errors (asked before the issue dialog).
  const [issueReason, setIssueReason] = useState<string | undefined>(undefined);
  const id = stored.id;
  const { header, planYear } = stored.content;
  const resolved = resolveProfile({ profileId: stored.profileId, date: header.date, planYear });
  const rules = resolved.ok ? resolved.value.numbering : null;
  const number = rules ? numberText(header.number, rules) : resolved.ok ? null : resolved.error.message;
  const round = roundText(stored.status, draftRound);

  /** A dialog's work: closes the dialog once it is done. */
  const closing = async (work: Promise<string | null>): Promise<string | null> => {
    const problem = await work;
    if (problem === null) setOpen(null);
    return problem;
  };

  const act = async (action: ReviewAction): Promise<void> => {
    setError(null);
    if (action === 'issue') setOpen('confirm-issue');
    else setOpen(action);
  };

  const submit = useCallback(
    async (reason: string | undefined): Promise<string | null> => {
      const problem = await review.run(
        (expectedVersion) => api.submitForReview({ id, expectedVersion, ...(reason ? { overrideReason: reason } : {}) }),
        (s) => `Đã trình duyệt${s.content.marks.draftRound ? ` dự thảo lần ${s.content.marks.draftRound}` : ''}.`,
      );
      if (reason === undefined) setError(problem);
      return problem;
    },
    [api, id, review],
  );
  const closeDialog = useCallback(() => setOpen(null), []);

  return (
    <div
      className={`review-bar review-${stored.status}`}
      data-testid="review-bar"
      data-status={stored.status}
      role="region"
      aria-label="Trình duyệt và ban hành"
    >
      <span className={`status-chip status-${stored.status} review-status`} data-testid="review-status">
        {statusNames[stored.status]}
      </span>
      {round ? (
        <span className="review-round" data-testid="review-round">
          {round}
        </span>
      ) : null}
      {number ? (
        <span className="review-number" data-testid="review-number">
          {number}
          {stored.issuedOn ? `, ngày ${isoDayVi(stored.issuedOn)}` : ''}
        </span>
      ) : null}
      {error ? (
        <span className="review-error" role="alert" data-testid="review-error">
          {error}
        </span>
      ) : null}
      <span className="review-actions">
        {actionsFor(stored.status).map((action) => {
          const refused = refusal(person, actionKinds[action]);
          return (
            <button
              key={action}
              type="button"
              className={`btn btn-small${action === 'approve' || action === 'issue' || action === 'submit' ? ' btn-primary' : ''}`}
              data-testid={`review-${action}`}
              data-refused={refused ? 'true' : undefined}
              title={refused ?? actionHints[action]}
              disabled={review.busy || refused !== null}
              onClick={() => void act(action)}
            >
              {actionLabels[action]}
            </button>
          );
        })}
      </span>
      {stored.status === 'tra-lai' ? <ReturnReason documentId={id} version={stored.version} /> : null}
      {open === 'submit' ? (
        <SubmitConfirm
          documentId={id}
          autosave={autosave}
          onClose={closeDialog}
          onSubmit={(reason) => (reason ? closing(submit(reason)) : submit(reason))}
        />
      ) : null}
      {open === 'approve' ? (
        <StepConfirm
          documentId={id}
          step="approve"
          onClose={() => setOpen(null)}
          onConfirm={(reason) =>
            closing(
              review.run(
                (expectedVersion) => api.approveDocument({ id, expectedVersion, ...(reason ? { overrideReason: reason } : {}) }),
                () => 'Đã duyệt văn bản; văn thư có thể ban hành.',
              ),
            )
          }
        />
      ) : null}
      {open === 'confirm-issue' ? (
        <StepConfirm
          documentId={id}
          step="issue"
          onClose={() => setOpen(null)}
          onConfirm={(reason) => {
            setIssueReason(reason);
            setOpen('issue');
            return Promise.resolve(null);
          }}
        />
      ) : null}
      {open === 'return' ? (
        <ReasonDialog
          title="Trả lại dự thảo"
          label="Lý do trả lại"
          confirmLabel="Trả lại"
          testId="return"
          placeholder="Ví dụ: Bổ sung chỉ tiêu về môi trường; sửa trích yếu cho gọn."
          onClose={() => setOpen(null)}
          onConfirm={(why) =>
            closing(
              review.run(
                (expectedVersion) => api.returnDraft({ id, why, expectedVersion }),
                () => 'Đã trả lại dự thảo kèm lý do.',
              ),
            )
          }
        >
          <p className="hint">Dự thảo trở về người soạn để sửa; lý do được ghi vào lịch sử văn bản.</p>
        </ReasonDialog>
      ) : null}
      {open === 'save-version' ? (
        <ReasonDialog
          title="Lưu phiên bản"
          label="Tên hoặc lý do của phiên bản"
          confirmLabel="Lưu phiên bản"
          testId="save-version"
          placeholder="Ví dụ: Bản gửi xin ý kiến Thường trực"
          onClose={() => setOpen(null)}
          onConfirm={(why) =>
            closing(
              review.run(
                (expectedVersion) => api.saveVersion({ id, why, expectedVersion }),
                (s) => `Đã lưu phiên bản ${s.version}.`,
              ),
            )
          }
        />
      ) : null}
      {open === 'issue' ? (
        <IssueDialog
          stored={stored}
          onClose={() => setOpen(null)}
          onIssue={(date, secret) =>
            closing(
              review.run(
                () => api.issueDocument({ id, date, secret, ...(issueReason ? { overrideReason: issueReason } : {}) }),
                (s) =>
                  `Đã ban hành: ${rules ? (numberText(s.content.header.number, rules) ?? '') : ''}${s.issuedOn ? `, ngày ${isoDayVi(s.issuedOn)}` : ''}.`,
              ),
            )
          }
        />
      ) : null}
      {open === 'sao-y' || open === 'trich-sao' ? (
        <CopyDialog kind={open} orgId={stored.orgId} document={stored} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
});
