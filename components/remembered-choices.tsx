import { formatDate } from '@/utils/core/format';
import { sectorById, type SectorId } from '@/utils/core/taxonomy';

/** An organisation the user chose for a name in a meeting. */
export interface RememberedChoice {
  readonly key: string;
  readonly displayName: string;
  readonly organisationName: string;
  readonly sector: SectorId;
  readonly savedAtMs: number;
}

/**
 * "Remembered choices": the organisations chosen for people in the side
 * panel, each of which can be forgotten.
 *
 * Presentational: the options page forgets a choice through `onForget`.
 */
export function RememberedChoices(props: {
  /** Most recent first. */
  choices: readonly RememberedChoice[];
  onForget: (key: string) => void;
}) {
  return (
    <section aria-labelledby="mappings-heading">
      <h2 id="mappings-heading">Remembered choices</h2>
      <p>When you choose an organisation for someone in the side panel, it is remembered here and used in every later meeting.</p>
      {props.choices.length ? (
        <div class="table-scroll" role="region" aria-label="Remembered choices, table" tabIndex={0}>
          <table class="org-table">
            <thead>
              <tr>
                <th scope="col">Name in meetings</th>
                <th scope="col">Organisation</th>
                <th scope="col">Chosen</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody data-testid="mapping-rows">
              {props.choices.map((m) => (
                <tr key={m.key}>
                  <td>{m.displayName}</td>
                  <td>
                    {m.organisationName} <span class="attendee-times">({sectorById(m.sector).short})</span>
                  </td>
                  <td>{formatDate(m.savedAtMs)}</td>
                  <td>
                    <button type="button" class="link" onClick={() => props.onForget(m.key)} aria-label={`Forget the choice for ${m.displayName}`}>
                      Forget
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty" data-testid="mappings-empty">
          No choices yet.
        </p>
      )}
    </section>
  );
}
