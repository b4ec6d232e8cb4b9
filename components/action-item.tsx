import { useState } from 'preact/hooks';
import type { ActionStatus, Rag } from '@/utils/core/action-log';
import { formatDate, formatIsoDate } from '@/utils/core/format';

/** A confirmed action or decision as the panel shows it. */
export interface ActionView {
  readonly id: string;
  readonly ref: string;
  readonly kind: 'action' | 'decision';
  readonly text: string;
  readonly owner: string | null;
  readonly organisation: string | null;
  readonly dueDate: string | null;
  readonly dueText: string | null;
  readonly status: ActionStatus;
  readonly rag: Rag;
  readonly isOverdue: boolean;
  readonly updates: readonly { readonly atMs: number; readonly text: string }[];
  readonly closedAtMs: number | null;
  /** Shown in the log and for carried-forward actions: where it was agreed. */
  readonly meeting: { readonly title: string; readonly startedAtMs: number } | null;
}

const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', grey: 'Dropped' };
const STATUS_WORDS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** RAG as a word on a coloured chip: never colour alone. */
export function RagBadge({ rag }: { rag: Rag }) {
  return (
    <span class={`rag rag-${rag}`} data-testid="rag">
      {RAG_WORDS[rag]}
    </span>
  );
}

function dueWords(action: ActionView): string | null {
  if (action.dueDate) return `Due ${formatIsoDate(action.dueDate)}${action.isOverdue ? ' (overdue)' : ''}`;
  return action.dueText ? `Due ${action.dueText}` : null;
}

/**
 * One action or decision: what, who, when, its status and RAG, and its
 * dated updates. Changes go out through callbacks.
 */
export function ActionItem(props: {
  action: ActionView;
  onStatus: (status: ActionStatus) => void;
  onAddUpdate: (text: string) => Promise<string | null>;
  onEdit: () => void;
}) {
  const { action } = props;
  const [update, setUpdate] = useState('');
  const [updateError, setUpdateError] = useState<string | null>(null);
  const due = dueWords(action);
  const who = [action.owner, action.organisation].filter(Boolean).join(' · ');
  const statusId = `status-${action.id}`;
  const updateId = `update-${action.id}`;
  return (
    <li class={`action-item action-${action.kind}`} data-testid="action-item" data-ref={action.ref} data-status={action.status} data-action-id={action.id}>
      <div class="action-line">
        {action.kind === 'action' ? <RagBadge rag={action.rag} /> : <span class="rag rag-decision">Decision</span>}
        <span class="action-ref">{action.ref}</span>
        <span class="action-text" data-testid="action-text">
          {action.text}
        </span>
      </div>
      <p class="action-meta">
        {[who || (action.kind === 'action' ? 'No owner yet' : null), due, action.meeting ? `From ${action.meeting.title}, ${formatDate(action.meeting.startedAtMs)}` : null]
          .filter(Boolean)
          .join(' · ')}
        {action.closedAtMs !== null ? ` · ${STATUS_WORDS[action.status]} ${formatDate(action.closedAtMs)}` : ''}
      </p>
      <div class="action-controls">
        {action.kind === 'action' ? (
          <>
            <label for={statusId} class="visually-hidden">
              Status of {action.ref}
            </label>
            <select
              id={statusId}
              value={action.status}
              onChange={(e) => props.onStatus((e.target as HTMLSelectElement).value as ActionStatus)}
              data-testid="action-status"
            >
              {(['open', 'done', 'dropped'] as const).map((status) => (
                <option key={status} value={status}>
                  {STATUS_WORDS[status]}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="button" class="link" onClick={props.onEdit} data-testid="action-edit" aria-label={`Edit ${action.ref}`}>
          Edit
        </button>
      </div>
      <details class="action-updates">
        <summary>
          Updates{action.updates.length ? ` (${action.updates.length})` : ''}
          <span class="visually-hidden"> for {action.ref}</span>
        </summary>
        {action.updates.length ? (
          <ol>
            {[...action.updates]
              .sort((a, b) => b.atMs - a.atMs)
              .map((u) => (
                <li key={u.atMs}>
                  <span class="update-date">{formatDate(u.atMs)}</span> {u.text}
                </li>
              ))}
          </ol>
        ) : null}
        <form
          class="update-form"
          onSubmit={(event) => {
            event.preventDefault();
            void props.onAddUpdate(update).then((error) => {
              setUpdateError(error);
              if (!error) setUpdate('');
            });
          }}
        >
          <label for={updateId}>New update</label>
          <div class="tally-add-row">
            <input
              id={updateId}
              type="text"
              value={update}
              maxLength={1000}
              onInput={(e) => setUpdate((e.target as HTMLInputElement).value)}
              data-testid="update-text"
            />
            <button type="submit" class="button secondary" data-testid="update-add">
              Add
            </button>
          </div>
          {updateError ? (
            <p class="error" role="alert">
              {updateError}
            </p>
          ) : null}
        </form>
      </details>
    </li>
  );
}
