import { useState } from 'preact/hooks';
import { formatDuration, formatTime } from '@/utils/core/format';

/** A caption the page showed without its author. */
export interface UnknownCaption {
  readonly id: string;
  readonly text: string;
  readonly startMs: number;
}

function UnknownRow({ caption, candidates, onAssign }: { caption: UnknownCaption; candidates: readonly string[]; onAssign: (ids: string[], speaker: string) => void }) {
  const [choice, setChoice] = useState('');
  const selectId = `assign-${caption.id}`;
  return (
    <li data-testid="unknown-caption">
      <q>{caption.text.length > 140 ? `${caption.text.slice(0, 140)}…` : caption.text}</q>{' '}
      <span class="attendee-times">{formatTime(caption.startMs)}</span>
      <div class="assign-row">
        <label for={selectId} class="visually-hidden">
          Who said this?
        </label>
        <select id={selectId} value={choice} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)} data-testid="assign-select">
          <option value="">Who said this?</option>
          {candidates.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button type="button" class="button secondary" disabled={!choice} onClick={() => onAssign([caption.id], choice)} data-testid="assign-button">
          Assign
        </button>
      </div>
    </li>
  );
}

/**
 * Captions shown without a speaker's name: kept out of everyone's figures
 * (never guessed) until the user says who spoke.
 */
export function UnknownSpeakers(props: {
  captions: readonly UnknownCaption[];
  talkMs: number;
  candidates: readonly string[];
  onAssign: (ids: string[], speaker: string) => void;
}) {
  if (props.captions.length === 0) return null;
  const count = props.captions.length;
  return (
    <details class="unknown" data-testid="unknown-speakers" open={count <= 3}>
      <summary>
        {count} {count === 1 ? 'caption was' : 'captions were'} shown without a speaker ({formatDuration(props.talkMs)}), so{' '}
        {count === 1 ? 'it is' : 'they are'} not counted yet. Who said {count === 1 ? 'it' : 'them'}?
      </summary>
      <ul>
        {props.captions.map((caption) => (
          <UnknownRow key={caption.id} caption={caption} candidates={props.candidates} onAssign={props.onAssign} />
        ))}
      </ul>
    </details>
  );
}
