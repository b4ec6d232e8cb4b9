import type { CaptureHealth, RosterSnapshot, UtteranceUpdate } from '@/utils/core/model';
import type { CaptureBatch } from '@/utils/messaging/protocol';
import { MeetingDb } from '@/utils/db/database';

let dbCounter = 0;

/** A fresh, empty database with a unique name. */
export function makeDb(options: { upToVersion?: number } = {}): MeetingDb {
  dbCounter += 1;
  return new MeetingDb(`test-db-${dbCounter}-${Math.random().toString(36).slice(2)}`, options);
}

export const T0 = Date.UTC(2026, 10, 18, 10, 0, 0);

export function makeHealth(overrides: Partial<CaptureHealth> = {}): CaptureHealth {
  return {
    callState: 'in-call',
    captions: 'receiving',
    roster: 'people-panel',
    hasSpeakingIndicators: true,
    missingSelectors: [],
    lastCaptionAtMs: T0,
    droppedUpdates: 0,
    errorCount: 0,
    ...overrides,
  };
}

export function makeUtterance(overrides: Partial<UtteranceUpdate> = {}): UtteranceUpdate {
  return {
    id: 'session-0001:1',
    speaker: 'Helen Marsh',
    isSelf: false,
    isSpeakerUnknown: false,
    text: 'Good morning everyone.',
    startMs: T0 + 1_000,
    endMs: T0 + 3_000,
    isFinal: false,
    ...overrides,
  };
}

export function makeRoster(names: string[], overrides: Partial<RosterSnapshot> = {}): RosterSnapshot {
  return {
    atMs: T0,
    source: 'people-panel',
    isComplete: true,
    participants: names.map((name) => ({ name, isSelf: false })),
    ...overrides,
  };
}

export function makeBatch(overrides: Partial<CaptureBatch> = {}): CaptureBatch {
  return {
    sessionId: 'session-0001',
    platform: 'meet',
    meetingUrl: 'https://meet.google.com/pcc-shef-nov',
    joinedAtMs: T0,
    sentAtMs: T0 + 1_000,
    meeting: { code: 'pcc-shef-nov', title: 'Primary Care Commissioning Committee', selfName: 'Dr Tom Richards' },
    health: makeHealth(),
    utterances: [],
    speech: [],
    roster: [],
    isPageClosing: false,
    ...overrides,
  };
}
