import { describe, expect, it } from 'vitest';
import { RECEIVING_WINDOW_MS, computeCaptionStatus, type CaptionStatusInput } from '@/utils/core/caption-status';
import type { CaptionStatus } from '@/utils/core/model';

const NOW_MS = 1_000_000_000;
const input = (overrides: Partial<CaptionStatusInput>): CaptionStatusInput => ({
  captionsSwitch: 'unknown',
  hasRegion: false,
  lastCaptionAtMs: null,
  nowMs: NOW_MS,
  receivingWindowMs: RECEIVING_WINDOW_MS,
  captionAreaWaitsForSpeech: false,
  ...overrides,
});

const JUST_NOW = NOW_MS - 1_000;
const AT_WINDOW_EDGE = NOW_MS - RECEIVING_WINDOW_MS;
const TOO_LONG_AGO = NOW_MS - RECEIVING_WINDOW_MS - 1;

describe('computeCaptionStatus', () => {
  it.each<[string, Partial<CaptionStatusInput>, CaptionStatus]>([
    ['switch off, region present, caption just now', { captionsSwitch: 'off', hasRegion: true, lastCaptionAtMs: JUST_NOW }, 'off'],
    ['switch off, no region, waits for speech', { captionsSwitch: 'off', captionAreaWaitsForSpeech: true }, 'off'],
    ['switch off, no region', { captionsSwitch: 'off' }, 'off'],
    ['region, caption just now', { captionsSwitch: 'on', hasRegion: true, lastCaptionAtMs: JUST_NOW }, 'receiving'],
    ['region, switch unknown, caption just now', { hasRegion: true, lastCaptionAtMs: JUST_NOW }, 'receiving'],
    ['region, caption at the window’s edge', { hasRegion: true, lastCaptionAtMs: AT_WINDOW_EDGE }, 'receiving'],
    ['region, caption before the window', { hasRegion: true, lastCaptionAtMs: TOO_LONG_AGO }, 'on-no-speech'],
    ['region, no caption yet', { captionsSwitch: 'on', hasRegion: true }, 'on-no-speech'],
    ['region that waits for speech, caption just now', { hasRegion: true, captionAreaWaitsForSpeech: true, lastCaptionAtMs: JUST_NOW }, 'receiving'],
    ['no region, waits for speech, switch on', { captionsSwitch: 'on', captionAreaWaitsForSpeech: true }, 'on-no-speech'],
    ['no region, waits for speech, switch unknown', { captionAreaWaitsForSpeech: true }, 'waiting'],
    ['no region, waits for speech, caption just now', { captionAreaWaitsForSpeech: true, lastCaptionAtMs: JUST_NOW }, 'waiting'],
    ['no region, switch on', { captionsSwitch: 'on' }, 'not-found'],
    ['no region, switch unknown, caption just now', { lastCaptionAtMs: JUST_NOW }, 'not-found'],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(computeCaptionStatus(input(overrides))).toBe(expected);
  });

  it('uses the window it is given', () => {
    expect(computeCaptionStatus(input({ hasRegion: true, lastCaptionAtMs: NOW_MS - 2_000, receivingWindowMs: 1_000 }))).toBe('on-no-speech');
  });
});
