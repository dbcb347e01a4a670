import { useEffect, useState } from 'react';
import type { SetupChange } from '../../../electron/contract/api.ts';
import { errorText, useApi } from '../../api/useApi.ts';
import { dateTimeVi } from '../../app/format.ts';

const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** "name: A → B" for each field that differs between before and after (all of after when it was added). */
export function changedFields(before: unknown, after: unknown): string[] {
  if (typeof after !== 'object' || after === null || Array.isArray(after)) return [shown(after)];
  const old = typeof before === 'object' && before !== null && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  return Object.entries(after as Record<string, unknown>)
    .filter(([k, v]) => JSON.stringify(old[k]) !== JSON.stringify(v) && !['updatedAt', 'createdAt'].includes(k))
    .map(([k, v]) => (k in old ? `${k}: ${shown(old[k])} → ${shown(v)}` : `${k}: ${shown(v)}`));
}

/** "Nhật ký thay đổi": who changed the body's set-up (and the office's people), when, before and after; newest first. */
export function SetupChangesSection({ orgId, reloadKey }: { orgId: string; reloadKey: number }) {
  const api = useApi();
  const [changes, setChanges] = useState<SetupChange[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.listSetupChanges({ orgId }).then((r) => (r.ok ? setChanges([...r.value].reverse()) : setError(errorText(r.error))));
  }, [api, orgId, reloadKey]);
  return (
    <section className="office-section" data-testid="office-audit">
      <h2>Nhật ký thay đổi</h2>
      {changes.length === 0 ? <p className="hint">Chưa có thay đổi nào.</p> : null}
      <ul className="office-audit">
        {changes.map((c) => (
          <li key={c.id} data-testid="setup-change">
            <span className="hint">{dateTimeVi(c.at)}</span> · <strong data-testid="setup-change-who">{c.who}</strong>: {c.reason}
            <details>
              <summary>Trước và sau</summary>
              <ul>
                {changedFields(c.before, c.after).map((line) => (
                  <li key={line}>
                    <code>{line}</code>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      {error ? <p className="form-error">{error}</p> : null}
    </section>
  );
}
