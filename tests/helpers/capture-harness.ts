import type { UtteranceUpdate } from '@/utils/core/model';
import type { CaptureBatch, MessageResponse } from '@/utils/messaging/protocol';
import type { PlatformAdapter } from '@/utils/platforms/adapter';
import { startCapture, type CaptureHandle } from '@/utils/platforms/capture';

/** The capture engine on the current jsdom page, with a controlled clock and timers. */
export interface Harness {
  capture: CaptureHandle;
  batches: CaptureBatch[];
  clock: { nowMs: number };
  failSends: { count: number };
  /** Lets mutation observers run, runs the engine's timers due in `ms`, then one engine tick. */
  step(ms?: number): Promise<void>;
  pageHide(): void;
  invalidate(): void;
}

export const HARNESS_T0 = Date.UTC(2026, 10, 18, 10, 0, 0);
let running: Harness | null = null;

/** Stops the running engine (use in afterEach). */
export function stopHarness(): void {
  running?.capture.stop();
  running = null;
}

/** Starts the capture engine with `adapter` on the page already loaded in jsdom. */
export function startHarness(adapter: PlatformAdapter): Harness {
  const batches: CaptureBatch[] = [];
  const clock = { nowMs: HARNESS_T0 };
  const failSends = { count: 0 };
  let pageHide = (): void => {};
  let invalidate = (): void => {};
  let timers: { dueMs: number; run: () => void }[] = [];
  const capture = startCapture({
    adapter,
    host: {
      setInterval: () => 0,
      setTimeout: (run, ms) => {
        timers.push({ dueMs: clock.nowMs + ms, run });
        return 0;
      },
      addEventListener: (_target, _type, handler) => {
        pageHide = handler;
      },
      onInvalidated: (handler) => {
        invalidate = handler;
      },
    },
    send: async (batch): Promise<MessageResponse> => {
      if (failSends.count > 0) {
        failSends.count -= 1;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      batches.push(structuredClone(batch));
      return { ok: true, meetingId: 'm' };
    },
    now: () => clock.nowMs,
  });
  const harness: Harness = {
    capture,
    batches,
    clock,
    failSends,
    async step(ms = 500) {
      await Promise.resolve();
      const targetMs = clock.nowMs + ms;
      for (;;) {
        const next = timers.filter((t) => t.dueMs <= targetMs).sort((a, b) => a.dueMs - b.dueMs)[0];
        if (!next) break;
        timers = timers.filter((t) => t !== next);
        clock.nowMs = Math.max(clock.nowMs, next.dueMs);
        next.run();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      clock.nowMs = targetMs;
      capture.tick();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    pageHide: () => pageHide(),
    invalidate: () => invalidate(),
  };
  running = harness;
  return harness;
}

/** The latest version of every utterance sent, in start order. */
export function storedUtterances(batches: readonly CaptureBatch[]): UtteranceUpdate[] {
  const byId = new Map<string, UtteranceUpdate>();
  for (const batch of batches) for (const u of batch.utterances) byId.set(u.id, u);
  return [...byId.values()].sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
}
