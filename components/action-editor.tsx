import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionDraft } from '@/utils/core/action-log';
import { SECTORS, type SectorId } from '@/utils/core/taxonomy';

/** An organisation the editor can offer, with the sector it fills in. */
export interface KnownOrganisation {
  readonly name: string;
  readonly sector: SectorId;
}

const CHOOSABLE_SECTORS = SECTORS.filter((s) => s.id !== 'unknown');

/**
 * The form for an action or decision: confirming an edited suggestion,
 * changing a confirmed one, or adding one by hand. Keyboard first: the
 * wording has focus when it opens, Enter saves, Escape cancels.
 */
export function ActionEditor(props: {
  idPrefix: string;
  initial: ActionDraft;
  /** Whether the user may switch between action and decision. */
  canChangeKind: boolean;
  people: readonly string[];
  organisations: readonly KnownOrganisation[];
  saveLabel: string;
  /** Why the last save was refused, in words for the user. */
  error: string | null;
  onSave: (draft: ActionDraft) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<ActionDraft>(props.initial);
  const textRef = useRef<HTMLInputElement>(null);
  useEffect(() => textRef.current?.focus(), []);
  const id = (field: string) => `${props.idPrefix}-${field}`;
  const set = (patch: Partial<ActionDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const isAction = draft.kind === 'action';
  const errorId = id('error');

  return (
    <form
      class="action-editor"
      data-testid="action-editor"
      aria-describedby={props.error ? errorId : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(draft);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      {props.canChangeKind ? (
        <fieldset class="source-switch">
          <legend>This is</legend>
          {(['action', 'decision'] as const).map((kind) => (
            <label key={kind}>
              <input type="radio" name={id('kind')} value={kind} checked={draft.kind === kind} onChange={() => set({ kind })} data-testid={`editor-kind-${kind}`} />{' '}
              {kind === 'action' ? 'An action' : 'A decision'}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label for={id('text')}>{isAction ? 'Action' : 'Decision'}</label>
      <input
        ref={textRef}
        id={id('text')}
        type="text"
        value={draft.text}
        maxLength={1000}
        required
        onInput={(e) => set({ text: (e.target as HTMLInputElement).value })}
        data-testid="editor-text"
      />
      {isAction ? (
        <div class="editor-grid">
          <div>
            <label for={id('owner')}>Owner</label>
            <input
              id={id('owner')}
              type="text"
              list={id('people')}
              value={draft.owner ?? ''}
              maxLength={200}
              onInput={(e) => set({ owner: (e.target as HTMLInputElement).value })}
              data-testid="editor-owner"
            />
            <datalist id={id('people')}>
              {props.people.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </div>
          <div>
            <label for={id('due')}>Due</label>
            <input
              id={id('due')}
              type="date"
              value={draft.dueDate ?? ''}
              onInput={(e) => set({ dueDate: (e.target as HTMLInputElement).value || null })}
              aria-describedby={draft.dueText ? id('due-said') : undefined}
              data-testid="editor-due"
            />
            {draft.dueText ? (
              <p class="field-hint" id={id('due-said')}>
                Said: “{draft.dueText}”{draft.dueIsNextMeeting && !draft.dueDate ? '. The date is filled in when the next meeting of the series is recorded.' : ''}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      <div class="editor-grid">
        <div>
          <label for={id('organisation')}>{isAction ? 'Owner’s organisation' : 'Organisation (optional)'}</label>
          <input
            id={id('organisation')}
            type="text"
            list={id('organisations')}
            value={draft.organisation ?? ''}
            maxLength={200}
            onInput={(e) => {
              const organisation = (e.target as HTMLInputElement).value;
              const known = props.organisations.find((o) => o.name.toLowerCase() === organisation.trim().toLowerCase());
              set(known ? { organisation, sector: known.sector } : { organisation });
            }}
            data-testid="editor-organisation"
          />
          <datalist id={id('organisations')}>
            {props.organisations.map((o) => (
              <option key={o.name} value={o.name} />
            ))}
          </datalist>
        </div>
        <div>
          <label for={id('sector')}>Sector</label>
          <select
            id={id('sector')}
            value={draft.sector ?? ''}
            onChange={(e) => set({ sector: ((e.target as HTMLSelectElement).value || null) as SectorId | null })}
            data-testid="editor-sector"
          >
            <option value="">Not known</option>
            {CHOOSABLE_SECTORS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {props.error ? (
        <p class="error" role="alert" id={errorId} data-testid="editor-error">
          {props.error}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="button" data-testid="editor-save">
          {props.saveLabel}
        </button>
        <button type="button" class="button secondary" onClick={props.onCancel} data-testid="editor-cancel">
          Cancel
        </button>
      </div>
    </form>
  );
}
