import { CaptionTracker } from '../core/caption-tracker';
import type { CallState, CaptionStatus, CaptureHealth, MeetingFacts, RosterSnapshot } from '../core/model';
import { SpeakingTracker } from '../core/speaking-tracker';
import type { RosterReading } from './adapter';
import { createCaptionFeed, type CaptionFeed } from './caption-feed';

/** One call in the page, from joining to leaving. A page can hold several, one after another (Teams). */
export interface CaptureSession {
  readonly id: string;
  readonly captions: CaptionTracker;
  /** What the caption rows show, on its way into `captions`. */
  readonly feed: CaptionFeed;
  readonly speaking: SpeakingTracker;
  /** When the call was joined (or found unreadable); null until then, and nothing is sent before. */
  joinedAtMs: number | null;
  /** When a caption row first showed words in this session, if it has. */
  firstCaptionAtMs?: number;
  /** The end of the call has been reported: repeating it would move the end time. */
  hasReportedLeaving: boolean;
  /** The roster last queued, so a roster is only sent when it changes. */
  lastRosterSignature: string;
  /** The health last sent; null makes the next batch go out even with nothing new. */
  lastSentHealth: CaptureHealth | null;
}

/** What the health report is made of, apart from the queue's dropped count. */
export interface HealthInputs {
  callState: CallState;
  captions: CaptionStatus;
  roster: CaptureHealth['roster'];
  hasSpeakingIndicators: boolean;
  missingSelectors: string[];
  lastCaptionAtMs: number | null;
  errorCount: number;
  /** True while the caption region is found by its shape, not by a selector tier; absent otherwise. */
  captionsFoundByShape?: true;
}

/** Everything a running capture changes, in one object instead of loose variables. */
export interface CaptureState {
  session: CaptureSession;
  facts: MeetingFacts;
  /** The local user's own name once the page has shown it; kept when a later reading misses it. */
  selfName: string | null;
  /** The page's label for the local user's captions, in its own language, once read; kept when a later reading misses it. */
  selfLabel?: string | null;
  /** When the page last showed a call (its controls, captions or tiles); set before it is ever read. */
  callSeenAtMs?: number;
  readonly health: HealthInputs;
  /** Since when the call state could not be read, or null while it can. */
  unreadableSinceMs: number | null;
  tickCount: number;
  lastSentAtMs: number;
  /** Unset until true, like the next two. */
  isStopped?: boolean;
  isPageClosing: boolean;
  isSending?: boolean;
  isFlushScheduled?: boolean;
}

/**
 * A new, unguessable capture session id. `crypto.randomUUID` is in every
 * browser the extension supports (Chrome 92+, Firefox 95+) on the meeting
 * hosts, which are all secure contexts.
 */
export function randomSessionId(): string {
  return crypto.randomUUID();
}

/** A session with fresh trackers whose ids start with `id`, not yet joined. */
export function createCaptureSession(id = randomSessionId()): CaptureSession {
  const captions = new CaptionTracker({ idPrefix: id });
  return {
    id,
    captions,
    feed: createCaptionFeed(captions),
    speaking: new SpeakingTracker(id),
    joinedAtMs: null,
    hasReportedLeaving: false,
    lastRosterSignature: '',
    lastSentHealth: null,
  };
}

/** The state of a capture that has read nothing yet. */
export function createCaptureState(): CaptureState {
  return {
    session: createCaptureSession(),
    facts: { code: null, title: null, selfName: null },
    selfName: null,
    health: {
      callState: 'unknown',
      captions: 'not-found',
      roster: 'none',
      hasSpeakingIndicators: false,
      missingSelectors: [],
      lastCaptionAtMs: null,
      errorCount: 0,
    },
    unreadableSinceMs: null,
    tickCount: 0,
    lastSentAtMs: 0,
    isPageClosing: false,
  };
}

/** Whether two health reports say the same thing, apart from when the last caption came. */
export function isSameHealth(a: CaptureHealth | null, b: CaptureHealth): boolean {
  // Both are made by healthReport, so their keys come in the same order.
  const said = (health: CaptureHealth): string => JSON.stringify({ ...health, lastCaptionAtMs: 0 });
  return a !== null && said(a) === said(b);
}

/** The health report to send: the inputs as they are now, with the queue's dropped count. */
export function healthReport(inputs: HealthInputs, droppedUpdates: number): CaptureHealth {
  return { ...inputs, droppedUpdates };
}

/** Who a roster reading holds, in any order: a new snapshot is only sent when this changes. */
export function rosterSignature(reading: RosterReading): string {
  return `${reading.source}|${reading.participants
    .map((p) => `${p.isSelf ? '*' : ''}${p.name}`)
    .sort()
    .join('\n')}`;
}

/** A roster reading as sent: the local user under their own name once it is known. */
export function rosterSnapshot(
  reading: RosterReading,
  source: RosterSnapshot['source'],
  selfName: string | null,
  atMs: number,
): RosterSnapshot {
  return {
    atMs,
    source,
    isComplete: reading.isComplete,
    participants: reading.participants.map((p) => ({ name: p.isSelf && selfName ? selfName : p.name, isSelf: p.isSelf })),
  };
}

/** Reads the page's URL, parsing it again only when it has changed. */
export function createUrlReader(location: Location): () => URL {
  let lastHref = '';
  let lastUrl: URL | null = null;
  return () => {
    const { href } = location;
    if (href !== lastHref || !lastUrl) {
      lastHref = href;
      lastUrl = new URL(href);
    }
    return lastUrl;
  };
}
