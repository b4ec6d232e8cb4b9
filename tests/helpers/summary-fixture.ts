import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseMeeting, type RecordedAction, type StoredMeeting } from '@/utils/core/meeting-analysis';
import { BUILTIN_ORGANISATIONS, OrganisationIndex } from '@/utils/core/org-directory';
import type { SummaryAction, SummaryInput } from '@/utils/core/summary';
import { loadSampleMeeting } from './meeting';

/** 10:00 on Wednesday 18 November 2026, local time. */
export const SAMPLE_START_MS = new Date(2026, 10, 18, 10, 0, 0).getTime();

export function action(overrides: Partial<SummaryAction> & Pick<SummaryAction, 'ref' | 'text'>): SummaryAction {
  return { kind: 'action', owner: null, organisation: null, sector: null, dueDate: null, dueText: null, status: 'open', ...overrides };
}

/** A caption as a test writes it: the end defaults to the start. */
export interface SampleUtterance {
  readonly speaker: string;
  readonly text: string;
  readonly startMs: number;
  readonly endMs?: number;
  readonly isSpeakerUnknown?: boolean;
}

/** The sample committee meeting as stored: Meet names, everyone present throughout, captions only. */
export function sampleStoredMeeting(
  overrides: { utterances?: readonly SampleUtterance[]; attendees?: readonly string[]; records?: readonly RecordedAction[] } = {},
): StoredMeeting {
  const script = loadSampleMeeting();
  const utterances =
    overrides.utterances ??
    script.lines.map((l) => ({
      speaker: l.speaker,
      text: l.text,
      startMs: SAMPLE_START_MS + l.atS * 1000,
      endMs: SAMPLE_START_MS + (l.atS + l.durationS) * 1000,
    }));
  const lastMs = SAMPLE_START_MS + Math.max(...script.lines.map((l) => (l.atS + l.durationS) * 1000));
  return {
    meeting: { startedAtMs: SAMPLE_START_MS, endedAtMs: lastMs, lastSeenAtMs: lastMs },
    participants: (overrides.attendees ?? script.participants.map((p) => p.name)).map((name) => ({
      name,
      isSelf: name === script.selfName,
      intervals: [{ joinMs: SAMPLE_START_MS, leaveMs: lastMs }],
    })),
    utterances: utterances.map((u, i) => ({ id: `u${i}`, isFinal: true, ...u, endMs: u.endMs ?? u.startMs })),
    speechSegments: [],
    manualSegments: [],
    ...(overrides.records ? { records: overrides.records } : {}),
  };
}

/** A confirmed action or decision as stored, said `saidAtS` seconds into the sample meeting (null: added by hand after it). */
export function recorded(summaryAction: SummaryAction, saidAtS: number | null): RecordedAction {
  return {
    id: `row-${summaryAction.ref}`,
    ref: summaryAction.ref,
    kind: summaryAction.kind,
    text: summaryAction.text,
    owner: summaryAction.owner,
    organisation: summaryAction.organisation,
    sector: summaryAction.sector,
    dueDate: summaryAction.dueDate,
    dueIsNextMeeting: summaryAction.dueText === 'before the next meeting',
    suggestionId: saidAtS === null ? null : `said-${summaryAction.ref}`,
    saidAtMs: saidAtS === null ? null : SAMPLE_START_MS + saidAtS * 1000,
    createdAtMs: new Date(2026, 10, 18, 11, 0).getTime(),
  };
}

/** When each of the sample's confirmed actions and decisions was said, in seconds from the start (see the sample script). */
const SAID_AT_S: Readonly<Record<string, number>> = {
  'D-2026-001': 231.3,
  'A-2026-001': 496.8,
  'A-2026-002': 508.1,
  'D-2026-002': 1142.6,
};

/**
 * The sample committee meeting as the side panel would load it: Meet names,
 * organisations from the introductions, talk from the captions, analysed by
 * the one meeting analysis.
 */
export function sampleSummaryInput(
  overrides: Partial<Omit<SummaryInput, 'analysis'>> & { utterances?: readonly SampleUtterance[]; attendees?: readonly string[] } = {},
): SummaryInput {
  const { utterances, attendees, ...rest } = overrides;
  const script = loadSampleMeeting();
  const actions = rest.actions ?? sampleActions();
  // The analysis places the same confirmed records under the agenda items, as the side panel's store would.
  const stored = sampleStoredMeeting({ utterances, attendees, records: actions.map((a) => recorded(a, SAID_AT_S[a.ref] ?? null)) });
  const nowMs = new Date(2026, 10, 18, 12, 0).getTime();
  return {
    meeting: { title: script.title, code: 'pcc-shef-nov', platform: 'meet', startedAtMs: SAMPLE_START_MS, endedAtMs: stored.meeting.endedAtMs, lastSeenAtMs: stored.meeting.lastSeenAtMs },
    analysis: analyseMeeting(stored, { directory: new OrganisationIndex(BUILTIN_ORGANISATIONS), mappings: new Map(), nowMs }),
    actions,
    carriedForward: [
      {
        ...action({ ref: 'A-2026-000', text: 'Share the estates survey with practices', owner: 'Jo Hart', organisation: 'Foundry PCN', sector: 'pcn', dueDate: '2026-11-01' }),
        meetingTitle: 'Sheffield Place Primary Care Commissioning Committee',
        meetingStartedAtMs: new Date(2026, 9, 21, 10).getTime(),
      },
    ],
    pendingSuggestions: 0,
    nowMs,
    ...rest,
  };
}

/** The sample meeting's confirmed actions and decisions. */
export function sampleActions(): SummaryAction[] {
  return [
    action({ ref: 'A-2026-001', text: 'Circulate the utilisation data by PCN before the next meeting', owner: 'Daniel Okafor', organisation: 'NHS South Yorkshire ICB', sector: 'icb', dueText: 'before the next meeting' }),
    action({ ref: 'A-2026-002', text: 'Test the planned care offer with the other clinical directors', owner: 'Dr Tom Richards', organisation: 'Townships 1 PCN', sector: 'pcn', dueDate: '2026-11-27' }),
    action({ ref: 'A-2026-003', text: 'Book the room for the development session', owner: 'Sarah Whitfield', organisation: 'NHS South Yorkshire ICB', sector: 'icb', dueDate: '2027-01-20' }),
    action({ ref: 'D-2026-001', kind: 'decision', text: 'The minutes are approved as an accurate record' }),
    action({ ref: 'D-2026-002', kind: 'decision', text: 'The committee resolved to commission the winter LES from 1 December' }),
  ];
}

/**
 * A summary kept with its meeting before In brief and items existed (issue
 * 13), as stored JSON, and its Markdown as it rendered then.
 */
export function summarySavedBeforeItems(): { readonly json: unknown; readonly markdown: string } {
  const directory = join(__dirname, '..', 'fixtures', 'summaries');
  return {
    json: JSON.parse(readFileSync(join(directory, 'saved-before-items.json'), 'utf8')),
    markdown: readFileSync(join(directory, 'saved-before-items.md'), 'utf8'),
  };
}
