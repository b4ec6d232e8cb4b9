import { browser } from 'wxt/browser';
import type { MeetingDb } from '../db/database';
import { handleMessage, type MessageEffects } from './handle-message';

/**
 * Answers every runtime message with {@link handleMessage}.
 *
 * Uses `sendResponse` and returns true, which works the same in Chrome,
 * Firefox, the polyfill and WXT's fake browser.
 */
export function listenForMessages(db: MeetingDb, effects: MessageEffects = {}, now: () => number = Date.now): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const tabId = sender.tab?.id ?? null;
    handleMessage(db, message, { tabId }, now(), effects).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}
