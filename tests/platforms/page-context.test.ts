import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '@/utils/platforms/page-context';

/** The extension going away under the page (updated, reloaded, removed): runtime.id is gone. */
function removeExtension(): void {
  Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
}

describe('the content scripts’ context', () => {
  let originalId: PropertyDescriptor | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    originalId = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'id');
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: 'test-extension', configurable: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    if (originalId) Object.defineProperty(fakeBrowser.runtime, 'id', originalId);
  });

  it('runs its timers while the extension is there', () => {
    const ctx = new ContentScriptContext('meet');
    const tick = vi.fn();
    const once = vi.fn();
    ctx.setInterval(tick, 500);
    ctx.setTimeout(once, 1_000);
    vi.advanceTimersByTime(1_500);
    expect(tick).toHaveBeenCalledTimes(3);
    expect(once).toHaveBeenCalledOnce();
    expect(ctx.isValid).toBe(true);
  });

  it('stops every timer, removes its listeners and tells the engine once, when the extension goes', () => {
    const ctx = new ContentScriptContext('teams');
    const tick = vi.fn();
    const later = vi.fn();
    const invalidated = vi.fn();
    const pageHide = vi.fn();
    const target = new EventTarget() as unknown as Window;
    ctx.setInterval(tick, 500);
    ctx.setTimeout(later, 2_000);
    ctx.onInvalidated(invalidated);
    ctx.addEventListener(target, 'pagehide', pageHide);

    vi.advanceTimersByTime(500);
    removeExtension();
    vi.advanceTimersByTime(5_000);
    target.dispatchEvent(new Event('pagehide'));

    expect(tick).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
    expect(invalidated).toHaveBeenCalledOnce();
    expect(pageHide).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets a handler be taken back before the extension goes', () => {
    const ctx = new ContentScriptContext('meet');
    const invalidated = vi.fn();
    const remove = ctx.onInvalidated(invalidated);
    remove();
    removeExtension();
    expect(ctx.isInvalid).toBe(true);
    expect(invalidated).not.toHaveBeenCalled();
  });
});
