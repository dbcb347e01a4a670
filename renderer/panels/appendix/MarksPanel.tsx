import { memo } from 'react';
import { secrecyLevels, secrecyNames, urgencyLevels, urgencyNames, type Marks } from '../../../electron/contract/model/parts.ts';
import { TextArea } from '../../app/TextArea.tsx';
import { TextField } from '../../app/TextField.tsx';

type Props = { marks: Marks; onChange: (marks: Marks) => void };

const circulations = [
  'Tài liệu thu hồi',
  'Xong hội nghị trả lại',
  'Xem xong trả lại',
  'Lưu hành nội bộ',
  'Tài liệu hội nghị',
  'Không phổ biến trên phương tiện thông tin đại chúng',
];

/** Dấu: "Dự thảo lần N", mật, khẩn, phạm vi lưu hành, ký hiệu người đánh máy, thông tin liên hệ. */
export const MarksPanel = memo(function MarksPanel({ marks, onChange }: Props) {
  const set = <K extends keyof Marks>(key: K, value: Marks[K]): void => onChange({ ...marks, [key]: value });
  return (
    <section className="panel-section" aria-labelledby="marks-title" data-testid="marks-panel">
      <h3 id="marks-title">Dấu và chỉ dẫn</h3>
      <div className="row">
        <label className="check">
          <input
            type="checkbox"
            data-testid="marks-draft"
            checked={marks.draftRound !== null}
            onChange={(e) => set('draftRound', e.target.checked ? 1 : null)}
          />
          <span>Dự thảo lần</span>
        </label>
        <input
          type="number"
          min={1}
          max={99}
          className="input input-narrow"
          aria-label="Lần dự thảo"
          data-testid="marks-draft-round"
          disabled={marks.draftRound === null}
          value={marks.draftRound ?? ''}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1) set('draftRound', n);
          }}
        />
      </div>
      <div className="row">
        <label className="field">
          <span>Độ mật</span>
          <select
            className="input"
            data-testid="marks-secrecy"
            value={marks.secrecy ?? ''}
            onChange={(e) => set('secrecy', secrecyLevels.find((l) => l === e.target.value) ?? null)}
          >
            <option value="">Không</option>
            {secrecyLevels.map((l) => (
              <option key={l} value={l}>
                {secrecyNames[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Độ khẩn</span>
          <select
            className="input"
            data-testid="marks-urgency"
            value={marks.urgency ?? ''}
            onChange={(e) => set('urgency', urgencyLevels.find((l) => l === e.target.value) ?? null)}
          >
            <option value="">Không</option>
            {urgencyLevels.map((l) => (
              <option key={l} value={l}>
                {urgencyNames[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>Phạm vi lưu hành</span>
        <TextField
          className="input"
          list="circulations"
          data-testid="marks-circulation"
          placeholder="(không)"
          value={marks.circulation ?? ''}
          onCommit={(v) => set('circulation', v.trim() === '' ? null : v)}
        />
        <datalist id="circulations">
          {circulations.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span>Ký hiệu người đánh máy, số lượng bản (in nhỏ dưới nơi nhận)</span>
        <TextField
          className="input"
          data-testid="marks-production-note"
          placeholder="ví dụ: ABC-25"
          value={marks.productionNote ?? ''}
          onCommit={(v) => set('productionNote', v.trim() === '' ? null : v)}
        />
      </label>
      <label className="field">
        <span>Thông tin liên hệ (in cỡ nhỏ ở trang cuối, dưới một đường kẻ; mỗi dòng một ý)</span>
        <TextArea
          className="input"
          rows={3}
          data-testid="marks-contact"
          placeholder="ví dụ: Địa chỉ: …; Điện thoại: …; Thư điện tử: …"
          value={marks.contact ?? ''}
          onCommit={(v) => set('contact', v.trim() === '' ? null : v)}
        />
      </label>
    </section>
  );
});
