import { z } from 'zod';
import type { ActionSummaryFields } from './action-log';
import { itemFlags, type MeetingItem } from './agenda-items';
import type { MeetingAnalysis } from './meeting-analysis';
import { sectorById } from './taxonomy';
import { groupIdSchema, sectorIdSchema } from './taxonomy-schema';
import {
  attendanceIntervalSchema,
  captureHealthSchema,
  meetingSourceSchema,
  platformSchema,
  rosterSourceSchema,
  talkSourceSchema,
} from './model';
import type { TalkTimeStats } from './talk-time';
import { transcriptContainerSchema, transcriptLayoutSchema, transcriptTimingSchema } from './transcript-format';

/**
 * The JSON export of one meeting (documented in docs/export-format.md).
 *
 * Versioned: later features add fields in a new version and
 * {@link parseMeetingExport} keeps reading every earlier one.
 */
export const MEETING_EXPORT_FORMAT = 'primary-care-meeting-companion/meeting';
export const MEETING_EXPORT_VERSION = 6;

const isoTime = z.iso.datetime();
const offsetMs = z.number().int();

const talkTimeExportSchema = z.object({
  source: talkSourceSchema,
  shareBasis: z.enum(['time', 'words']),
  totalTalkMs: z.number().int().nonnegative(),
  totalWords: z.number().int().nonnegative(),
  participants: z.array(
    z.object({
      speaker: z.string(),
      talkMs: z.number().int().nonnegative(),
      shareRatio: z.number().min(0).max(1),
      words: z.number().int().nonnegative(),
      turns: z.number().int().nonnegative(),
      longestTurnMs: z.number().int().nonnegative(),
    }),
  ),
});

export const meetingExportV1Schema = z.object({
  format: z.literal(MEETING_EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: isoTime,
  meeting: z.object({
    id: z.string(),
    platform: platformSchema,
    code: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string(),
    selfName: z.string().nullable(),
    startedAt: isoTime,
    endedAt: isoTime.nullable(),
    durationMs: z.number().int().nonnegative(),
    lastHealth: captureHealthSchema.nullable(),
  }),
  participants: z.array(
    z.object({
      name: z.string(),
      isSelf: z.boolean(),
      seenIn: z.array(rosterSourceSchema),
      attendance: z.array(z.object({ joinOffsetMs: offsetMs, leaveOffsetMs: offsetMs.nullable() })),
    }),
  ),
  /** Times are milliseconds from `meeting.startedAt`. */
  utterances: z.array(
    z.object({
      id: z.string(),
      speaker: z.string(),
      isSelf: z.boolean(),
      text: z.string(),
      startOffsetMs: offsetMs,
      endOffsetMs: offsetMs,
      isFinal: z.boolean(),
      source: z.literal('captions'),
    }),
  ),
  speechSegments: z.array(
    z.object({
      id: z.string(),
      speaker: z.string(),
      isSelf: z.boolean(),
      startOffsetMs: offsetMs,
      endOffsetMs: offsetMs,
      source: z.literal('indicators'),
    }),
  ),
  /** Talk time from the source the side panel shows (captions, else indicators). */
  talkTime: talkTimeExportSchema.nullable(),
  /** Talk time from speaking indicators, kept as a cross-check when captions lead. */
  talkTimeFromIndicators: talkTimeExportSchema.nullable(),
});
export type MeetingExportV1 = z.infer<typeof meetingExportV1Schema>;

/** The platforms versions 2 to 4 knew: frozen, so a version 4 file never claims an imported meeting. */
const meetingSourceV2Schema = z.enum(['meet', 'teams', 'manual']);

/**
 * Version 2 (Teams and the manual tally): meetings can be tallied by hand
 * (`platform: "manual"`), utterances say whether their speaker was unknown
 * or assigned by the user, and turns recorded by hand are exported.
 */
export const meetingExportV2Schema = meetingExportV1Schema.extend({
  version: z.literal(2),
  meeting: meetingExportV1Schema.shape.meeting.extend({ platform: meetingSourceV2Schema }),
  utterances: z.array(
    meetingExportV1Schema.shape.utterances.element.extend({
      isSpeakerUnknown: z.boolean(),
      speakerAssignedByUser: z.boolean(),
    }),
  ),
  manualSegments: z.array(
    z.object({ id: z.string(), party: z.string(), startOffsetMs: offsetMs, endOffsetMs: offsetMs.nullable() }),
  ),
});
export type MeetingExportV2 = z.infer<typeof meetingExportV2Schema>;

const ratio = z.number().min(0).max(1);
const partyShareSchema = z.object({
  name: z.string(),
  talkMs: z.number().int().nonnegative(),
  shareRatio: ratio,
  words: z.number().int().nonnegative(),
  turns: z.number().int().nonnegative(),
  attendees: z.number().int().nonnegative(),
  attendeeShareRatio: ratio,
});

/**
 * Version 3 (organisations and sectors): every participant carries the
 * organisation and sector the extension resolved, with its confidence and
 * reason, and talk is added up by organisation, sector and group, with
 * primary care's headline figures.
 */
export const meetingExportV3Schema = meetingExportV2Schema.extend({
  version: z.literal(3),
  participants: z.array(
    meetingExportV2Schema.shape.participants.element.extend({
      kind: z.enum(['person', 'room']),
      personName: z.string(),
      organisation: z.object({ name: z.string(), odsCode: z.string().nullable(), directoryId: z.string().nullable() }).nullable(),
      sector: sectorIdSchema,
      group: groupIdSchema,
      confidence: z.enum(['certain', 'high', 'medium', 'low', 'none']),
      evidence: z.string(),
      reason: z.string(),
    }),
  ),
  organisations: z.object({
    byOrganisation: z.array(
      z.object({
        name: z.string(),
        sector: sectorIdSchema,
        talkMs: z.number().int().nonnegative(),
        shareRatio: ratio,
        words: z.number().int().nonnegative(),
        turns: z.number().int().nonnegative(),
        speakers: z.array(z.string()),
        attendees: z.number().int().nonnegative(),
      }),
    ),
    bySector: z.array(partyShareSchema.extend({ sector: sectorIdSchema, group: groupIdSchema })),
    byGroup: z.array(partyShareSchema.extend({ group: groupIdSchema })),
    primaryCare: z.object({
      talkShareRatio: ratio,
      attendeeShareRatio: ratio,
      talkMs: z.number().int().nonnegative(),
      attendees: z.number().int().nonnegative(),
      totalAttendees: z.number().int().nonnegative(),
      speakers: z.number().int().nonnegative(),
    }),
    silentOrganisations: z.array(z.object({ name: z.string(), sector: sectorIdSchema, attendees: z.number().int().nonnegative() })),
  }).nullable(),
});
export type MeetingExportV3 = z.infer<typeof meetingExportV3Schema>;

const isoInstant = z.iso.datetime();

/**
 * Version 4 (actions and decisions): the meeting's series, and the actions
 * and decisions the user confirmed or added in it, with their refs, owners,
 * due dates, status, dated updates and, for suggestions, what was said.
 */
export const meetingExportV4Schema = meetingExportV3Schema.extend({
  version: z.literal(4),
  seriesId: z.string().max(200).nullable(),
  actions: z.array(
    z.object({
      ref: z.string().regex(/^[AD]-\d{4}-\d{3,}$/),
      kind: z.enum(['action', 'decision']),
      text: z.string().min(1).max(1000),
      owner: z.string().max(200).nullable(),
      organisation: z.string().max(200).nullable(),
      sector: sectorIdSchema.nullable(),
      dueDate: z.iso.date().nullable(),
      dueText: z.string().max(200).nullable(),
      status: z.enum(['open', 'done', 'dropped']),
      updates: z.array(z.object({ at: isoInstant, text: z.string().min(1).max(1000) })),
      closedAt: isoInstant.nullable(),
      source: z.enum(['suggested', 'manual']),
      quote: z.string().nullable(),
      saidOffsetMs: z.number().int().nullable(),
      createdAt: isoInstant,
    }),
  ),
});
export type MeetingExportV4 = z.infer<typeof meetingExportV4Schema>;

/**
 * Version 5 (transcript import): a meeting can be imported from a transcript
 * file (`platform: "import"`), and then says what the file was and how its
 * talk was timed.
 */
export const meetingExportV5Schema = meetingExportV4Schema.extend({
  version: z.literal(5),
  meeting: meetingExportV4Schema.shape.meeting.extend({
    platform: meetingSourceSchema,
    importedFrom: z
      .object({
        layout: transcriptLayoutSchema,
        container: transcriptContainerSchema,
        fileName: z.string(),
        timing: transcriptTimingSchema,
      })
      .nullable(),
  }),
});
export type MeetingExportV5 = z.infer<typeof meetingExportV5Schema>;

const count = z.number().int().nonnegative();
const ref = (prefix: 'A' | 'D') => z.string().regex(new RegExp(`^${prefix}-\\d{4}-\\d{3,}$`));

/**
 * Version 6 (agenda items): the meeting split into the items the chair
 * announced or the user marked, each with its times (offsets from the
 * meeting's start) and what happened under it: primary care's share of the
 * talk and of the people present, each sector's share, how many spoke, the
 * confirmed decisions and actions said under it, and its flags.
 */
export const meetingExportV6Schema = meetingExportV5Schema.extend({
  version: z.literal(6),
  items: z.array(
    z.object({
      number: z.number().int().positive().nullable(),
      title: z.string().nullable(),
      startOffsetMs: offsetMs,
      endOffsetMs: offsetMs,
      source: z.enum(['said', 'user']),
      durationMs: count,
      primaryCare: z.object({
        talkShareRatio: ratio,
        attendeeShareRatio: ratio,
        talkMs: count,
        attendees: count,
        totalAttendees: count,
        speakers: count,
      }),
      bySector: z.array(partyShareSchema.extend({ sector: sectorIdSchema, group: groupIdSchema })),
      speakers: count,
      decisionRefs: z.array(ref('D')),
      actionRefs: z.array(ref('A')),
      flags: z.array(z.enum(['decided-without-primary-care', 'discussed-not-heard'])),
    }),
  ),
});
export type MeetingExportV6 = z.infer<typeof meetingExportV6Schema>;

/** The current export shape. */
export type MeetingExport = MeetingExportV6;
/** The schema every new export is checked against before it is written. */
export const meetingExportSchema = meetingExportV6Schema;

/** Reads a version 1 export as version 2 (what version 2 added is empty or false). */
function upgradeV1(v1: MeetingExportV1): MeetingExportV2 {
  return {
    ...v1,
    version: 2,
    utterances: v1.utterances.map((u) => ({ ...u, isSpeakerUnknown: false, speakerAssignedByUser: false })),
    manualSegments: [],
  };
}

/** Reads a version 3 export as version 4 (no actions were recorded then). */
function upgradeV3(v3: MeetingExportV3): MeetingExportV4 {
  return { ...v3, version: 4, seriesId: null, actions: [] };
}

/** Reads a version 4 export as version 5 (no meeting was imported then). */
function upgradeV4(v4: MeetingExportV4): MeetingExportV5 {
  return { ...v4, version: 5, meeting: { ...v4.meeting, importedFrom: null } };
}

/** Reads a version 5 export as version 6 (agenda items were not exported then). */
function upgradeV5(v5: MeetingExportV5): MeetingExport {
  return { ...v5, version: 6, items: [] };
}

/** Reads a version 2 export as version 3 (organisations were not recorded then). */
function upgradeV2(v2: MeetingExportV2): MeetingExportV3 {
  return {
    ...v2,
    version: 3,
    participants: v2.participants.map((p) => ({
      ...p,
      kind: 'person' as const,
      personName: p.name,
      organisation: null,
      sector: 'unknown' as const,
      group: 'other' as const,
      confidence: 'none' as const,
      evidence: 'none',
      reason: 'Exported before organisations were recorded.',
    })),
    organisations: null,
  };
}

/** An action or decision as the export needs it (an action row satisfies this). */
export interface ExportableAction extends ActionSummaryFields {
  readonly updates: readonly { readonly atMs: number; readonly text: string }[];
  readonly closedAtMs: number | null;
  readonly source: 'suggested' | 'manual';
  readonly quote: string | null;
  readonly saidAtMs: number | null;
  readonly createdAtMs: number;
}

export interface MeetingExportInput {
  /** The meeting's confirmed actions and decisions (version 4). */
  readonly actions?: readonly ExportableAction[];
  readonly meeting: {
    readonly seriesId?: string;
    readonly id: string;
    readonly platform: z.infer<typeof meetingSourceSchema>;
    readonly code: string | null;
    readonly title: string | null;
    readonly url: string;
    readonly selfName: string | null;
    readonly startedAtMs: number;
    readonly lastSeenAtMs: number;
    readonly endedAtMs: number | null;
    readonly health: z.infer<typeof captureHealthSchema> | null;
    /** The transcript file an imported meeting came from (version 5). */
    readonly importedFrom?: {
      readonly layout: z.infer<typeof transcriptLayoutSchema>;
      readonly container: z.infer<typeof transcriptContainerSchema>;
      readonly fileName: string;
      readonly timing: z.infer<typeof transcriptTimingSchema>;
    };
  };
  readonly participants: readonly {
    readonly name: string;
    readonly isSelf: boolean;
    readonly seenIn: readonly z.infer<typeof rosterSourceSchema>[];
    readonly intervals: readonly z.infer<typeof attendanceIntervalSchema>[];
  }[];
  readonly utterances: readonly {
    readonly id: string;
    readonly speaker: string;
    readonly isSelf: boolean;
    readonly isSpeakerUnknown?: boolean;
    readonly speakerAssignedByUser?: boolean;
    readonly text: string;
    readonly startMs: number;
    readonly endMs: number;
    readonly isFinal: boolean;
  }[];
  readonly speechSegments: readonly {
    readonly id: string;
    readonly speaker: string;
    readonly isSelf: boolean;
    readonly startMs: number;
    readonly endMs: number;
  }[];
  readonly manualSegments: readonly {
    readonly id: string;
    readonly party: string;
    readonly startMs: number;
    readonly endMs: number | null;
  }[];
}

function exportTalk(stats: TalkTimeStats | null): MeetingExportV1['talkTime'] {
  if (!stats) return null;
  return {
    source: stats.source,
    shareBasis: stats.shareBasis,
    totalTalkMs: Math.round(stats.totalTalkMs),
    totalWords: stats.totalWords,
    participants: stats.participants.map((p) => ({
      speaker: p.speaker,
      talkMs: Math.round(p.talkMs),
      shareRatio: p.shareRatio,
      words: p.words,
      turns: p.turns,
      longestTurnMs: Math.round(p.longestTurnMs),
    })),
  };
}

/**
 * Builds the export of one meeting from what is stored and its analysis (the
 * same one the side panel and the summary show). Pure: `nowMs` is the
 * export time.
 */
export function buildMeetingExport(
  input: MeetingExportInput,
  analysis: MeetingAnalysis,
  nowMs: number,
  /** Applied to every piece of text taken from the captions (the redaction setting). */
  filterText: (text: string) => string = (text) => text,
): MeetingExport {
  const { meeting } = input;
  const startMs = meeting.startedAtMs;
  const endMs = meeting.endedAtMs ?? meeting.lastSeenAtMs;
  const { talk, resolutions } = analysis;
  const utterances = [...input.utterances].sort((a, b) => a.startMs - b.startMs);
  const org = analysis.organisations;
  return {
    format: MEETING_EXPORT_FORMAT,
    version: MEETING_EXPORT_VERSION,
    exportedAt: new Date(nowMs).toISOString(),
    meeting: {
      id: meeting.id,
      platform: meeting.platform,
      code: meeting.code,
      title: meeting.title,
      url: meeting.url,
      selfName: meeting.selfName,
      startedAt: new Date(startMs).toISOString(),
      endedAt: meeting.endedAtMs === null ? null : new Date(meeting.endedAtMs).toISOString(),
      durationMs: Math.max(0, endMs - startMs),
      lastHealth: meeting.health,
      importedFrom: meeting.importedFrom
        ? { layout: meeting.importedFrom.layout, container: meeting.importedFrom.container, fileName: meeting.importedFrom.fileName, timing: meeting.importedFrom.timing }
        : null,
    },
    participants: [...input.participants]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => {
        const r = resolutions.get(p.name)!;
        return {
          name: p.name,
          isSelf: p.isSelf,
          seenIn: [...p.seenIn],
          attendance: p.intervals.map((i) => ({
            joinOffsetMs: i.joinMs - startMs,
            leaveOffsetMs: i.leaveMs === null ? null : i.leaveMs - startMs,
          })),
          kind: r.kind,
          personName: r.personName,
          organisation: r.organisation ? { name: r.organisation.name, odsCode: r.organisation.odsCode, directoryId: r.organisation.directoryId } : null,
          sector: r.sector,
          group: sectorById(r.sector).group,
          confidence: r.confidence,
          evidence: r.evidence,
          reason: filterText(r.reason),
        };
      }),
    utterances: utterances.map((u) => ({
      id: u.id,
      speaker: u.speaker,
      isSelf: u.isSelf,
      isSpeakerUnknown: !!u.isSpeakerUnknown,
      speakerAssignedByUser: !!u.speakerAssignedByUser,
      text: filterText(u.text),
      startOffsetMs: u.startMs - startMs,
      endOffsetMs: u.endMs - startMs,
      isFinal: u.isFinal,
      source: 'captions' as const,
    })),
    speechSegments: input.speechSegments.map((s) => ({
      id: s.id,
      speaker: s.speaker,
      isSelf: s.isSelf,
      startOffsetMs: s.startMs - startMs,
      endOffsetMs: s.endMs - startMs,
      source: 'indicators' as const,
    })),
    manualSegments: [...input.manualSegments]
      .sort((a, b) => a.startMs - b.startMs)
      .map((m) => ({
        id: m.id,
        party: m.party,
        startOffsetMs: m.startMs - startMs,
        endOffsetMs: m.endMs === null ? null : m.endMs - startMs,
      })),
    talkTime: exportTalk(talk.primary),
    talkTimeFromIndicators: talk.primary?.source !== 'indicators' ? exportTalk(talk.indicators) : null,
    organisations: {
      byOrganisation: org.byOrganisation.map((o) => ({
        name: o.name,
        sector: o.sector,
        talkMs: Math.round(o.talkMs),
        shareRatio: o.shareRatio,
        words: o.words,
        turns: o.turns,
        speakers: [...o.speakers],
        attendees: o.attendees,
      })),
      bySector: org.bySector.map((s) => ({ ...roundParty(s), sector: s.id, group: sectorById(s.id).group })),
      byGroup: org.byGroup.map((g) => ({ ...roundParty(g), group: g.id })),
      primaryCare: { ...org.primaryCare, talkMs: Math.round(org.primaryCare.talkMs) },
      silentOrganisations: org.silentOrganisations.map((o) => ({ name: o.name, sector: o.sector, attendees: o.attendees })),
    },
    seriesId: meeting.seriesId ?? null,
    actions: [...(input.actions ?? [])]
      .sort((a, b) => a.ref.localeCompare(b.ref))
      .map((a) => ({
        ref: a.ref,
        kind: a.kind,
        text: filterText(a.text),
        owner: a.owner,
        organisation: a.organisation,
        sector: a.sector,
        dueDate: a.dueDate,
        dueText: a.dueText,
        status: a.status,
        updates: a.updates.map((u) => ({ at: new Date(u.atMs).toISOString(), text: filterText(u.text) })),
        closedAt: a.closedAtMs === null ? null : new Date(a.closedAtMs).toISOString(),
        source: a.source,
        quote: a.quote === null ? null : filterText(a.quote),
        saidOffsetMs: a.saidAtMs === null ? null : a.saidAtMs - startMs,
        createdAt: new Date(a.createdAtMs).toISOString(),
      })),
    items: analysis.items.map((item) => exportItem(item, startMs, filterText)),
  };
}

/** One agenda item, with times from the meeting's start; its flags count confirmed decisions only, as the export holds only those. */
function exportItem(item: MeetingItem, meetingStartMs: number, filterText: (text: string) => string): MeetingExport['items'][number] {
  const confirmed = item.records.filter((r) => r.isConfirmed && r.ref !== null);
  const pc = item.organisations.primaryCare;
  return {
    number: item.number,
    title: item.title === null ? null : filterText(item.title),
    startOffsetMs: Math.round(item.startMs - meetingStartMs),
    endOffsetMs: Math.round(item.endMs - meetingStartMs),
    source: item.source,
    durationMs: Math.round(item.durationMs),
    primaryCare: {
      talkShareRatio: pc.talkShareRatio,
      attendeeShareRatio: pc.attendeeShareRatio,
      talkMs: Math.round(pc.talkMs),
      attendees: pc.attendees,
      totalAttendees: pc.totalAttendees,
      speakers: pc.speakers,
    },
    bySector: item.organisations.bySector.map((s) => ({ ...roundParty(s), sector: s.id, group: sectorById(s.id).group })),
    speakers: (item.talk?.participants ?? []).filter((p) => p.talkMs > 0 || p.words > 0).length,
    decisionRefs: confirmed.filter((r) => r.kind === 'decision').map((r) => r.ref!),
    actionRefs: confirmed.filter((r) => r.kind === 'action').map((r) => r.ref!),
    flags: itemFlags(item, { confirmedOnly: true }).map((f) => f.kind),
  };
}

function roundParty(p: { name: string; talkMs: number; shareRatio: number; words: number; turns: number; attendees: number; attendeeShareRatio: number }) {
  return {
    name: p.name,
    talkMs: Math.round(p.talkMs),
    shareRatio: p.shareRatio,
    words: p.words,
    turns: p.turns,
    attendees: p.attendees,
    attendeeShareRatio: p.attendeeShareRatio,
  };
}

/** The outcome of reading an export file. */
export type ParsedMeetingExport =
  | { readonly ok: true; readonly value: MeetingExport }
  | { readonly ok: false; readonly error: string };

/**
 * Reads an export file's JSON text, saying plainly what is wrong when it is not one.
 */
export function parseMeetingExport(jsonText: string): ParsedMeetingExport {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch {
    return { ok: false, error: 'This file is not valid JSON.' };
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(data);
  if (!header.success || header.data.format !== MEETING_EXPORT_FORMAT) {
    return { ok: false, error: 'This file is not a meeting export from this extension.' };
  }
  if (!Number.isInteger(header.data.version) || header.data.version < 1) {
    return { ok: false, error: 'This export has no valid format version.' };
  }
  if (header.data.version > MEETING_EXPORT_VERSION) {
    return {
      ok: false,
      error: `This export was made by a newer version of the extension (format version ${header.data.version}). Update the extension to read it.`,
    };
  }
  const damaged = (error: z.ZodError): ParsedMeetingExport => {
    const issue = error.issues[0];
    return { ok: false, error: `The export is damaged at ${issue?.path.join('.') || 'its top level'}: ${issue?.message ?? 'unknown problem'}.` };
  };
  switch (header.data.version) {
    case 1: {
      const parsed = meetingExportV1Schema.safeParse(data);
      return parsed.success ? { ok: true, value: upgradeV5(upgradeV4(upgradeV3(upgradeV2(upgradeV1(parsed.data))))) } : damaged(parsed.error);
    }
    case 2: {
      const parsed = meetingExportV2Schema.safeParse(data);
      return parsed.success ? { ok: true, value: upgradeV5(upgradeV4(upgradeV3(upgradeV2(parsed.data)))) } : damaged(parsed.error);
    }
    case 3: {
      const parsed = meetingExportV3Schema.safeParse(data);
      return parsed.success ? { ok: true, value: upgradeV5(upgradeV4(upgradeV3(parsed.data))) } : damaged(parsed.error);
    }
    case 4: {
      const parsed = meetingExportV4Schema.safeParse(data);
      return parsed.success ? { ok: true, value: upgradeV5(upgradeV4(parsed.data)) } : damaged(parsed.error);
    }
    case 5: {
      const parsed = meetingExportV5Schema.safeParse(data);
      return parsed.success ? { ok: true, value: upgradeV5(parsed.data) } : damaged(parsed.error);
    }
    default: {
      const parsed = meetingExportV6Schema.safeParse(data);
      return parsed.success ? { ok: true, value: parsed.data } : damaged(parsed.error);
    }
  }
}
