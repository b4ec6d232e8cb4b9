import type { CaptionStatus } from './model';

/** Whether captions are switched on, as far as the page says. */
export type CaptionsSwitch = 'on' | 'off' | 'unknown';

/** Captions count as "receiving" while a caption arrived within this window. */
export const RECEIVING_WINDOW_MS = 5 * 60_000;

/** What the capture engine knows about the captions at one moment. */
export interface CaptionStatusInput {
  /** The page's captions switch. */
  readonly captionsSwitch: CaptionsSwitch;
  /** Whether a caption region is found and observed. */
  readonly hasRegion: boolean;
  /** When a caption row last showed text, or null if never. */
  readonly lastCaptionAtMs: number | null;
  readonly nowMs: number;
  /** How recent the last caption must be to count as receiving. */
  readonly receivingWindowMs: number;
  /** The platform draws no caption area until someone speaks with captions on (Teams). */
  readonly captionAreaWaitsForSpeech: boolean;
}

/**
 * The captions' state for the health report.
 *
 * A switch that says "off" wins. With a caption region, captions are
 * receiving while the last caption is within the window, and on with no
 * speech otherwise. Without one, a page that only draws captions once someone
 * speaks is on with no speech when its switch says on and waiting when it
 * cannot tell; any other page has lost its captions (not found).
 */
export function computeCaptionStatus(input: CaptionStatusInput): CaptionStatus {
  if (input.captionsSwitch === 'off') return 'off';
  if (input.hasRegion) {
    const isRecent = input.lastCaptionAtMs !== null && input.nowMs - input.lastCaptionAtMs <= input.receivingWindowMs;
    return isRecent ? 'receiving' : 'on-no-speech';
  }
  if (input.captionAreaWaitsForSpeech) return input.captionsSwitch === 'on' ? 'on-no-speech' : 'waiting';
  return 'not-found';
}
