import { Dexie, type EntityTable } from 'dexie';
import type { ActionStatus, Rag } from '../core/action-log';
import type { IntroductionClaim } from '../core/introductions';
import type { OrganisationRecord } from '../core/org-directory';
import type { SummaryModel, SummaryOptions } from '../core/summary';
import { seriesKeysFor } from '../core/series';
import type { MeetingFigures } from '../core/talk-time';
import type { SectorId } from '../core/taxonomy';
import type {
  AttendanceInterval,
  CaptureHealth,
  MeetingSource,
  TalkSource,
  RosterSource,
  SpeechSegmentUpdate,
  UtteranceUpdate,
} from '../core/model';

/** A meeting as captured in one or more page sessions, or tallied by hand. */
export interface MeetingRow {
  id: string;
  platform: MeetingSource;
  code: string | null;
  title: string | null;
  /** Meeting link without query or fragment. */
  url: string;
  /** The local user's own display name ("You" in Meet captions). */
  selfName: string | null;
  startedAtMs: number;
  lastSeenAtMs: number;
  endedAtMs: number | null;
  /** Browser tab that is capturing it; cleared when the browser restarts. */
  tabId: number | null;
  /** What capture could see at the last report. */
  health: CaptureHealth | null;
  /** Headline talk figures, computed when the meeting ends (null while live). */
  figures: MeetingFigures | null;
  /** People or organisations typed into the manual tally (added in schema version 2; absent before). */
  tallyParties?: string[];
  /** The series this meeting belongs to (schema version 4). */
  seriesId?: string;
  /** The user moved the meeting into its series by hand; never re-derived. */
  seriesChosenByUser?: boolean;
  /** When the transcript text was deleted under the retention setting (schema version 5). */
  transcriptDeletedAtMs?: number;
  /** Self-introductions found before the transcript was deleted, without their quotes, so organisations stay resolved. */
  introductions?: IntroductionClaim[];
  /** The figures source the user chose for this meeting in the side panel; absent until they choose. */
  talkSource?: TalkSource;
}

/** An action or decision the user confirmed or added, tracked across the meeting series. */
export interface ActionRow {
  id: string;
  /** "A-2026-014" or "D-2026-003". */
  ref: string;
  kind: 'action' | 'decision';
  meetingId: string;
  seriesId: string;
  text: string;
  owner: string | null;
  organisation: string | null;
  sector: SectorId | null;
  /** ISO date (YYYY-MM-DD). */
  dueDate: string | null;
  /** The words the date came from ("by Friday"), if spoken. */
  dueText: string | null;
  /** Due at the series' next meeting; the date is set when that meeting is seen. */
  dueIsNextMeeting: boolean;
  status: ActionStatus;
  ragOverride: Rag | null;
  /** Dated updates, oldest first. */
  updates: { atMs: number; text: string }[];
  closedAtMs: number | null;
  source: 'suggested' | 'manual';
  /** The suggestion it was confirmed from. */
  suggestionId: string | null;
  quote: string | null;
  /** When it was said in the meeting. */
  saidAtMs: number | null;
  createdAtMs: number;
  changedAtMs: number;
}

/** A setting, by key ('privacy', 'summary-options'); values are validated by their zod schema when read. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A summary kept with its meeting: saved before the transcript is deleted, so it outlives it. */
export interface SummaryRow {
  meetingId: string;
  savedAtMs: number;
  options: SummaryOptions;
  model: SummaryModel;
}

/** A suggestion the user dismissed, so it is not offered again. */
export interface DismissalRow {
  /** The suggestion's id. */
  id: string;
  meetingId: string;
  dismissedAtMs: number;
}

/** One page's capture session, mapped to the meeting it belongs to. */
export interface SessionRow {
  id: string;
  meetingId: string;
  startedAtMs: number;
}

/** One caption utterance, stored once and updated as it is refined. */
export interface UtteranceRow extends Omit<UtteranceUpdate, 'isSpeakerUnknown'> {
  meetingId: string;
  source: 'captions';
  /** Absent on rows stored before Teams support (schema version 1): treat as false. */
  isSpeakerUnknown?: boolean;
  /** The user chose the speaker (for a caption shown without an author); capture never overwrites it. */
  speakerAssignedByUser?: boolean;
  /** The number of words, kept when the text is deleted under the retention setting (schema version 5). */
  wordCount?: number;
}

/** One turn recorded by hand in the side panel's tally. */
export interface ManualSegmentRow {
  id: string;
  meetingId: string;
  party: string;
  startMs: number;
  endMs: number | null;
}

/** A stretch of speech seen on a speaking indicator. */
export interface SpeechSegmentRow extends SpeechSegmentUpdate {
  meetingId: string;
  source: 'indicators';
}

/** Someone who attended, with when they were present. */
export interface ParticipantRow {
  /** `${meetingId}|${name}` */
  id: string;
  meetingId: string;
  name: string;
  isSelf: boolean;
  intervals: AttendanceInterval[];
  /** Which parts of the page showed them. */
  seenIn: RosterSource[];
}

/** An organisation in the directory: built in, added by the user, or imported from ODS. */
export type OrganisationRow = OrganisationRecord & { addedAtMs: number };

/** The organisation the user chose for a display name; used in every later meeting. */
export interface MappingRow {
  /** From mappingKey(displayName). */
  key: string;
  displayName: string;
  organisationName: string;
  organisationId: string | null;
  odsCode: string | null;
  sector: SectorId;
  savedAtMs: number;
}

/** One ODS file import and what it found. */
export interface OdsImportRow {
  id?: number;
  kind: string;
  fileName: string;
  atMs: number;
  acceptedRows: number;
  organisations: number;
  rejectedCount: number;
  skipped: Record<string, number>;
  rejected: { line: number; reason: string }[];
}

/** A running count of something the user should know about (e.g. refused messages). */
export interface CounterRow {
  key: string;
  count: number;
  lastAtMs: number;
  lastDetail: string;
}

/**
 * The series each meeting without one joins, as the version 4 upgrade decides.
 *
 * Pure, so a restored backup from before version 4 gets exactly the series the
 * database upgrade would have given it. Meetings are taken oldest first; the
 * first meeting with a link or title starts the series, and meetings that
 * already have a series (`existing`, e.g. ones already in the database) are
 * joined rather than duplicated.
 */
export function assignSeriesIds(
  meetings: readonly Pick<MeetingRow, 'id' | 'platform' | 'code' | 'title' | 'startedAtMs'>[],
  existing: readonly Pick<MeetingRow, 'platform' | 'code' | 'title' | 'startedAtMs' | 'seriesId'>[] = [],
): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const meeting of [...existing].sort((a, b) => a.startedAtMs - b.startedAtMs)) {
    if (!meeting.seriesId) continue;
    const keys = seriesKeysFor(meeting);
    if (keys.linkKey && !byKey.has(keys.linkKey)) byKey.set(keys.linkKey, meeting.seriesId);
    if (keys.titleKey && !byKey.has(keys.titleKey)) byKey.set(keys.titleKey, meeting.seriesId);
  }
  const assigned = new Map<string, string>();
  for (const meeting of [...meetings].sort((a, b) => a.startedAtMs - b.startedAtMs)) {
    const keys = seriesKeysFor(meeting);
    const seriesId =
      (keys.linkKey && byKey.get(keys.linkKey)) || (keys.titleKey && byKey.get(keys.titleKey)) || `series-${meeting.id}`;
    if (keys.linkKey) byKey.set(keys.linkKey, seriesId);
    if (keys.titleKey) byKey.set(keys.titleKey, seriesId);
    assigned.set(meeting.id, seriesId);
  }
  return assigned;
}

/** Default database name; tests pass their own. */
export const DATABASE_NAME = 'primary-care-meeting-companion';

/**
 * Every schema version ever shipped, oldest first. Shipped versions are frozen:
 * add a new entry (with an `upgrade` when existing rows need changing) and a
 * seed for the previous version in tests/db/migrations.test.ts.
 */
export const SCHEMA_VERSIONS: readonly {
  readonly version: number;
  readonly stores: Record<string, string | null>;
  readonly upgrade?: (transaction: import('dexie').Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      meetings: 'id, startedAtMs, tabId, [platform+code]',
      sessions: 'id, meetingId',
      utterances: 'id, meetingId, [meetingId+startMs]',
      speechSegments: 'id, meetingId',
      participants: 'id, meetingId',
      counters: 'key',
    },
  },
  {
    // Manual tally (issue 3). Existing rows need no change: new fields are optional.
    version: 2,
    stores: {
      manualSegments: 'id, meetingId',
    },
  },
  {
    // Organisations and sectors (issue 4): the directory, the user's choices, ODS import history.
    version: 3,
    stores: {
      organisations: 'id, odsCode, source, odsReport',
      mappings: 'key',
      odsImports: '++id, atMs',
    },
  },
  {
    // Actions, decisions and series (issue 5). Earlier meetings are put into series.
    version: 4,
    stores: {
      meetings: 'id, startedAtMs, tabId, [platform+code], seriesId',
      actions: 'id, meetingId, seriesId, status, dueDate, kind, suggestionId',
      dismissals: 'id, meetingId',
    },
    upgrade: async (transaction) => {
      const meetings = (await transaction.table('meetings').toArray()) as MeetingRow[];
      for (const [id, seriesId] of assignSeriesIds(meetings)) await transaction.table('meetings').update(id, { seriesId });
    },
  },
  {
    // Settings, and summaries kept before a transcript is deleted (issue 6).
    version: 5,
    stores: {
      settings: 'key',
      summaries: 'meetingId',
    },
  },
];

/** The newest schema version. */
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * The extension's IndexedDB database.
 *
 * Only extension pages and the background open it; content scripts never do,
 * because IndexedDB in a content script belongs to the meeting site.
 */
export class MeetingDb extends Dexie {
  declare meetings: EntityTable<MeetingRow, 'id'>;
  declare sessions: EntityTable<SessionRow, 'id'>;
  declare utterances: EntityTable<UtteranceRow, 'id'>;
  declare speechSegments: EntityTable<SpeechSegmentRow, 'id'>;
  declare participants: EntityTable<ParticipantRow, 'id'>;
  declare counters: EntityTable<CounterRow, 'key'>;
  declare manualSegments: EntityTable<ManualSegmentRow, 'id'>;
  declare organisations: EntityTable<OrganisationRow, 'id'>;
  declare mappings: EntityTable<MappingRow, 'key'>;
  declare odsImports: EntityTable<OdsImportRow, 'id'>;
  declare actions: EntityTable<ActionRow, 'id'>;
  declare dismissals: EntityTable<DismissalRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare summaries: EntityTable<SummaryRow, 'meetingId'>;

  constructor(name = DATABASE_NAME, options: { upToVersion?: number } = {}) {
    super(name);
    const upTo = options.upToVersion ?? LATEST_SCHEMA_VERSION;
    for (const entry of SCHEMA_VERSIONS) {
      if (entry.version > upTo) break;
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}
