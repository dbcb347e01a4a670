import { memo } from 'react';
import type { DocumentSummary, Organization } from '../../../electron/contract/model/office.ts';
import { statusNames } from '../../../electron/contract/model/status.ts';
import { padBelow } from '../../../electron/format/numbers.ts';
import { dateTimeVi, documentTitle, isoDayVi } from '../../app/format.ts';

type Props = {
  doc: DocumentSummary;
  org: Organization | null;
  onOpen: (id: number) => void;
  onDuplicate: (doc: DocumentSummary) => void;
  onDelete: (doc: DocumentSummary) => void;
  /** "Kết quả thực hiện" of an issued resolution's year; absent where the person may not enter results. */
  onResults?: ((doc: DocumentSummary) => void) | undefined;
};

/** "Số 04-NQ/HU, ngày 10/12/2021" once issued; "Chưa có số" before. */
function numberLine(doc: DocumentSummary, org: Organization | null): string {
  if (doc.numberSeq === null) return 'Chưa có số';
  const symbol = `Số ${padBelow(doc.numberSeq)}-${doc.docType}/${org?.issuerCode ?? '…'}`;
  return doc.issuedOn ? `${symbol}, ngày ${isoDayVi(doc.issuedOn)}` : symbol;
}

/** One document of Trang chủ: its summary, number, status, last change, and what can be done with it. */
export const DocumentRow = memo(function DocumentRow({ doc, org, onOpen, onDuplicate, onDelete, onResults }: Props) {
  return (
    <li className="doc-row" data-testid="document-row" data-document-id={doc.id} data-year={doc.planYear} data-org={doc.orgId}>
      <button type="button" className="doc-open" data-testid="document-open" onClick={() => onOpen(doc.id)}>
        <span className="doc-title">{documentTitle(doc)}</span>
        <span className="doc-summary">{doc.summary}</span>
        <span className="doc-meta">
          {numberLine(doc, org)} · sửa lần cuối {dateTimeVi(doc.updatedAt)} · phiên bản {doc.version}
        </span>
      </button>
      <span className={`status-chip status-${doc.status}`} data-testid="document-status">
        {statusNames[doc.status]}
      </span>
      <span className="doc-actions">
        {doc.status === 'ban-hanh' && doc.docType === 'NQ' && onResults ? (
          <button
            type="button"
            className="btn btn-small"
            data-testid="document-results"
            title={`Nhập kết quả thực hiện năm ${doc.planYear} và xem đánh giá từng chỉ tiêu`}
            onClick={() => onResults(doc)}
          >
            Kết quả thực hiện
          </button>
        ) : null}
        <button type="button" className="btn btn-small" data-testid="document-duplicate" onClick={() => onDuplicate(doc)}>
          Nhân bản
        </button>
        {/* An issued document stays in the register: it can be voided there, never deleted. */}
        {doc.status !== 'ban-hanh' && (
          <button type="button" className="btn btn-small btn-danger" data-testid="document-delete" onClick={() => onDelete(doc)}>
            Xóa
          </button>
        )}
      </span>
    </li>
  );
});
