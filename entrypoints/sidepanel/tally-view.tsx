import { useCallback, useMemo, useState } from 'preact/hooks';
import { useLiveQuery, useLiveQueryState, useNow } from '@/components/hooks/use-live-query';
import { TallyPad, type TallyParty } from '@/components/tally-pad';
import type { MeetingDb } from '@/utils/db/database';
import { findMeetingToShow, getMeetingBundle } from '@/utils/db/meetings-repo';
import { tallyKeyOf } from '@/utils/core/manual-tally';
import { addTallyParty, endManualMeeting, setTallyKey, startManualMeeting, tallySilence, tallyTap, tallyUndo } from '@/utils/db/tally-repo';

function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** The tally for one meeting: its participants and typed-in parties as buttons. */
function TallyForMeeting({ db, meetingId }: { db: MeetingDb; meetingId: string }) {
  const nowMs = useNow(1000);
  const { value: bundle } = useLiveQueryState(() => getMeetingBundle(db, meetingId), [meetingId]);
  const [addError, setAddError] = useState<string | null>(null);
  // Keyed parties by key, then the rest as they arrived: first seen in the call, typed in, or first tapped.
  const parties = useMemo((): TallyParty[] => {
    if (!bundle) return [];
    const keys = bundle.meeting.tallyKeys;
    const byName = new Map<string, Omit<TallyParty, 'key'>>();
    const firstSeen = (p: (typeof bundle.participants)[number]): number => Math.min(...p.intervals.map((i) => i.joinMs));
    for (const p of [...bundle.participants].sort((a, b) => firstSeen(a) - firstSeen(b) || a.name.localeCompare(b.name))) {
      byName.set(p.name, { name: p.name, isPresent: p.intervals.some((i) => i.leaveMs === null) });
    }
    for (const name of bundle.meeting.tallyParties ?? []) if (!byName.has(name)) byName.set(name, { name, isPresent: true });
    for (const s of bundle.manualSegments) if (!byName.has(s.party)) byName.set(s.party, { name: s.party, isPresent: true });
    const all = [...byName.values()].map((p) => ({ ...p, key: tallyKeyOf(keys, p.name) }));
    return [...all.filter((p) => p.key !== null).sort((a, b) => a.key! - b.key!), ...all.filter((p) => p.key === null)];
  }, [bundle]);
  const open = bundle?.manualSegments.find((s) => s.endMs === null) ?? null;
  // A refused name's message goes once the user moves on to tallying.
  const onTap = useCallback(
    (party: string) => {
      setAddError(null);
      void tallyTap(db, meetingId, party, Date.now(), newId('tally'));
    },
    [db, meetingId],
  );
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
        onSetKey={(party, key) => void setTallyKey(db, meetingId, party, key)}
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

/** Starts a tally for a meeting with no call in this tab. */
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

/** The "Tally" tab: tally the meeting in progress beside the panel, or start one by hand. */
export function TallyView({ db, tabId }: { db: MeetingDb; tabId: number | null }) {
  const found = useLiveQuery(() => findMeetingToShow(db, tabId), [tabId]);
  if (found === undefined || found.meeting.endedAtMs !== null) return <StartTally db={db} />;
  return <TallyForMeeting db={db} meetingId={found.meeting.id} />;
}
