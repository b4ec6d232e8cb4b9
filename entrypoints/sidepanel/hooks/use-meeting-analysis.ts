import { useMemo } from 'preact/hooks';
import { useLiveQuery, useLiveQueryState, useNow, useThrottled } from '@/components/hooks/use-live-query';
import { analyseMeeting, type MeetingAnalysis } from '@/utils/core/meeting-analysis';
import { OrganisationIndex } from '@/utils/core/org-directory';
import type { MeetingDb } from '@/utils/db/database';
import { getMeetingBundle, type MeetingBundle } from '@/utils/db/meetings-repo';
import { listMappings, listOrganisations, mappingsByKey } from '@/utils/db/organisations-repo';
import { findNextMeetingInSeries } from '@/utils/db/series-repo';
import { useLanguage } from '../language';

/** The organisation directory and the user's remembered choices, kept current. */
export function useOrganisationContext(db: MeetingDb) {
  const records = useLiveQuery(() => listOrganisations(db), []);
  const mappingRows = useLiveQuery(() => listMappings(db), []);
  const directory = useMemo(() => new OrganisationIndex(records ?? []), [records]);
  const mappings = useMemo(() => mappingsByKey(mappingRows ?? []), [mappingRows]);
  return { directory, mappings };
}

/**
 * A meeting as stored, redrawn at most once a second, and its one analysis
 * (the same function the summary and the exports use). An open tally turn
 * grows every second; otherwise only new data changes the analysis.
 */
export function useMeetingAnalysis(
  db: MeetingDb,
  meetingId: string,
): {
  bundle: MeetingBundle | undefined;
  analysis: MeetingAnalysis | null;
  directory: OrganisationIndex;
  error: Error | null;
  nowMs: number;
} {
  const nowMs = useNow(1000);
  const { value, error } = useLiveQueryState(() => getMeetingBundle(db, meetingId), [meetingId]);
  const bundle = useThrottled(value, 1000);
  const { directory, mappings } = useOrganisationContext(db);
  const language = useLanguage();
  const seriesNextMeetingMs = useLiveQuery(
    () => (bundle ? findNextMeetingInSeries(db, bundle.meeting) : Promise.resolve(null)),
    [bundle?.meeting.seriesId, bundle?.meeting.startedAtMs],
  );
  const hasOpenTally = !!bundle?.manualSegments.some((s) => s.endMs === null);
  const clockKey = hasOpenTally ? nowMs : 0;
  const analysis = useMemo(
    () => (bundle ? analyseMeeting(bundle, { directory, mappings, nowMs, language: language ?? undefined, seriesNextMeetingMs }) : null),
    // nowMs matters only while a tally turn is open (clockKey).
    [bundle, directory, mappings, language, seriesNextMeetingMs, clockKey],
  );
  return { bundle, analysis, directory, error, nowMs };
}
