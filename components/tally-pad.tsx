import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDuration } from '@/utils/core/format';
import { TALLY_KEY_COUNT } from '@/utils/core/manual-tally';

/** A button on the tally: a person or organisation. */
export interface TallyParty {
  readonly name: string;
  /** In the call now (from the roster); typed-in parties are always shown. */
  readonly isPresent: boolean;
  /** Its number key (1 to 9), kept for the meeting; null when it has none. */
  readonly key: number | null;
}

export interface TallyPadProps {
  /** In the order to show them: keyed parties by key, then the rest as they arrived. */
  readonly parties: readonly TallyParty[];
  readonly current: { readonly party: string; readonly sinceMs: number } | null;
  readonly nowMs: number;
  readonly canUndo: boolean;
  readonly addError: string | null;
  readonly onTap: (party: string) => void;
  readonly onSilence: () => void;
  readonly onUndo: () => void;
  readonly onAddParty: (name: string) => void;
  /** Gives a party a number key, or takes it away (null). */
  readonly onSetKey: (party: string, key: number | null) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Whether this page (the side panel) has the keyboard now; the meeting page takes it whenever it is clicked. */
function usePageHasFocus(): boolean {
  const [hasFocus, setHasFocus] = useState(() => document.hasFocus());
  useEffect(() => {
    const update = (): void => setHasFocus(document.hasFocus());
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    return () => {
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
    };
  }, []);
  return hasFocus;
}

/**
 * Recording who speaks by hand: one tap (or key) marks who is speaking now and
 * ends the previous turn. Keys, while the panel has the keyboard: 1–9 for
 * the parties that have them (given in the order they are added or first
 * tapped, so they never move when someone joins; the user can change them),
 * 0 for silence, U to undo the last tap. Enter or Escape in the add box
 * returns to the pad.
 */
export function TallyPad(props: TallyPadProps) {
  const [draft, setDraft] = useState('');
  const padRef = useRef<HTMLElement>(null);
  const hasFocus = usePageHasFocus();
  const { parties, onTap, onSilence, onUndo, canUndo } = props;
  // The keys read the latest parties and handlers: a party added a moment ago answers its key at once.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const now = latest.current;
      if (/^[1-9]$/.test(event.key)) {
        const party = now.parties.find((p) => p.key === Number(event.key));
        if (party) {
          event.preventDefault();
          now.onTap(party.name);
        }
      } else if (event.key === '0') {
        event.preventDefault();
        now.onSilence();
      } else if ((event.key === 'u' || event.key === 'U') && now.canUndo) {
        event.preventDefault();
        now.onUndo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const backToPad = (): void => padRef.current?.focus();

  return (
    <section class="tally" aria-labelledby="tally-heading" data-testid="tally" ref={padRef} tabIndex={-1}>
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
      <div class={`tally-focus${hasFocus ? '' : ' tally-focus-off'}`} data-testid="tally-focus" data-has-focus={hasFocus}>
        {hasFocus ? (
          <p>
            Keys: <kbd>1</kbd>–<kbd>9</kbd> tap, <kbd>0</kbd> silence, <kbd>U</kbd> undo.
          </p>
        ) : (
          <>
            <p>
              The keys work only while this panel has the keyboard, and clicking in the meeting takes it away. To give it back, click
              anywhere in this panel, or this button:
            </p>
            <button type="button" class="button secondary" onClick={backToPad} data-testid="tally-use-keys">
              Use the keys here
            </button>
          </>
        )}
      </div>
      {parties.length === 0 ? (
        <p class="empty">Add the people or organisations in the meeting below, then tap whoever speaks.</p>
      ) : (
        <ul class="tally-grid">
          {parties.map((party) => {
            const shortcut = party.key === null ? undefined : String(party.key);
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
                  data-key={shortcut}
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
          if (draft.trim()) props.onAddParty(draft);
          setDraft('');
          backToPad();
        }}
      >
        <label for="tally-add-input">Add a person or organisation</label>
        <p class="field-hint" id="tally-add-hint">
          Enter adds and returns to the pad; Escape returns without adding.
        </p>
        <div class="tally-add-row">
          <input
            id="tally-add-input"
            type="text"
            value={draft}
            maxLength={200}
            autocomplete="off"
            onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                setDraft('');
                backToPad();
              }
            }}
            aria-describedby={props.addError ? 'tally-add-hint tally-add-error' : 'tally-add-hint'}
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
      {parties.length ? (
        <details class="tally-keys" data-testid="tally-keys">
          <summary>Change the number keys</summary>
          <p class="field-hint">
            Keys go to people in the order they are added or first tapped, and stay with them. Give the chair or a regular speaker a key here;
            whoever had it gets the other’s old key.
          </p>
          <ul>
            {parties.map((party, index) => (
              <li key={party.name}>
                <label for={`tally-key-${index}`}>{party.name}</label>
                <select
                  id={`tally-key-${index}`}
                  value={party.key === null ? '' : String(party.key)}
                  onChange={(event) => {
                    const value = (event.target as HTMLSelectElement).value;
                    props.onSetKey(party.name, value ? Number(value) : null);
                  }}
                  data-testid="tally-key-select"
                  data-party={party.name}
                >
                  <option value="">No key</option>
                  {Array.from({ length: TALLY_KEY_COUNT }, (_, i) => (
                    <option key={i} value={String(i + 1)}>
                      Key {i + 1}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
