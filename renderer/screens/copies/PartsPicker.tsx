import { useMemo } from 'react';
import type { Block } from '../../../electron/contract/model/body.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { partEntries, partsText, sectionIndexes } from './copyParts.ts';
import { shortText } from '../../../electron/format/shortText.ts';

type Props = {
  body: readonly Block[];
  profile: Pick<FormatProfile, 'headings'>;
  chosen: ReadonlySet<number>;
  onChange: (chosen: Set<number>) => void;
};

/** Trích sao: the document's headings and paragraphs with a box each; ticking a heading takes its whole part. */
export function PartsPicker({ body, profile, chosen, onChange }: Props) {
  const entries = useMemo(() => partEntries(body, profile), [body, profile]);
  const toggle = (index: number, on: boolean): void => {
    const next = new Set(chosen);
    for (const i of sectionIndexes(entries, index)) {
      if (on) next.add(i);
      else next.delete(i);
    }
    onChange(next);
  };
  return (
    <fieldset className="check-group parts-picker">
      <legend>Phần trích ({chosen.size > 0 ? `khối ${partsText(chosen)}` : 'chưa chọn'})</legend>
      <div className="row parts-tools">
        <button type="button" className="btn-link" onClick={() => onChange(new Set(entries.map((e) => e.index)))}>
          Chọn tất cả
        </button>
        <button type="button" className="btn-link" onClick={() => onChange(new Set())}>
          Bỏ chọn
        </button>
        <span className="hint">Chọn một đề mục là chọn cả phần dưới nó.</span>
      </div>
      <ol className="parts-list" data-testid="copy-parts">
        {entries.map((e) => (
          <li key={e.index} className={`part part-${e.type}`} style={{ paddingLeft: `${(e.level ?? 5) * 12}px` }}>
            <label className="check">
              <input
                type="checkbox"
                data-testid="copy-part"
                data-index={e.index}
                checked={chosen.has(e.index)}
                onChange={(ev) => toggle(e.index, ev.target.checked)}
              />
              <span className="part-no">{e.index}</span>
              <span className={e.level !== null ? 'part-text part-heading' : 'part-text'}>
                {e.label ? `${e.label} ` : ''}
                {shortText(e.text, 140)}
              </span>
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
