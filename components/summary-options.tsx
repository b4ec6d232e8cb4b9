import type { SummaryOptions } from '@/utils/core/summary';

export interface SummaryOptionsProps {
  readonly options: SummaryOptions;
  /** Redaction is on for every export (the options page), so it cannot be turned off here. */
  readonly isRedactionRequired: boolean;
  /** The transcript was deleted: the kept summary cannot be remade with other choices. */
  readonly isLocked: boolean;
  readonly onChange: (options: SummaryOptions) => void;
  /** Opens the options page, where the patient data setting lives. */
  readonly onOpenSettings: () => void;
}

/** What goes into the summary: quotes, excerpts, names or roles, and patient details. */
export function SummaryOptionsForm({ options, isRedactionRequired, isLocked, onChange, onOpenSettings }: SummaryOptionsProps) {
  const set = (change: Partial<SummaryOptions>): void => onChange({ ...options, ...change });
  return (
    <fieldset class="summary-options" data-testid="summary-options" disabled={isLocked}>
      <legend>Include</legend>
      <label>
        <input type="checkbox" checked={options.includeQuotes} onChange={(e) => set({ includeQuotes: (e.target as HTMLInputElement).checked })} data-testid="summary-quotes" />{' '}
        Short quotes
      </label>
      <label>
        <input type="checkbox" checked={options.includeExcerpts} onChange={(e) => set({ includeExcerpts: (e.target as HTMLInputElement).checked })} data-testid="summary-excerpts" />{' '}
        Transcript excerpts
      </label>
      <label>
        <input type="checkbox" checked={options.namesAs === 'roles'} onChange={(e) => set({ namesAs: (e.target as HTMLInputElement).checked ? 'roles' : 'names' })} data-testid="summary-roles" />{' '}
        Describe people by organisation only, without names
      </label>
      <label>
        <input
          type="checkbox"
          checked={isRedactionRequired || options.redact}
          disabled={isRedactionRequired}
          aria-describedby={isRedactionRequired ? 'summary-redact-hint' : undefined}
          onChange={(e) => set({ redact: (e.target as HTMLInputElement).checked })}
          data-testid="summary-redact"
        />{' '}
        Hide patient details
      </label>
      {isRedactionRequired ? (
        <p class="hint" id="summary-redact-hint">
          Patient details are hidden in every export. To change that, open{' '}
          <button type="button" class="link inline" onClick={onOpenSettings} data-testid="summary-open-settings">
            Organisations and settings
          </button>
          .
        </p>
      ) : null}
    </fieldset>
  );
}
