import type { ComponentChildren } from 'preact';
import type { OrganisationRecord } from '@/utils/core/org-directory';
import { BUILTIN_DIRECTORY_AS_OF } from '@/utils/core/builtin-organisations';
import { sectorById } from '@/utils/core/taxonomy';

/** "December 2025": when the built-in list was last checked. */
const BUILTIN_AS_OF = new Date(`${BUILTIN_DIRECTORY_AS_OF}T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** How many organisations the directory holds, by where they came from. */
export interface DirectoryCounts {
  readonly total: number;
  readonly ods: number;
  readonly user: number;
  readonly builtin: number;
}

/**
 * "Organisation directory": how many organisations it holds, a search box,
 * and a table of organisations. Those the user added can be given other
 * names (asked for with the browser's prompt) or deleted.
 *
 * Presentational: the options page searches and saves through the callbacks.
 */
export function OrganisationDirectory(props: {
  counts: DirectoryCounts;
  query: string;
  /** What to list: the search results, or the organisations the user added when there is no search. */
  rows: readonly OrganisationRecord[];
  onQueryChange: (query: string) => void;
  /** Called with the names as typed, split at commas; not called when the prompt is cancelled. */
  onSetAliases: (id: string, aliases: string[]) => void;
  onDelete: (id: string) => void;
  /** Shown at the end of the section (the form that adds an organisation). */
  children?: ComponentChildren;
}) {
  const { counts, query } = props;
  return (
    <section aria-labelledby="directory-heading">
      <h2 id="directory-heading">Organisation directory</h2>
      <p data-testid="directory-counts">
        {counts.total.toLocaleString('en-GB')} organisations: {counts.ods.toLocaleString('en-GB')} imported from ODS, {counts.user.toLocaleString('en-GB')}{' '}
        added by you, {counts.builtin.toLocaleString('en-GB')} built in.
      </p>
      {counts.builtin > 0 ? (
        <p class="attendee-times" data-testid="directory-builtin">
          Built in: NHS England, the integrated care boards and the NHS trusts in England, from the NHS Organisation Data Service (ODS)
          as of {BUILTIN_AS_OF}. What you import or add, and the choices you make, come first.
        </p>
      ) : null}
      <div class="field">
        <label for="directory-search">Search by name or ODS code</label>
        <input
          id="directory-search"
          type="search"
          value={query}
          onInput={(e) => props.onQueryChange((e.target as HTMLInputElement).value)}
          data-testid="directory-search"
        />
      </div>
      <div class="table-scroll" role="region" aria-label="Organisations in the directory, table" tabIndex={0}>
        <table class="org-table">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Sector</th>
              <th scope="col">From</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody data-testid="directory-rows">
            {props.rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.name}
                  {r.odsCode ? <span class="attendee-times"> ({r.odsCode})</span> : null}
                  {r.aliases.length ? <div class="attendee-times">Also: {r.aliases.join(', ')}</div> : null}
                </td>
                <td>{sectorById(r.sector).name}</td>
                <td>{r.source === 'ods' ? `ODS ${r.odsReport ?? ''}` : r.source === 'user' ? 'You' : 'Built in'}</td>
                <td>
                  {r.source === 'user' ? (
                    <>
                      <button
                        type="button"
                        class="link"
                        onClick={() => {
                          const next = window.prompt(`Other names for ${r.name}, separated by commas`, r.aliases.join(', '));
                          if (next !== null) props.onSetAliases(r.id, next.split(','));
                        }}
                      >
                        Other names
                      </button>{' '}
                      <button type="button" class="link" onClick={() => props.onDelete(r.id)} aria-label={`Delete ${r.name}`}>
                        Delete
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!query.trim() && counts.ods + counts.builtin > 0 ? (
        <p class="attendee-times">{counts.ods > 0 ? 'Search to see the imported and built-in organisations.' : 'Search to see the built-in organisations.'}</p>
      ) : null}
      {props.children}
    </section>
  );
}
