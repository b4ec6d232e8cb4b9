import { useMemo, useState } from 'preact/hooks';
import { ActionLog } from '@/components/action-log';
import { useLiveQuery, useNow } from '@/components/hooks/use-live-query';
import { filterActions, isoDateOf, isOverdue, type ActionFilter } from '@/utils/core/action-log';
import { exportTextFilter } from '@/utils/core/redaction';
import type { SectorId } from '@/utils/core/taxonomy';
import { addActionUpdate, editAction, listActionLog, setActionStatus, type ActionWithMeeting } from '@/utils/db/actions-repo';
import type { MeetingDb } from '@/utils/db/database';
import { getPrivacySettings } from '@/utils/db/settings-repo';
import { actionLogCsv } from '@/utils/files/action-log-csv';
import { actionsCalendar } from '@/utils/files/calendar';
import { changeActions, draftOf, toActionView } from './action-views';
import { downloadFile } from '@/components/download';

/** Oldest open first by due date (no date last), then by ref: the order a chaser works through. */
function byDueThenRef(a: ActionWithMeeting, b: ActionWithMeeting): number {
  return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.ref.localeCompare(b.ref);
}

/** The Actions tab: every action across meetings, filtered, with exports. */
export function ActionLogView({ db }: { db: MeetingDb }) {
  const nowMs = useNow(60_000);
  const today = isoDateOf(nowMs);
  const rows = useLiveQuery(() => listActionLog(db), []);
  // Until the setting is read, exports are redacted: the safe side.
  const privacy = useLiveQuery(() => getPrivacySettings(db), []);
  const [filter, setFilter] = useState<ActionFilter>({ show: 'open', organisation: null, sector: null });
  const [exportError, setExportError] = useState<string | null>(null);
  const shown = useMemo(() => filterActions(rows ?? [], filter, today).sort(byDueThenRef), [rows, filter, today]);
  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  const organisations = useMemo(() => [...new Set((rows ?? []).flatMap((r) => (r.organisation ? [r.organisation] : [])))].sort(), [rows]);
  const sectors = useMemo(() => [...new Set((rows ?? []).flatMap((r) => (r.sector ? [r.sector] : [])))] as SectorId[], [rows]);
  const knownOrganisations = useMemo(() => {
    const known = new Map<string, { name: string; sector: SectorId }>();
    for (const r of rows ?? []) if (r.organisation && r.sector) known.set(r.organisation, { name: r.organisation, sector: r.sector });
    return [...known.values()];
  }, [rows]);
  const people = useMemo(() => [...new Set((rows ?? []).flatMap((r) => (r.owner ? [r.owner] : [])))].sort(), [rows]);

  if (!rows) return <p class="empty">Loading…</p>;
  const open = rows.filter((r) => r.kind === 'action' && r.status === 'open');
  return (
    <ActionLog
      actions={shown.map((row) => toActionView(row, today, true))}
      counts={{ open: open.length, overdue: open.filter((r) => isOverdue(r, today)).length }}
      filter={filter}
      organisations={organisations}
      sectors={sectors}
      people={people}
      knownOrganisations={knownOrganisations}
      exportError={exportError}
      draftOf={(id) => {
        const row = byId.get(id);
        return row ? draftOf(row) : null;
      }}
      onFilter={setFilter}
      onStatus={(id, status) => void changeActions(() => setActionStatus(db, id, status, Date.now()))}
      onAddUpdate={(id, text) => changeActions(() => addActionUpdate(db, id, text, Date.now()))}
      onEdit={(id, draft) => changeActions(() => editAction(db, id, draft, Date.now()))}
      onExportCsv={() => {
        setExportError(null);
        const filterText = exportTextFilter(privacy?.redactPatientDetails ?? true);
        downloadFile(`action-log-${today}.csv`, actionLogCsv(shown, today, filterText), 'text/csv;charset=utf-8');
      }}
      onExportCalendar={() => {
        setExportError(null);
        void actionsCalendar(shown, Date.now(), exportTextFilter(privacy?.redactPatientDetails ?? true)).then(
          ({ ics, eventCount }) =>
            eventCount
              ? downloadFile(`action-due-dates-${today}.ics`, ics, 'text/calendar;charset=utf-8')
              : setExportError('None of these actions is open with a due date, so there is nothing to put in a calendar.'),
          (error: unknown) => setExportError(`The calendar file could not be made: ${error instanceof Error ? error.message : String(error)}`),
        );
      }}
    />
  );
}
