import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionDraft } from '@/utils/core/action-log';
import { formatIsoDate, formatTime } from '@/utils/core/format';
import { ActionEditor, type KnownOrganisation } from './action-editor';

/** A suggested action or decision found in the captions, waiting for the user. */
export interface SuggestionView {
  readonly id: string;
  readonly draft: ActionDraft;
  readonly quote: string;
  readonly speaker: string;
  readonly atMs: number;
  /** Why it was suggested, in words: "Marie was asked to do it." */
  readonly why: string;
  /** Where the owner came from: "Marie Dubois answered that they would." */
  readonly ownerWhy: string | null;
  /** The date said is already past: shown as said, with a warning to check it. */
  readonly isDateToCheck: boolean;
}

/**
 * Suggestions drawn at once. A long, busy meeting can produce hundreds; the
 * panel stays light by showing the oldest first and the rest on request.
 */
export const SUGGESTIONS_SHOWN = 30;

/** Saves a draft; resolves to why it was refused, or null when saved. */
export type SaveDraft = (draft: ActionDraft) => Promise<string | null>;

function summary(draft: ActionDraft): string {
  const who = [draft.owner, draft.organisation].filter(Boolean).join(' · ');
  // A date read from words says which words: "due 11 Dec 2026 (from “by Friday week”)".
  const due = draft.dueDate
    ? `due ${formatIsoDate(draft.dueDate)}${draft.dueText ? ` (from “${draft.dueText}”)` : ''}`
    : draft.dueText
      ? `due ${draft.dueText}`
      : null;
  return [who, due].filter(Boolean).join(' · ');
}

/** Where focus goes once a suggestion is handled: a suggestion's button, or the list's heading. */
interface FocusTarget {
  /** The suggestion whose button takes focus; null for the heading. */
  readonly suggestionId: string | null;
  readonly button: 'suggestion-confirm' | 'suggestion-edit';
  /** The suggestion just handled: the heading takes focus once it has gone and the target is not there. */
  readonly handledId: string;
}

/**
 * Suggestions from the captions, each with what was said and when, to
 * confirm as they are, edit first, or dismiss. Nothing is recorded until
 * the user confirms.
 *
 * Keyboard and screen readers keep their place: after Confirm, Dismiss or
 * Save, focus moves to the next suggestion (or the heading when none are
 * left); after Escape or Cancel it returns to the suggestion's Edit button;
 * each result is announced in a polite live region.
 */
export function ActionSuggestions(props: {
  suggestions: readonly SuggestionView[];
  people: readonly string[];
  organisations: readonly KnownOrganisation[];
  onConfirm: (suggestion: SuggestionView, draft: ActionDraft) => Promise<string | null>;
  onDismiss: (suggestion: SuggestionView) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [isShowingAll, setShowingAll] = useState(false);
  const [isConfirmingAll, setConfirmingAll] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [hasReviewed, setReviewed] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const focusTarget = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    // A save finishes a moment after the click: if the user has meanwhile moved on
    // to something outside the suggestions (such as Add action), leave focus there.
    const active = document.activeElement;
    if (active && active !== document.body && !sectionRef.current?.contains(active)) {
      focusTarget.current = null;
      return;
    }
    const item = [...(listRef.current?.querySelectorAll<HTMLElement>('li.suggestion') ?? [])].find((li) => li.dataset.suggestionId === target.suggestionId);
    const button = item?.querySelector<HTMLElement>(`[data-testid="${target.button}"]`);
    if (button) {
      button.focus();
      focusTarget.current = null;
    } else if (target.suggestionId === null || !props.suggestions.some((s) => s.id === target.handledId)) {
      headingRef.current?.focus();
      focusTarget.current = null;
    }
  });

  if (!props.suggestions.length && !hasReviewed) return null;
  const shown = isShowingAll ? props.suggestions : props.suggestions.slice(0, SUGGESTIONS_SHOWN);
  const hiddenCount = props.suggestions.length - shown.length;
  const kindOf = (suggestion: SuggestionView): string => (suggestion.draft.kind === 'action' ? 'Action' : 'Decision');
  /** Focus moves on to the suggestion after `handled` (or before it, or the heading). */
  const moveOnFrom = (handled: SuggestionView): void => {
    const remaining = props.suggestions.filter((s) => s.id !== handled.id);
    const index = props.suggestions.findIndex((s) => s.id === handled.id);
    const next = remaining[Math.min(Math.max(index, 0), remaining.length - 1)] ?? null;
    focusTarget.current = { suggestionId: next?.id ?? null, button: 'suggestion-confirm', handledId: handled.id };
    setReviewed(true);
  };
  const confirm = (suggestion: SuggestionView, draft: ActionDraft): void => {
    void props.onConfirm(suggestion, draft).then((error) => {
      setErrors((previous) => ({ ...previous, [suggestion.id]: error }));
      if (error) {
        setAnnouncement('');
        return;
      }
      setEditing(null);
      moveOnFrom(suggestion);
      setAnnouncement(`${draft.kind === 'action' ? 'Action' : 'Decision'} recorded: ${draft.text}`);
    });
  };
  const dismiss = (suggestion: SuggestionView): void => {
    moveOnFrom(suggestion);
    setAnnouncement(`${kindOf(suggestion)} dismissed: ${suggestion.draft.text}`);
    props.onDismiss(suggestion);
  };
  const cancelEdit = (suggestion: SuggestionView): void => {
    focusTarget.current = { suggestionId: suggestion.id, button: 'suggestion-edit', handledId: suggestion.id };
    setEditing(null);
    setAnnouncement('Not changed.');
  };
  /** Confirms every suggestion on show, as it stands, one after another; any refused stays with its reason. */
  const confirmAllShown = async (): Promise<void> => {
    setConfirmingAll(true);
    const refused: Record<string, string | null> = {};
    for (const suggestion of shown) refused[suggestion.id] = await props.onConfirm(suggestion, suggestion.draft);
    setErrors((previous) => ({ ...previous, ...refused }));
    setConfirmingAll(false);
    const refusedCount = Object.values(refused).filter(Boolean).length;
    const recorded = shown.length - refusedCount;
    focusTarget.current = { suggestionId: null, button: 'suggestion-confirm', handledId: '' };
    setReviewed(true);
    setAnnouncement(`${recorded} recorded${refusedCount ? `; ${refusedCount} refused, each with its reason` : ''}.`);
  };
  return (
    <section class="suggestions" ref={sectionRef} aria-labelledby="suggestions-heading" data-testid="suggestions">
      <h3 id="suggestions-heading" ref={headingRef} tabIndex={-1}>
        Suggested from the captions ({props.suggestions.length})
      </h3>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="suggestions-status">
        {announcement}
      </p>
      {props.suggestions.length ? null : (
        <p class="empty" data-testid="suggestions-done">
          All reviewed.
        </p>
      )}
      <ul ref={listRef}>
        {shown.map((suggestion) => {
          const detail = summary(suggestion.draft);
          const kindWord = kindOf(suggestion);
          return (
            <li key={suggestion.id} class="suggestion" data-testid="suggestion" data-kind={suggestion.draft.kind} data-suggestion-id={suggestion.id}>
              {editing === suggestion.id ? (
                <ActionEditor
                  idPrefix={`suggestion-${suggestion.id.replace(/[^A-Za-z0-9-]/g, '-')}`}
                  initial={suggestion.draft}
                  canChangeKind
                  people={props.people}
                  organisations={props.organisations}
                  saveLabel="Confirm"
                  error={errors[suggestion.id] ?? null}
                  onSave={(draft) => confirm(suggestion, draft)}
                  onCancel={() => cancelEdit(suggestion)}
                />
              ) : (
                <>
                  <p class="suggestion-text">
                    <span class={`rag rag-${suggestion.draft.kind === 'action' ? 'suggested' : 'decision'}`}>{kindWord}</span>{' '}
                    <span data-testid="suggestion-text">{suggestion.draft.text}</span>
                  </p>
                  {detail ? (
                    <p class="action-meta" data-testid="suggestion-detail">
                      {detail}
                    </p>
                  ) : null}
                  {suggestion.isDateToCheck ? (
                    <p class="warning" data-testid="suggestion-check-date">
                      Check the date: “{suggestion.draft.dueText}” is already past on the day it was said. It is kept as said; edit it if a later date was meant.
                    </p>
                  ) : null}
                  <details class="why" data-testid="suggestion-why">
                    <summary>Why suggested?</summary>
                    <p>
                      {suggestion.why}
                      {suggestion.ownerWhy ? ` ${suggestion.ownerWhy}` : ''}
                    </p>
                  </details>
                  <details class="said">
                    <summary>
                      What was said, {formatTime(suggestion.atMs)}
                    </summary>
                    <blockquote>
                      <p>“{suggestion.quote}”</p>
                      <footer>{suggestion.speaker}</footer>
                    </blockquote>
                  </details>
                  {errors[suggestion.id] ? (
                    <p class="error" role="alert">
                      {errors[suggestion.id]}
                    </p>
                  ) : null}
                  <div class="suggestion-buttons">
                    <button type="button" class="button" onClick={() => confirm(suggestion, suggestion.draft)} data-testid="suggestion-confirm" aria-label={`Confirm ${kindWord.toLowerCase()}: ${suggestion.draft.text}`}>
                      Confirm
                    </button>
                    <button type="button" class="button secondary" onClick={() => setEditing(suggestion.id)} data-testid="suggestion-edit" aria-label={`Edit ${kindWord.toLowerCase()}: ${suggestion.draft.text}`}>
                      Edit
                    </button>
                    <button type="button" class="button secondary" onClick={() => dismiss(suggestion)} data-testid="suggestion-dismiss" aria-label={`Dismiss ${kindWord.toLowerCase()}: ${suggestion.draft.text}`}>
                      Dismiss
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length > 1 ? (
        <div class="actions">
          <button type="button" class="button secondary" disabled={isConfirmingAll} onClick={() => void confirmAllShown()} data-testid="suggestions-confirm-all">
            Confirm all {shown.length} shown
          </button>
        </div>
      ) : null}
      {hiddenCount > 0 ? (
        <button type="button" class="link" onClick={() => setShowingAll(true)} data-testid="suggestions-more">
          Show {hiddenCount} more {hiddenCount === 1 ? 'suggestion' : 'suggestions'}
        </button>
      ) : null}
    </section>
  );
}
