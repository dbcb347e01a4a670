import { useEffect, useState } from 'react';
import { call, useApi } from '../../../api/useApi.ts';
import { loadSpeller, type Speller } from './speller.ts';

/** The checker is fetched this long after the editor opens, so its start is not slowed. */
const LOAD_AFTER_MS = 800;

/** The spell-checker with the office's own words, once loaded (null until then). */
export function useSpeller(): Speller | null {
  const api = useApi();
  const [speller, setSpeller] = useState<Speller | null>(null);
  useEffect(() => {
    let live = true;
    const start = window.setTimeout(() => {
      void (async () => {
        const loaded = await loadSpeller();
        const words = await call(() => api.listOfficeWords({}));
        if (words.ok) for (const w of words.value) loaded.add(w);
        if (live) setSpeller(loaded);
      })();
    }, LOAD_AFTER_MS);
    return () => {
      live = false;
      window.clearTimeout(start);
    };
  }, [api]);
  return speller;
}
