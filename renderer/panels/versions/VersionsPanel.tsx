import { useEffect, useState } from 'react';
import type { Organization } from '../../../electron/contract/model/office.ts';
import { isContentEditable, statusNames, type DocumentStatus } from '../../../electron/contract/model/status.ts';
import type { VersionRef } from '../../../electron/contract/workflow.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import { dateTimeVi } from '../../app/format.ts';
import type { Autosave } from '../../editor/session/autosave.ts';
import { useSaveState } from '../../editor/session/useSaveState.ts';
import { useReviewCall } from '../review/useReviewCall.ts';
import { versionLabel } from './compareModel.ts';
import { CompareView } from './CompareView.tsx';
import { RestoreDialog } from './RestoreDialog.tsx';
import { VersionView } from './VersionView.tsx';
import { FormError } from '../../app/FormError.tsx';

type Props = { documentId: number; status: DocumentStatus; organizations: Organization[]; autosave: Autosave; onReload: () => void };

type Shown =
  | { kind: 'none' }
  | { kind: 'version'; version: number }
  | { kind: 'compare'; from: number; to: number }
  | { kind: 'restore'; version: number };

/** "Phiên bản": every saved version — open one read-only, restore it, or compare any two. */
export function VersionsPanel({ documentId, status, organizations, autosave, onReload }: Props) {
  const api = useApi();
  // Every save writes a version: the list is read again after each one.
  useSaveState(autosave);
  const version = autosave.getVersion();
  const review = useReviewCall(autosave, onReload);
  const [versions, setVersions] = useState<VersionRef[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [shown, setShown] = useState<Shown>({ kind: 'none' });
  const canRestore = isContentEditable(status);

  useEffect(() => {
    let live = true;
    void call(() => api.listVersions({ id: documentId })).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(errorText(r.error));
      setVersions(r.value);
      const newest = r.value[r.value.length - 1]?.version ?? null;
      setTo((t) => t ?? newest);
      setFrom((f) => f ?? (r.value.length > 1 ? (r.value[r.value.length - 2]?.version ?? null) : newest));
    });
    return () => {
      live = false;
    };
  }, [api, documentId, version]);

  const restore = (v: number): Promise<string | null> =>
    review.run(
      (expectedVersion) => api.restoreVersion({ id: documentId, version: v, expectedVersion }),
      (s) => `Đã khôi phục phiên bản ${v} thành phiên bản ${s.version}.`,
    );

  const options = (versions ?? []).map((v) => (
    <option key={v.version} value={v.version}>
      {versionLabel(v)}
    </option>
  ));
  return (
    <section className="panel-section versions-panel" aria-labelledby="versions-title" data-testid="versions-panel">
      <h3 id="versions-title">Phiên bản</h3>
      <FormError message={error} />
      {versions && versions.length > 1 ? (
        <div className="compare-pick">
          <label className="field">
            <span>So sánh phiên bản</span>
            <select className="input" data-testid="compare-from" value={from ?? ''} onChange={(e) => setFrom(Number(e.target.value))}>
              {options}
            </select>
          </label>
          <label className="field">
            <span>với phiên bản</span>
            <select className="input" data-testid="compare-to" value={to ?? ''} onChange={(e) => setTo(Number(e.target.value))}>
              {options}
            </select>
          </label>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="compare-open"
            disabled={from === null || to === null || from === to}
            onClick={() => from !== null && to !== null && setShown({ kind: 'compare', from: Math.min(from, to), to: Math.max(from, to) })}
          >
            So sánh
          </button>
        </div>
      ) : null}
      {versions === null && !error ? <p className="hint">Đang tải…</p> : null}
      <ol className="version-list">
        {[...(versions ?? [])].reverse().map((v) => (
          <li key={v.version} className="version-row" data-testid="version-row" data-version={v.version}>
            <div className="version-head">
              <strong>Phiên bản {v.version}</strong>
              <span className={`status-chip status-${v.status}`}>{statusNames[v.status]}</span>
              {v.version === version ? <span className="hint">(hiện tại)</span> : null}
            </div>
            <div className="history-meta">
              {v.createdBy} · {dateTimeVi(v.createdAt)}
            </div>
            {v.reason ? <p className="history-reason">{v.reason}</p> : null}
            <div className="row">
              <button
                type="button"
                className="btn btn-small"
                data-testid="version-open"
                onClick={() => setShown({ kind: 'version', version: v.version })}
              >
                Xem
              </button>
              {canRestore && v.version !== version ? (
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="version-restore"
                  onClick={() => setShown({ kind: 'restore', version: v.version })}
                >
                  Khôi phục
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {shown.kind === 'version' ? (
        <VersionView
          documentId={documentId}
          version={shown.version}
          current={version}
          organizations={organizations}
          onRestore={canRestore ? () => setShown({ kind: 'restore', version: shown.version }) : null}
          onCompare={(a, b) => setShown({ kind: 'compare', from: a, to: b })}
          onClose={() => setShown({ kind: 'none' })}
        />
      ) : null}
      {shown.kind === 'compare' ? (
        <CompareView documentId={documentId} from={shown.from} to={shown.to} onClose={() => setShown({ kind: 'none' })} />
      ) : null}
      {shown.kind === 'restore' ? (
        <RestoreDialog version={shown.version} onClose={() => setShown({ kind: 'none' })} onConfirm={() => restore(shown.version)} />
      ) : null}
    </section>
  );
}
