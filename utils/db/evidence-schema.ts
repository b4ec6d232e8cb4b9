import { z } from 'zod';
import { talkSourceSchema } from '../core/model';
import type { MeetingEvidence } from '../core/series-types';
import { sectorIdSchema } from '../core/taxonomy-schema';

/*
 * The stored shape of what one meeting contributes to its series' evidence
 * (`MeetingEvidence`, utils/core/series-types.ts), kept on the meeting's row
 * with the fingerprint it was computed from. Strict and bounded like every
 * row schema (utils/db/rows.ts), since a backup restores it.
 */

const count = z.number().int().nonnegative();
const epochMs = z.number().int().nonnegative();
/** Talk can have fractions of a millisecond (split between overlapping speakers). */
const durationMs = z.number().nonnegative();
const ratio = z.number().min(0).max(1);
const text = (max: number) => z.string().max(max);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

// Typed as the core's own shape, so what meetingEvidence returns is stored as it is and read back as it was.
export const meetingEvidenceSchema: z.ZodType<MeetingEvidence> = z.strictObject({
  meetingId: text(300),
  title: text(500).nullable(),
  startedAtMs: epochMs,
  figuresSource: talkSourceSchema.nullable(),
  people: count,
  primaryCarePeople: count,
  totalTalkMs: durationMs,
  primaryCareTalkMs: durationMs,
  primaryCareSeatShareRatio: ratio.nullable(),
  primaryCareTalkShareRatio: ratio.nullable(),
  organisations: list(z.strictObject({ key: text(700), name: text(500), sector: sectorIdSchema, attendees: count, talkMs: durationMs }), 2_000),
  primaryCareVoices: list(
    z.strictObject({ name: text(300), organisation: text(500).nullable(), sector: sectorIdSchema, talkMs: durationMs, turns: count }),
    2_000,
  ),
  allies: list(
    z.strictObject({ name: text(300), organisation: text(500).nullable(), sector: sectorIdSchema, primaryCareTurns: count, themes: list(text(200), 50) }),
    2_000,
  ),
  decisions: list(z.strictObject({ ref: text(40).nullable(), text: text(1_000), itemLabel: text(400).nullable(), isWithoutPrimaryCare: z.boolean() }), 2_000),
  actions: list(
    z.strictObject({
      ref: text(40).nullable(),
      text: text(1_000),
      organisation: text(300).nullable(),
      sector: sectorIdSchema.nullable(),
      status: z.enum(['open', 'done', 'dropped']),
      dueDate: isoDate.nullable(),
    }),
    2_000,
  ),
  isTranscriptDeleted: z.boolean(),
});

/** A meeting's evidence kept on its row, with the fingerprint of what it was computed from (stale when that changes). */
export const keptEvidenceSchema = z.strictObject({
  basis: text(2_000),
  value: meetingEvidenceSchema,
});
/** A meeting's evidence kept on its row. */
export type KeptEvidence = z.infer<typeof keptEvidenceSchema>;
