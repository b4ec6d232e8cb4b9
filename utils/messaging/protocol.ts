import { z } from 'zod';
import {
  captureHealthSchema,
  meetingFactsSchema,
  platformSchema,
  rosterSnapshotSchema,
  speechSegmentUpdateSchema,
  utteranceUpdateSchema,
} from '../core/model';

/**
 * The only message contract between the extension's parts.
 *
 * Every message is `{ type, payload }`; the receiver parses it with the schema
 * below and refuses anything that does not match. Names are `noun/verb`.
 * Content scripts import these types only (`import type`) so that zod stays
 * out of the code that runs inside the meeting page.
 */

/** Everything a meeting tab learned since its last batch (sent at most once a second). */
export const captureBatchSchema = z.object({
  /** Random id of one page's capture session. */
  sessionId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  platform: platformSchema,
  /** Meeting link without query or fragment, e.g. https://meet.google.com/abc-defg-hij. */
  meetingUrl: z.url({ protocol: /^https$/ }).max(2000),
  /** When this session first saw the call in progress. */
  joinedAtMs: z.number().int().nonnegative(),
  sentAtMs: z.number().int().nonnegative(),
  meeting: meetingFactsSchema,
  health: captureHealthSchema,
  utterances: z.array(utteranceUpdateSchema).max(2000),
  speech: z.array(speechSegmentUpdateSchema).max(2000),
  roster: z.array(rosterSnapshotSchema).max(50),
  /** The page is going away (tab closed, reloaded or navigated). */
  isPageClosing: z.boolean(),
});
export type CaptureBatch = z.infer<typeof captureBatchSchema>;

/** The side panel changed an action: the background recounts the overdue badge. Carries nothing. */
export const actionsChangedSchema = z.object({}).strict();

/** Every message, keyed by type. */
export const protocol = {
  'capture/batch': captureBatchSchema,
  'actions/changed': actionsChangedSchema,
} as const;

export type MessageType = keyof typeof protocol;

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture/batch'), payload: captureBatchSchema }),
  z.object({ type: z.literal('actions/changed'), payload: actionsChangedSchema }),
]);
export type Message = z.infer<typeof messageSchema>;

/**
 * What the background answers to every message. `retry` means the message was
 * valid but could not be stored yet (the database is full or busy): the sender
 * keeps it and tries again.
 */
export type MessageResponse = { ok: true; meetingId?: string } | { ok: false; error: string; retry?: boolean };
