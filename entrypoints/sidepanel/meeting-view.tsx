import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttendanceList, type AttendeeView } from '@/components/attendance-list';
import { DeleteMeeting } from '@/components/delete-meeting';
import { downloadFile } from '@/components/download';
import { HealthMessages } from '@/components/health-messages';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { MeetingHeader } from '@/components/meeting-header';
import { PageReportButton } from '@/components/page-report-button';
import { ParticipantOrganisations, type ParticipantOrganisationRow } from '@/components/participant-organisations';
import { PrimaryCareHeadline } from '@/components/primary-care-headline';
import { ShareOfVoice, type ShareView } from '@/components/share-of-voice';
import { SilentOrganisations } from '@/components/silent-organisations';
import { SourceSwitch } from '@/components/source-switch';
import { TalkSourceNote } from '@/components/talk-time-list';
import { TimelineStrip } from '@/components/timeline-strip';
import { UnknownSpeakers } from '@/components/unknown-speakers';
import { itemLabel } from '@/utils/core/agenda-items';
import { formatDate } from '@/utils/core/format';
import { describeCaptureHealth, type HealthMessage } from '@/utils/core/health';
import type { MeetingAnalysis } from '@/utils/core/meeting-analysis';
import { buildMeetingExport, meetingExportSchema } from '@/utils/core/meeting-export';
import { exportTextFilter } from '@/utils/core/redaction';
import { describeTranscriptFormat } from '@/utils/core/transcript-format';
import { listActionsForMeeting } from '@/utils/db/actions-repo';
import { readCounter, REJECTED_MESSAGES } from '@/utils/db/counters-repo';
import type { MeetingDb, MeetingRow } from '@/utils/db/database';
import { deleteMeeting, setTalkSource, type MeetingBundle } from '@/utils/db/meetings-repo';
import { saveMapping } from '@/utils/db/organisations-repo';
import { getPrivacySettings } from '@/utils/db/settings-repo';
import { listSeriesMeetings } from '@/utils/db/series-repo';
import { assignSpeaker } from '@/utils/db/tally-repo';
import { meetingFileName } from '@/utils/files/file-name';
import { changeActions } from './action-views';
import { ChatNoticeSection } from './chat-notice-section';
import { AgendaSection } from './agenda-section';
import { useMeetingAnalysis } from './hooks/use-meeting-analysis';
import { useStorageFull } from './hooks/use-storage-full';
import { MeetingActionsSection } from './meeting-actions';
import { savePageReport } from './page-report';

/** Downloads the meeting as JSON, from the analysis the panel shows. */
async function downloadExport(db: MeetingDb, bundle: MeetingBundle, analysis: MeetingAnalysis): Promise<void> {
  const [actions, privacy] = await Promise.all([listActionsForMeeting(db, bundle.meeting.id), getPrivacySettings(db)]);
  const filterText = exportTextFilter(privacy.redactPatientDetails);
  // Validated before it leaves: an export that would not read back is never written.
  const data = meetingExportSchema.parse(buildMeetingExport({ ...bundle, actions }, analysis, Date.now(), filterText));
  downloadFile(meetingFileName('meeting', bundle.meeting.title ?? bundle.meeting.code, bundle.meeting.startedAtMs, 'json'), JSON.stringify(data, null, 2), 'application/json');
}

/** What an imported meeting was read from, and what was left out of it. */
function importNotes(meeting: MeetingRow): HealthMessage[] {
  const from = meeting.importedFrom;
  if (!from) return [{ id: 'import', level: 'info', text: 'Imported from a transcript file.' }];
  const notes: HealthMessage[] = [
    {
      id: 'import',
      level: 'info',
      text: `Imported on ${formatDate(from.importedAtMs)} from “${from.fileName}”.`,
    },
  ];
  const skipped = from.skipped.reduce((sum, s) => sum + s.count, 0);
  if (skipped) {
    notes.push({
      id: 'import-skipped',
      level: 'warning',
      text: `${skipped.toLocaleString('en-GB')} ${skipped === 1 ? 'part of the file was' : 'parts of the file were'} left out: ${from.skipped.map((s) => `${s.count.toLocaleString('en-GB')} ${s.reason}`).join('; ')}.`,
    });
  }
  return notes;
}

function healthFor(meeting: MeetingRow, nowMs: number, rejected: number, isStorageFull: boolean): HealthMessage[] {
  if (meeting.platform === 'import') return importNotes(meeting);
  if (meeting.platform === 'manual') {
    return [
      meeting.endedAtMs === null
        ? { id: 'manual', level: 'info', text: 'Recorded by hand in the Tally tab.' }
        : { id: 'ended', level: 'info', text: 'This tally has ended. The figures are final.' },
    ];
  }
  return describeCaptureHealth({
    platform: meeting.platform,
    health: meeting.health,
    lastSeenAtMs: meeting.lastSeenAtMs,
    endedAtMs: meeting.endedAtMs,
    nowMs,
    rejectedMessages: rejected,
    isStorageFull,
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One meeting, live or past: its health, figures by sector, organisation and
 * person, actions and decisions, people and organisations, attendance,
 * export and delete. Everything shown comes from the meeting's one analysis.
 */
export function MeetingView({
  db,
  meetingId,
  note,
  onOpenSummary,
  onDeleted,
  onOpenSeries,
}: {
  db: MeetingDb;
  meetingId: string;
  note?: string;
  onOpenSummary: (meetingId: string) => void;
  onDeleted?: () => void;
  /** Opens the meeting's series; offered when the series has two meetings or more. */
  onOpenSeries?: (seriesId: string) => void;
}) {
  const { bundle, analysis, directory, error: readError, nowMs } = useMeetingAnalysis(db, meetingId);
  const rejected = useLiveQuery(() => readCounter(db, REJECTED_MESSAGES), []) ?? 0;
  const seriesId = bundle?.meeting.seriesId ?? null;
  const seriesSize = useLiveQuery(() => (seriesId ? listSeriesMeetings(db, seriesId).then((rows) => rows.length) : Promise.resolve(0)), [seriesId]) ?? 0;
  const isStorageFull = useStorageFull();
  const [chosenView, setChosenView] = useState<ShareView | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const talk = analysis?.talk.primary ?? null;
  const attendees = useMemo((): AttendeeView[] => {
    if (!bundle) return [];
    const speakers = new Set(talk?.participants.map((p) => p.speaker));
    return bundle.participants
      .map((p) => ({ name: p.name, isSelf: p.isSelf, intervals: p.intervals, hasSpoken: speakers.has(p.name) }))
      .sort((a, b) => Number(a.hasSpoken) - Number(b.hasSpoken) || a.name.localeCompare(b.name));
  }, [bundle, talk]);
  const peopleRows = useMemo(
    (): ParticipantOrganisationRow[] =>
      [...(analysis?.resolutions ?? [])].map(([displayName, r]) => ({
        displayName,
        personName: r.personName,
        organisationName: r.organisation?.name ?? null,
        sector: r.sector,
        confidence: r.confidence,
        reason: r.reason,
        isRoom: r.kind === 'room',
      })),
    [analysis],
  );
  const suggest = (query: string) => directory.search(query).map((o) => ({ id: o.id, name: o.name, sector: o.sector, odsCode: o.odsCode }));

  if (readError && !bundle) {
    return (
      <p class="error" role="alert" data-testid="read-error">
        This meeting could not be read from the browser’s storage: {readError.message}
      </p>
    );
  }
  if (!bundle || !analysis) return <p class="empty">Loading…</p>;
  const { meeting } = bundle;
  return (
    <div class="meeting" data-testid="meeting-view" data-meeting-id={meeting.id}>
      <MeetingHeader
        title={meeting.title}
        code={meeting.code}
        platform={meeting.platform}
        startedAtMs={meeting.startedAtMs}
        endedAtMs={meeting.endedAtMs}
        nowMs={nowMs}
        importedAs={meeting.importedFrom ? describeTranscriptFormat(meeting.importedFrom.layout, meeting.importedFrom.container) : undefined}
        isLengthEstimated={meeting.importedFrom?.timing === 'words'}
        onOpenSeries={onOpenSeries && seriesId && seriesSize >= 2 ? () => onOpenSeries(seriesId) : undefined}
      />
      {note ? <p class="note">{note}</p> : null}
      <HealthMessages messages={healthFor(meeting, nowMs, rejected, isStorageFull)} />
      {meeting.endedAtMs === null && (meeting.platform === 'meet' || meeting.platform === 'teams') ? <PageReportButton onSave={() => savePageReport(meeting.tabId)} /> : null}
      <div class="actions summary-entry">
        {/* During the call the figures come first; once it ends, the summary is the next step. */}
        <button type="button" class={meeting.endedAtMs === null ? 'button secondary' : 'button'} onClick={() => onOpenSummary(meeting.id)} data-testid="open-summary">
          Summary to share
        </button>
      </div>
      {meeting.endedAtMs === null && meeting.platform !== 'manual' && meeting.platform !== 'import' ? <ChatNoticeSection /> : null}
      <SourceSwitch
        available={analysis.talk.available}
        selected={talk?.source ?? 'captions'}
        onSelect={(source) => void setTalkSource(db, meeting.id, source)}
      />
      {talk ? <TalkSourceNote stats={talk} transcriptTiming={meeting.importedFrom?.timing} /> : null}
      {talk ? <PrimaryCareHeadline headline={analysis.organisations.primaryCare} /> : null}
      <TimelineStrip
        segments={analysis.timeline}
        startMs={meeting.startedAtMs}
        endMs={meeting.endedAtMs ?? Math.max(nowMs, meeting.lastSeenAtMs)}
        itemStarts={analysis.items.map((item) => ({ atMs: item.startMs, label: itemLabel(item) }))}
      />
      <AgendaSection db={db} meeting={meeting} analysis={analysis} editCount={bundle.itemEdits.length} />
      <ShareOfVoice talk={talk} organisations={analysis.organisations} resolutions={analysis.resolutions} chosenView={chosenView} onChooseView={setChosenView} />
      {talk ? <SilentOrganisations organisations={analysis.organisations.silentOrganisations} /> : null}
      <MeetingActionsSection db={db} meeting={meeting} analysis={analysis} />
      <ParticipantOrganisations
        rows={peopleRows}
        suggest={suggest}
        onAssign={(displayName, choice) =>
          void saveMapping(
            db,
            displayName,
            { organisationName: choice.name, organisationId: choice.organisationId, odsCode: choice.odsCode, sector: choice.sector },
            Date.now(),
          )
        }
      />
      <UnknownSpeakers
        captions={analysis.unknownCaptions}
        talkMs={analysis.talk.unknownSpeaker?.talkMs ?? 0}
        candidates={analysis.speakerChoices}
        onAssign={(ids, speaker) => void assignSpeaker(db, meeting.id, ids, speaker)}
      />
      <AttendanceList attendees={attendees} isLive={meeting.endedAtMs === null} />
      <div class="actions">
        <button
          type="button"
          class="button"
          data-testid="export-json"
          onClick={() => {
            setExportError(null);
            downloadExport(db, bundle, analysis).catch((error: unknown) => setExportError(`The export could not be made: ${messageOf(error)}`));
          }}
        >
          Export as JSON
        </button>
        <button type="button" class="button secondary" onClick={() => void browser.runtime.openOptionsPage()} data-testid="manage-organisations">
          Organisations and settings
        </button>
      </div>
      {exportError ? (
        <p class="error" role="alert">
          {exportError}
        </p>
      ) : null}
      {meeting.endedAtMs !== null ? (
        <DeleteMeeting
          title={meeting.title ?? meeting.code ?? 'this meeting'}
          error={deleteError}
          onDelete={() => {
            setDeleteError(null);
            void changeActions(() => deleteMeeting(db, meeting.id)).then((failure) => (failure ? setDeleteError(failure) : onDeleted?.()));
          }}
        />
      ) : null}
    </div>
  );
}
