import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatDurationWords, formatPercent, formatTime } from '@/utils/core/format';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [7_400, '0:07'],
    [725_000, '12:05'],
    [3_723_000, '1:02:03'],
    [-5, '0:00'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatDurationWords', () => {
  it.each([
    [45_000, '45 seconds'],
    [60_000, '1 minute'],
    [3_720_000, '1 hour 2 minutes'],
    [0, '0 seconds'],
  ])('%i ms is "%s"', (ms, text) => {
    expect(formatDurationWords(ms)).toBe(text);
  });
});

describe('dates and times', () => {
  it('writes dates the NHS way', () => {
    expect(formatDate(Date.UTC(2026, 10, 18, 12))).toBe('18 Nov 2026');
  });
  it('writes 24-hour times', () => {
    expect(formatTime(new Date(2026, 10, 18, 14, 5).getTime())).toBe('14:05');
  });
});

describe('formatPercent', () => {
  it.each([
    [0, '0%'],
    [0.004, '<1%'],
    [0.3449, '34%'],
    [1, '100%'],
  ])('%f is %s', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });
});
