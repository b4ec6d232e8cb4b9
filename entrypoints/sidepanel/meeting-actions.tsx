import { useMemo } from 'preact/hooks';
import type { KnownOrganisation } from '@/components/action-editor';
import type { SuggestionView } from '@/components/action-suggestions';
import { useLiveQuery, useNow } from '@/components/hooks/use-live-query';
import { MeetingActions, type SeriesOption } from '@/components/meeting-actions';
import { isoDateOf } from '@/utils/core/action-log';
import type { MeetingAnalysis } from '@/utils/core/meeting-analysis';
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
import type { MeetingDb, MeetingRow } from '@/utils/db/database';
import { listSeries, moveMeetingToSeries } from '@/utils/db/series-repo';
import { changeActions, draftOf, toActionView } from './action-views';

/**
 * The actions and decisions section of a meeting: suggestions found in its
 * finalised captions, with owners resolved to organisations, and what the
 * user has confirmed, all written to IndexedDB.
 */
export function MeetingActionsSection({ db, meeting, analysis }: { db: MeetingDb; meeting: MeetingRow; analysis: MeetingAnalysis }) {
  const { people } = analysis;
  const nowMs = useNow(60_000);
  const today = isoDateOf(nowMs);
  const confirmedRows = useLiveQuery(() => listActionsForMeeting(db, meeting.id), [meeting.id]) ?? [];
  const carriedRows =
    useLiveQuery(() => listCarriedForward(db, meeting).then((rows) => withMeetings(db, rows)), [meeting.id, meeting.seriesId, meeting.startedAtMs]) ?? [];
  const handled = useLiveQuery(() => handledSuggestionIds(db, meeting.id), [meeting.id]);
  const allSeries = useLiveQuery(() => listSeries(db), [meeting.seriesId]);

  const suggestions = useMemo((): SuggestionView[] => {
    if (!handled) return [];
    return analysis.suggestions
      .filter((s) => !handled.has(s.id))
      .map((s) => ({
        id: s.id,
        quote: s.quote,
        speaker: analysis.resolutions.get(s.speaker)?.personName ?? s.speaker,
        atMs: s.atMs,
        why: s.reason,
        ownerWhy: s.kind === 'action' ? (s.resolvedOwner.reason ?? null) : null,
        isDateToCheck: s.due?.needsCheck === true,
        draft: {
          kind: s.kind,
          text: s.text,
          owner: s.resolvedOwner.owner,
          organisation: s.resolvedOwner.organisation,
          sector: s.resolvedOwner.sector,
          dueDate: s.due?.date ?? null,
          dueText: s.due?.text ?? null,
          dueIsNextMeeting: s.due?.isNextMeeting ?? false,
        },
      }));
  }, [analysis.suggestions, handled]);

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
