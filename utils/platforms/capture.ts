import { RECEIVING_WINDOW_MS, computeCaptionStatus } from '../core/caption-status';
import type { CallState } from '../core/model';
import type { CaptureBatch, MessageResponse } from '../messaging/protocol';
import type { PlatformAdapter } from './adapter';
import { createBatchSender } from './batch-sender';
import { startCaptionRowWatcher } from './caption-rows';
import { withCaptionShape } from './caption-shape';
import {
  createCaptureSession,
  createCaptureState,
  createUrlReader,
  rosterSignature,
  rosterSnapshot,
} from './capture-state';
import { createPendingQueue } from './pending-queue';
import { createSpeakerBook } from './speakers';

/** Timers and listeners tied to the content script's lifetime (WXT's `ctx` satisfies this). */
export interface CaptureHost {
  setInterval(handler: () => void, timeoutMs: number): unknown;
  setTimeout(handler: () => void, timeoutMs: number): unknown;
  addEventListener(target: Window, type: 'pagehide', handler: () => void): void;
  onInvalidated(handler: () => void): unknown;
}

/**
 * The content script's host for the engine: WXT's `ctx`, except that the
 * once-a-second batch timer is a plain `setTimeout`. WXT's adds a listener to
 * its context for every timer and never removes it (about 10,000 in a
 * three-hour meeting) and checks the extension is still there each time; the
 * engine's own guard already stops everything once `ctx` is invalidated, which
 * the 500 ms tick, still on `ctx`, finds out.
 */
export function captureHostFor(ctx: CaptureHost): CaptureHost {
  // Everything else is ctx's own, called on an object that inherits ctx's state.
  const host = Object.create(ctx) as CaptureHost;
  host.setTimeout = (handler, timeoutMs) => setTimeout(handler, timeoutMs);
  return host;
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
/** A call whose controls, captions and tiles have all been gone this long is over (issue 16). */
const CALL_GONE_AFTER_MS = 4_000;

/**
 * Captures a meeting page through a platform adapter. It only wires the parts:
 *
 * - `caption-rows.ts`: the MutationObserver on the caption region, reading the
 *   rows each mutation touched (only a row's text while it grows);
 * - `caption-feed.ts`: those readings on their way into the session's
 *   CaptionTracker;
 * - `capture-state.ts`: the session (id, trackers, join time) and everything
 *   else the engine changes, in one object;
 * - `pending-queue.ts`: what waits to be sent, bounded;
 * - `batch-sender.ts`: at most one batch a second, as soon as that allows;
 * - `computeCaptionStatus` (utils/core): the captions' state for the health report.
 *
 * A 500 ms tick samples speaking indicators; every second it reads the call
 * state, re-finds the caption region, settles older rows and sends whatever
 * else is pending; every two seconds it reads the roster and the meeting's
 * facts. On `pagehide` everything is finalised and sent at once. Every
 * callback is guarded: nothing ever throws into the meeting page.
 */
export function startCapture(options: CaptureOptions): CaptureHandle {
  const { adapter, host, send } = options;
  const doc = options.doc ?? document;
  const win = options.win ?? window;
  const now = options.now ?? Date.now;
  const state = createCaptureState();
  const { health } = state;
  const queue = createPendingQueue();

  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (state.isStopped) return;
      try {
        fn(...args);
      } catch {
        health.errorCount += 1;
      }
    };

  const speakerBook = createSpeakerBook(adapter.selfLabel);
  const speakerFor = (label: string) => speakerBook(label, state.selfName, state.selfLabel);

  const feed = (how: 'observe' | 'grow', rowKey: number, label: string, text: string, atMs: number): void => {
    state.session.feed[how](rowKey, speakerFor(label), text, atMs);
    if (text) {
      // Every caption keeps "receiving" fresh; only the first marks when the call's captions began.
      health.lastCaptionAtMs = atMs;
      state.session.firstCaptionAtMs ??= atMs;
    }
  };

  // Found by shape on growth alone in a call, or where the address proves a meeting (Meet); elsewhere
  // (the rest of the Teams app, its chats) only once words have grown inside a row, as captions do.
  const shape = withCaptionShape(adapter, () => (adapter.urlIdentifiesMeeting || health.callState === 'in-call' ? 'growth' : 'words-in-a-row'));
  const rows = startCaptionRowWatcher(
    shape.adapter,
    {
      observe: (...reading) => feed('observe', ...reading),
      grow: (...reading) => feed('grow', ...reading),
      release: (rowKey, atMs) => state.session.feed.release(rowKey, atMs),
      changed: () => sender.schedule(),
    },
    guard,
    now,
  );

  const watchCaptions = (atMs: number): void => {
    rows.watch(doc, atMs);
    health.captionsFoundByShape = shape.isByShape || undefined;
    health.captions = computeCaptionStatus({
      captionsSwitch: adapter.readCaptionsSwitch(doc),
      hasRegion: rows.hasRegion,
      lastCaptionAtMs: health.lastCaptionAtMs,
      nowMs: atMs,
      receivingWindowMs: RECEIVING_WINDOW_MS,
      captionAreaWaitsForSpeech: adapter.captionAreaWaitsForSpeech,
    });
  };

  const readRoster = (atMs: number): void => {
    const reading = adapter.readRoster(doc, state.selfName);
    const { source } = reading;
    health.roster = source;
    if (source === 'none') return;
    const signature = rosterSignature(reading);
    if (signature === state.session.lastRosterSignature) return;
    state.session.lastRosterSignature = signature;
    queue.addRoster(rosterSnapshot(reading, source, state.selfName, atMs));
  };

  /**
   * Video tiles, found again with the roster (every two seconds) rather than
   * at every sample, so the page is not scanned twice a second; a tile that
   * has left the page is dropped at once.
   */
  let tiles: Element[] | null = null;
  const sampleSpeaking = (atMs: number): void => {
    const { speaking } = state.session;
    if (!tiles || state.tickCount % TICKS_PER_ROSTER === 0) tiles = adapter.listVideoTiles(doc);
    else if (!tiles.every((tile) => tile.isConnected)) tiles = tiles.filter((tile) => tile.isConnected);
    const labels = adapter.readSpeakingNow(doc, tiles);
    if (labels === null) {
      if (speaking.hasOpenSegments) speaking.closeAll();
      return;
    }
    health.hasSpeakingIndicators = true;
    speaking.sample(atMs, labels.map(speakerFor));
  };

  const endCall = (atMs: number): void => {
    rows.detach(atMs);
    state.session.feed.catchUp();
    state.session.captions.releaseAll(atMs);
    state.session.speaking.closeAll();
  };

  const currentUrl = createUrlReader(win.location);

  const sender = createBatchSender({ adapter, host, send, now, state, queue, currentUrl, readCaptions: rows.catchUp, guard });
  const { flush } = sender;

  /** Starts a new session once the end of the last call has been sent. */
  const startNextSession = (): void => {
    if (state.session.hasReportedLeaving && !queue.hasUpdates) state.session = createCaptureSession();
  };

  /** Reads the meeting's facts and who the local user is. */
  const readFacts = (url: URL): void => {
    state.facts = adapter.readMeetingFacts(doc, url);
    state.selfName = state.facts.selfName ?? state.selfName;
    state.selfLabel = adapter.readSelfLabel?.(doc) ?? state.selfLabel;
  };

  /**
   * The call state when the page's controls are not recognised (issue 16):
   * captions, found by a tier or by their shape, prove a call from their
   * first row; once in a call, tiles keep it going; with neither for
   * {@link CALL_GONE_AFTER_MS} the call is over, and it stays over until
   * something proves a call again.
   */
  const readUnrecognisedCall = (atMs: number, url: URL, previous: CallState): CallState => {
    // Rows read from now on belong to the next call, not to the one that has ended.
    startNextSession();
    // Who "You" is, before the first rows are read.
    readFacts(url);
    watchCaptions(atMs);
    // (A call in progress has a joined session: a new one starts only after the last was reported over.)
    const wasInCall = previous === 'in-call';
    // Captions once a row has been read from them: an empty region proves nothing.
    const hasCaptions = rows.hasRegion && state.session.firstCaptionAtMs !== undefined;
    if (hasCaptions || (wasInCall && adapter.listVideoTiles(doc).length)) {
      state.callSeenAtMs = atMs;
      return 'in-call';
    }
    // In a call, its controls, captions or tiles were seen at some time (callSeenAtMs is set).
    if (previous === 'left' || (wasInCall && atMs - state.callSeenAtMs! >= CALL_GONE_AFTER_MS)) return 'left';
    return wasInCall ? 'in-call' : 'unknown';
  };

  /** Reads the call state; starts a new session for a new call, ends the call when it is left. */
  const readCall = (atMs: number, url: URL, isFlushTick: boolean): boolean => {
    const previous = health.callState;
    const pageState = adapter.readCallState(doc);
    const isUnrecognised = pageState === 'unknown' && isFlushTick;
    health.callState = isUnrecognised ? readUnrecognisedCall(atMs, url, previous) : pageState;
    if (pageState === 'in-call') state.callSeenAtMs = atMs;
    if (health.callState === 'in-call') {
      // A page can hold several calls one after another (Teams): each gets its own session.
      startNextSession();
      // Joined by its captions: from the first of them, read before the check that saw they were captions.
      state.session.joinedAtMs ??= state.session.firstCaptionAtMs ?? atMs;
    }
    if (previous === 'in-call' && health.callState === 'left') endCall(atMs);
    state.unreadableSinceMs = health.callState === 'unknown' ? (state.unreadableSinceMs ?? atMs) : null;
    // A meeting page we cannot read at all is probably a changed layout: report it
    // (with what is missing) rather than stay silent.
    const isUnreadableMeeting =
      adapter.urlIdentifiesMeeting && state.unreadableSinceMs !== null && atMs - state.unreadableSinceMs >= UNREADABLE_REPORT_AFTER_MS;
    if (isUnreadableMeeting && state.session.joinedAtMs === null) {
      state.session.joinedAtMs = atMs;
      readFacts(url);
      health.missingSelectors = adapter.listMissingSelectors(doc, health.callState);
      health.captions = 'not-found';
    }
    return isUnrecognised;
  };

  const tick = guard(() => {
    const atMs = now();
    state.tickCount += 1;
    const url = currentUrl();
    if (!adapter.isMeetingUrl(url)) return;
    const isFlushTick = state.tickCount % TICKS_PER_FLUSH === 0;
    const hasWatched = (isFlushTick || health.callState === 'unknown') && readCall(atMs, url, isFlushTick);
    if (health.callState !== 'in-call') {
      // Joined, then the page became unreadable (a changed layout): keep saying what is
      // missing, so health does not go stale (readCall has looked for the captions).
      if (isFlushTick && health.callState === 'unknown' && state.session.joinedAtMs !== null) {
        health.missingSelectors = adapter.listMissingSelectors(doc, health.callState);
      }
      if (isFlushTick) flush(false);
      return;
    }
    sampleSpeaking(atMs);
    if (!isFlushTick) return;
    if (state.tickCount % TICKS_PER_ROSTER === 0 || state.facts.code === null) {
      readFacts(url);
      health.missingSelectors = adapter.listMissingSelectors(doc, health.callState);
      readRoster(atMs);
      // Virtualised lists can re-render rows unseen: re-read every row now and then.
      if (adapter.needsCaptionPolling) rows.sweep(atMs);
    }
    if (!hasWatched) watchCaptions(atMs);
    state.session.feed.catchUp();
    state.session.captions.settle(atMs);
    flush(false);
  });

  const onPageHide = guard(() => {
    state.isPageClosing = true;
    endCall(now());
    flush(true);
  });

  const stop = (): void => {
    state.isStopped = true;
    rows.stop();
  };

  host.setInterval(tick, TICK_MS);
  host.addEventListener(win, 'pagehide', onPageHide);
  host.onInvalidated(stop);

  return {
    tick,
    flushNow: guard(() => flush(true)),
    stop,
    get sessionId() {
      return state.session.id;
    },
  };
}
