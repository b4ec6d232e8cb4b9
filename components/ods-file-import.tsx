import { formatDate } from '@/utils/core/format';
import { OdsImportReport, type OdsCheck } from './ods-import-report';

/** An earlier ODS import, as the history lists it. */
export interface OdsImportRecord {
  readonly id?: number;
  readonly atMs: number;
  readonly fileName: string;
  readonly kind: string;
  readonly organisations: number;
  readonly rejectedCount: number;
}

/** What happened to the last file chosen or imported. */
export interface OdsImportMessage {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * "Import ODS files": choose a CSV file, say which ODS list it is when that
 * cannot be told from the file, see what checking it found, import it, and
 * the earlier imports.
 *
 * Presentational: the options page reads, checks and imports the file through
 * the callbacks. The list is asked for only once a file has been read, and
 * the Import button is disabled when the check found a fatal problem.
 */
export function OdsFileImport<Kind extends string>(props: {
  /** The lists a file can be, in the order offered. */
  kinds: readonly { readonly id: Kind; readonly label: string }[];
  /** Whether a chosen file has been read. */
  hasFile: boolean;
  /** The list chosen or detected, or '' when there is none yet. */
  kind: Kind | '';
  /** What checking the file as that list found; null until it is checked. */
  check: OdsCheck | null;
  message: OdsImportMessage | null;
  /** Earlier imports, newest first. */
  history: readonly OdsImportRecord[];
  onChooseFile: (file: File | undefined) => void;
  onChooseKind: (kind: Kind | '') => void;
  onImport: () => void;
}) {
  const { check, message, history } = props;
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import ODS files</h2>
      <p>
        Download organisation lists from ODS Data Search and Export (for example <code>epraccur</code> for GP practices,{' '}
        <code>epcncorepartnerdetails</code> for PCNs, <code>etr</code> for trusts, <code>edispensary</code> for pharmacies,{' '}
        <code>eother</code> for ICBs), then choose the file here. It is checked row by row before anything is saved, and a file
        that is not what it says changes nothing.
      </p>
      <div class="field">
        <label for="ods-file">ODS CSV file</label>
        <input
          id="ods-file"
          type="file"
          accept=".csv,text/csv"
          data-testid="ods-file"
          onChange={(event) => props.onChooseFile((event.target as HTMLInputElement).files?.[0])}
        />
      </div>
      {props.hasFile ? (
        <div class="field">
          <label for="ods-kind">Which list is it?</label>
          <select
            id="ods-kind"
            value={props.kind}
            data-testid="ods-kind"
            onChange={(event) => props.onChooseKind((event.target as HTMLSelectElement).value as Kind | '')}
          >
            <option value="">Choose the list</option>
            {props.kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {check ? (
        <>
          <OdsImportReport check={check} />
          <button type="button" class="button" disabled={!!check.fatal} data-testid="ods-import" onClick={props.onImport}>
            Import {check.fatal ? '' : `${check.organisations.toLocaleString('en-GB')} organisations`}
          </button>
        </>
      ) : null}
      {message ? (
        <p class={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="ods-message">
          {message.text}
        </p>
      ) : null}
      {history.length ? (
        <details>
          <summary>Earlier imports</summary>
          <ul data-testid="ods-history">
            {history.map((i) => (
              <li key={i.id}>
                {formatDate(i.atMs)}: {i.fileName} ({i.kind}), {i.organisations.toLocaleString('en-GB')} organisations, {i.rejectedCount} rows rejected
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
