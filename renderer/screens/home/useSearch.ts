import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../electron/contract/model/office.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; query: string }
  | { kind: 'done'; query: string; hits: SearchHit[] }
  | { kind: 'error'; query: string; message: string };

/** Runs `search` for the finished query text, 300 ms after the last change; only the latest answer counts. */
export function useSearch(query: string): { state: SearchState; searchNow: () => void } {
  const api = useApi();
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);

  const run = useCallback(
    async (q: string) => {
      const ticket = ++latest.current;
      if (q.trim() === '') {
        setState({ kind: 'idle' });
        return;
      }
      setState({ kind: 'searching', query: q });
      const result = await call(() => api.search({ query: q }));
      if (ticket !== latest.current) return;
      setState(result.ok ? { kind: 'done', query: q, hits: result.value } : { kind: 'error', query: q, message: errorText(result.error) });
    },
    [api],
  );

  useEffect(() => {
    const timer = window.setTimeout(() => void run(query), 300);
    return () => window.clearTimeout(timer);
  }, [query, run]);

  return { state, searchNow: () => void run(query) };
}
