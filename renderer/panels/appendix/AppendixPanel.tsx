import { memo } from 'react';
import type { Appendix } from '../../../electron/contract/model/parts.ts';
import { TextField } from '../../app/TextField.tsx';
import { withText } from '../../app/objects.ts';

type Props = { appendix: Appendix; planYear: number; autoNote: string; onChange: (appendix: Appendix) => void };

/** Phụ lục chỉ tiêu: whether to print it, its title, which of last year's columns, orientation. */
export const AppendixPanel = memo(function AppendixPanel({ appendix, planYear, autoNote, onChange }: Props) {
  const set = <K extends keyof Appendix>(key: K, value: Appendix[K]): void => onChange({ ...appendix, [key]: value });
  const col = (key: keyof Appendix['columns'], value: boolean): void => set('columns', { ...appendix.columns, [key]: value });
  return (
    <section className="panel-section" aria-labelledby="appendix-title" data-testid="appendix-panel">
      <h3 id="appendix-title">Phụ lục chỉ tiêu</h3>
      <label className="check">
        <input
          type="checkbox"
          data-testid="appendix-include"
          checked={appendix.include}
          onChange={(e) => set('include', e.target.checked)}
        />
        <span>In phụ lục (trang riêng, sau chữ ký)</span>
      </label>
      <fieldset disabled={!appendix.include} className="plain-fieldset">
        <label className="field">
          <span>Tiêu đề</span>
          <TextField
            className="input caps"
            data-testid="appendix-title"
            placeholder={`CHỈ TIÊU KẾ HOẠCH NĂM ${planYear}`}
            value={appendix.title}
            onCommit={(v) => set('title', v)}
          />
        </label>
        <label className="field">
          <span>Dòng “Kèm theo …” (để trống: ứng dụng tự ghi)</span>
          <TextField
            className="input"
            data-testid="appendix-note"
            placeholder={autoNote}
            value={appendix.attachedNote ?? ''}
            onCommit={(v) => onChange(withText(appendix, 'attachedNote', v))}
          />
        </label>
        <label className="field">
          <span>Tên cột giá trị năm nay</span>
          <TextField
            className="input caps"
            data-testid="appendix-value-header"
            placeholder="CHỈ TIÊU"
            value={appendix.valueHeader ?? ''}
            onCommit={(v) => onChange(withText(appendix, 'valueHeader', v))}
          />
        </label>
        <fieldset className="check-group">
          <legend>Thêm cột của năm {planYear - 1}</legend>
          <label className="check">
            <input
              type="checkbox"
              data-testid="appendix-col-previous-target"
              checked={appendix.columns.previousTarget}
              onChange={(e) => col('previousTarget', e.target.checked)}
            />
            <span>Kế hoạch năm {planYear - 1}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              data-testid="appendix-col-previous-result"
              checked={appendix.columns.previousResult}
              onChange={(e) => col('previousResult', e.target.checked)}
            />
            <span>Ước thực hiện năm {planYear - 1}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              data-testid="appendix-col-assessment"
              checked={appendix.columns.assessment}
              onChange={(e) => col('assessment', e.target.checked)}
            />
            <span>Đánh giá (vượt, đạt, không đạt)</span>
          </label>
        </fieldset>
        <fieldset className="radio-group">
          <legend>Khổ giấy của phụ lục</legend>
          <label>
            <input
              type="radio"
              name="orientation"
              data-testid="appendix-portrait"
              checked={appendix.orientation === 'portrait'}
              onChange={() => set('orientation', 'portrait')}
            />{' '}
            Dọc
          </label>
          <label>
            <input
              type="radio"
              name="orientation"
              data-testid="appendix-landscape"
              checked={appendix.orientation === 'landscape'}
              onChange={() => set('orientation', 'landscape')}
            />{' '}
            Ngang (bảng nhiều cột)
          </label>
        </fieldset>
      </fieldset>
    </section>
  );
});
