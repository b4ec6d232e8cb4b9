/** What checking an ODS file found, before anything is imported. */
export interface OdsCheck {
  readonly fileName: string;
  readonly kindLabel: string;
  readonly totalRows: number;
  readonly acceptedRows: number;
  readonly organisations: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
  readonly rejectedCount: number;
  readonly fatal: string | null;
}

/** The result of checking an ODS file: what will be imported, what will not and why. */
export function OdsImportReport({ check }: { check: OdsCheck }) {
  const skipped = Object.entries(check.skipped);
  return (
    <div class={check.fatal ? 'report report-error' : 'report'} data-testid="ods-report" role="status">
      <p>
        <strong>{check.fileName}</strong> read as {check.kindLabel}: {check.totalRows.toLocaleString('en-GB')} rows.
      </p>
      {check.fatal ? (
        <p class="error" role="alert" data-testid="ods-fatal">
          {check.fatal}
        </p>
      ) : (
        <p data-testid="ods-summary">
          {check.acceptedRows.toLocaleString('en-GB')} rows accepted ({check.organisations.toLocaleString('en-GB')} organisations),{' '}
          {check.rejectedCount.toLocaleString('en-GB')} rejected, {skipped.reduce((sum, [, n]) => sum + n, 0).toLocaleString('en-GB')} skipped.
        </p>
      )}
      {skipped.length ? (
        <details>
          <summary>Skipped rows</summary>
          <ul>
            {skipped.map(([reason, count]) => (
              <li key={reason}>
                {count.toLocaleString('en-GB')} {reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {check.rejected.length ? (
        <details open={!!check.fatal || check.rejectedCount <= 5}>
          <summary>Rows that could not be read{check.rejectedCount > check.rejected.length ? ` (first ${check.rejected.length} of ${check.rejectedCount})` : ''}</summary>
          <ul data-testid="ods-rejected">
            {check.rejected.map((r) => (
              <li key={r.line}>
                Line {r.line}: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
