import { useRef, useState } from 'preact/hooks';
import type { Confidence } from '@/utils/core/org-resolution';
import { sectorById, type SectorId } from '@/utils/core/taxonomy';
import { AssignOrganisation, type OrganisationChoice, type OrganisationSuggestion } from './assign-organisation';
import { useReturnFocus } from './hooks/use-return-focus';

/** One participant with the organisation the extension resolved. */
export interface ParticipantOrganisationRow {
  readonly displayName: string;
  readonly personName: string;
  readonly organisationName: string | null;
  readonly sector: SectorId;
  readonly confidence: Confidence;
  readonly reason: string;
  readonly isRoom: boolean;
}

const confidenceLabel: Record<Confidence, string> = {
  certain: 'your choice',
  high: 'sure',
  medium: 'fairly sure',
  low: 'a guess',
  none: 'not known',
};

/**
 * Everyone in the meeting with their organisation and sector, the unknown
 * first, each with why the extension thinks so and a quick way to say otherwise.
 */
export function ParticipantOrganisations(props: {
  rows: readonly ParticipantOrganisationRow[];
  suggest: (query: string) => readonly OrganisationSuggestion[];
  onAssign: (displayName: string, choice: OrganisationChoice) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  // When the search closes, focus returns to that person's Assign or Change button (the row may have moved).
  const listRef = useRef<HTMLUListElement>(null);
  const returnFocusTo = useReturnFocus(listRef, 'name', 'assign-org-open');
  const closeSearch = (displayName: string): void => {
    returnFocusTo(displayName);
    setEditing(null);
  };
  const unknown = props.rows.filter((r) => !r.isRoom && r.sector === 'unknown').length;
  const rows = [...props.rows].sort(
    (a, b) =>
      Number(b.sector === 'unknown' && !b.isRoom) - Number(a.sector === 'unknown' && !a.isRoom) ||
      Number(a.isRoom) - Number(b.isRoom) ||
      (a.organisationName ?? '').localeCompare(b.organisationName ?? '') ||
      a.personName.localeCompare(b.personName),
  );
  if (!rows.length) return null;
  return (
    <details class="people-orgs" open={unknown > 0} data-testid="participant-organisations">
      <summary>
        People and organisations{unknown ? `: ${unknown} not known yet` : ''}
      </summary>
      <ul ref={listRef}>
        {rows.map((row, index) => {
          const sector = sectorById(row.sector);
          const isEditing = editing === row.displayName;
          return (
            <li key={row.displayName} data-testid="participant-org" data-name={row.displayName} data-sector={row.sector} data-organisation={row.organisationName ?? ''}>
              <div class="person-org-line">
                <span class="person-name">{row.personName}</span>
                {row.isRoom ? (
                  <span class="org-name">shared room</span>
                ) : (
                  <span class="org-name">
                    <span class="swatch" style={{ background: sector.colour }} aria-hidden="true" />
                    {row.organisationName ?? (row.sector === 'unknown' ? 'Organisation not known' : `${sector.name}, organisation not named`)}
                    {row.sector !== 'unknown' ? ` · ${sector.short}` : ''}
                  </span>
                )}
              </div>
              {row.isRoom ? null : (
                <div class="person-org-why">
                  <details>
                    <summary>Why? ({confidenceLabel[row.confidence]})</summary>
                    <p>{row.reason}</p>
                  </details>
                  {isEditing ? null : (
                    <button
                      type="button"
                      class="link"
                      onClick={() => setEditing(row.displayName)}
                      data-testid="assign-org-open"
                      aria-label={`${row.sector === 'unknown' ? 'Assign' : 'Change'} organisation for ${row.personName}`}
                    >
                      {row.sector === 'unknown' ? 'Assign organisation' : 'Change'}
                    </button>
                  )}
                </div>
              )}
              {isEditing ? (
                <AssignOrganisation
                  personName={row.personName}
                  idPrefix={`assign-${index}`}
                  suggest={props.suggest}
                  onCancel={() => closeSearch(row.displayName)}
                  onChoose={(choice) => {
                    closeSearch(row.displayName);
                    props.onAssign(row.displayName, choice);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
