import { useMemo, useSyncExternalStore } from 'react';
import { afterFrameSubscribe } from '../../app/afterFrame.ts';
import type { Autosave, SaveState } from './autosave.ts';

/**
 * The save state as the screen shows it. A change reaches the display once the frame it happened
 * in is drawn (afterFrameSubscribe): the keystroke that makes the document unsaved, or that lands
 * as a save answers, does not wait for React to draw "Có thay đổi chưa lưu" or "Đã lưu lúc …".
 */
export function useSaveState(autosave: Autosave): SaveState {
  const subscribe = useMemo(() => afterFrameSubscribe(autosave.subscribe), [autosave]);
  return useSyncExternalStore(subscribe, autosave.getState);
}
