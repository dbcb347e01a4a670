import { useEffect, useState } from 'react';
import type { CopyDefaults } from '../../../electron/contract/api.ts';
import type { Signer } from '../../../electron/contract/model/office.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';

export type CopyStart =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; defaults: CopyDefaults; signers: Signer[] };

/** What a copy of `orgId` on `date` starts with (number, recipients, signer) and the body's signers. */
export function useCopyDefaults(orgId: string, date: string | null): CopyStart {
  const api = useApi();
  const [state, setState] = useState<CopyStart>({ kind: 'idle' });
  useEffect(() => {
    if (orgId === '') return setState({ kind: 'idle' });
    let live = true;
    setState({ kind: 'loading' });
    void Promise.all([call(() => api.copyDefaults({ orgId, ...(date ? { date } : {}) })), call(() => api.listSigners({ orgId }))]).then(
      ([d, s]) => {
        if (!live) return;
        if (!d.ok) setState({ kind: 'error', message: errorText(d.error) });
        else setState({ kind: 'ready', defaults: d.value, signers: s.ok ? s.value.filter((x) => x.active) : [] });
      },
    );
    return () => {
      live = false;
    };
  }, [api, orgId, date]);
  return state;
}
