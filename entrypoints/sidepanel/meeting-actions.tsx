import { useMemo } from 'preact/hooks';
import type { KnownOrganisation } from '@/components/action-editor';
import type { SuggestionView } from '@/components/action-suggestions';
import { useLiveQuery, useNow } from '@/components/hooks/use-live-query';
import { MeetingActions, type SeriesOption } from '@/components/meeting-actions';
import { isoDateOf } from '@/utils/core/action-log';
import { resolveActionOwner, type MeetingPerson } from '@/utils/core/action-owner';
import { detectActions } from '@/utils/core/actions';
import {
  addActionUpdate,
  dismissSuggestion,
  editAction,
  handledSuggestionIds,
  listActionsForMeeting,
  listCarriedForward,
  saveAction,
  setActionStatus,
  withMeetings,
} from '@/utils/db/actions-repo';
import type { MeetingDb } from '@/utils/db/database';
import type { MeetingBundle } from '@/utils/db/meetings-repo';
import { listSeries, moveMeetingToSeries } from '@/utils/db/series-repo';
import { changeActions, draftOf, toActionView } from './action-views';
import { parseDue } from './suggestions';

/**
 * The actions and decisions section of a meeting: suggestions found in its
 * finalised captions, with owners resolved to organisations, and what the
 * user has confirmed, all written to IndexedDB.
 */
export function MeetingActionsSection({ db, bundle, people }: { db: MeetingDb; bundle: MeetingBundle; people: readonly MeetingPerson[] }) {
  const { meeting } = bundle;
  const nowMs = useNow(60_000);
  const today = isoDateOf(nowMs);
  const confirmedRows = useLiveQuery(() => listActionsForMeeting(db, meeting.id), [meeting.id]) ?? [];
  const carriedRows =
    useLiveQuery(() => listCarriedForward(db, meeting).then((rows) => withMeetings(db, rows)), [meeting.id, meeting.seriesId, meeting.startedAtMs]) ?? [];
  const handled = useLiveQuery(() => handledSuggestionIds(db, meeting.id), [meeting.id]);
  const allSeries = useLiveQuery(() => listSeries(db), [meeting.seriesId]);

  const finalUtterances = useMemo(() => bundle.utterances.filter((u) => u.isFinal), [bundle.utterances]);
  const found = useMemo(
    () => detectActions(finalUtterances, { meetingStartMs: meeting.startedAtMs, parseDue }),
    [finalUtterances, meeting.startedAtMs],
  );
  const suggestions = useMemo((): SuggestionView[] => {
    if (!handled) return [];
    return found
      .filter((s) => !handled.has(s.id))
      .map((s) => {
        const owner = s.kind === 'action' ? resolveActionOwner(s.owner, people) : { owner: null, organisation: null, sector: null };
        return {
          id: s.id,
          quote: s.quote,
          speaker: s.speaker,
          atMs: s.atMs,
          draft: {
            kind: s.kind,
            text: s.text,
            owner: owner.owner,
            organisation: owner.organisation,
            sector: owner.sector,
            dueDate: s.due?.date ?? null,
            dueText: s.due?.text ?? null,
            dueIsNextMeeting: s.due?.isNextMeeting ?? false,
          },
        };
      });
  }, [found, handled, people]);

  const organisations = useMemo((): KnownOrganisation[] => {
    const byName = new Map<string, KnownOrganisation>();
    for (const p of people) if (p.organisationName) byName.set(p.organisationName, { name: p.organisationName, sector: p.sector });
    return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [people]);
  const peopleNames = useMemo(() => [...new Set(people.map((p) => p.personName))].sort((a, b) => a.localeCompare(b)), [people]);
  const series = useMemo(() => {
    if (!allSeries || !meeting.seriesId) return null;
    const current = allSeries.find((s) => s.seriesId === meeting.seriesId);
    if (!current) return null;
    const others: SeriesOption[] = allSeries.filter((s) => s.seriesId !== meeting.seriesId);
    return { current, others };
  }, [allSeries, meeting.seriesId]);
  const rowsById = useMemo(() => new Map([...confirmedRows, ...carriedRows].map((r) => [r.id, r])), [confirmedRows, carriedRows]);

  return (
    <MeetingActions
      series={series}
      carriedForward={carriedRows.map((row) => toActionView(row, today, true))}
      suggestions={suggestions}
      confirmed={confirmedRows.map((row) => toActionView(row, today, false))}
      people={peopleNames}
      organisations={organisations}
      draftOf={(id) => {
        const row = rowsById.get(id);
        return row ? draftOf(row) : null;
      }}
      onMoveSeries={(target) => void moveMeetingToSeries(db, meeting.id, target === 'own' ? 'own' : { seriesId: target })}
      onConfirm={(suggestion, draft) =>
        changeActions(() => saveAction(db, meeting.id, draft, Date.now(), { suggestionId: suggestion.id, quote: suggestion.quote, saidAtMs: suggestion.atMs }))
      }
      onDismiss={(suggestion) => void dismissSuggestion(db, meeting.id, suggestion.id, Date.now())}
      onAdd={(draft) => changeActions(() => saveAction(db, meeting.id, draft, Date.now()))}
      onEdit={(id, draft) => changeActions(() => editAction(db, id, draft, Date.now()))}
      onStatus={(id, status) => void changeActions(() => setActionStatus(db, id, status, Date.now()))}
      onAddUpdate={(id, text) => changeActions(() => addActionUpdate(db, id, text, Date.now()))}
    />
  );
}
