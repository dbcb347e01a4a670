import { memo, type ReactNode } from 'react';
import type { DocParts } from '../session/parts.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { profileVars } from './profileVars.ts';
import { appendixColumns, appendixHeadingText, appendixRows, attachedNoteText } from '../../../electron/format/printed.ts';

type Props = Pick<DocParts, 'appendix' | 'header' | 'planYear' | 'title' | 'targets'> & {
  profile: FormatProfile;
  /** What prints after the table on the last sheet (the contact lines). */
  children?: ReactNode;
};

/** The appendix (phụ lục) on its own sheet, portrait or landscape, from the same targets as the table editor. */
export const AppendixPreview = memo(function AppendixPreview({ profile, children, ...doc }: Props) {
  const columns = appendixColumns(doc, profile);
  const rows = appendixRows(doc.targets);
  return (
    <section
      className={`page appendix-page appendix-${doc.appendix.orientation}`}
      style={profileVars(profile, doc.appendix.orientation)}
      data-testid="appendix-preview"
      aria-label="Xem trước phụ lục"
    >
      <div className="pf-app-heading">{appendixHeadingText(doc, profile)}</div>
      {doc.appendix.title.trim() ? <div className="pf-app-title">{doc.appendix.title}</div> : null}
      <div className="pf-app-note">{attachedNoteText(doc, profile)}</div>
      {profile.rules.appendixSeparator ? <div className="pf-app-note">{profile.rules.appendixSeparator}</div> : null}
      {rows.length > 0 ? (
        <table className="pf-app-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} className={`col-${c.key}`}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.bold ? 'group-row' : undefined}>
                {columns.map((c) => (
                  <td key={c.key} className={`col-${c.key} align-${c.align}${row.italic && c.key === 'name' ? ' subgroup' : ''}`}>
                    {row[c.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">Chưa có chỉ tiêu nào.</p>
      )}
      {children}
    </section>
  );
});
