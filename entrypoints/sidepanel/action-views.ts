import type { ActionView } from '@/components/action-item';
import { computeRag, isOverdue, type ActionDraft } from '@/utils/core/action-log';
import { ActionInputError, type ActionWithMeeting } from '@/utils/db/actions-repo';
import type { ActionRow } from '@/utils/db/database';
import { notifyActionsChanged } from '@/utils/messaging/client';

/** A stored action as the components show it. */
export function toActionView(row: ActionRow | ActionWithMeeting, today: string, showMeeting: boolean): ActionView {
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind,
    text: row.text,
    owner: row.owner,
    organisation: row.organisation,
    dueDate: row.dueDate,
    dueText: row.dueText,
    status: row.status,
    rag: computeRag(row, today),
    isOverdue: isOverdue(row, today),
    updates: row.updates,
    closedAtMs: row.closedAtMs,
    meeting: showMeeting && 'meetingTitle' in row ? { title: row.meetingTitle, startedAtMs: row.meetingStartedAtMs } : null,
  };
}

/** The editable fields of a stored action. */
export function draftOf(row: ActionRow): ActionDraft {
  return {
    kind: row.kind,
    text: row.text,
    owner: row.owner,
    organisation: row.organisation,
    sector: row.sector,
    dueDate: row.dueDate,
    dueText: row.dueText,
    dueIsNextMeeting: row.dueIsNextMeeting,
  };
}

/**
 * Runs a change to actions, tells the background so the overdue badge
 * follows, and resolves to a message for the user when it was refused.
 */
export async function changeActions(change: () => Promise<unknown>): Promise<string | null> {
  try {
    await change();
    void notifyActionsChanged();
    return null;
  } catch (error) {
    if (error instanceof ActionInputError) return error.message;
    return `That could not be saved: ${error instanceof Error ? error.message : String(error)}`;
  }
}
