import { z } from 'zod';
import { IN_BRIEF_MAX_LINES, type SummaryModel } from '../core/summary';
import type { MeetingFigures } from '../core/talk-time';
import { sectorIdSchema } from '../core/taxonomy-schema';
import { organisationRecordSchema } from '../core/org-directory';
import { attendanceIntervalSchema, captureHealthSchema, meetingSourceSchema, rosterSourceSchema, talkSourceSchema } from '../core/model';
import { privacySettingsSchema, summaryOptionsSchema } from '../core/settings';
import { transcriptContainerSchema, transcriptLayoutSchema, transcriptTimingSchema } from '../core/transcript-format';
import { keptEvidenceSchema } from './evidence-schema';

/*
 * The shape of every row the database stores, one strict zod schema per table.
 *
 * These are the only definition of the stored shapes: the row types that
 * database.ts declares its tables with are inferred from them, and a backup
 * checks every row it restores against them. Strict (no unknown fields,
 * bounded strings and lists, finite numbers, whole-number times, known
 * enums), so a row from a damaged or tampered file cannot reach the
 * database. Adding a field here adds it to the row type and to what a backup
 * accepts; a new table needs a schema here, an entry in `ROW_SCHEMAS` and
 * one in `BACKUP_TABLES` (tests/db/tables.test.ts fails until all three
 * agree with the Dexie schema).
 */

const epochMs = z.number().int().nonnegative();
const count = z.number().int().nonnegative();
const id = z.string().min(1).max(300);
const name = z.string().min(1).max(300);
const text = (max: number) => z.string().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

/** Computed durations can have fractions of a millisecond (talk split between overlapping speakers). */
const durationMs = z.number().nonnegative();

// Typed as the core's own shape (readonly lists), so the core's figures can be stored as they are.
const figuresSchema: z.ZodType<MeetingFigures> = z.strictObject({
  source: talkSourceSchema,
  totalTalkMs: durationMs,
  speakerCount: count,
  topSpeakers: list(z.strictObject({ speaker: text(300), shareRatio: z.number().min(0).max(1), talkMs: durationMs }), 50),
});

const introductionSchema = z.strictObject({
  speaker: text(300),
  organisationText: text(300).nullable(),
  sector: sectorIdSchema.nullable(),
  basis: z.enum(['organisation', 'directory', 'job-title']),
  title: text(300).nullable(),
  quote: text(2_000),
  atMs: epochMs,
  /** The name said, when the display name is not the person's own (a room, a phone, someone introduced by another). */
  personName: text(300).nullable().optional(),
  saidBy: z.enum(['self', 'other']).optional(),
  /** Said in the capacity they are here in ("with my LMC hat on"), which beats the display name's organisation. */
  isRepresenting: z.boolean().optional(),
  /** The organisation is only the one known name that starts with what was said: never enough to overrule a display name. */
  isNameGuessed: z.boolean().optional(),
  /** They said the display name's organisation is not theirs. */
  deniesDisplayName: z.boolean().optional(),
});

/** An agenda item start the chair said, kept without its words when the transcript is deleted. */
const keptItemStartSchema = z.strictObject({
  key: text(400),
  number: z.number().int().positive().nullable(),
  title: text(300).nullable(),
  atMs: epochMs,
  utteranceId: text(300),
  speaker: text(300),
  /** The primary care themes its talk had, so the item still counts as concerning primary care. */
  themes: list(text(100), 50),
});

/** A meeting as captured in one or more page sessions, or tallied by hand. */
export const meetingRowSchema = z.strictObject({
  id,
  platform: meetingSourceSchema,
  code: text(200).nullable(),
  title: text(500).nullable(),
  /** Meeting link without query or fragment. */
  url: text(2_000),
  /** The local user's own display name ("You" in Meet captions). */
  selfName: text(300).nullable(),
  startedAtMs: epochMs,
  lastSeenAtMs: epochMs,
  endedAtMs: epochMs.nullable(),
  /** Browser tab that is capturing it; cleared when the browser restarts. */
  tabId: z.number().int().nullable(),
  /** What capture could see at the last report. */
  health: z.strictObject(captureHealthSchema.shape).nullable(),
  /** Headline talk figures, computed when the meeting ends (null while live). */
  figures: figuresSchema.nullable(),
  /** People or organisations typed into the manual tally (added in schema version 2; absent before). */
  tallyParties: list(name, 200).optional(),
  /**
   * The tally's number keys: slot i is key i + 1 (null when free), given in
   * the order parties are added or first tapped, changed by the user.
   * Unindexed and optional, so it came without a new schema version.
   */
  tallyKeys: list(name.nullable(), 9).optional(),
  /** The series this meeting belongs to (schema version 4). */
  seriesId: text(300).optional(),
  /** The user moved the meeting into its series by hand; never re-derived. */
  seriesChosenByUser: z.boolean().optional(),
  /** When the transcript text was deleted under the retention setting (schema version 5). */
  transcriptDeletedAtMs: epochMs.optional(),
  /** Self-introductions found before the transcript was deleted, without their quotes, so organisations stay resolved. */
  introductions: list(introductionSchema, 1_000).optional(),
  /** Agenda item starts the chair said, kept without their words when the transcript was deleted. */
  itemStarts: list(keptItemStartSchema, 500).optional(),
  /**
   * The figures source the user chose for this meeting in the side panel
   * (captions, tally or speaking indicators); absent until they choose.
   * Unindexed and optional, so it came without a new schema version.
   */
  talkSource: talkSourceSchema.optional(),
  /**
   * The transcript file an imported meeting (`platform: 'import'`) was read
   * from, how its talk was timed, and what was skipped. Unindexed and
   * optional, so it came without a new schema version.
   */
  importedFrom: z
    .strictObject({
      layout: transcriptLayoutSchema,
      container: transcriptContainerSchema,
      fileName: text(500),
      timing: transcriptTimingSchema,
      importedAtMs: epochMs,
      /** Cues or lines left out, by reason ("had an unreadable time"), with how many. */
      skipped: list(z.strictObject({ reason: text(300), count }), 50),
    })
    .optional(),
  /**
   * What the meeting contributes to its series' evidence (issue 14), kept so
   * a series draws without analysing every meeting again, with the
   * fingerprint of what it was computed from (utils/db/series-evidence-repo.ts
   * recomputes it when that changes). Unindexed and optional, so it came
   * without a new schema version.
   */
  evidence: keptEvidenceSchema.optional(),
});
/** A meeting as captured in one or more page sessions, tallied by hand, or imported from a transcript. */
export type MeetingRow = z.infer<typeof meetingRowSchema>;

/** One page's capture session, mapped to the meeting it belongs to. */
export const sessionRowSchema = z.strictObject({ id, meetingId: id, startedAtMs: epochMs });
/** One page's capture session, mapped to the meeting it belongs to. */
export type SessionRow = z.infer<typeof sessionRowSchema>;

/** One caption utterance, stored once and updated as it is refined. */
export const utteranceRowSchema = z.strictObject({
  id,
  meetingId: id,
  source: z.literal('captions'),
  speaker: name,
  isSelf: z.boolean(),
  /** Absent on rows stored before Teams support (schema version 1): treat as false. */
  isSpeakerUnknown: z.boolean().optional(),
  /** The user chose the speaker (for a caption shown without an author); capture never overwrites it. */
  speakerAssignedByUser: z.boolean().optional(),
  text: text(50_000),
  startMs: epochMs,
  endMs: epochMs,
  isFinal: z.boolean(),
  /** The number of words, kept when the text is deleted under the retention setting (schema version 5). */
  wordCount: count.optional(),
});
/** One caption utterance, stored once and updated as it is refined. */
export type UtteranceRow = z.infer<typeof utteranceRowSchema>;

/** A stretch of speech seen on a speaking indicator. */
export const speechSegmentRowSchema = z.strictObject({
  id,
  meetingId: id,
  source: z.literal('indicators'),
  speaker: name,
  isSelf: z.boolean(),
  startMs: epochMs,
  endMs: epochMs,
  isFinal: z.boolean(),
});
/** A stretch of speech seen on a speaking indicator. */
export type SpeechSegmentRow = z.infer<typeof speechSegmentRowSchema>;

/** Someone who attended, with when they were present. */
export const participantRowSchema = z.strictObject({
  /** `${meetingId}|${name}` */
  id: z.string().min(1).max(700),
  meetingId: id,
  name,
  isSelf: z.boolean(),
  intervals: list(z.strictObject(attendanceIntervalSchema.shape), 10_000),
  /** Which parts of the page showed them. */
  seenIn: list(rosterSourceSchema, 3),
});
/** Someone who attended, with when they were present. */
export type ParticipantRow = z.infer<typeof participantRowSchema>;

/** A running count of something the user should know about (e.g. refused messages). */
export const counterRowSchema = z.strictObject({ key: id, count, lastAtMs: epochMs, lastDetail: text(2_000) });
/** A running count of something the user should know about (e.g. refused messages). */
export type CounterRow = z.infer<typeof counterRowSchema>;

/** One turn recorded by hand in the side panel's tally. */
export const manualSegmentRowSchema = z.strictObject({
  id,
  meetingId: id,
  party: name,
  startMs: epochMs,
  endMs: epochMs.nullable(),
});
/** One turn recorded by hand in the side panel's tally. */
export type ManualSegmentRow = z.infer<typeof manualSegmentRowSchema>;

/** An organisation in the directory: built in, added by the user, or imported from ODS. */
export const organisationRowSchema = z.strictObject({ ...organisationRecordSchema.shape, addedAtMs: epochMs });
/** An organisation in the directory: built in, added by the user, or imported from ODS. */
export type OrganisationRow = z.infer<typeof organisationRowSchema>;

/** The organisation the user chose for a display name; used in every later meeting. */
export const mappingRowSchema = z.strictObject({
  /** From mappingKey(displayName). */
  key: z.string().min(1).max(600),
  displayName: name,
  organisationName: name,
  organisationId: text(300).nullable(),
  odsCode: text(12).nullable(),
  sector: sectorIdSchema,
  savedAtMs: epochMs,
});
/** The organisation the user chose for a display name; used in every later meeting. */
export type MappingRow = z.infer<typeof mappingRowSchema>;

/** One ODS file import and what it found. */
export const odsImportRowSchema = z.strictObject({
  /** Numbered by the database when the row is added, so absent before then. */
  id: z.number().int().positive().optional(),
  kind: text(40),
  fileName: text(500),
  atMs: epochMs,
  acceptedRows: count,
  organisations: count,
  rejectedCount: count,
  skipped: z.record(text(200), count),
  rejected: list(z.strictObject({ line: count, reason: text(1_000) }), 10_000),
});
/** One ODS file import and what it found. */
export type OdsImportRow = z.infer<typeof odsImportRowSchema>;

/** An action or decision the user confirmed or added, tracked across the meeting series. */
export const actionRowSchema = z.strictObject({
  id,
  /** "A-2026-014" or "D-2026-003". */
  ref: z.string().regex(/^[AD]-\d{4}-\d{3,}$/),
  kind: z.enum(['action', 'decision']),
  meetingId: id,
  seriesId: text(300),
  text: z.string().min(1).max(1_000),
  owner: text(200).nullable(),
  organisation: text(300).nullable(),
  sector: sectorIdSchema.nullable(),
  /** ISO date (YYYY-MM-DD). */
  dueDate: isoDate.nullable(),
  /** The words the date came from ("by Friday"), if spoken. */
  dueText: text(200).nullable(),
  /** Due at the series' next meeting; the date is set when that meeting is seen. */
  dueIsNextMeeting: z.boolean(),
  status: z.enum(['open', 'done', 'dropped']),
  ragOverride: z.enum(['red', 'amber', 'green', 'grey']).nullable(),
  /** Dated updates, oldest first. */
  updates: list(z.strictObject({ atMs: epochMs, text: text(1_000) }), 1_000),
  closedAtMs: epochMs.nullable(),
  source: z.enum(['suggested', 'manual']),
  /** The suggestion it was confirmed from. */
  suggestionId: text(300).nullable(),
  quote: text(2_000).nullable(),
  /** When it was said in the meeting. */
  saidAtMs: epochMs.nullable(),
  createdAtMs: epochMs,
  changedAtMs: epochMs,
});
/** An action or decision the user confirmed or added, tracked across the meeting series. */
export type ActionRow = z.infer<typeof actionRowSchema>;

/**
 * A change the user made to a meeting's agenda items (schema version 6):
 * an item started ("add"), renamed, removed (merged into the item before) or
 * its start moved. Kept as a list of edits, applied in order over the starts
 * found in the captions, so the user's choices win and survive re-analysis.
 */
export const itemEditRowSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id, meetingId: id, kind: z.literal('add'), atMs: epochMs, title: text(300).nullable(), createdAtMs: epochMs }),
  z.strictObject({ id, meetingId: id, kind: z.literal('rename'), itemKey: text(400), title: text(300).nullable(), createdAtMs: epochMs }),
  z.strictObject({ id, meetingId: id, kind: z.literal('remove'), itemKey: text(400), createdAtMs: epochMs }),
  z.strictObject({ id, meetingId: id, kind: z.literal('move'), itemKey: text(400), atMs: epochMs, createdAtMs: epochMs }),
]);
/** A change the user made to a meeting's agenda items. */
export type ItemEditRow = z.infer<typeof itemEditRowSchema>;

/** A suggestion the user dismissed, so it is not offered again. */
export const dismissalRowSchema = z.strictObject({
  /** The suggestion's id. */
  id,
  meetingId: id,
  dismissedAtMs: epochMs,
});
/** A suggestion the user dismissed, so it is not offered again. */
export type DismissalRow = z.infer<typeof dismissalRowSchema>;

/**
 * A setting, by key ('privacy', 'summary-options'), each value checked by its
 * own schema, so a restored setting is one the extension could have saved.
 *
 * A stored value is checked again when it is read (settings-repo.ts), and a
 * damaged one falls back to the default.
 */
export const settingRowSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('privacy'), value: z.strictObject(privacySettingsSchema.shape) }),
  z.strictObject({ key: z.literal('summary-options'), value: z.strictObject(summaryOptionsSchema.shape) }),
]);
/** A setting, by key ('privacy', 'summary-options'). */
export type SettingRow = z.infer<typeof settingRowSchema>;

const line = text(5_000);
const actionItemSchema = z.strictObject({
  ref: text(40),
  text: line,
  owner: line,
  due: line,
  status: line,
  isOverdue: z.boolean(),
  isPastWhenAgreed: z.boolean().optional(),
  from: line.nullable(),
});
// Typed as the core's own shape (readonly lists), so a built summary can be stored as it is.
const summaryModelSchema: z.ZodType<SummaryModel> = z.strictObject({
  title: line,
  // Optional: summaries saved before In brief and items (issue 13) have neither.
  inBrief: list(line, IN_BRIEF_MAX_LINES).optional(),
  items: list(z.strictObject({ label: line, time: line, share: line, flags: list(line, 10), records: list(line, 1_000) }), 1_000).optional(),
  facts: list(z.strictObject({ label: line, value: line }), 100),
  headline: line,
  attendance: list(
    z.strictObject({
      group: line,
      isPrimaryCare: z.boolean(),
      organisations: list(z.strictObject({ name: line, sector: line, people: line, spoke: z.boolean() }), 1_000),
    }),
    50,
  ),
  voiceBySector: list(z.strictObject({ name: line, share: line, talk: line, people: count, isPrimaryCare: z.boolean() }), 100),
  voiceByOrganisation: list(z.strictObject({ name: line, sector: line, share: line }), 1_000),
  silent: list(line, 1_000),
  topics: list(
    z.strictObject({
      theme: line,
      mentions: count,
      primaryCareSpoke: z.boolean(),
      moments: list(z.strictObject({ time: line, who: line, quote: line.nullable() }), 100),
    }),
    100,
  ),
  excerpts: list(z.strictObject({ time: line, lines: list(z.strictObject({ who: line, text: line }), 200) }), 100),
  decisions: list(z.strictObject({ ref: text(40), text: line, affectsPrimaryCare: z.boolean() }), 1_000),
  actions: z.strictObject({
    forPrimaryCare: list(actionItemSchema, 1_000),
    needingPrimaryCareInput: list(actionItemSchema, 1_000),
    others: list(actionItemSchema, 1_000),
    carriedForward: list(actionItemSchema, 1_000),
  }),
  followUps: list(line, 1_000),
  notes: list(line, 100),
  redactedCount: count,
});

/** A summary kept with its meeting: saved before the transcript is deleted, so it outlives it. */
export const summaryRowSchema = z.strictObject({
  meetingId: id,
  savedAtMs: epochMs,
  options: z.strictObject(summaryOptionsSchema.shape),
  model: summaryModelSchema,
});
/** A summary kept with its meeting: saved before the transcript is deleted, so it outlives it. */
export type SummaryRow = z.infer<typeof summaryRowSchema>;

/**
 * The row schema of every table the database has, by table name.
 *
 * Exactly the tables of the latest schema version in database.ts;
 * tests/db/tables.test.ts checks that each has its Dexie store, its typed
 * table on `MeetingDb` and its backup entry.
 */
export const ROW_SCHEMAS = {
  meetings: meetingRowSchema,
  sessions: sessionRowSchema,
  utterances: utteranceRowSchema,
  speechSegments: speechSegmentRowSchema,
  participants: participantRowSchema,
  counters: counterRowSchema,
  manualSegments: manualSegmentRowSchema,
  organisations: organisationRowSchema,
  mappings: mappingRowSchema,
  odsImports: odsImportRowSchema,
  actions: actionRowSchema,
  dismissals: dismissalRowSchema,
  settings: settingRowSchema,
  summaries: summaryRowSchema,
  itemEdits: itemEditRowSchema,
} as const;

/** The name of a table the database has. */
export type TableName = keyof typeof ROW_SCHEMAS;

/** The row type of table `T`, as `ROW_SCHEMAS` defines it. */
export type TableRow<T extends TableName> = z.infer<(typeof ROW_SCHEMAS)[T]>;
