import { statusNames } from '../../../electron/contract/model/status.ts';
import { ok, type Result } from '../../../electron/contract/result.ts';
import { copyKindNames, type CopyListing } from '../../../electron/contract/verbs/copies.ts';
import type { StatusEvent } from '../../../electron/contract/workflow.ts';
import { formatDateShort } from '../../../electron/format/dates.ts';
import { useApi, useLoadEffect } from '../../api/useApi.ts';
import { useCopiesMade } from '../../screens/copies/copiesMade.ts';
import { FormError } from '../../app/FormError.tsx';
import { dateTimeVi } from '../../app/format.ts';
import { eventTitle } from './reviewActions.ts';

type Props = { documentId: number; /** The document's current version: the history is read again when it changes. */ version: number };

/** A step of the document or a copy made of it, newest first. */
type Item = { at: string; step: StatusEvent; copy?: undefined } | { at: string; copy: CopyListing; step?: undefined };

/** The steps and the copies in one list, newest first (a copy made the moment a step was taken comes after it). */
function newestFirst(steps: readonly StatusEvent[], copies: readonly CopyListing[]): Item[] {
  const items: Item[] = [...steps.map((step) => ({ at: step.at, step })), ...copies.map((copy) => ({ at: copy.createdAt, copy }))];
  return items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).reverse();
}

/** The document's steps and copies, newest first. */
async function readHistory(api: ReturnType<typeof useApi>, id: number): Promise<Result<Item[]>> {
  // Both asked at once: the tab waits for the slower, not for the two in turn.
  const [steps, copies] = await Promise.all([api.documentHistory({ id }), api.documentCopies({ id })]);
  if (!steps.ok) return steps;
  return copies.ok ? ok(newestFirst(steps.value, copies.value)) : copies;
}

/**
 * "Lịch sử": each step of the document — who, when, why, the status it reached, its draft round and
 * number — and each certified copy made of it (sao y, sao lục, trích sao: who, when, its number and day).
 */
export function HistoryPanel({ documentId, version }: Props) {
  const api = useApi();
  // A copy made while the history is open changes no version: read again when one is made.
  const copies = useCopiesMade();
  const loaded = useLoadEffect(() => readHistory(api, documentId), [api, documentId, version, copies]);

  return (
    <section className="panel-section history-panel" aria-labelledby="history-title" data-testid="history-panel">
      <h3 id="history-title">Lịch sử văn bản</h3>
      {loaded.kind === 'loading' ? <p className="hint">Đang tải…</p> : null}
      <FormError message={loaded.kind === 'error' ? loaded.message : null} />
      {loaded.kind === 'done' ? (
        <ol className="history-list">
          {loaded.value.map(({ step: e, copy: c }) =>
            c ? (
              <li key={`copy-${c.id}`} className="history-event history-copy" data-testid="history-copy" data-kind={c.kind}>
                <div className="history-head">
                  <strong>{copyKindNames[c.kind]}</strong>
                  <span className="history-number" data-testid="history-copy-number">
                    {c.number}
                  </span>
                  <span className="history-round">ngày {formatDateShort(c.copiedOn)}</span>
                </div>
                <div className="history-meta">
                  <span data-testid="history-who">{c.createdBy}</span> ·{' '}
                  <time dateTime={c.createdAt} data-testid="history-at">
                    {dateTimeVi(c.createdAt)}
                  </time>
                </div>
              </li>
            ) : (
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
            ),
          )}
        </ol>
      ) : null}
    </section>
  );
}
