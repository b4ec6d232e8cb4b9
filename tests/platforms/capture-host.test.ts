import { describe, expect, it, vi } from 'vitest';
import { captureHostFor, type CaptureHost } from '@/utils/platforms/capture';

function fakeContext(): CaptureHost {
  return { setInterval: vi.fn(), setTimeout: vi.fn(), addEventListener: vi.fn(), onInvalidated: vi.fn() };
}

describe('captureHostFor', () => {
  it('keeps the tick, the page-hide listener and invalidation on the content script context', () => {
    const ctx = fakeContext();
    const host = captureHostFor(ctx);
    const handler = (): void => undefined;

    host.setInterval(handler, 500);
    host.addEventListener(globalThis as unknown as Window, 'pagehide', handler);
    host.onInvalidated(handler);

    expect(ctx.setInterval).toHaveBeenCalledWith(handler, 500);
    expect(ctx.addEventListener).toHaveBeenCalledWith(globalThis, 'pagehide', handler);
    expect(ctx.onInvalidated).toHaveBeenCalledWith(handler);
  });

  it('runs the batch timer as a plain timer, adding nothing to the context', () => {
    vi.useFakeTimers();
    try {
      const ctx = fakeContext();
      const handler = vi.fn();

      captureHostFor(ctx).setTimeout(handler, 1_000);
      vi.advanceTimersByTime(1_000);

      expect(handler).toHaveBeenCalledOnce();
      expect(ctx.setTimeout).not.toHaveBeenCalled();
      expect(ctx.onInvalidated).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
