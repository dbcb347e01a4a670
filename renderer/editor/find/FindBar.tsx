import type { LexicalEditor } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { onCommand } from '../../app/commands.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import type { PanelTab } from '../session/editorContext.ts';
import type { DocParts } from '../session/parts.ts';
import { $selectMatch } from './bodyFind.ts';
import { clearHits, paintHits, showHit } from './highlight.ts';
import { replaceAll, replaceHit, useHits, type Hit, type UpdateParts } from './useFind.ts';

type Props = { editor: LexicalEditor; parts: DocParts; updateParts: UpdateParts; openPanel: (tab: PanelTab) => void; readOnly: boolean };

/**
 * "Tìm" (Ctrl+F) and "Thay thế" (Ctrl+H) over the whole document: header and title, body,
 * recipients, signer and targets; optionally without regard to diacritics ("nong thon" finds
 * "nông thôn"). Case is ignored. The page's highlight shows every hit and the current one.
 */
export function FindBar({ editor, parts, updateParts, openPanel, readOnly }: Props) {
  const [open, setOpen] = useState(false);
  const [withReplace, setWithReplace] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [ignoreMarks, setIgnoreMarks] = useState(false);
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const options = { ignoreMarks };
  const hits = useHits(editor, parts, query, options, open);
  const index = hits.length === 0 ? -1 : Math.min(current, hits.length - 1);

  // Ctrl+F (Ctrl+H) puts the focus in the find box, its words selected, in the commit that shows it:
  // a key typed at once goes there, not into the document, however late the next frame comes.
  const [asked, setAsked] = useState(0);
  useEffect(
    () =>
      onCommand((command) => {
        if (command !== 'search' && command !== 'replace') return false;
        setOpen(true);
        if (command === 'replace' && !readOnly) setWithReplace(true);
        setAsked((n) => n + 1);
        return true;
      }),
    [readOnly],
  );
  useLayoutEffect(() => {
    if (asked > 0) input.current?.select();
  }, [asked]);

  useEffect(() => {
    if (!open) return clearHits();
    paintHits(editor, hits, index);
    return undefined;
  }, [editor, hits, index, open]);
  useEffect(() => clearHits, []);

  const show = (hit: Hit): void => {
    if (hit.kind === 'field' && hit.field.tab) openPanel(hit.field.tab);
    requestAnimationFrame(() => showHit(editor, hit));
  };
  const go = (to: number): void => {
    if (hits.length === 0) return;
    const next = (to + hits.length) % hits.length;
    setCurrent(next);
    const hit = hits[next];
    if (hit) show(hit);
  };

  // Typing the words brings their first hit into view, as a browser's find does (Enter then goes to
  // the second); the hits found again after an edit of the document while the bar is open do not move the view.
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    const words = `${ignoreMarks ? 'marks-' : ''}${query}`;
    if (!open) shownFor.current = null;
    const hit = hits[index];
    if (!open || query === '' || !hit || shownFor.current === words) return;
    shownFor.current = words;
    show(hit);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shown once per query, not at each new list of hits
  }, [hits, open]);
  const close = (): void => {
    setOpen(false);
    const hit = hits[index];
    if (hit?.kind === 'body') editor.update(() => void $selectMatch(hit.match));
  };
  const replaceOne = (): void => {
    const hit = hits[index];
    if (!hit || readOnly) return;
    replaceHit(editor, updateParts, hit, replacement);
  };
  const replaceEvery = (): void => {
    if (readOnly || hits.length === 0) return;
    const count = replaceAll(editor, updateParts, hits, query, options, replacement);
    showToast({ kind: 'success', message: `Đã thay ${count.toLocaleString('vi-VN')} chỗ.` });
  };

  if (!open) return null;
  return (
    <div className="find-bar" role="search" aria-label="Tìm trong văn bản" data-testid="find-bar">
      <div className="find-row">
        <input
          ref={input}
          className="input find-input"
          placeholder="Tìm trong văn bản"
          aria-label="Tìm"
          data-testid="find-input"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setCurrent(0);
          }}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'Enter') {
              e.preventDefault();
              go(e.shiftKey ? index - 1 : index + 1);
            } else if (e.key === 'Escape') close();
          }}
        />
        <span className="find-count" data-testid="find-count" data-kind={hits[index]?.kind} aria-live="polite">
          {query === '' ? '' : hits.length === 0 ? 'Không thấy' : `${index + 1}/${hits.length.toLocaleString('vi-VN')}`}
        </span>
        <button type="button" className="btn btn-small" aria-label="Chỗ trước" data-testid="find-prev" onClick={() => go(index - 1)}>
          ↑
        </button>
        <button type="button" className="btn btn-small" aria-label="Chỗ sau" data-testid="find-next" onClick={() => go(index + 1)}>
          ↓
        </button>
        <label className="check">
          <input type="checkbox" checked={ignoreMarks} data-testid="find-ignore-marks" onChange={(e) => setIgnoreMarks(e.target.checked)} />
          Không phân biệt dấu
        </label>
        {!readOnly ? (
          <button type="button" className="btn btn-link" data-testid="find-toggle-replace" onClick={() => setWithReplace((r) => !r)}>
            {withReplace ? 'Ẩn thay thế' : 'Thay thế…'}
          </button>
        ) : null}
        <button type="button" className="btn btn-small" aria-label="Đóng tìm kiếm" data-testid="find-close" onClick={close}>
          ×
        </button>
      </div>
      {withReplace && !readOnly ? (
        <div className="find-row">
          <input
            className="input find-input"
            placeholder="Thay bằng"
            aria-label="Thay bằng"
            data-testid="replace-input"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && close()}
          />
          <button type="button" className="btn btn-small" data-testid="replace-one" disabled={index < 0} onClick={replaceOne}>
            Thay
          </button>
          <button type="button" className="btn btn-small" data-testid="replace-all" disabled={hits.length === 0} onClick={replaceEvery}>
            Thay tất cả
          </button>
        </div>
      ) : null}
    </div>
  );
}
