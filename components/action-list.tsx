import { useRef, useState } from 'preact/hooks';
import type { ActionDraft, ActionStatus } from '@/utils/core/action-log';
import { ActionEditor, type KnownOrganisation } from './action-editor';
import { ActionItem, type ActionView } from './action-item';
import { useReturnFocus } from './hooks/use-return-focus';

/** What a list of actions needs to show and change them. */
export interface ActionListHandlers {
  readonly people: readonly string[];
  readonly organisations: readonly KnownOrganisation[];
  /** The editable fields of an action, by id. */
  readonly draftOf: (actionId: string) => ActionDraft | null;
  readonly onEdit: (actionId: string, draft: ActionDraft) => Promise<string | null>;
  readonly onStatus: (actionId: string, status: ActionStatus) => void;
  readonly onAddUpdate: (actionId: string, text: string) => Promise<string | null>;
}

/** Actions, each editable in place; after Save or Cancel, focus returns to the action's Edit button. */
export function ActionList(props: ActionListHandlers & { actions: readonly ActionView[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const returnFocusTo = useReturnFocus(listRef, 'action-id', 'action-edit');
  const stopEditing = (): void => {
    if (editing !== null) returnFocusTo(editing);
    setEditing(null);
    setError(null);
  };
  return (
    <ul class="action-list" ref={listRef}>
      {props.actions.map((action) => {
        const draft = editing === action.id ? props.draftOf(action.id) : null;
        return draft ? (
          <li key={action.id} class="action-item">
            <ActionEditor
              idPrefix={`edit-${action.id}`}
              initial={draft}
              canChangeKind={false}
              people={props.people}
              organisations={props.organisations}
              saveLabel="Save"
              error={error}
              onSave={(changed) =>
                void props.onEdit(action.id, changed).then((refused) => {
                  if (refused) setError(refused);
                  else stopEditing();
                })
              }
              onCancel={stopEditing}
            />
          </li>
        ) : (
          <ActionItem
            key={action.id}
            action={action}
            onStatus={(status) => props.onStatus(action.id, status)}
            onAddUpdate={(text) => props.onAddUpdate(action.id, text)}
            onEdit={() => {
              setError(null);
              setEditing(action.id);
            }}
          />
        );
      })}
    </ul>
  );
}
