import { useEffect, useState } from 'preact/hooks';
import { formatDuration } from '@/utils/core/format';

/** A button on the tally: a person or organisation. */
export interface TallyParty {
  readonly name: string;
  /** In the call now (from the roster); typed-in parties are always shown. */
  readonly isPresent: boolean;
}

export interface TallyPadProps {
  readonly parties: readonly TallyParty[];
  readonly current: { readonly party: string; readonly sinceMs: number } | null;
  readonly nowMs: number;
  readonly canUndo: boolean;
  readonly addError: string | null;
  readonly onTap: (party: string) => void;
  readonly onSilence: () => void;
  readonly onUndo: () => void;
  readonly onAddParty: (name: string) => void;
}

const SHORTCUT_COUNT = 9;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Recording who speaks by hand: one tap (or key) marks who is speaking now and
 * ends the previous turn. Keys: 1–9 for the first nine parties, 0 for silence,
 * U or Backspace to undo the last tap.
 */
export function TallyPad(props: TallyPadProps) {
  const [draft, setDraft] = useState('');
  const { parties, onTap, onSilence, onUndo, canUndo } = props;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (/^[1-9]$/.test(event.key)) {
        const party = parties[Number(event.key) - 1];
        if (party) {
          event.preventDefault();
          onTap(party.name);
        }
      } else if (event.key === '0') {
        event.preventDefault();
        onSilence();
      } else if ((event.key === 'u' || event.key === 'U' || event.key === 'Backspace') && canUndo) {
        event.preventDefault();
        onUndo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [parties, onTap, onSilence, onUndo, canUndo]);

  return (
    <section class="tally" aria-labelledby="tally-heading" data-testid="tally">
      <h2 id="tally-heading">Who is speaking now?</h2>
      <p class="tally-now" role="status" aria-live="polite" data-testid="tally-now">
        {props.current ? (
          <>
            <strong>{props.current.party}</strong> is speaking ({formatDuration(props.nowMs - props.current.sinceMs)})
          </>
        ) : (
          'Nobody is speaking.'
        )}
      </p>
      {parties.length === 0 ? (
        <p class="empty">Add the people or organisations in the meeting below, then tap whoever speaks.</p>
      ) : (
        <ul class="tally-grid">
          {parties.map((party, index) => {
            const shortcut = index < SHORTCUT_COUNT ? String(index + 1) : undefined;
            return (
              <li key={party.name}>
                <button
                  type="button"
                  class={`tally-button${party.isPresent ? '' : ' tally-absent'}`}
                  aria-pressed={props.current?.party === party.name}
                  aria-keyshortcuts={shortcut}
                  onClick={() => onTap(party.name)}
                  data-testid="tally-party"
                  data-party={party.name}
                >
                  {shortcut ? <kbd>{shortcut}</kbd> : null}
                  <span>{party.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="tally-controls">
        <button type="button" class="button secondary" aria-keyshortcuts="0" onClick={onSilence} data-testid="tally-silence">
          <kbd>0</kbd> Silence
        </button>
        <button
          type="button"
          class="button secondary"
          aria-keyshortcuts="U"
          onClick={onUndo}
          disabled={!canUndo}
          data-testid="tally-undo"
        >
          <kbd>U</kbd> Undo last tap
        </button>
      </div>
      <form
        class="tally-add"
        onSubmit={(event) => {
          event.preventDefault();
          props.onAddParty(draft);
          setDraft('');
        }}
      >
        <label for="tally-add-input">Add a person or organisation</label>
        <div class="tally-add-row">
          <input
            id="tally-add-input"
            type="text"
            value={draft}
            maxLength={200}
            autocomplete="off"
            onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
            aria-describedby={props.addError ? 'tally-add-error' : undefined}
            data-testid="tally-add-input"
          />
          <button type="submit" class="button" data-testid="tally-add">
            Add
          </button>
        </div>
        {props.addError ? (
          <p id="tally-add-error" class="error" role="alert">
            {props.addError}
          </p>
        ) : null}
      </form>
    </section>
  );
}
