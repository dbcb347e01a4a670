import { memo } from 'react';
import type { Marks } from '../../../electron/contract/model/parts.ts';
import { contactLines } from '../../../electron/format/printed.ts';

/** Thông tin liên hệ as printed: small lines under a full-width rule, at the end of the last sheet. Click to edit. */
export const ContactPreview = memo(function ContactPreview({ marks, onEdit }: { marks: Marks; onEdit: () => void }) {
  const lines = contactLines(marks);
  if (lines.length === 0) return null;
  return (
    <button type="button" className="pf-contact" data-testid="page-contact" onClick={onEdit} title="Sửa thông tin liên hệ">
      {lines.map((line, i) => (
        <span key={i} className="pf-contact-line">
          {line}
        </span>
      ))}
    </button>
  );
});
