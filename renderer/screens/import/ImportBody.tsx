import { useMemo, useState } from 'react';
import type { Block } from '../../../electron/contract/model/body.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { partEntries } from '../copies/copyParts.ts';

/** The body as read, block by block (shown on request; it is edited in the editor once saved as a draft). */
export function ImportBody({ body, profile, doubtful }: { body: readonly Block[]; profile: FormatProfile | null; doubtful: boolean }) {
  const [open, setOpen] = useState(false);
  const entries = useMemo(() => (open && profile ? partEntries(body, profile) : []), [open, body, profile]);
  return (
    <fieldset className={`check-group import-section${doubtful ? ' doubtful' : ''}`} data-testid="import-body" data-doubtful={doubtful}>
      <legend>
        Nội dung ({body.length} khối){doubtful ? <span className="doubt-mark"> ⚠ cần xem lại</span> : null}
      </legend>
      <button type="button" className="btn-link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Thu gọn' : 'Xem nội dung đã đọc'}
      </button>
      {open ? (
        <ol className="parts-list import-body-list">
          {entries.map((e) => (
            <li
              key={e.index}
              className={e.level !== null ? 'part part-heading' : 'part'}
              style={{ paddingLeft: `${(e.level ?? 5) * 10}px` }}
            >
              {e.label ? `${e.label} ` : ''}
              {e.text}
            </li>
          ))}
        </ol>
      ) : null}
    </fieldset>
  );
}
