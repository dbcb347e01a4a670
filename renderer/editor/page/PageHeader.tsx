import { memo, type CSSProperties } from 'react';
import type { Organization } from '../../../electron/contract/model/office.ts';
import type { Header, Marks } from '../../../electron/contract/model/parts.ts';
import { formatDocNumber } from '../../../electron/format/docNumber.ts';
import { headerLayout } from '../../../electron/format/headerLayout.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { HeaderDate } from './HeaderDate.tsx';
import { markLines, placeDateText } from '../../../electron/format/printed.ts';
import { LazySelect } from '../../app/LazySelect.tsx';
import { TextArea } from '../../app/TextArea.tsx';
import { omit } from '../../app/objects.ts';

type Props = {
  header: Header;
  marks: Marks;
  planYear: number;
  profile: FormatProfile;
  organizations: Organization[];
  onChange: (header: Header) => void;
  onEditMarks: () => void;
};

/** Fills the header from an organization: superior body, name, kind, issuer code and place. */
function fromOrganization(header: Header, org: Organization): Header {
  const rest = omit(header, 'superiorBody');
  return {
    ...rest,
    ...(org.superiorBody ? { superiorBody: org.superiorBody } : {}),
    issuingBody: org.name,
    bodyKind: org.bodyKind,
    number: { ...header.number, issuerCode: org.issuerCode },
    place: org.place,
  };
}

/** Page 1's header (boxes 1–4 and the marks), edited in place. */
export const PageHeader = memo(function PageHeader({ header, marks, planYear, profile, organizations, onChange, onEditMarks }: Props) {
  const known = organizations.some((o) => o.name === header.issuingBody);
  const marksShown = markLines(marks, profile);
  // The same columns and line breaks as the .docx (docx/header.ts): a long name widens the left column or is broken evenly.
  const fitted = headerLayout({ ...header, placeDate: placeDateText({ header, planYear }) }, profile);
  const superiorLines = fitted.superiorLines ?? [header.superiorBody ?? ''];
  const issuingBroken = fitted.issuingLines.length > 1;
  const columns =
    fitted.leftPercent === profile.header.columns[0]
      ? undefined
      : ({ '--header-left': `${fitted.leftPercent}%`, '--header-right': `${100 - fitted.leftPercent}%` } as CSSProperties);
  return (
    <div className="pf-header" data-testid="page-header" style={columns}>
      <div className="pf-h-bodies">
        <TextArea
          className="pf-field pf-superior"
          aria-label="Cơ quan cấp trên"
          data-testid="header-superior-body"
          placeholder="(cấp trên, nếu có)"
          rows={superiorLines.length}
          value={superiorLines.join('\n')}
          onCommit={(v) => {
            // The breaks are the layout's, not the name's: the name is stored on one line.
            const name = v.replace(/\s*\n\s*/g, ' ');
            const rest = omit(header, 'superiorBody');
            onChange(name.trim() === '' ? rest : { ...rest, superiorBody: name });
          }}
        />
        <div className="pf-issuing-box">
          {issuingBroken ? (
            <div className="pf-issuing pf-issuing-lines" aria-hidden="true" data-testid="header-issuing-lines">
              {fitted.issuingLines.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </div>
          ) : null}
          <LazySelect
            className={issuingBroken ? 'pf-field pf-issuing pf-issuing-over' : 'pf-field pf-issuing'}
            label="Cơ quan ban hành"
            testId="header-issuing-body"
            value={header.issuingBody}
            options={[
              ...(known ? [] : [{ value: header.issuingBody, label: header.issuingBody }]),
              ...organizations.map((o) => ({ value: o.name, label: o.name })),
            ]}
            onChange={(name) => {
              const org = organizations.find((o) => o.name === name);
              if (org) onChange(fromOrganization(header, org));
            }}
          />
        </div>
        <div className="pf-asterisk">*</div>
      </div>
      <div className="pf-h-party">
        <span className="pf-party-text">{profile.header.partyTitle.text}</span>
      </div>
      <div className="pf-h-number">
        <div className="pf-number" data-testid="header-number" title="Số văn bản do văn thư cấp khi ban hành">
          {formatDocNumber(header.number, profile.numbering)}
        </div>
        {marksShown.length > 0 ? (
          <button type="button" className="pf-marks" data-testid="header-marks" onClick={onEditMarks} title="Sửa dấu dự thảo, mật, khẩn">
            {marksShown.map((m) => (
              <span key={m.kind} className={`pf-mark pf-mark-${m.kind}`}>
                {m.text}
              </span>
            ))}
          </button>
        ) : null}
      </div>
      <div className="pf-h-date">
        <HeaderDate header={header} planYear={planYear} onChange={onChange} />
      </div>
    </div>
  );
});
