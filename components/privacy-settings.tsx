import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_RETENTION_DAYS, privacySettingsSchema, type PrivacySettings } from '@/utils/core/settings';

type RetentionChoice = 'keep' | 'delete-after';

/** Where a message about a refused value belongs. */
type FormError = { readonly field: 'days' | 'form'; readonly message: string };

/**
 * The typed number of days. Only plain decimal digits count: `Number()` alone
 * would turn an empty box into 0 and "1e3" into 1000, so anything else becomes
 * NaN and the schema refuses it with its "whole number" message.
 */
function parseDays(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const dayOrDays = (days: number): string => (days === 1 ? '1 day' : `${days.toLocaleString('en-GB')} days`);

/**
 * The patient-data settings: whether patient details are hidden, and how long
 * transcript text is kept. Checked against `privacySettingsSchema` before
 * `onSave` is called, so an invalid value is never saved.
 */
export function PrivacySettingsForm(props: { settings: PrivacySettings; onSave: (next: PrivacySettings) => Promise<string> }) {
  const { settings } = props;
  const [isRedacting, setIsRedacting] = useState(settings.redactPatientDetails);
  const [choice, setChoice] = useState<RetentionChoice>(settings.retentionDays === null ? 'keep' : 'delete-after');
  const [daysText, setDaysText] = useState(settings.retentionDays === null ? '' : String(settings.retentionDays));
  const [error, setError] = useState<FormError | null>(null);
  const [status, setStatus] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const daysInput = useRef<HTMLInputElement>(null);

  // Settings saved here or in another window arrive as new props: show them.
  useEffect(() => {
    setIsRedacting(settings.redactPatientDetails);
    setChoice(settings.retentionDays === null ? 'keep' : 'delete-after');
    setDaysText(settings.retentionDays === null ? '' : String(settings.retentionDays));
  }, [settings.redactPatientDetails, settings.retentionDays]);

  const typedDays = parseDays(daysText);
  const isValidDays = privacySettingsSchema.shape.retentionDays.safeParse(typedDays).success;
  // Deleting is immediate and cannot be undone, so the button says so whenever
  // the new period would catch meetings the old one kept.
  const deletesNow = choice === 'delete-after' && isValidDays && (settings.retentionDays === null || typedDays < settings.retentionDays);

  const edited = (): void => setStatus('');

  const save = (): void => {
    if (isSaving) return;
    const parsed = privacySettingsSchema.safeParse({
      redactPatientDetails: isRedacting,
      retentionDays: choice === 'keep' ? null : parseDays(daysText),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStatus('');
      setError({ field: issue?.path[0] === 'retentionDays' ? 'days' : 'form', message: issue?.message ?? 'These settings could not be saved.' });
      if (issue?.path[0] === 'retentionDays') daysInput.current?.focus();
      return;
    }
    setError(null);
    setIsSaving(true);
    setStatus('Saving…');
    props.onSave(parsed.data).then(
      (message) => {
        setIsSaving(false);
        setStatus(message);
      },
      (failure: unknown) => {
        setIsSaving(false);
        setStatus('');
        setError({ field: 'form', message: failure instanceof Error ? failure.message : 'These settings could not be saved.' });
      },
    );
  };

  const daysError = error?.field === 'days' && choice === 'delete-after' ? error.message : null;
  const formError = error?.field === 'form' ? error.message : null;

  return (
    <form
      class="privacy-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div class="field checkbox-field">
        <input
          id="privacy-redact"
          type="checkbox"
          checked={isRedacting}
          aria-describedby="privacy-redact-hint"
          data-testid="privacy-redact"
          onChange={(event) => {
            setIsRedacting((event.target as HTMLInputElement).checked);
            edited();
          }}
        />
        <label for="privacy-redact">Hide patient details in quotes, excerpts and every export</label>
        <p class="hint" id="privacy-redact-hint">
          Hides NHS numbers (checked by their check digit), dates of birth, phone numbers, email addresses and postcodes.
        </p>
      </div>

      <fieldset class="privacy-retention" aria-describedby="privacy-retention-hint">
        <legend>How long to keep transcripts</legend>
        <p class="hint" id="privacy-retention-hint">
          Only the words said are deleted. Talk figures, organisations, actions, decisions and a saved summary are kept.
        </p>
        <label class="radio">
          <input
            type="radio"
            name="privacy-retention"
            value="keep"
            checked={choice === 'keep'}
            data-testid="privacy-keep"
            onChange={() => {
              setChoice('keep');
              setError(null);
              edited();
            }}
          />{' '}
          Keep transcripts until I delete them
        </label>
        <label class="radio">
          <input
            type="radio"
            name="privacy-retention"
            value="delete-after"
            checked={choice === 'delete-after'}
            data-testid="privacy-delete-after"
            onChange={() => {
              setChoice('delete-after');
              edited();
            }}
          />{' '}
          Delete transcript text after a number of days
        </label>
        {choice === 'delete-after' ? (
          <div class={daysError ? 'field conditional field-error' : 'field conditional'}>
            <label for="privacy-days">Days after a meeting ends</label>
            {daysError ? (
              <p class="error" id="privacy-days-error" role="alert" data-testid="privacy-error">
                {daysError}
              </p>
            ) : null}
            {/* A text box with a numeric keypad rather than type="number", which
                changes on scroll and drops what it cannot parse (GOV.UK Design System). */}
            <input
              id="privacy-days"
              ref={daysInput}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellcheck={false}
              class="input-days"
              value={daysText}
              aria-invalid={daysError ? 'true' : undefined}
              aria-describedby={daysError ? 'privacy-days-hint privacy-days-error' : 'privacy-days-hint'}
              data-testid="privacy-days"
              onInput={(event) => {
                setDaysText((event.target as HTMLInputElement).value);
                edited();
              }}
            />{' '}
            <span class="hint" id="privacy-days-hint">
              days, from 1 to {MAX_RETENTION_DAYS.toLocaleString('en-GB')}
            </span>
          </div>
        ) : null}
      </fieldset>

      {deletesNow ? (
        <p class="warning" id="privacy-delete-warning" data-testid="privacy-delete-warning">
          Saving deletes, straight away, the transcript text of every meeting that ended more than {dayOrDays(typedDays)} ago. It cannot
          be brought back.
        </p>
      ) : null}
      <button type="submit" class="button" aria-describedby={deletesNow ? 'privacy-delete-warning' : undefined} data-testid="privacy-save">
        {deletesNow ? `Save and delete transcripts older than ${dayOrDays(typedDays)}` : 'Save'}
      </button>
      {formError ? (
        <p class="error" role="alert" data-testid="privacy-error">
          {formError}
        </p>
      ) : null}
      {/* Always present, so screen readers announce the message when it changes. */}
      <p class="success" role="status" data-testid="privacy-status">
        {status}
      </p>
    </form>
  );
}
