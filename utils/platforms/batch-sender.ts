import type { CaptureBatch, MessageResponse } from '../messaging/protocol';
import type { PlatformAdapter } from './adapter';
import { healthReport, isSameHealth, type CaptureState } from './capture-state';
import type { PendingQueue } from './pending-queue';

/** Batches go out at most this often (unless the page is closing). */
export const MIN_BATCH_INTERVAL_MS = 1_000;
/** With nothing new, a batch still goes out this often so the panel knows the tab is alive. */
export const HEARTBEAT_MS = 4_000;

/** What the sender reads and changes. */
export interface BatchSenderParts {
  readonly adapter: Pick<PlatformAdapter, 'platform' | 'meetingUrl'>;
  readonly host: { setTimeout(handler: () => void, timeoutMs: number): unknown };
  readonly send: (batch: CaptureBatch) => Promise<MessageResponse>;
  readonly now: () => number;
  readonly state: CaptureState;
  readonly queue: PendingQueue;
  readonly currentUrl: () => URL;
  /** Reads what the caption rows hold back, before the session's feed catches up. */
  readonly readCaptions: () => void;
  /** Wraps a timer callback so nothing it throws reaches the page. */
  readonly guard: (fn: () => void) => () => void;
}

/** Sends capture batches: at most one a second, a heartbeat when nothing changes. */
export interface BatchSender {
  /**
   * Collects the session's updates and sends a batch if one is due: `force`
   * sends even within a second of the last, or while a send is in flight.
   */
  flush(force: boolean): void;
  /**
   * Sends new captions as soon as the one-batch-a-second limit allows, rather
   * than waiting for the next tick: this is what keeps the side panel within
   * about a second of the page.
   */
  schedule(): void;
}

/**
 * The capture engine's way out. A batch carries the session, the meeting's
 * facts, the health report and what waits in the queue. It goes when there is
 * news (updates, a roster, a change of health, the page closing) or a
 * heartbeat is due; after the call ends, one report is enough. A batch the
 * background could not take, or took but could not store, goes back into the
 * queue and is tried again at the next tick.
 */
export function createBatchSender(parts: BatchSenderParts): BatchSender {
  const { adapter, host, send, now, state, queue, currentUrl, readCaptions, guard } = parts;
  const { health } = state;

  function flush(force: boolean): void {
    const { session } = state;
    if (session.joinedAtMs === null) return;
    readCaptions();
    session.feed.catchUp();
    queue.add(session.captions.takeUpdates(), session.speaking.takeUpdates());
    const isLeaving = state.isPageClosing || health.callState === 'left';
    // After the call ends, one report is enough: repeating it would move the end time.
    if (isLeaving && session.hasReportedLeaving && !queue.hasUpdates) return;
    const atMs = now();
    if (!force && (state.isSending || atMs - state.lastSentAtMs < MIN_BATCH_INTERVAL_MS)) return;
    const batchHealth = healthReport(health, queue.droppedCount);
    const hasNews = queue.hasAnything || !isSameHealth(session.lastSentHealth, batchHealth) || state.isPageClosing;
    if (!hasNews && atMs - state.lastSentAtMs < HEARTBEAT_MS) return;
    const batch: CaptureBatch = {
      sessionId: session.id,
      platform: adapter.platform,
      meetingUrl: adapter.meetingUrl(currentUrl()),
      joinedAtMs: session.joinedAtMs,
      sentAtMs: atMs,
      meeting: state.facts,
      health: batchHealth,
      ...queue.take(),
      isPageClosing: state.isPageClosing,
    };
    session.lastSentHealth = batchHealth;
    state.lastSentAtMs = atMs;
    session.hasReportedLeaving = isLeaving;
    state.isSending = true;
    const onFailure = (): void => {
      state.isSending = false;
      queue.requeue(batch);
      // Retry on the next tick rather than waiting for the heartbeat.
      session.lastSentHealth = null;
      state.lastSentAtMs = 0;
    };
    send(batch).then((response) => {
      // Received but not stored (the extension's storage is full): keep it for the next try.
      if (response && !response.ok && response.retry) {
        onFailure();
        return;
      }
      state.isSending = false;
      if (queue.hasAnything) schedule();
    }, onFailure);
  }

  function schedule(): void {
    if (state.isFlushScheduled || state.session.joinedAtMs === null || state.isStopped) return;
    state.isFlushScheduled = true;
    const waitMs = Math.max(0, state.lastSentAtMs + MIN_BATCH_INTERVAL_MS - now());
    host.setTimeout(
      guard(() => {
        state.isFlushScheduled = false;
        flush(false);
      }),
      waitMs,
    );
  }

  return { flush, schedule };
}
