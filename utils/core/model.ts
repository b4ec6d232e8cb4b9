import { z } from 'zod';
import { MAX_CAPTION_CHARS, MAX_NAME_CHARS, MAX_ROSTER_PARTICIPANTS, MAX_TITLE_CHARS } from './text-limits';

/**
 * Shared data shapes of the capture pipeline.
 *
 * These schemas are the single source of truth for what the content script
 * sends, what the background stores and what the JSON export contains. All
 * times are epoch milliseconds read from the capturing page's clock.
 */

/** Meeting platforms the extension can read. */
export const platformSchema = z.enum(['meet', 'teams']);
export type Platform = z.infer<typeof platformSchema>;

/**
 * Where a meeting was recorded: a meeting site, by hand in the side panel, or
 * imported from a transcript file (Teams desktop, Zoom, Meet; issue 15).
 */
export const meetingSourceSchema = z.enum(['meet', 'teams', 'manual', 'import']);
export type MeetingSource = z.infer<typeof meetingSourceSchema>;

/** Where a talk-time figure comes from. */
export const talkSourceSchema = z.enum(['captions', 'indicators', 'manual']);
export type TalkSource = z.infer<typeof talkSourceSchema>;

/** What the adapter believes about the call in the tab. */
export const callStateSchema = z.enum(['lobby', 'in-call', 'left', 'unknown']);
export type CallState = z.infer<typeof callStateSchema>;

const epochMs = z.number().int().nonnegative();
const displayName = z.string().trim().min(1).max(MAX_NAME_CHARS);

/**
 * One caption utterance (one caption row), as the content script last saw it.
 *
 * The same `id` is sent again whenever the text is refined, so the store keeps
 * one record per utterance holding its latest (and finally its corrected) text.
 */
export const utteranceUpdateSchema = z.object({
  id: z.string().min(1).max(120),
  speaker: displayName,
  isSelf: z.boolean(),
  /** The page showed no author: the user is asked to assign one; it is never guessed. */
  isSpeakerUnknown: z.boolean(),
  text: z.string().max(MAX_CAPTION_CHARS),
  startMs: epochMs,
  endMs: epochMs,
  isFinal: z.boolean(),
});
export type UtteranceUpdate = z.infer<typeof utteranceUpdateSchema>;

/** A stretch of time in which a speaking indicator showed a participant talking. */
export const speechSegmentUpdateSchema = z.object({
  id: z.string().min(1).max(120),
  speaker: displayName,
  isSelf: z.boolean(),
  startMs: epochMs,
  endMs: epochMs,
  isFinal: z.boolean(),
});
export type SpeechSegmentUpdate = z.infer<typeof speechSegmentUpdateSchema>;

/** Where a roster reading came from, most complete first. */
export const rosterSourceSchema = z.enum(['people-panel', 'tiles', 'captions']);
export type RosterSource = z.infer<typeof rosterSourceSchema>;

/**
 * Who the page shows as present at one moment.
 *
 * `isComplete` is true only for a full participant list (the People panel):
 * then anyone missing from it has left. Partial views (video tiles) can only
 * add people, because Meet shows a limited number of tiles.
 */
export const rosterSnapshotSchema = z.object({
  atMs: epochMs,
  source: rosterSourceSchema,
  isComplete: z.boolean(),
  participants: z
    .array(z.object({ name: displayName, isSelf: z.boolean() }))
    .max(MAX_ROSTER_PARTICIPANTS),
});
export type RosterSnapshot = z.infer<typeof rosterSnapshotSchema>;

/**
 * State of the captions as the content script sees them. 'waiting' is for
 * pages (Teams) that show no caption area until someone speaks with captions
 * on, where no area yet could mean either.
 */
export const captionStatusSchema = z.enum(['receiving', 'on-no-speech', 'waiting', 'off', 'not-found']);
export type CaptionStatus = z.infer<typeof captionStatusSchema>;

/**
 * What capture can and cannot see right now, reported with every batch so
 * the side panel never stays silent about a blind spot.
 */
export const captureHealthSchema = z.object({
  callState: callStateSchema,
  captions: captionStatusSchema,
  roster: z.enum(['people-panel', 'tiles', 'none']),
  hasSpeakingIndicators: z.boolean(),
  /** Names of selector groups that matched nothing although they should have. */
  missingSelectors: z.array(z.string().max(80)).max(50),
  lastCaptionAtMs: epochMs.nullable(),
  /** Updates dropped because the background stayed unreachable too long. */
  droppedUpdates: z.number().int().nonnegative(),
  /** Unexpected errors caught inside the content script (never thrown into the page). */
  errorCount: z.number().int().nonnegative(),
  /**
   * The captions were found by their shape, not by the known page layout
   * (issue 16): the site has probably changed its page. Absent otherwise,
   * and in reports from before it existed.
   */
  captionsFoundByShape: z.literal(true).optional(),
});
export type CaptureHealth = z.infer<typeof captureHealthSchema>;

/** Facts about the meeting itself, read from the page. */
export const meetingFactsSchema = z.object({
  code: z.string().max(200).nullable(),
  title: z.string().max(MAX_TITLE_CHARS).nullable(),
  selfName: z.string().max(MAX_NAME_CHARS).nullable(),
});
export type MeetingFacts = z.infer<typeof meetingFactsSchema>;

/** An attendance interval: joined at `joinMs`, left at `leaveMs` (null while present). */
export const attendanceIntervalSchema = z.object({
  joinMs: epochMs,
  leaveMs: epochMs.nullable(),
});
export type AttendanceInterval = z.infer<typeof attendanceIntervalSchema>;
