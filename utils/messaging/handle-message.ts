import type { z } from 'zod';
import { assertNever } from '../core/assert-never';
import { incrementCounter, REJECTED_MESSAGES } from '../db/counters-repo';
import type { MeetingDb } from '../db/database';
import { recordCaptureReport } from '../db/meetings-repo';
import { messageSchema, type MessageResponse } from './protocol';
import { isQuotaError } from './storage-status';

/** What the background does beyond storing, injected so tests can watch it. */
export interface MessageEffects {
  /** Recount overdue actions and update the toolbar badge. */
  readonly actionsChanged?: () => Promise<void>;
  /** The database refused a write for lack of space (true), or accepted one (false). */
  readonly storageFull?: (isFull: boolean) => Promise<void>;
}

/** Who sent a message, as far as the background needs to know. */
export interface MessageSender {
  readonly tabId: number | null;
}

/** One line saying what is wrong with a refused message, without echoing its content. */
export function describeSchemaError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'unknown problem';
  const path = first.path.length ? first.path.join('.') : 'message';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${path}: ${first.message}${more}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Validates a message against the protocol and stores what it carries.
 *
 * A message that does not match is refused, counted (the side panel shows
 * the count) and never written.
 */
export async function handleMessage(
  db: MeetingDb,
  raw: unknown,
  sender: MessageSender,
  nowMs: number,
  effects: MessageEffects = {},
): Promise<MessageResponse> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = describeSchemaError(parsed.error);
    await incrementCounter(db, REJECTED_MESSAGES, reason, nowMs);
    return { ok: false, error: `Refused a malformed message: ${reason}` };
  }
  const message = parsed.data;
  switch (message.type) {
    case 'capture/batch': {
      try {
        const meeting = await recordCaptureReport(db, message.payload, { tabId: sender.tabId, nowMs });
        await effects.storageFull?.(false);
        return { ok: true, meetingId: meeting.id };
      } catch (error) {
        // A valid batch that could not be written is kept by the tab and sent again, not lost.
        if (!isQuotaError(error)) return { ok: false, error: `Could not save: ${errorText(error)}`, retry: true };
        await effects.storageFull?.(true);
        return { ok: false, error: 'The browser’s storage for this extension is full.', retry: true };
      }
    }
    case 'actions/changed': {
      await effects.actionsChanged?.();
      return { ok: true };
    }
    default:
      return assertNever(message);
  }
}
