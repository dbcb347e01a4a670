import { statusNames } from '../../../electron/contract/model/status.ts';
import { useApi, useLoadEffect } from '../../api/useApi.ts';
import { FormError } from '../../app/FormError.tsx';
import { dateTimeVi } from '../../app/format.ts';
import { eventTitle } from './reviewActions.ts';

type Props = { documentId: number; /** The document's current version: the history is read again when it changes. */ version: number };

/** "Lịch sử": each step of the document — who, when, why, the status it reached, its draft round and number. */
export function HistoryPanel({ documentId, version }: Props) {
  const api = useApi();
  const loaded = useLoadEffect(() => api.documentHistory({ id: documentId }), [api, documentId, version]);

  return (
    <section className="panel-section history-panel" aria-labelledby="history-title" data-testid="history-panel">
      <h3 id="history-title">Lịch sử văn bản</h3>
      {loaded.kind === 'loading' ? <p className="hint">Đang tải…</p> : null}
      <FormError message={loaded.kind === 'error' ? loaded.message : null} />
      {loaded.kind === 'done' ? (
        <ol className="history-list">
          {[...loaded.value].reverse().map((e) => (
            <li
              key={`${e.version}-${e.at}`}
              className={`history-event history-${e.to}`}
              data-testid="history-event"
              data-version={e.version}
              data-to={e.to}
            >
              <div className="history-head">
                <strong>{eventTitle(e)}</strong>
                <span className={`status-chip status-${e.to}`}>{statusNames[e.to]}</span>
                {e.draftRound !== null ? (
                  <span className="history-round" data-testid="history-round">
                    Dự thảo lần {e.draftRound}
                  </span>
                ) : null}
                {e.number ? (
                  <span className="history-number" data-testid="history-number">
                    Số {e.number}
                  </span>
                ) : null}
              </div>
              <div className="history-meta">
                <span data-testid="history-who">{e.who}</span> ·{' '}
                <time dateTime={e.at} data-testid="history-at">
                  {dateTimeVi(e.at)}
                </time>{' '}
                · phiên bản {e.version}
              </div>
              {e.reason ? (
                <p className="history-reason" data-testid="history-reason">
                  {e.reason}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
