import { SeriesEvidence } from '@/components/series-evidence';
import { SeriesPackActions } from '@/components/series-pack-actions';
import { DEFAULT_SUMMARY_OPTIONS } from '@/utils/core/summary';
import type { MeetingDb } from '@/utils/db/database';
import { getPrivacySettings, getSummaryOptions } from '@/utils/db/settings-repo';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { useSeriesEvidence } from './hooks/use-series-evidence';

/**
 * A meeting series in one picture (issue 14): loads the series' evidence,
 * kept current as meetings are recorded, and shows it. The evidence pack's
 * controls go in `SeriesEvidence`'s `actions`.
 */
export function SeriesView({
  db,
  seriesId,
  onBack,
  onOpenMeeting,
  backLabel = 'Back',
}: {
  db: MeetingDb;
  seriesId: string;
  onBack: () => void;
  onOpenMeeting: (meetingId: string) => void;
  /** Where the back button goes, in words ("All meetings", "The meeting"). */
  backLabel?: string;
}) {
  const { evidence, error, retry } = useSeriesEvidence(db, seriesId);
  // The pack follows the summary's choices: patient details hidden unless allowed, people by name or by role.
  const privacy = useLiveQuery(() => getPrivacySettings(db), []);
  const summaryOptions = useLiveQuery(() => getSummaryOptions(db), []) ?? DEFAULT_SUMMARY_OPTIONS;
  const redact = (privacy?.redactPatientDetails ?? true) || summaryOptions.redact;
  const newest = evidence?.meetings[evidence.meetings.length - 1];
  const seriesTitle = newest?.title ?? 'Untitled series';
  return (
    <div class="series-view" data-testid="series-view" data-series-id={seriesId}>
      <button type="button" class="link" onClick={onBack} data-testid="series-back">
        ← {backLabel}
      </button>
      {error ? (
        <div role="alert" data-testid="series-error">
          <p class="error">Could not read this series: {error.message}</p>
          <button type="button" class="button secondary" onClick={retry} data-testid="series-retry">
            Try again
          </button>
        </div>
      ) : null}
      {!error && !evidence ? (
        <p class="empty" role="status" data-testid="series-loading">
          Loading the series…
        </p>
      ) : null}
      {evidence ? (
        <SeriesEvidence
          evidence={evidence}
          seriesTitle={seriesTitle}
          onOpenMeeting={onOpenMeeting}
          actions={<SeriesPackActions evidence={evidence} seriesTitle={seriesTitle} redact={redact} namesAs={summaryOptions.namesAs} />}
        />
      ) : null}
    </div>
  );
}
