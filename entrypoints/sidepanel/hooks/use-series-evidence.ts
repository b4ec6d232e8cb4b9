import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SeriesEvidence } from '@/utils/core/series-types';
import type { MeetingDb } from '@/utils/db/database';
import { keepSeriesEvidence, loadSeriesEvidence } from '@/utils/db/series-evidence-repo';

/** A series' evidence as the Series view shows it: loading, loaded, or why it could not be read. */
export interface SeriesEvidenceState {
  /** Undefined until the first result. */
  readonly evidence: SeriesEvidence | undefined;
  readonly error: Error | null;
  /** Reads the series again after a failure. */
  readonly retry: () => void;
}

/**
 * The evidence of one series, read again whenever the stored data it read
 * changes (a Dexie live query, like every other view's data), so a meeting
 * added to, moved out of or deleted from the series redraws the view. A
 * failure ends the live query; `retry` starts a new one.
 */
export function useSeriesEvidence(db: MeetingDb, seriesId: string): SeriesEvidenceState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ evidence: SeriesEvidence | undefined; error: Error | null; seriesId: string }>({ evidence: undefined, error: null, seriesId });
  useEffect(() => {
    // A live query may not write: it reads, and fresh evidence is kept afterwards (which
    // writes only what was stale, so the query's re-run that follows reads it and writes nothing).
    const subscription = liveQuery(() => loadSeriesEvidence(db, seriesId, Date.now(), { keep: false })).subscribe({
      next: (evidence) => {
        setState({ evidence, error: null, seriesId });
        void keepSeriesEvidence(db, seriesId, Date.now()).catch(() => undefined);
      },
      error: (error: unknown) =>
        setState((previous) => ({
          evidence: previous.seriesId === seriesId ? previous.evidence : undefined,
          error: error instanceof Error ? error : new Error(String(error)),
          seriesId,
        })),
    });
    return () => subscription.unsubscribe();
  }, [db, seriesId, attempt]);
  const retry = useCallback(() => {
    setState((previous) => ({ ...previous, error: null }));
    setAttempt((n) => n + 1);
  }, []);
  // Another series' evidence is never shown while this one loads.
  const isCurrent = state.seriesId === seriesId;
  return { evidence: isCurrent ? state.evidence : undefined, error: isCurrent ? state.error : null, retry };
}
