import { findIntroductions } from '@/utils/core/introductions';
import { BUILTIN_ORGANISATIONS, OrganisationIndex } from '@/utils/core/org-directory';
import { resolveParticipants } from '@/utils/core/org-resolution';
import type { SummaryAction, SummaryInput } from '@/utils/core/summary';
import { computeMeetingTalk } from '@/utils/core/talk-time';
import { loadSampleMeeting } from './meeting';

/** 10:00 on Wednesday 18 November 2026, local time. */
export const SAMPLE_START_MS = new Date(2026, 10, 18, 10, 0, 0).getTime();

export function action(overrides: Partial<SummaryAction> & Pick<SummaryAction, 'ref' | 'text'>): SummaryAction {
  return { kind: 'action', owner: null, organisation: null, sector: null, dueDate: null, dueText: null, status: 'open', ...overrides };
}

/**
 * The sample committee meeting as the side panel would load it: Meet names,
 * organisations from the introductions, talk from the captions.
 */
export function sampleSummaryInput(overrides: Partial<SummaryInput> = {}): SummaryInput {
  const script = loadSampleMeeting();
  const utterances = script.lines.map((l) => ({
    speaker: l.speaker,
    text: l.text,
    startMs: SAMPLE_START_MS + l.atS * 1000,
    endMs: SAMPLE_START_MS + (l.atS + l.durationS) * 1000,
  }));
  const directory = new OrganisationIndex(BUILTIN_ORGANISATIONS);
  const introductions = findIntroductions(utterances, SAMPLE_START_MS, directory);
  const attendees = script.participants.map((p) => p.name);
  const talk = computeMeetingTalk({ utterances, speechSegments: [] }).primary;
  const lastMs = utterances.at(-1)!.endMs;
  return {
    meeting: { title: script.title, code: 'pcc-shef-nov', platform: 'meet', startedAtMs: SAMPLE_START_MS, endedAtMs: lastMs, lastSeenAtMs: lastMs },
    utterances,
    talk,
    attendees,
    resolutions: resolveParticipants(attendees, { directory, mappings: new Map(), introductions }),
    introductions,
    actions: [
      action({ ref: 'A-2026-001', text: 'Circulate the utilisation data by PCN before the next meeting', owner: 'Daniel Okafor', organisation: 'NHS South Yorkshire ICB', sector: 'icb', dueText: 'before the next meeting' }),
      action({ ref: 'A-2026-002', text: 'Test the planned care offer with the other clinical directors', owner: 'Dr Tom Richards', organisation: 'Townships 1 PCN', sector: 'pcn', dueDate: '2026-11-27' }),
      action({ ref: 'A-2026-003', text: 'Book the room for the development session', owner: 'Sarah Whitfield', organisation: 'NHS South Yorkshire ICB', sector: 'icb', dueDate: '2027-01-20' }),
      action({ ref: 'D-2026-001', kind: 'decision', text: 'The minutes are approved as an accurate record' }),
      action({ ref: 'D-2026-002', kind: 'decision', text: 'The committee resolved to commission the winter LES from 1 December' }),
    ],
    carriedForward: [
      {
        ...action({ ref: 'A-2026-000', text: 'Share the estates survey with practices', owner: 'Jo Hart', organisation: 'Foundry PCN', sector: 'pcn', dueDate: '2026-11-01' }),
        meetingTitle: 'Sheffield Place Primary Care Commissioning Committee',
        meetingStartedAtMs: new Date(2026, 9, 21, 10).getTime(),
      },
    ],
    pendingSuggestions: 0,
    nowMs: new Date(2026, 10, 18, 12, 0).getTime(),
    ...overrides,
  };
}
