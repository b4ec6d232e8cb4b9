import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionDraft, ActionStatus } from '@/utils/core/action-log';
import { ActionEditor, type KnownOrganisation } from './action-editor';
import type { ActionView } from './action-item';
import { ActionList } from './action-list';
import { ActionSuggestions, type SuggestionView } from './action-suggestions';

/** A series the meeting can be moved into. */
export interface SeriesOption {
  readonly seriesId: string;
  readonly title: string;
  readonly meetingCount: number;
}

const EMPTY_DRAFT: ActionDraft = {
  kind: 'action',
  text: '',
  owner: null,
  organisation: null,
  sector: null,
  dueDate: null,
  dueText: null,
  dueIsNextMeeting: false,
};

/** Which meeting series this meeting is in, and a way to move it (merge) or give it its own (split). */
function SeriesLine(props: { current: SeriesOption; others: readonly SeriesOption[]; onMove: (target: string | 'own') => void }) {
  const [target, setTarget] = useState<string>('');
  const earlier = props.current.meetingCount - 1;
  return (
    <details class="series" data-testid="series">
      <summary>
        Series: {props.current.title}
        {earlier > 0 ? ` (${earlier} earlier ${earlier === 1 ? 'meeting' : 'meetings'})` : ' (first meeting)'}
      </summary>
      <p class="field-hint">
        Meetings with the same link, or the same title apart from the date, form a series. Open actions carry forward to the next meeting of the
        series.
      </p>
      <form
        class="tally-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (target) props.onMove(target);
        }}
      >
        <label for="series-target" class="visually-hidden">
          Move this meeting to
        </label>
        <select id="series-target" value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)} data-testid="series-target">
          <option value="">Move this meeting to…</option>
          {props.current.meetingCount > 1 ? <option value="own">A series of its own</option> : null}
          {props.others.map((s) => (
            <option key={s.seriesId} value={s.seriesId}>
              {s.title} ({s.meetingCount} {s.meetingCount === 1 ? 'meeting' : 'meetings'})
            </option>
          ))}
        </select>
        <button type="submit" class="button secondary" disabled={!target} data-testid="series-move">
          Move
        </button>
      </form>
    </details>
  );
}

/**
 * Actions and decisions for one meeting: what carries forward from earlier
 * meetings of the series, suggestions from the captions, what the user has
 * confirmed, and a way to add one by hand.
 */
export function MeetingActions(props: {
  series: { readonly current: SeriesOption; readonly others: readonly SeriesOption[] } | null;
  carriedForward: readonly ActionView[];
  suggestions: readonly SuggestionView[];
  confirmed: readonly ActionView[];
  people: readonly string[];
  organisations: readonly KnownOrganisation[];
  /** Drafts of confirmed actions by id, for editing. */
  draftOf: (actionId: string) => ActionDraft | null;
  onMoveSeries: (target: string | 'own') => void;
  onConfirm: (suggestion: SuggestionView, draft: ActionDraft) => Promise<string | null>;
  onDismiss: (suggestion: SuggestionView) => void;
  onAdd: (draft: ActionDraft) => Promise<string | null>;
  onEdit: (actionId: string, draft: ActionDraft) => Promise<string | null>;
  onStatus: (actionId: string, status: ActionStatus) => void;
  onAddUpdate: (actionId: string, text: string) => Promise<string | null>;
}) {
  const [adding, setAdding] = useState<'action' | 'decision' | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Focus returns to the button that opened the form once it closes.
  const addButtons = { action: useRef<HTMLButtonElement>(null), decision: useRef<HTMLButtonElement>(null) };
  const wasAdding = useRef<'action' | 'decision' | null>(null);
  useEffect(() => {
    if (adding === null && wasAdding.current) addButtons[wasAdding.current].current?.focus();
    wasAdding.current = adding;
  }, [adding]);
  const toReview = props.suggestions.length;
  const listProps = {
    people: props.people,
    organisations: props.organisations,
    draftOf: props.draftOf,
    onEdit: props.onEdit,
    onStatus: props.onStatus,
    onAddUpdate: props.onAddUpdate,
  };

  return (
    <details class="meeting-actions" open data-testid="meeting-actions">
      <summary>
        <h2>Actions and decisions{toReview ? `: ${toReview} to review` : ''}</h2>
      </summary>
      {props.series ? <SeriesLine current={props.series.current} others={props.series.others} onMove={props.onMoveSeries} /> : null}
      {props.carriedForward.length ? (
        <section aria-labelledby="carried-heading" data-testid="carried-forward">
          <h3 id="carried-heading">Carried forward ({props.carriedForward.length} open)</h3>
          <ActionList actions={props.carriedForward} {...listProps} />
        </section>
      ) : null}
      <ActionSuggestions
        suggestions={props.suggestions}
        people={props.people}
        organisations={props.organisations}
        onConfirm={props.onConfirm}
        onDismiss={props.onDismiss}
      />
      <section aria-labelledby="confirmed-heading" data-testid="confirmed-actions">
        <h3 id="confirmed-heading">Recorded in this meeting ({props.confirmed.length})</h3>
        {props.confirmed.length ? (
          <ActionList actions={props.confirmed} {...listProps} />
        ) : (
          <p class="empty">
            None yet. Confirm a suggestion, or add an action or decision yourself.
          </p>
        )}
      </section>
      {adding ? (
        <ActionEditor
          idPrefix="add"
          initial={{ ...EMPTY_DRAFT, kind: adding }}
          canChangeKind
          people={props.people}
          organisations={props.organisations}
          saveLabel="Add"
          error={error}
          onSave={(draft) =>
            void props.onAdd(draft).then((refused) => {
              setError(refused);
              if (!refused) setAdding(null);
            })
          }
          onCancel={() => {
            setAdding(null);
            setError(null);
          }}
        />
      ) : (
        <div class="actions">
          <button type="button" class="button secondary" ref={addButtons.action} onClick={() => setAdding('action')} data-testid="add-action">
            Add an action
          </button>
          <button type="button" class="button secondary" ref={addButtons.decision} onClick={() => setAdding('decision')} data-testid="add-decision">
            Add a decision
          </button>
        </div>
      )}
    </details>
  );
}
