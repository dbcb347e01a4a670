import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
  type DependencyList,
  type Dispatch,
  type SetStateAction,
} from 'react';
import type { Api } from '../../electron/contract/api.ts';
import type { AppError, Result } from '../../electron/contract/result.ts';

/** The contract's verbs (window.api in Electron, the HTTP client in a browser), provided once by main.tsx. */
export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('Chưa kết nối được với phần xử lý của ứng dụng.');
  return api;
}

/** A verb's error as one Vietnamese sentence (with the first details, when there are any). */
export function errorText(error: AppError): string {
  const details = error.details?.slice(0, 3).join('; ');
  return details ? `${error.message} (${details})` : error.message;
}

/** A failed call that did not even reach the other side (a transport that threw). */
export async function call<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'INTERNAL', message: `Không liên lạc được với ứng dụng: ${message}` } };
  }
}

/** saveDocument refuses a stale version: someone saved a newer one meanwhile. */
export function isVersionConflict(error: AppError): boolean {
  return error.code === 'CONFLICT';
}

/** What a verb called on arrival returned: still loading, its error as one sentence, or its value. */
export type Loaded<T> = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'done'; value: T };

/**
 * Calls a verb on arrival and again whenever `deps` change, and keeps what came back; an answer that
 * arrives after the deps changed again, or after the component went away, is dropped. Until the next
 * answer arrives the last one stays. The deps are checked like useEffect's (eslint.config.ts names
 * this hook to react-hooks/exhaustive-deps).
 */
export function useLoadEffect<T>(run: () => Promise<Result<T>>, deps: DependencyList): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void call(run).then((r) => {
      if (live) setLoaded(r.ok ? { kind: 'done', value: r.value } : { kind: 'error', message: errorText(r.error) });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps, checked where it calls this hook
  }, deps);
  return loaded;
}

/**
 * What one verb reads for a section (its list, its settings), read on arrival, when `deps` change,
 * and again by `reload()` after the section changed something: `initial` until the first answer. A
 * failed read goes to `onError` (the section's error line, a state setter) and the last value stays.
 * The deps are checked like useCallback's (eslint.config.ts names this hook to react-hooks).
 */
export function useReloadable<T>(
  read: () => Promise<Result<T>>,
  deps: DependencyList,
  initial: T,
  onError: Dispatch<SetStateAction<string | null>>,
): [T, () => Promise<void>] {
  const [value, setValue] = useState<T>(initial);
  const reload = useCallback(async () => {
    const r = await call(read);
    if (r.ok) setValue(r.value);
    else onError(errorText(r.error));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps, checked where it calls this hook
  }, deps);
  useEffect(() => void reload(), [reload]);
  return [value, reload];
}

/**
 * The busy flag and error line of a form that does one thing at a time. `run(verb)` marks busy,
 * clears the error, calls the verb, and shows its failure; it resolves with the result, so the form
 * goes on only when it is ok. `attempt(work)` does the same for work that resolves with the error
 * to show, or null when done.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <T>(verb: () => Promise<Result<T>>): Promise<Result<T>> => {
    setBusy(true);
    setError(null);
    const result = await call(verb);
    setBusy(false);
    if (!result.ok) setError(errorText(result.error));
    return result;
  };
  const attempt = async (work: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    setError(null);
    const problem = await work();
    setBusy(false);
    if (problem !== null) setError(problem);
  };
  return { busy, error, setError, run, attempt };
}
