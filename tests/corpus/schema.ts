import { z } from 'zod';
import { sectorIdSchema } from '@/utils/core/taxonomy-schema';

/** The annotated understanding corpus (tests/corpus/README.md). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const sector = sectorIdSchema;
const part = z.enum(['dev', 'test']);
export const meetingTypeSchema = z.enum(['icb-committee', 'place-partnership-board', 'pcn-board', 'lmc-meeting', 'council-scrutiny', 'other']);

export const expectedActionSchema = z.strictObject({
  line: z.number().int().nonnegative(),
  owner: z.string().min(1).nullable(),
  ownerKind: z.enum(['person', 'body', 'unassigned']),
  due: isoDate.nullable(),
  dueWords: z.string().min(1).nullable().optional(),
  dueIsPast: z.boolean().optional(),
  /** Free words for the reader: what the action is. */
  summary: z.string().optional(),
});
export type ExpectedAction = z.infer<typeof expectedActionSchema>;

export const expectedDecisionSchema = z.strictObject({ line: z.number().int().nonnegative(), summary: z.string().min(1) });

const personSchema = z.strictObject({
  displayName: z.string().min(1),
  organisation: z.string().min(1).nullable(),
  sector,
  isRoom: z.boolean().optional(),
});

const directoryEntrySchema = z.strictObject({ name: z.string().min(1), sector, odsCode: z.string().min(3).max(12).optional() });

export const snippetSchema = z.strictObject({
  id: z.string().min(1),
  meetingType: meetingTypeSchema,
  meetingDate: isoDate,
  meetingTime: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  people: z.array(personSchema).min(1),
  directory: z.array(directoryEntrySchema).optional(),
  lines: z.array(z.strictObject({ speaker: z.string().min(1), text: z.string().min(1) })).min(1).max(6),
  expect: z.strictObject({
    actions: z.array(expectedActionSchema),
    decisions: z.array(expectedDecisionSchema),
    introductions: z.array(z.strictObject({ displayName: z.string().min(1), organisation: z.string().min(1).nullable(), sector })),
  }),
  /** Why the snippet is here ("decoy: deferral"), for the reader. */
  note: z.string().optional(),
});
export type Snippet = z.infer<typeof snippetSchema>;

export const snippetFileSchema = z.strictObject({ part, snippets: z.array(snippetSchema).min(1) });

export const corpusMeetingSchema = z.strictObject({
  part,
  meetingType: meetingTypeSchema,
  platform: z.enum(['meet', 'teams']),
  title: z.string().min(1),
  meetCode: z.string().regex(/^[a-z]{3,4}-[a-z]{3,4}-[a-z]{3,4}$/),
  date: isoDate,
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  selfName: z.string().min(1),
  participants: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        teamsName: z.string().min(1),
        organisation: z.string().min(1).nullable(),
        sector,
        role: z.string(),
        joinAtS: z.number().nonnegative(),
        leaveAtS: z.number().nonnegative().nullable(),
        isRoom: z.boolean().optional(),
        /** Speaks only through this shared room device (a participant with isRoom), so is not on the roster. */
        viaRoom: z.string().min(1).optional(),
      }),
    )
    .min(2),
  directory: z.array(directoryEntrySchema).optional(),
  lines: z
    .array(z.strictObject({ atS: z.number().nonnegative(), durationS: z.number().positive(), speaker: z.string().min(1), text: z.string().min(1) }))
    .min(20),
  truth: z.strictObject({
    actions: z.array(expectedActionSchema),
    decisions: z.array(expectedDecisionSchema),
    agendaItems: z.array(z.strictObject({ line: z.number().int().nonnegative(), number: z.number().int().positive().nullable(), title: z.string().min(1) })),
    nextMeetingDate: isoDate.nullable(),
  }),
});
export type CorpusMeeting = z.infer<typeof corpusMeetingSchema>;

/**
 * A stretch of a meeting, six to forty turns, annotated only with where the
 * chair starts agenda items: for measuring item detection on many chairs'
 * habits without writing whole meetings.
 */
export const agendaExcerptSchema = z.strictObject({
  id: z.string().min(1),
  meetingType: meetingTypeSchema,
  people: z.array(z.strictObject({ displayName: z.string().min(1), role: z.string() })).min(2),
  /** The chair's display name (one of people). */
  chair: z.string().min(1),
  lines: z.array(z.strictObject({ speaker: z.string().min(1), text: z.string().min(1) })).min(6).max(40),
  /** Every line where the chair starts an item: the item's number as announced (or null) and its title as the agenda would give it. */
  starts: z.array(z.strictObject({ line: z.number().int().nonnegative(), number: z.number().int().positive().nullable(), title: z.string().min(1) })),
  /** Why the excerpt is here ("decoy: declarations about items"), for the reader. */
  note: z.string().optional(),
});
export type AgendaExcerpt = z.infer<typeof agendaExcerptSchema>;

export const agendaFileSchema = z.strictObject({ part, excerpts: z.array(agendaExcerptSchema).min(1) });
