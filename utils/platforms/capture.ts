import { RECEIVING_WINDOW_MS, computeCaptionStatus } from '../core/caption-status';
import { CaptionTracker, UNKNOWN_SPEAKER, type CaptionSpeaker } from '../core/caption-tracker';
import type {
  CallState,
  CaptionStatus,
  CaptureHealth,
} from '../core/model';
import { SpeakingTracker } from '../core/speaking-tracker';
import type { CaptureBatch, MessageResponse } from '../messaging/protocol';
import type { PlatformAdapter, RosterReading } from './adapter';
import { createPendingQueue } from './pending-queue';

/** Timers and listeners tied to the content script's lifetime (WXT's `ctx` satisfies this). */
export interface CaptureHost {
  setInterval(handler: () => void, timeoutMs: number): unknown;
  setTimeout(handler: () => void, timeoutMs: number): unknown;
  addEventListener(target: Window, type: 'pagehide', handler: () => void): void;
  onInvalidated(handler: () => void): unknown;
}

/** Everything the engine needs from outside. */
export interface CaptureOptions {
  readonly adapter: PlatformAdapter;
  readonly host: CaptureHost;
  readonly send: (batch: CaptureBatch) => Promise<MessageResponse>;
  readonly doc?: Document;
  readonly win?: Window;
  readonly now?: () => number;
}

/** Handle on a running capture, for tests and the content script. */
export interface CaptureHandle {
  /** Runs one engine tick now (normally every {@link TICK_MS}). */
  tick(): void;
  /** Sends whatever is pending now, even if a send is in flight. */
  flushNow(): void;
  stop(): void;
  /** The current capture session (a new one starts with each call in the page). */
  readonly sessionId: string;
}

/** Engine heartbeat: speaking indicators are sampled on every tick. */
export const TICK_MS = 500;
/** Batches and watchdog checks run every this many ticks (once a second). */
const TICKS_PER_FLUSH = 2;
/** The roster is read every this many ticks. */
const TICKS_PER_ROSTER = 4;
/** A meeting URL whose call state stays unreadable this long is reported, so the panel can say so. */
const UNREADABLE_REPORT_AFTER_MS = 10_000;
/** Batches go out at most this often (unless the page is closing). */
const MIN_BATCH_INTERVAL_MS = 1_000;
/** With nothing new, a batch still goes out this often so the panel knows the tab is alive. */
const HEARTBEAT_MS = 4_000;

function randomSessionId(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID();
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

function rosterSignature(reading: RosterReading): string {
  return `${reading.source}|${reading.participants
    .map((p) => `${p.isSelf ? '*' : ''}${p.name}`)
    .sort()
    .join('\n')}`;
}

/**
 * Captures a meeting page through a platform adapter.
 *
 * - One MutationObserver on the caption region only (childList, subtree,
 *   characterData; no attributes), doing a few text reads per mutation and
 *   never reading layout.
 * - New captions are sent as soon as the limit of one batch a second allows.
 * - A 500 ms tick samples speaking indicators; every second it checks that
 *   the caption region is still the observed one (re-attaching when Meet
 *   replaces it or captions are toggled), settles older rows and sends
 *   whatever else is pending; every two seconds it reads the roster.
 * - While the background cannot be reached, updates wait in a bounded queue
 *   (`pending-queue.ts`: newest kept, the oldest dropped and counted);
 *   on `pagehide` everything is finalised and sent at once.
 * - Every callback is guarded: nothing ever throws into the meeting page.
 */
export function startCapture(options: CaptureOptions): CaptureHandle {
  const { adapter, host, send } = options;
  const doc = options.doc ?? document;
  const win = options.win ?? window;
  const now = options.now ?? Date.now;
  let sessionId = randomSessionId();
  let captions = new CaptionTracker({ idPrefix: sessionId });
  let speaking = new SpeakingTracker(sessionId);
  const rowKeys = new WeakMap<Element, number>();
  const liveRows = new Set<Element>();
  let nextRowKey = 1;

  let region: Element | null = null;
  let observer: MutationObserver | null = null;
  let callState: CallState = 'unknown';
  let joinedAtMs: number | null = null;
  let selfName: string | null = null;
  let facts = { code: null as string | null, title: null as string | null, selfName: null as string | null };
  let rosterSource: CaptureHealth['roster'] = 'none';
  let lastRosterSignature = '';
  let hasSpeakingIndicators = false;
  let missingSelectors: string[] = [];
  let captionStatus: CaptionStatus = 'not-found';
  let lastCaptionAtMs: number | null = null;
  let errorCount = 0;
  let tickCount = 0;
  let isStopped = false;
  let isPageClosing = false;
  let isSending = false;
  let lastSentAtMs = 0;
  let lastHealthSignature = '';
  let hasReportedLeaving = false;
  let isFlushScheduled = false;
  let unreadableSinceMs: number | null = null;

  const queue = createPendingQueue();

  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (isStopped) return;
      try {
        fn(...args);
      } catch {
        errorCount += 1;
      }
    };

  const speakerFor = (label: string): CaptionSpeaker => {
    // No author shown: kept apart for the user to assign, never guessed from neighbours.
    if (!label) return { label: '', isSelf: false, isUnknown: true, displayName: UNKNOWN_SPEAKER };
    const isSelfLabel = label === adapter.selfLabel;
    const isSelf = isSelfLabel || (selfName !== null && label === selfName);
    return { label, isSelf, displayName: isSelfLabel ? (selfName ?? label) : label };
  };

  const readRow = (row: Element, atMs: number): void => {
    const reading = adapter.readCaptionRow(row);
    if (!reading) return;
    let key = rowKeys.get(row);
    if (key === undefined) {
      key = nextRowKey++;
      rowKeys.set(row, key);
    }
    liveRows.add(row);
    captions.observeRow(key, speakerFor(reading.speaker), reading.text, atMs);
    if (reading.text) lastCaptionAtMs = atMs;
  };

  const releaseRow = (row: Element, atMs: number): void => {
    liveRows.delete(row);
    const key = rowKeys.get(row);
    if (key !== undefined) captions.releaseRow(key, atMs);
  };

  const releaseDetachedRows = (atMs: number): void => {
    for (const row of liveRows) if (!region || !region.contains(row)) releaseRow(row, atMs);
  };

  /**
   * Reads rows in the order that keeps each utterance whole: rows that have
   * left the page first (they hold their last words), then releasing them,
   * then the rows still on the page, so a row redrawn as a new element
   * continues the utterance its old element just released.
   */
  const readRows = (rows: Iterable<Element>, atMs: number): void => {
    const onPage: Element[] = [];
    for (const row of rows) {
      if (region && region.contains(row)) onPage.push(row);
      else readRow(row, atMs);
    }
    releaseDetachedRows(atMs);
    for (const row of onPage) readRow(row, atMs);
  };

  const onMutations = guard((records: MutationRecord[]) => {
    if (!region) return;
    const atMs = now();
    const touched = new Set<Element>();
    let hasRemovals = false;
    for (const record of records) {
      if (record.removedNodes.length) hasRemovals = true;
      const row = adapter.rowOf(record.target, region);
      if (row) touched.add(row);
      for (const added of record.addedNodes) {
        // A row added straight into the region may already be gone again (added
        // and evicted before this callback); it is still a row to read.
        const addedRow = record.target === region ? added : adapter.rowOf(added, region);
        if (addedRow instanceof Element) touched.add(addedRow);
      }
    }
    if (touched.size) readRows(touched, atMs);
    else if (hasRemovals) releaseDetachedRows(atMs);
    if (touched.size || hasRemovals) scheduleFlush();
  });

  const detachRegion = (atMs: number): void => {
    // Records still queued in the observer hold the latest words: read them first.
    if (observer) onMutations(observer.takeRecords());
    observer?.disconnect();
    observer = null;
    region = null;
    for (const row of [...liveRows]) releaseRow(row, atMs);
  };

  const watchCaptionRegion = (atMs: number): void => {
    const found = adapter.findCaptionRegion(doc);
    if (found !== region) {
      if (region) detachRegion(atMs);
      if (found) {
        region = found;
        observer = new MutationObserver(onMutations);
        observer.observe(found, { childList: true, subtree: true, characterData: true });
        // Rows already on screen when we attach (late start, captions just turned on).
        for (const row of adapter.listCaptionRows(found)) readRow(row, atMs);
      }
    } else if (region) {
      releaseDetachedRows(atMs);
    }
    captionStatus = computeCaptionStatus({
      captionsSwitch: adapter.readCaptionsSwitch(doc),
      hasRegion: region !== null,
      lastCaptionAtMs,
      nowMs: atMs,
      receivingWindowMs: RECEIVING_WINDOW_MS,
      captionAreaWaitsForSpeech: adapter.captionAreaWaitsForSpeech,
    });
  };

  const readRoster = (atMs: number): void => {
    const reading = adapter.readRoster(doc, selfName);
    rosterSource = reading.source;
    if (reading.source === 'none') return;
    const signature = rosterSignature(reading);
    if (signature === lastRosterSignature) return;
    lastRosterSignature = signature;
    queue.addRoster({
      atMs,
      source: reading.source,
      isComplete: reading.isComplete,
      participants: reading.participants.map((p) => ({
        name: p.isSelf && selfName ? selfName : p.name,
        isSelf: p.isSelf,
      })),
    });
  };

  const sampleSpeaking = (atMs: number): void => {
    const labels = adapter.readSpeakingNow(doc);
    if (labels === null) {
      if (speaking.hasOpenSegments) speaking.closeAll();
      return;
    }
    hasSpeakingIndicators = true;
    speaking.sample(atMs, labels.map(speakerFor));
  };

  const endCall = (atMs: number): void => {
    detachRegion(atMs);
    captions.releaseAll(atMs);
    speaking.closeAll();
  };

  const health = (): CaptureHealth => ({
    callState,
    captions: captionStatus,
    roster: rosterSource,
    hasSpeakingIndicators,
    missingSelectors,
    lastCaptionAtMs,
    droppedUpdates: queue.droppedCount,
    errorCount,
  });

  function flush(force: boolean): void {
    if (joinedAtMs === null) return;
    queue.add(captions.takeUpdates(), speaking.takeUpdates());
    const isLeaving = isPageClosing || callState === 'left';
    // After the call ends, one report is enough: repeating it would move the end time.
    if (isLeaving && hasReportedLeaving && !queue.hasUpdates) return;
    const atMs = now();
    if (!force && (isSending || atMs - lastSentAtMs < MIN_BATCH_INTERVAL_MS)) return;
    const currentHealth = health();
    const healthSignature = JSON.stringify({ ...currentHealth, lastCaptionAtMs: null });
    const hasNews = queue.hasAnything || healthSignature !== lastHealthSignature || isPageClosing;
    if (!hasNews && atMs - lastSentAtMs < HEARTBEAT_MS) return;
    const batch: CaptureBatch = {
      sessionId,
      platform: adapter.platform,
      meetingUrl: adapter.meetingUrl(new URL(win.location.href)),
      joinedAtMs,
      sentAtMs: atMs,
      meeting: facts,
      health: currentHealth,
      ...queue.take(),
      isPageClosing,
    };
    lastHealthSignature = healthSignature;
    lastSentAtMs = atMs;
    hasReportedLeaving = isLeaving;
    isSending = true;
    const onFailure = (): void => {
      isSending = false;
      queue.requeue(batch);
      // Retry on the next tick rather than waiting for the heartbeat.
      lastHealthSignature = '';
      lastSentAtMs = 0;
    };
    send(batch).then(
      (response) => {
        // Received but not stored (the extension's storage is full): keep it for the next try.
        if (response && !response.ok && response.retry) {
          onFailure();
          return;
        }
        isSending = false;
        if (queue.hasAnything) scheduleFlush();
      },
      onFailure,
    );
  }

  /** Virtualised lists can re-render rows unseen: re-read every row now and then. */
  const sweepCaptionRows = (atMs: number): void => {
    if (!region) return;
    readRows(adapter.listCaptionRows(region), atMs);
  };

  /** A page can hold several calls one after another (Teams): each gets its own session. */
  const startNewSession = (): void => {
    sessionId = randomSessionId();
    captions = new CaptionTracker({ idPrefix: sessionId });
    speaking = new SpeakingTracker(sessionId);
    joinedAtMs = null;
    hasReportedLeaving = false;
    lastRosterSignature = '';
    lastHealthSignature = '';
  };

  /**
   * Sends new captions as soon as the one-batch-a-second limit allows, rather
   * than waiting for the next tick: this is what keeps the side panel within
   * about a second of the page.
   */
  function scheduleFlush(): void {
    if (isFlushScheduled || joinedAtMs === null || isStopped) return;
    isFlushScheduled = true;
    const waitMs = Math.max(0, lastSentAtMs + MIN_BATCH_INTERVAL_MS - now());
    host.setTimeout(
      guard(() => {
        isFlushScheduled = false;
        flush(false);
      }),
      waitMs,
    );
  }

  const tick = guard(() => {
    const atMs = now();
    tickCount += 1;
    const url = new URL(win.location.href);
    if (!adapter.isMeetingUrl(url)) return;
    const isFlushTick = tickCount % TICKS_PER_FLUSH === 0;
    if (isFlushTick || callState === 'unknown') {
      const previous = callState;
      callState = adapter.readCallState(doc);
      if (callState === 'in-call' && hasReportedLeaving && !queue.hasUpdates) {
        startNewSession();
      }
      if (callState === 'in-call' && joinedAtMs === null) joinedAtMs = atMs;
      if (previous === 'in-call' && callState === 'left') endCall(atMs);
      unreadableSinceMs = callState === 'unknown' ? (unreadableSinceMs ?? atMs) : null;
      // A meeting page we cannot read at all is probably a changed layout: report it
      // (with what is missing) rather than stay silent.
      const isUnreadableMeeting =
        adapter.urlIdentifiesMeeting && unreadableSinceMs !== null && atMs - unreadableSinceMs >= UNREADABLE_REPORT_AFTER_MS;
      if (isUnreadableMeeting && joinedAtMs === null) {
        joinedAtMs = atMs;
        facts = adapter.readMeetingFacts(doc, url);
        missingSelectors = adapter.listMissingSelectors(doc, callState);
        captionStatus = 'not-found';
      }
    }
    if (callState !== 'in-call') {
      // Joined, then the page became unreadable (a changed layout): keep watching for the
      // captions and keep saying what is missing, so health does not go stale.
      if (isFlushTick && callState === 'unknown' && joinedAtMs !== null) {
        missingSelectors = adapter.listMissingSelectors(doc, callState);
        watchCaptionRegion(atMs);
      }
      if (isFlushTick) flush(false);
      return;
    }
    sampleSpeaking(atMs);
    if (!isFlushTick) return;
    if (tickCount % TICKS_PER_ROSTER === 0 || facts.code === null) {
      facts = adapter.readMeetingFacts(doc, url);
      selfName = facts.selfName ?? selfName;
      missingSelectors = adapter.listMissingSelectors(doc, callState);
      readRoster(atMs);
      if (adapter.needsCaptionPolling) sweepCaptionRows(atMs);
    }
    watchCaptionRegion(atMs);
    captions.settle(atMs);
    flush(false);
  });

  const onPageHide = guard(() => {
    isPageClosing = true;
    endCall(now());
    flush(true);
  });

  const stop = (): void => {
    isStopped = true;
    observer?.disconnect();
    observer = null;
  };

  host.setInterval(tick, TICK_MS);
  host.addEventListener(win, 'pagehide', onPageHide);
  host.onInvalidated(stop);

  return {
    tick,
    flushNow: guard(() => flush(true)),
    stop,
    get sessionId() {
      return sessionId;
    },
  };
}
