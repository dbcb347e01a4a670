import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { Recipient, Recipients } from '../../../electron/contract/model/parts.ts';
import { moved } from '../../app/objects.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import { RecipientLine } from './RecipientLine.tsx';
import { SavedLists } from './SavedLists.tsx';

type Props = { recipients: Recipients; orgId: string; onChange: (recipients: Recipients) => void };

/** "Nơi nhận:": the lines in order, their punctuation, and the office's saved lists. */
export const RecipientsPanel = memo(function RecipientsPanel({ recipients, orgId, onChange }: Props) {
  const latest = useRef(recipients);
  latest.current = recipients;
  const setLines = useCallback((lines: Recipient[]) => onChange({ ...latest.current, lines }), [onChange]);
  const change = useCallback(
    (i: number, line: Recipient) => setLines(latest.current.lines.map((l, k) => (k === i ? line : l))),
    [setLines],
  );
  const move = useCallback((i: number, by: -1 | 1) => setLines(moved(latest.current.lines, i, by)), [setLines]);
  const remove = useCallback((i: number) => setLines(latest.current.lines.filter((_, k) => k !== i)), [setLines]);
  const lines = recipients.lines;
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    list.current?.querySelectorAll<HTMLInputElement>('.recipient-text')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex]);
  const addLine = (): void => {
    const last = lines[lines.length - 1];
    const beforeStorage = last !== undefined && /^\s*Lưu\b/u.test(last.text);
    const at = beforeStorage ? lines.length - 1 : lines.length;
    setLines([...lines.slice(0, at), { text: '' }, ...lines.slice(at)]);
    setFocusIndex(at);
  };
  return (
    <section className="panel-section" aria-labelledby="recipients-title" data-testid="recipients-panel">
      <h3 id="recipients-title">Nơi nhận</h3>
      <SavedLists
        orgId={orgId}
        lines={lines}
        onPick={(picked, name) => {
          const before = latest.current;
          onChange({ ...before, lines: picked });
          showToast({ kind: 'info', message: `Đã dùng danh sách “${name}”.`, action: { label: 'Hoàn tác', run: () => onChange(before) } });
        }}
      />
      <ol className="recipient-lines" ref={list}>
        {lines.map((line, i) => (
          <RecipientLine key={i} index={i} line={line} count={lines.length} onChange={change} onMove={move} onRemove={remove} />
        ))}
      </ol>
      <button type="button" className="btn btn-small" data-testid="recipient-add" onClick={addLine}>
        + Thêm nơi nhận
      </button>
      <fieldset className="radio-group">
        <legend>Dấu câu cuối dòng</legend>
        <label>
          <input
            type="radio"
            name="punctuation"
            data-testid="recipient-punctuation-profile"
            checked={recipients.punctuation === 'profile'}
            onChange={() => onChange({ ...recipients, punctuation: 'profile' })}
          />
          Theo thể thức: tự đặt dấu cuối mỗi dòng (“;” theo 05-HD, “,” theo 36-HD) và “.” ở dòng cuối
        </label>
        <label>
          <input
            type="radio"
            name="punctuation"
            data-testid="recipient-punctuation-as-written"
            checked={recipients.punctuation === 'as-written'}
            onChange={() => onChange({ ...recipients, punctuation: 'as-written' })}
          />
          Giữ nguyên như đã gõ
        </label>
      </fieldset>
    </section>
  );
});
