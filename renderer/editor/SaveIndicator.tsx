import { useEffect, useState } from 'react';
import { timeVi } from '../app/format.ts';
import type { Autosave, SaveState } from './session/autosave.ts';
import { useSaveState } from './session/useSaveState.ts';

function text(state: SaveState, nowMs: number): string {
  switch (state.kind) {
    case 'saved':
      return state.at ? `Đã lưu lúc ${timeVi(state.at)}` : 'Đã lưu';
    case 'dirty':
      return 'Có thay đổi chưa lưu';
    case 'saving':
      return 'Đang lưu…';
    case 'error': {
      const seconds = Math.max(0, Math.ceil((state.retryAt.getTime() - nowMs) / 1000));
      return `Chưa lưu được: ${state.message} — thử lại sau ${seconds} giây`;
    }
    case 'conflict':
      return 'Chưa lưu được: văn bản đã được lưu ở nơi khác';
  }
}

/** "Đang lưu…" / "Đã lưu lúc 14:05" / "Chưa lưu được: …", announced politely to screen readers. */
export function SaveIndicator({ autosave }: { autosave: Autosave }) {
  const state = useSaveState(autosave);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (state.kind !== 'error') return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [state]);
  return (
    <span className={`save-state save-${state.kind}`} role="status" aria-live="polite" data-testid="save-state" data-state={state.kind}>
      {text(state, now)}
    </span>
  );
}
