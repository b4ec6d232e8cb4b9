import { Dexie, type EntityTable } from 'dexie';
import { seriesKeysFor } from '../core/series';
import type {
  ActionRow,
  CounterRow,
  DismissalRow,
  ItemEditRow,
  ManualSegmentRow,
  MappingRow,
  MeetingRow,
  OdsImportRow,
  OrganisationRow,
  ParticipantRow,
  SessionRow,
  SettingRow,
  SpeechSegmentRow,
  SummaryRow,
  UtteranceRow,
} from './rows';

// The row shapes are defined once, as zod schemas, in rows.ts; they are re-exported here for the repositories and pages.
export type {
  ActionRow,
  CounterRow,
  DismissalRow,
  ItemEditRow,
  ManualSegmentRow,
  MappingRow,
  MeetingRow,
  OdsImportRow,
  OrganisationRow,
  ParticipantRow,
  SessionRow,
  SettingRow,
  SpeechSegmentRow,
  SummaryRow,
  UtteranceRow,
} from './rows';

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
  {
    // The user's edits to agenda items (issue 13).
    version: 6,
    stores: {
      itemEdits: 'id, meetingId',
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
  declare itemEdits: EntityTable<ItemEditRow, 'id'>;

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
