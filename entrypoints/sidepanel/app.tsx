import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttendanceList, type AttendeeView } from '@/components/attendance-list';
import { DeleteMeeting } from '@/components/delete-meeting';
import { HealthMessages } from '@/components/health-messages';
import { useLiveQuery, useLiveQueryState, useNow, useThrottled } from '@/components/hooks/use-live-query';
import { MeetingHeader } from '@/components/meeting-header';
import { MeetingHistory, type MeetingListItem } from '@/components/meeting-history';
import { ParticipantOrganisations, type ParticipantOrganisationRow } from '@/components/participant-organisations';
import { PrimaryCareHeadline } from '@/components/primary-care-headline';
import { ShareChart, type ShareBar } from '@/components/share-chart';
import { SilentOrganisations } from '@/components/silent-organisations';
import { SourceSwitch } from '@/components/source-switch';
import { TallyPad, type TallyParty } from '@/components/tally-pad';
import { TalkSourceNote, TalkTimeList } from '@/components/talk-time-list';
import { TimelineStrip } from '@/components/timeline-strip';
import { UnknownSpeakers } from '@/components/unknown-speakers';
import type { MeetingPerson } from '@/utils/core/action-owner';
import { describeCaptureHealth, type HealthMessage } from '@/utils/core/health';
import { watchStorageFull } from '@/utils/messaging/storage-status';
import { findIntroductions } from '@/utils/core/introductions';
import { tallyAsSpeech } from '@/utils/core/manual-tally';
import { buildMeetingExport, meetingExportSchema, type ExportOrganisationContext } from '@/utils/core/meeting-export';
import type { TalkSource } from '@/utils/core/model';
import { computeOrganisationAnalytics, computeTimeline } from '@/utils/core/org-analytics';
import { OrganisationIndex } from '@/utils/core/org-directory';
import { resolveParticipants } from '@/utils/core/org-resolution';
import { exportTextFilter } from '@/utils/core/redaction';
import { computeMeetingTalk, type TimedSpeech } from '@/utils/core/talk-time';
import { sectorById } from '@/utils/core/taxonomy';
import { readCounter, REJECTED_MESSAGES } from '@/utils/db/counters-repo';
import { listActionsForMeeting } from '@/utils/db/actions-repo';
import type { MeetingDb, MeetingRow } from '@/utils/db/database';
import { getPrivacySettings } from '@/utils/db/settings-repo';
import { deleteMeeting, findMeetingToShow, getMeetingBundle, listMeetings, type MeetingBundle } from '@/utils/db/meetings-repo';
import { listMappings, listOrganisations, mappingsByKey, saveMapping } from '@/utils/db/organisations-repo';
import { meetingFileName } from '@/utils/files/file-name';
import { ActionLogView } from './action-log-view';
import { changeActions } from './action-views';
import { ChatNoticeSection } from './chat-notice-section';
import { downloadFile } from '@/components/download';
import { MeetingActionsSection } from './meeting-actions';
import { SummaryView } from './summary-view';
import {
  addTallyParty,
  assignSpeaker,
  endManualMeeting,
  startManualMeeting,
  tallySilence,
  tallyTap,
  tallyUndo,
} from '@/utils/db/tally-repo';

type View =
  | { kind: 'current' }
  | { kind: 'tally' }
  | { kind: 'actions' }
  | { kind: 'history' }
  | { kind: 'meeting'; meetingId: string }
  | { kind: 'summary'; meetingId: string; from: 'current' | 'meeting' };

/** The tab the side panel sits beside, following tab switches. */
function useActiveTabId(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const refresh = (): void => {
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then((tabs) => setTabId(tabs[0]?.id ?? null))
        .catch(() => setTabId(null));
    };
    refresh();
    const onActivated = (): void => refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

async function downloadExport(db: MeetingDb, bundle: MeetingBundle, organisations: ExportOrganisationContext): Promise<void> {
  const [actions, privacy] = await Promise.all([listActionsForMeeting(db, bundle.meeting.id), getPrivacySettings(db)]);
  const filterText = exportTextFilter(privacy.redactPatientDetails);
  // Validated before it leaves: an export that would not read back is never written.
  const data = meetingExportSchema.parse(buildMeetingExport({ ...bundle, actions }, Date.now(), organisations, filterText));
  downloadFile(meetingFileName('meeting', bundle.meeting.title ?? bundle.meeting.code, bundle.meeting.startedAtMs, 'json'), JSON.stringify(data, null, 2), 'application/json');
}

/** Whether the extension's storage is full, as the background last found (kept outside IndexedDB). */
function useStorageFull(): boolean {
  const [sinceMs, setSinceMs] = useState<number | null>(null);
  useEffect(() => watchStorageFull(setSinceMs), []);
  return sinceMs !== null;
}

function healthFor(meeting: MeetingRow, nowMs: number, rejected: number, isStorageFull: boolean): HealthMessage[] {
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

/** The organisation directory and the user's remembered choices, kept current. */
function useOrganisations(db: MeetingDb) {
  const records = useLiveQuery(() => listOrganisations(db), []);
  const mappingRows = useLiveQuery(() => listMappings(db), []);
  const directory = useMemo(() => new OrganisationIndex(records ?? []), [records]);
  const mappings = useMemo(() => mappingsByKey(mappingRows ?? []), [mappingRows]);
  return { directory, mappings };
}

type ShareView = 'sector' | 'organisation' | 'person';

/** A meeting's stored data, redrawn at most once a second. */
function useMeetingBundle(db: MeetingDb, meetingId: string) {
  const { value, error } = useLiveQueryState(() => getMeetingBundle(db, meetingId), [meetingId]);
  return { bundle: useThrottled(value, 1000), error };
}

function MeetingView({
  db,
  meetingId,
  note,
  onOpenSummary,
  onDeleted,
}: {
  db: MeetingDb;
  meetingId: string;
  note?: string;
  onOpenSummary: (meetingId: string) => void;
  onDeleted?: () => void;
}) {
  const nowMs = useNow(1000);
  const { bundle, error: readError } = useMeetingBundle(db, meetingId);
  const rejected = useLiveQuery(() => readCounter(db, REJECTED_MESSAGES), []) ?? 0;
  const isStorageFull = useStorageFull();
  const [preferredSource, setPreferredSource] = useState<TalkSource | null>(null);
  const [chosenView, setShareView] = useState<ShareView | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const { directory, mappings } = useOrganisations(db);
  const hasOpenTally = !!bundle?.manualSegments.some((s) => s.endMs === null);
  // An open tally turn grows every second; otherwise only new data changes the figures.
  const talkClock = hasOpenTally ? nowMs : (bundle?.meeting.endedAtMs ?? bundle?.meeting.lastSeenAtMs ?? 0);
  const talk = useMemo(
    () =>
      bundle
        ? computeMeetingTalk({
            utterances: bundle.utterances,
            speechSegments: bundle.speechSegments,
            manualSegments: tallyAsSpeech(bundle.manualSegments, talkClock),
            preferredSource,
          })
        : null,
    [bundle, talkClock, preferredSource],
  );
  const attendees = useMemo((): AttendeeView[] => {
    if (!bundle) return [];
    const speakers = new Set(talk?.primary?.participants.map((p) => p.speaker));
    return bundle.participants
      .map((p) => ({ name: p.name, isSelf: p.isSelf, intervals: p.intervals, hasSpoken: speakers.has(p.name) }))
      .sort((a, b) => Number(a.hasSpoken) - Number(b.hasSpoken) || a.name.localeCompare(b.name));
  }, [bundle, talk]);
  const unknownCaptions = useMemo(
    () => (bundle?.utterances ?? []).filter((u) => u.isSpeakerUnknown).map((u) => ({ id: u.id, text: u.text, startMs: u.startMs })),
    [bundle],
  );
  const candidates = useMemo(() => {
    const names = new Set<string>(bundle?.participants.map((p) => p.name));
    for (const p of talk?.captions?.participants ?? []) names.add(p.speaker);
    return [...names].sort((a, b) => a.localeCompare(b));
  }, [bundle, talk]);
  const introductions = useMemo(
    () => (bundle ? findIntroductions(bundle.utterances, bundle.meeting.startedAtMs, directory) : new Map()),
    [bundle, directory],
  );
  const resolutions = useMemo(() => {
    const names = new Set(candidates);
    for (const p of talk?.primary?.participants ?? []) names.add(p.speaker);
    return resolveParticipants([...names], { directory, mappings, introductions });
  }, [candidates, talk, directory, mappings, introductions]);
  const organisations = useMemo(
    () => computeOrganisationAnalytics({ talk: talk?.primary ?? null, attendees: bundle?.participants.map((p) => p.name) ?? [], resolutions }),
    [talk, bundle, resolutions],
  );
  const timeline = useMemo(() => {
    if (!bundle || !talk?.primary) return [];
    const items: TimedSpeech[] =
      talk.primary.source === 'captions'
        ? bundle.utterances.filter((u) => !u.isSpeakerUnknown)
        : talk.primary.source === 'manual'
          ? tallyAsSpeech(bundle.manualSegments, talkClock)
          : bundle.speechSegments;
    return computeTimeline(items, resolutions);
  }, [bundle, talk, resolutions, talkClock]);
  const peopleRows = useMemo(
    (): ParticipantOrganisationRow[] =>
      [...resolutions].map(([displayName, r]) => ({
        displayName,
        personName: r.personName,
        organisationName: r.organisation?.name ?? null,
        sector: r.sector,
        confidence: r.confidence,
        reason: r.reason,
        isRoom: r.kind === 'room',
      })),
    [resolutions],
  );
  const people = useMemo(
    (): MeetingPerson[] =>
      [...resolutions]
        .filter(([, r]) => r.kind === 'person')
        .map(([displayName, r]) => ({ displayName, personName: r.personName, organisationName: r.organisation?.name ?? null, sector: r.sector })),
    [resolutions],
  );
  // By sector once anyone's sector is known; until then a chart of "not known" would say nothing.
  const hasKnownSector = [...resolutions.values()].some((r) => r.kind === 'person' && r.sector !== 'unknown');
  const shareView: ShareView = chosenView ?? (hasKnownSector ? 'sector' : 'person');
  const suggest = useCallback(
    (query: string) => directory.search(query).map((o) => ({ id: o.id, name: o.name, sector: o.sector, odsCode: o.odsCode })),
    [directory],
  );

  if (readError && !bundle) {
    return (
      <p class="error" role="alert" data-testid="read-error">
        This meeting could not be read from the browser’s storage: {readError.message}
      </p>
    );
  }
  if (!bundle) return <p class="empty">Loading…</p>;
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
      />
      {note ? <p class="note">{note}</p> : null}
      <HealthMessages messages={healthFor(meeting, nowMs, rejected, isStorageFull)} />
      <div class="actions summary-entry">
        {/* During the call the figures come first; once it ends, the summary is the next step. */}
        <button type="button" class={meeting.endedAtMs === null ? 'button secondary' : 'button'} onClick={() => onOpenSummary(meeting.id)} data-testid="open-summary">
          Summary to share
        </button>
      </div>
      {meeting.endedAtMs === null && meeting.platform !== 'manual' ? (
        <ChatNoticeSection />
      ) : null}
      {talk ? (
        <SourceSwitch
          available={talk.available}
          selected={talk.primary?.source ?? 'captions'}
          onSelect={(source) => setPreferredSource(source)}
        />
      ) : null}
      {talk?.primary ? <TalkSourceNote stats={talk.primary} /> : null}
      {talk?.primary ? <PrimaryCareHeadline headline={organisations.primaryCare} /> : null}
      <TimelineStrip segments={timeline} startMs={meeting.startedAtMs} endMs={meeting.endedAtMs ?? Math.max(nowMs, meeting.lastSeenAtMs)} />
      {talk?.primary ? (
        <fieldset class="source-switch share-view" data-testid="share-view">
          <legend>Share of voice by</legend>
          {(['sector', 'organisation', 'person'] as const).map((view) => (
            <label key={view}>
              <input type="radio" name="share-view" value={view} checked={shareView === view} onChange={() => setShareView(view)} data-testid={`share-view-${view}`} />{' '}
              {view === 'sector' ? 'Sector' : view === 'organisation' ? 'Organisation' : 'Person'}
            </label>
          ))}
        </fieldset>
      ) : null}
      {shareView === 'sector' && talk?.primary ? (
        <ShareChart
          testId="sector-share"
          emptyText="Nobody has spoken yet."
          bars={organisations.bySector
            .filter((sector) => sector.talkMs > 0 || sector.words > 0)
            .map((sector): ShareBar => ({
              id: sector.id,
              name: sector.name,
              shareRatio: sector.shareRatio,
              talkMs: sector.talkMs,
              colour: sectorById(sector.id).colour,
              detail: `${sector.attendees} ${sector.attendees === 1 ? 'person' : 'people'} here`,
            }))}
        />
      ) : null}
      {shareView === 'organisation' && talk?.primary ? (
        <ShareChart
          testId="organisation-share"
          emptyText="Nobody has spoken yet."
          bars={organisations.byOrganisation
            .filter((o) => o.talkMs > 0 || o.words > 0)
            .map((o): ShareBar => ({
              id: o.key,
              name: o.name,
              shareRatio: o.shareRatio,
              talkMs: o.talkMs,
              colour: sectorById(o.sector).colour,
              detail: `${sectorById(o.sector).short} · ${o.speakers.map((sp) => resolutions.get(sp)?.personName ?? sp).join(', ')}`,
            }))}
        />
      ) : null}
      {shareView === 'person' || !talk?.primary ? <TalkTimeList stats={talk?.primary ?? null} /> : null}
      {talk?.primary ? <SilentOrganisations organisations={organisations.silentOrganisations} /> : null}
      <MeetingActionsSection db={db} bundle={bundle} people={people} />
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
        captions={unknownCaptions}
        talkMs={talk?.unknownSpeaker?.talkMs ?? 0}
        candidates={candidates}
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
            downloadExport(db, bundle, { directory, mappings }).catch((error: unknown) => setExportError(`The export could not be made: ${error instanceof Error ? error.message : String(error)}`));
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

function CurrentMeeting({ db, tabId, onOpenSummary }: { db: MeetingDb; tabId: number | null; onOpenSummary: (meetingId: string) => void }) {
  const found = useLiveQuery(() => findMeetingToShow(db, tabId), [tabId]);
  if (found === undefined) {
    return (
      <div class="empty" data-testid="no-meeting">
        <p>No meeting is being recorded in this tab.</p>
        <p>
          Join a Google Meet or Microsoft Teams call in this window and turn captions on. The figures will appear here.
          Without captions, use the Tally tab to record who speaks by hand.
        </p>
      </div>
    );
  }
  const note = found.isInThisTab
    ? undefined
    : found.meeting.platform === 'manual'
      ? 'Recorded by hand in the Tally tab.'
      : 'This meeting is in another tab.';
  return <MeetingView db={db} meetingId={found.meeting.id} note={note} onOpenSummary={onOpenSummary} />;
}

/** The tally for one meeting: its participants and typed-in parties as buttons. */
function TallyForMeeting({ db, meetingId }: { db: MeetingDb; meetingId: string }) {
  const nowMs = useNow(1000);
  const { value: bundle } = useLiveQueryState(() => getMeetingBundle(db, meetingId), [meetingId]);
  const [addError, setAddError] = useState<string | null>(null);
  const parties = useMemo((): TallyParty[] => {
    if (!bundle) return [];
    const byName = new Map<string, TallyParty>();
    for (const p of bundle.participants) {
      byName.set(p.name, { name: p.name, isPresent: p.intervals.some((i) => i.leaveMs === null) });
    }
    for (const name of bundle.meeting.tallyParties ?? []) if (!byName.has(name)) byName.set(name, { name, isPresent: true });
    for (const s of bundle.manualSegments) if (!byName.has(s.party)) byName.set(s.party, { name: s.party, isPresent: true });
    return [...byName.values()];
  }, [bundle]);
  const open = bundle?.manualSegments.find((s) => s.endMs === null) ?? null;
  // A refused name's message goes once the user moves on to tallying.
  const onTap = useCallback((party: string) => {
    setAddError(null);
    void tallyTap(db, meetingId, party, Date.now(), newId('tally'));
  }, [db, meetingId]);
  const onSilence = useCallback(() => {
    setAddError(null);
    void tallySilence(db, meetingId, Date.now());
  }, [db, meetingId]);
  const onUndo = useCallback(() => {
    setAddError(null);
    void tallyUndo(db, meetingId);
  }, [db, meetingId]);

  if (!bundle) return <p class="empty">Loading…</p>;
  const isManual = bundle.meeting.platform === 'manual';
  return (
    <div data-testid="tally-view" data-meeting-id={meetingId}>
      <h1>{bundle.meeting.title ?? bundle.meeting.code ?? 'This meeting'}</h1>
      <p class="meeting-meta">
        {isManual ? 'Recorded by hand.' : 'Tally alongside the call: use it for phone-ins, the room, or when captions are off.'}
      </p>
      <TallyPad
        parties={parties}
        current={open ? { party: open.party, sinceMs: open.startMs } : null}
        nowMs={nowMs}
        canUndo={bundle.manualSegments.length > 0}
        addError={addError}
        onTap={onTap}
        onSilence={onSilence}
        onUndo={onUndo}
        onAddParty={(name) =>
          void addTallyParty(db, meetingId, name, parties.map((p) => p.name)).then((check) => setAddError(check.ok ? null : check.error))
        }
      />
      {isManual && bundle.meeting.endedAtMs === null ? (
        <div class="actions">
          <button type="button" class="button secondary" onClick={() => void endManualMeeting(db, meetingId, Date.now())} data-testid="tally-end">
            End this tally
          </button>
        </div>
      ) : null}
    </div>
  );
}

function StartTally({ db }: { db: MeetingDb }) {
  const [title, setTitle] = useState('');
  return (
    <form
      class="start-tally"
      data-testid="start-tally"
      onSubmit={(event) => {
        event.preventDefault();
        void startManualMeeting(db, { id: newId('manual'), title, nowMs: Date.now() });
      }}
    >
      <h1>Tally by hand</h1>
      <p>
        No call is being recorded in this tab. For a meeting without captions, a phone-in or a room, record who speaks by
        tapping their name as they start.
      </p>
      <label for="tally-title">Meeting name</label>
      <input
        id="tally-title"
        type="text"
        value={title}
        maxLength={200}
        placeholder="e.g. PCN clinical directors' forum"
        onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
        data-testid="tally-title"
      />
      <div class="actions">
        <button type="submit" class="button" data-testid="tally-start">
          Start tally
        </button>
      </div>
    </form>
  );
}

function Tally({ db, tabId }: { db: MeetingDb; tabId: number | null }) {
  const found = useLiveQuery(() => findMeetingToShow(db, tabId), [tabId]);
  if (found === undefined || found.meeting.endedAtMs !== null) return <StartTally db={db} />;
  return <TallyForMeeting db={db} meetingId={found.meeting.id} />;
}

function History({ db, onOpen }: { db: MeetingDb; onOpen: (id: string) => void }) {
  const meetings = useLiveQuery(() => listMeetings(db), []);
  const items = useMemo(
    (): MeetingListItem[] =>
      (meetings ?? []).map((m) => ({
        id: m.id,
        title: m.title ?? m.code ?? 'Untitled meeting',
        startedAtMs: m.startedAtMs,
        durationMs: (m.endedAtMs ?? m.lastSeenAtMs) - m.startedAtMs,
        isLive: m.endedAtMs === null,
        speakerCount: m.figures?.speakerCount ?? 0,
        topSpeakers: m.figures?.topSpeakers ?? [],
      })),
    [meetings],
  );
  if (!meetings) return <p class="empty">Loading…</p>;
  return (
    <section aria-labelledby="history-heading">
      <h1 id="history-heading">Past meetings</h1>
      <MeetingHistory meetings={items} onOpen={onOpen} />
    </section>
  );
}

const tabs: { kind: 'current' | 'tally' | 'actions' | 'history'; label: string }[] = [
  { kind: 'current', label: 'This meeting' },
  { kind: 'tally', label: 'Tally' },
  { kind: 'actions', label: 'Actions' },
  { kind: 'history', label: 'Past meetings' },
];

/** The side panel: the meeting beside it, a manual tally, the action log, and past meetings. */
export function App({ db }: { db: MeetingDb }) {
  const [view, setView] = useState<View>({ kind: 'current' });
  const tabId = useActiveTabId();
  const activeTab = view.kind === 'meeting' ? 'history' : view.kind === 'summary' ? (view.from === 'current' ? 'current' : 'history') : view.kind;
  return (
    <div class="app">
      <nav class="tabs" aria-label="Views">
        {tabs.map((tab) => (
          <button
            key={tab.kind}
            type="button"
            aria-current={activeTab === tab.kind ? 'page' : undefined}
            onClick={() => setView({ kind: tab.kind })}
            data-testid={`nav-${tab.kind}`}
          >
            {tab.label}
          </button>
        ))}
      </nav>
      <main>
        {view.kind === 'current' ? <CurrentMeeting db={db} tabId={tabId} onOpenSummary={(meetingId) => setView({ kind: 'summary', meetingId, from: 'current' })} /> : null}
        {view.kind === 'tally' ? <Tally db={db} tabId={tabId} /> : null}
        {view.kind === 'actions' ? <ActionLogView db={db} /> : null}
        {view.kind === 'history' ? <History db={db} onOpen={(meetingId) => setView({ kind: 'meeting', meetingId })} /> : null}
        {view.kind === 'meeting' ? (
          <>
            <button type="button" class="link" onClick={() => setView({ kind: 'history' })} data-testid="back">
              ← All meetings
            </button>
            <MeetingView
              db={db}
              meetingId={view.meetingId}
              onOpenSummary={(meetingId) => setView({ kind: 'summary', meetingId, from: 'meeting' })}
              onDeleted={() => setView({ kind: 'history' })}
            />
          </>
        ) : null}
        {view.kind === 'summary' ? (
          <SummaryView
            db={db}
            meetingId={view.meetingId}
            onBack={() => setView(view.from === 'current' ? { kind: 'current' } : { kind: 'meeting', meetingId: view.meetingId })}
          />
        ) : null}
      </main>
    </div>
  );
}
