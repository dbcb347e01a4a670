import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { CommentThread } from '../../../electron/contract/model/comments.ts';
import type { Suggestion } from '../../../electron/contract/model/review.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import { useCommentsContext, useCommentsSnapshot } from '../plugins/Comments/CommentsContext.ts';
import type { Autosave } from '../session/autosave.ts';
import { RailChip, SuggestionPop } from './RailChip.tsx';
import { useRailSpots } from './useRailSpots.ts';
import './suggestionMarks.css';

type Props = { root: RefObject<HTMLElement | null>; documentId: number; editable: boolean; autosave: Autosave; onReload: () => void };

const noThreads: CommentThread[] = [];

/**
 * A reviewer's suggestions from Word, and the comments read from Word on parts other than the
 * body's text, shown where they belong: a caret on the line (the words a deletion takes out struck
 * through) and, beside the page in a rail that covers no text, a chip with the reviewer's name;
 * a click opens a suggestion to accept or reject it in place, or a comment's thread in "Ý kiến".
 * The side panel keeps the full lists, and what could not be placed.
 */
export function SuggestionMarks({ root, documentId, editable, autosave, onReload }: Props) {
  const api = useApi();
  const comments = useCommentsContext();
  const snapshot = useCommentsSnapshot(comments?.store);
  const [open, setOpen] = useState<Suggestion[]>([]);
  const [shown, setShown] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void call(() => api.listSuggestions({ id: documentId })).then((r) => {
      if (r.ok) setOpen(r.value.filter((s) => s.state === 'open'));
    });
  }, [api, documentId]);
  const threads = snapshot.threads.kind === 'ready' ? snapshot.threads.threads : noThreads;
  const onParts = useMemo(() => threads.filter((t) => t.resolvedAt === null && t.onPart && t.onPart.anchor.part !== 'none'), [threads]);
  const rail = useRailSpots(root, open, onParts);

  const decide = useCallback(
    async (decision: 'accept' | 'reject', id: number) => {
      setBusy(true);
      try {
        if (!(await autosave.flush())) return showToast({ kind: 'error', message: 'Văn bản chưa lưu xong; hãy chờ lưu xong rồi thử lại.' });
        const r = await call(() => api.decideSuggestions({ id: documentId, decision, all: false, suggestions: [id] }));
        if (!r.ok) return showToast({ kind: 'error', message: errorText(r.error) });
        const conflict = r.value.conflicts[0];
        if (conflict) return showToast({ kind: 'error', message: `Góp ý #${conflict.id}: ${conflict.message}` });
        showToast({ kind: 'success', message: decision === 'accept' ? 'Đã chấp nhận góp ý.' : 'Đã bỏ qua góp ý.' });
        onReload();
      } finally {
        setBusy(false);
      }
    },
    [api, autosave, documentId, onReload],
  );

  if (rail.items.length === 0) return null;
  return createPortal(
    <div className="suggestion-marks" data-testid="suggestion-marks">
      {rail.items.map((item) => {
        const s = item.suggestion;
        const thread = item.thread;
        return (
          <RailChip
            key={item.key}
            item={item}
            left={rail.left}
            width={rail.width}
            narrow={rail.narrow}
            open={shown === item.key}
            active={thread !== null && snapshot.activeId === thread.id}
            onToggle={() => {
              if (thread) return comments?.actions.select(thread.id);
              setShown(shown === item.key ? null : item.key);
            }}
          >
            {s ? <SuggestionPop s={s} editable={editable} busy={busy} onDecide={(d) => void decide(d, s.id)} /> : null}
          </RailChip>
        );
      })}
    </div>,
    document.body,
  );
}
