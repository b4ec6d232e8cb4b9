import { useEffect, useRef, useState } from 'preact/hooks';
import { SECTORS, sectorById, type SectorId } from '@/utils/core/taxonomy';

/** An organisation the user picked or typed for a participant. */
export interface OrganisationChoice {
  readonly name: string;
  readonly organisationId: string | null;
  readonly odsCode: string | null;
  readonly sector: SectorId;
}

/** A directory entry offered while typing. */
export interface OrganisationSuggestion {
  readonly id: string;
  readonly name: string;
  readonly sector: SectorId;
  readonly odsCode: string | null;
}

const choosableSectors = SECTORS.filter((s) => s.id !== 'unknown');

/**
 * Type-ahead over the organisation directory (an ARIA combobox: arrow keys
 * move, Enter chooses, Escape cancels), with the typed name as a new
 * organisation when it is not in the directory. The search box takes focus
 * when it opens; the sector question takes it for a new organisation, and
 * Escape or Back returns to the search.
 */
export function AssignOrganisation(props: {
  personName: string;
  idPrefix: string;
  suggest: (query: string) => readonly OrganisationSuggestion[];
  onChoose: (choice: OrganisationChoice) => void;
  onCancel: () => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [newSector, setNewSector] = useState<SectorId | ''>('');
  const [isNew, setIsNew] = useState(false);
  const suggestions = query.trim() ? props.suggest(query) : [];
  const options = [...suggestions.map((s) => ({ kind: 'known' as const, s })), ...(query.trim() ? [{ kind: 'new' as const }] : [])];
  const inputRef = useRef<HTMLInputElement>(null);
  const sectorRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (isNew) sectorRef.current?.focus();
    else inputRef.current?.focus();
  }, [isNew]);
  const listId = `${props.idPrefix}-list`;
  const optionId = (i: number): string => `${props.idPrefix}-option-${i}`;

  const choose = (index: number): void => {
    const option = options[index];
    if (!option) return;
    if (option.kind === 'known') props.onChoose({ name: option.s.name, organisationId: option.s.id, odsCode: option.s.odsCode, sector: option.s.sector });
    else setIsNew(true);
  };

  if (isNew) {
    return (
      <form
        class="assign"
        onSubmit={(event) => {
          event.preventDefault();
          if (newSector) props.onChoose({ name: query.trim(), organisationId: null, odsCode: null, sector: newSector });
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            setIsNew(false);
          }
        }}
      >
        <label for={`${props.idPrefix}-sector`}>
          What kind of organisation is <strong>{query.trim()}</strong>?
        </label>
        <select
          ref={sectorRef}
          id={`${props.idPrefix}-sector`}
          value={newSector}
          onChange={(e) => setNewSector((e.target as HTMLSelectElement).value as SectorId)}
          data-testid="assign-new-sector"
        >
          <option value="">Choose a sector</option>
          {choosableSectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <div class="assign-buttons">
          <button type="submit" class="button" disabled={!newSector} data-testid="assign-new-save">
            Save
          </button>
          <button type="button" class="button secondary" onClick={() => setIsNew(false)}>
            Back
          </button>
        </div>
      </form>
    );
  }

  return (
    <div class="assign">
      <label for={`${props.idPrefix}-input`}>Organisation for {props.personName}</label>
      <input
        ref={inputRef}
        id={`${props.idPrefix}-input`}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options.length ? optionId(active) : undefined}
        value={query}
        placeholder="Start typing a name or ODS code"
        data-testid="assign-org-input"
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            props.onCancel();
          }
        }}
      />
      {options.length ? (
        <ul id={listId} role="listbox" class="assign-list" aria-label="Organisations">
          {options.map((option, i) => (
            <li
              key={option.kind === 'known' ? option.s.id : 'new'}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
              data-testid="assign-org-option"
            >
              {option.kind === 'known' ? (
                <>
                  <span>{option.s.name}</span> <span class="assign-sector">{sectorById(option.s.sector).short}</span>
                </>
              ) : (
                <span>Add “{query.trim()}” as a new organisation</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" class="link" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
