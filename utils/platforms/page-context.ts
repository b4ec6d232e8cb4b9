import { browser } from 'wxt/browser';

/**
 * The content scripts' context: what the capture engine needs from WXT's
 * `ContentScriptContext`, and nothing else. `wxt.config.ts` puts it in place
 * of WXT's class for the content-script builds only (an alias of
 * `wxt/utils/content-script-context`), so WXT's own entry code constructs it.
 *
 * Why: WXT's class brings a location watcher, custom events, a check of the
 * extension on every timer callback and a message listener for older copies
 * of the script, about 2.9 kB of a budget of 25 kB, and it ran on every tick
 * of a live meeting. Here the extension is checked once per interval callback
 * (twice a second) and, once it is gone (updated, reloaded or removed), every
 * timer stops and the engine's `onInvalidated` handlers run, as with WXT.
 * An older copy of the script left in a tab by an update stops itself the
 * same way at its next tick, within half a second.
 */
export class ContentScriptContext {
  private readonly invalidatedHandlers = new Set<() => void>();
  private readonly timers = new Set<ReturnType<typeof setInterval>>();
  private hasStopped = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  /** Whether the extension has gone from under the page; finding out stops everything, once. */
  get isInvalid(): boolean {
    if (!this.hasStopped && !browser.runtime?.id) this.stop();
    return this.hasStopped;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(handler: () => void): () => void {
    this.invalidatedHandlers.add(handler);
    return () => this.invalidatedHandlers.delete(handler);
  }

  setInterval(handler: () => void, timeoutMs: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => {
      if (!this.isInvalid) handler();
    }, timeoutMs);
    this.timers.add(id);
    return id;
  }

  setTimeout(handler: () => void, timeoutMs: number): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      if (!this.isInvalid) handler();
    }, timeoutMs);
  }

  addEventListener(target: Window, type: string, handler: () => void): void {
    target.addEventListener(type, handler);
    this.onInvalidated(() => target.removeEventListener(type, handler));
  }

  private stop(): void {
    this.hasStopped = true;
    for (const id of this.timers) clearInterval(id);
    this.timers.clear();
    for (const handler of this.invalidatedHandlers) handler();
    this.invalidatedHandlers.clear();
  }
}
