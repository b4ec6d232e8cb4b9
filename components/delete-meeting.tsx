import { useEffect, useRef, useState } from 'preact/hooks';

export interface DeleteMeetingProps {
  readonly title: string;
  readonly error: string | null;
  readonly onDelete: () => void;
}

/** Deleting a finished meeting, asked twice: it cannot be undone. */
export function DeleteMeeting({ title, error, onDelete }: DeleteMeetingProps) {
  const [isConfirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Focus follows the question, and returns to the button when it is withdrawn.
    if (isConfirming) confirmRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  if (!isConfirming) {
    return (
      <div class="delete-meeting">
        <button type="button" class="button secondary" ref={startRef} onClick={() => setConfirming(true)} data-testid="delete-meeting">
          Delete this meeting
        </button>
        {error ? (
          <p class="error" role="alert" data-testid="delete-meeting-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div
      class="delete-meeting confirm"
      role="group"
      aria-labelledby="delete-meeting-question"
      onKeyDown={(event) => {
        // Escape withdraws the question, as Keep it does.
        if (event.key === 'Escape') {
          event.preventDefault();
          setConfirming(false);
        }
      }}
    >
      <p id="delete-meeting-question" data-testid="delete-meeting-question">
        Delete “{title}” with its captions, figures, attendance, actions and decisions? This cannot be undone. Export it
        first if you may need it.
      </p>
      <div class="actions summary-entry">
        <button type="button" class="button danger" ref={confirmRef} onClick={onDelete} data-testid="delete-meeting-confirm">
          Delete meeting
        </button>
        <button type="button" class="button secondary" onClick={() => setConfirming(false)} data-testid="delete-meeting-cancel">
          Keep it
        </button>
      </div>
    </div>
  );
}
