import { memo } from 'react';
import type { OrganizationInput } from '../../../electron/contract/model/office.ts';
import { formatPlaceDate } from '../../../electron/format/dates.ts';
import { printedText } from '../../../electron/format/profileStyle.ts';
import { profileInForce } from '../../../electron/format/resolveProfile.ts';

/** The header exactly as it will print: superior body, issuing body, "*", the number and the date line. */
export const HeaderPreview = memo(function HeaderPreview({ org }: { org: Partial<OrganizationInput> }) {
  const today = new Date().toISOString().slice(0, 10);
  // In capitals when the rules in force print them so, whatever case the office typed.
  const { superiorBody, issuingBody } = profileInForce(today).header;
  return (
    <div className="setup-preview" data-testid="header-preview" aria-label="Xem trước phần đầu văn bản">
      <div className="setup-preview-left">
        {org.superiorBody ? <div data-testid="header-preview-superior">{printedText(org.superiorBody, superiorBody)}</div> : null}
        <div className="setup-preview-body" data-testid="header-preview-name">
          {printedText(org.name || 'TÊN CƠ QUAN', issuingBody)}
        </div>
        <div>*</div>
        <div className="setup-preview-number">Số 08-NQ/{org.issuerCode || '…'}</div>
      </div>
      <div className="setup-preview-right">
        <div className="setup-preview-party">ĐẢNG CỘNG SẢN VIỆT NAM</div>
        <div className="setup-preview-date">{formatPlaceDate(org.place || 'Địa danh', today)}</div>
      </div>
    </div>
  );
});
