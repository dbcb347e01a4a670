import { useState } from 'react';
import { commentableParts, type DocParts, type PartAnchor } from '../../../electron/contract/model/partAnchors.ts';

type Props = { parts: DocParts; onStart: (anchor: PartAnchor, name: string) => void };

/**
 * "Ý kiến cho phần khác": every part of the draft besides the body's text (header fields, the
 * summary, each target, each line of "Nơi nhận", the signer, the appendix rows), in print order;
 * the keyboard's way to what the page's "Ý kiến" buttons offer.
 */
export function PartPicker({ parts, onStart }: Props) {
  const options = commentableParts(parts);
  const [chosen, setChosen] = useState(0);
  const option = options[Math.min(chosen, options.length - 1)];
  if (!option) return null;
  return (
    <div className="row comment-part-picker">
      <label className="comment-part-label" htmlFor="comment-part-select">
        Ý kiến cho phần
      </label>
      <select
        id="comment-part-select"
        className="input"
        data-testid="comment-part-select"
        value={Math.min(chosen, options.length - 1)}
        onChange={(e) => setChosen(Number(e.target.value))}
      >
        {options.map((p, i) => (
          <option key={`${p.name}-${i}`} value={i}>
            {p.name}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-small" data-testid="comment-part-start" onClick={() => onStart(option.anchor, option.name)}>
        Góp ý
      </button>
    </div>
  );
}
