import type { Autosave } from './session/autosave.ts';
import { useSaveState } from './session/useSaveState.ts';

type Props = { autosave: Autosave; onReload: () => void; onOverwrite: () => void };

/** When someone saved a newer version meanwhile: say so, and let the user reload or keep theirs. */
export function ConflictBanner({ autosave, onReload, onOverwrite }: Props) {
  const state = useSaveState(autosave);
  if (state.kind !== 'conflict') return null;
  return (
    <div className="banner banner-warning" role="alert" data-testid="conflict-banner">
      <span>{state.message} Những thay đổi của bạn vẫn còn trên màn hình.</span>
      <button type="button" className="btn" data-testid="conflict-reload" onClick={onReload}>
        Tải lại bản mới nhất (bỏ thay đổi của tôi)
      </button>
      <button type="button" className="btn btn-primary" data-testid="conflict-overwrite" onClick={onOverwrite}>
        Giữ bản của tôi (ghi đè)
      </button>
    </div>
  );
}
