import { useState } from 'react';
import type { Header } from '../../../electron/contract/model/parts.ts';
import { formatDateLong } from '../../../electron/format/dates.ts';
import { TextField } from '../../app/TextField.tsx';
import { DateField } from '../../app/DateField.tsx';

type Props = { header: Header; planYear: number; onChange: (header: Header) => void };

/** "Đức Trọng, ngày 10 tháng 12 năm 2021" (italic): the place is typed in place; the date is set when issued. */
export function HeaderDate({ header, planYear, onChange }: Props) {
  const [picking, setPicking] = useState(false);
  const datePart = header.date === null ? `ngày    tháng    năm ${planYear - 1}` : formatDateLong(header.date);
  return (
    <div className="pf-placedate" data-testid="header-place-date">
      <TextField
        className="pf-field pf-place"
        aria-label="Địa danh"
        data-testid="header-place"
        value={header.place}
        onCommit={(place) => onChange({ ...header, place })}
      />
      <span>, </span>
      <button
        type="button"
        className="pf-date"
        data-testid="header-date"
        aria-label={header.date === null ? 'Ngày ban hành (để trống khi còn là dự thảo)' : `Ngày ban hành: ${datePart}`}
        onClick={() => setPicking((p) => !p)}
      >
        {datePart}
      </button>
      {picking ? (
        <span className="screen-control date-picker">
          <DateField
            data-testid="header-date-input"
            aria-label="Ngày ban hành (ngày/tháng/năm)"
            autoFocus
            value={header.date}
            onCommit={(date) => onChange({ ...header, date })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setPicking(false);
            }}
          />
          <button type="button" className="btn btn-small" onClick={() => onChange({ ...header, date: null })}>
            Để trống
          </button>
          <button type="button" className="btn btn-small" onClick={() => setPicking(false)}>
            Xong
          </button>
        </span>
      ) : null}
    </div>
  );
}
