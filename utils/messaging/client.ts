import { browser } from 'wxt/browser';
import type { CaptureBatch, MessageResponse } from './protocol';

/**
 * Sends one capture batch to the background.
 *
 * Kept free of zod (types only) because it is bundled into the content
 * script, which runs inside the meeting page and must stay small.
 */
export async function sendCaptureBatch(payload: CaptureBatch): Promise<MessageResponse> {
  return (await browser.runtime.sendMessage({ type: 'capture/batch', payload })) as MessageResponse;
}

/** Tells the background that actions changed, so it updates the overdue badge. */
export async function notifyActionsChanged(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'actions/changed', payload: {} });
  } catch {
    // The badge catches up at the next hourly check or browser start.
  }
}
