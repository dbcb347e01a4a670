import { memo } from 'react';
import type { Recipient } from '../../../electron/contract/model/parts.ts';
import { IconButton } from '../../app/IconButton.tsx';
import { TextField } from '../../app/TextField.tsx';
import { withText } from '../../app/objects.ts';

type Props = {
  index: number;
  line: Recipient;
  count: number;
  onChange: (index: number, line: Recipient) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
};

/** One "Nơi nhận" line: its text ("- " is printed for it), an italic note, order and removal. */
export const RecipientLine = memo(function RecipientLine({ index, line, count, onChange, onMove, onRemove }: Props) {
  return (
    <li className="recipient-line" data-testid="recipient-line">
      <span className="dash" aria-hidden="true">
        -
      </span>
      <TextField
        className="input recipient-text"
        aria-label={`Nơi nhận dòng ${index + 1}`}
        data-testid="recipient-text"
        data-spell=""
        placeholder="ví dụ: Ban Thường vụ Tỉnh ủy"
        value={line.text}
        onCommit={(text) => onChange(index, { ...line, text })}
      />
      <TextField
        className="input recipient-note"
        aria-label={`Ghi chú nghiêng dòng ${index + 1}`}
        data-testid="recipient-note"
        data-spell=""
        placeholder="ghi chú"
        value={line.note ?? ''}
        onCommit={(note) => onChange(index, withText(line, 'note', note))}
      />
      <IconButton label="Chuyển lên" icon="↑" tooltip={false} disabled={index === 0} onClick={() => onMove(index, -1)} />
      <IconButton label="Chuyển xuống" icon="↓" tooltip={false} disabled={index === count - 1} onClick={() => onMove(index, 1)} />
      <IconButton
        label={`Bỏ dòng ${index + 1}`}
        icon="✕"
        tooltip={false}
        danger
        testId="recipient-remove"
        onClick={() => onRemove(index)}
      />
    </li>
  );
});
