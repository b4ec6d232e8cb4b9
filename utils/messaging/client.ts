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
