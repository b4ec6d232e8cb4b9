import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';

/** A live query's state: its latest value, or why it failed. */
export interface LiveQueryState<T> {
  readonly value: T | undefined;
  readonly error: Error | null;
}

/**
 * The latest result of a Dexie query, re-run whenever the data it read changes
 * (in any extension context). `value` is undefined until the first result; a
 * failure is kept in `error` so the panel can say so instead of loading forever.
 */
export function useLiveQueryState<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ value: undefined, error: null });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (result) => setState({ value: result, error: null }),
      error: (error: unknown) =>
        setState((previous) => ({ value: previous.value, error: error instanceof Error ? error : new Error(String(error)) })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}

/** The latest result of a live query (see {@link useLiveQueryState}). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  return useLiveQueryState(query, deps).value;
}

/**
 * `value`, passed on at most once per `intervalMs` (the latest value always
 * arrives). The first defined value passes at once, so nothing waits to load.
 */
export function useThrottled<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAtMs = useRef(0);
  useEffect(() => {
    const waitMs = lastShownAtMs.current + intervalMs - Date.now();
    if (waitMs <= 0 || shown === undefined) {
      lastShownAtMs.current = Date.now();
      setShown(() => value);
      return;
    }
    const timer = setTimeout(() => {
      lastShownAtMs.current = Date.now();
      setShown(() => value);
    }, waitMs);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return shown;
}

/** The current time, refreshed every `intervalMs`. */
export function useNow(intervalMs: number): number {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return nowMs;
}
