import type { ActionDraft, ActionFilter, ActionStatus } from '@/utils/core/action-log';
import { sectorById, type SectorId } from '@/utils/core/taxonomy';
import type { KnownOrganisation } from './action-editor';
import type { ActionView } from './action-item';
import { ActionList } from './action-list';

const SHOW_OPTIONS: readonly { readonly value: ActionFilter['show']; readonly label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
  { value: 'all', label: 'All, with decisions' },
];

/**
 * Every action across meetings, filtered by status, organisation and
 * sector, with exports of what is shown.
 */
export function ActionLog(props: {
  actions: readonly ActionView[];
  counts: { readonly open: number; readonly overdue: number };
  filter: ActionFilter;
  organisations: readonly string[];
  sectors: readonly SectorId[];
  people: readonly string[];
  knownOrganisations: readonly KnownOrganisation[];
  exportError: string | null;
  draftOf: (actionId: string) => ActionDraft | null;
  onFilter: (filter: ActionFilter) => void;
  onStatus: (actionId: string, status: ActionStatus) => void;
  onAddUpdate: (actionId: string, text: string) => Promise<string | null>;
  onEdit: (actionId: string, draft: ActionDraft) => Promise<string | null>;
  onExportCsv: () => void;
  onExportCalendar: () => void;
}) {
  const { filter } = props;
  return (
    <section aria-labelledby="action-log-heading" data-testid="action-log">
      <h1 id="action-log-heading">Action log</h1>
      <p class="meeting-meta" data-testid="action-counts">
        {props.counts.open} open, {props.counts.overdue} overdue, across all meetings.
      </p>
      <div class="log-filters">
        <div>
          <label for="log-show">Show</label>
          <select id="log-show" value={filter.show} onChange={(e) => props.onFilter({ ...filter, show: (e.target as HTMLSelectElement).value as ActionFilter['show'] })} data-testid="log-show">
            {SHOW_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="log-organisation">Organisation</label>
          <select
            id="log-organisation"
            value={filter.organisation ?? ''}
            onChange={(e) => props.onFilter({ ...filter, organisation: (e.target as HTMLSelectElement).value || null })}
            data-testid="log-organisation"
          >
            <option value="">All organisations</option>
            {props.organisations.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="log-sector">Sector</label>
          <select
            id="log-sector"
            value={filter.sector ?? ''}
            onChange={(e) => props.onFilter({ ...filter, sector: ((e.target as HTMLSelectElement).value || null) as SectorId | null })}
            data-testid="log-sector"
          >
            <option value="">All sectors</option>
            {props.sectors.map((id) => (
              <option key={id} value={id}>
                {sectorById(id).name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {props.actions.length ? (
        <ActionList
          actions={props.actions}
          people={props.people}
          organisations={props.knownOrganisations}
          draftOf={props.draftOf}
          onEdit={props.onEdit}
          onStatus={props.onStatus}
          onAddUpdate={props.onAddUpdate}
        />
      ) : (
        <p class="empty" data-testid="action-log-empty">
          {props.counts.open || filter.show !== 'open'
            ? 'Nothing matches these filters.'
            : 'No actions yet. Confirm suggestions in a meeting, or add your own, and they will be tracked here across meetings.'}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={props.onExportCsv} disabled={!props.actions.length} data-testid="export-csv">
          Download these as CSV
        </button>
        <button type="button" class="button secondary" onClick={props.onExportCalendar} disabled={!props.actions.length} data-testid="export-ics">
          Due dates to calendar (.ics)
        </button>
      </div>
      {props.exportError ? (
        <p class="error" role="alert">
          {props.exportError}
        </p>
      ) : null}
    </section>
  );
}
