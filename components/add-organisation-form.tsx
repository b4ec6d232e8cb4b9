import { useState } from 'preact/hooks';
import { SECTORS } from '@/utils/core/taxonomy';

/** An organisation as the user typed it in; the options page checks it before saving. */
export interface OrganisationInput {
  readonly name: string;
  /** A sector id, or '' when none was chosen. */
  readonly sector: string;
  readonly odsCode: string;
  /** The other names as typed, split at commas, semicolons and new lines. */
  readonly aliases: readonly string[];
}

/** Whether the organisation was added, and what to say. */
export interface AddOrganisationOutcome {
  readonly ok: boolean;
  readonly text: string;
}

const choosableSectors = SECTORS.filter((s) => s.id !== 'unknown');

/**
 * "Add an organisation": name, sector, ODS code and other names. After an
 * organisation is added the name, code and other names are cleared (the
 * sector stays, for adding several of one kind); when it is refused
 * everything typed stays, with the reason.
 *
 * Presentational: `onAdd` checks and saves.
 */
export function AddOrganisationForm(props: { onAdd: (input: OrganisationInput) => Promise<AddOrganisationOutcome> }) {
  const [name, setName] = useState('');
  const [sector, setSector] = useState('');
  const [code, setCode] = useState('');
  const [aliases, setAliases] = useState('');
  const [message, setMessage] = useState<AddOrganisationOutcome | null>(null);
  return (
    <form
      aria-labelledby="add-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void props.onAdd({ name, sector, odsCode: code, aliases: aliases.split(/[,;\n]/) }).then((outcome) => {
          setMessage(outcome);
          if (outcome.ok) {
            setName('');
            setCode('');
            setAliases('');
          }
        });
      }}
    >
      <h3 id="add-heading">Add an organisation</h3>
      <div class="field">
        <label for="org-name">Name</label>
        <input id="org-name" type="text" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} data-testid="org-name" />
      </div>
      <div class="field">
        <label for="org-sector">Sector</label>
        <select id="org-sector" value={sector} onChange={(e) => setSector((e.target as HTMLSelectElement).value)} data-testid="org-sector">
          <option value="">Choose a sector</option>
          {choosableSectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="org-code">ODS code (optional)</label>
        <input id="org-code" type="text" value={code} onInput={(e) => setCode((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="org-aliases">Other names (optional)</label>
        <p class="hint">Separate them with commas, e.g. STH, Sheffield Teaching Hospitals</p>
        <input id="org-aliases" type="text" value={aliases} onInput={(e) => setAliases((e.target as HTMLInputElement).value)} data-testid="org-aliases" />
      </div>
      <button type="submit" class="button" data-testid="org-add">
        Add organisation
      </button>
      {message ? (
        <p class={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
