import { describe, expect, it } from 'vitest';
import { describeCaptureHealth, STALE_AFTER_MS } from '@/utils/core/health';
import type { CaptureHealth } from '@/utils/core/model';

const NOW = 1_800_000_000_000;
const healthy: CaptureHealth = {
  callState: 'in-call',
  captions: 'receiving',
  roster: 'people-panel',
  hasSpeakingIndicators: true,
  missingSelectors: [],
  lastCaptionAtMs: NOW,
  droppedUpdates: 0,
  errorCount: 0,
};

function describe_(overrides: Partial<CaptureHealth>, extra: { lastSeenAtMs?: number; endedAtMs?: number | null; rejectedMessages?: number } = {}) {
  return describeCaptureHealth({
    platform: 'meet',
    health: { ...healthy, ...overrides },
    lastSeenAtMs: extra.lastSeenAtMs ?? NOW,
    endedAtMs: extra.endedAtMs ?? null,
    nowMs: NOW,
    rejectedMessages: extra.rejectedMessages,
  });
}

const ids = (messages: { id: string }[]) => messages.map((m) => m.id);

describe('describeCaptureHealth', () => {
  it('reassures when everything can be seen', () => {
    expect(describe_({})).toEqual([{ id: 'captions-ok', level: 'ok', text: 'Reading captions.' }]);
  });

  it('tells the user how to turn captions on, and that indicators stand in meanwhile', () => {
    const messages = describe_({ captions: 'off' });
    expect(messages[0]).toMatchObject({ id: 'captions-off', level: 'problem', text: 'Captions are off: press c to turn them on (or select the CC button).' });
    expect(ids(messages)).toContain('indicators-fallback');
  });

  it('says nothing is being recorded when there are neither captions nor indicators', () => {
    expect(ids(describe_({ captions: 'not-found', hasSpeakingIndicators: false }))).toEqual(['captions-not-found', 'nothing-recorded']);
  });

  it('asks for the People panel when attendance cannot be complete', () => {
    expect(describe_({ roster: 'none' }).find((m) => m.id === 'roster-none')?.text).toMatch(/^Open People to record attendance/);
    expect(ids(describe_({ roster: 'tiles' }))).toContain('roster-tiles');
  });

  it('says plainly when captions were found by their shape, and how to send a page report', () => {
    const messages = describe_({ captionsFoundByShape: true, callState: 'in-call', missingSelectors: ['leave button'] });
    const byShape = messages.find((m) => m.id === 'captions-by-shape');
    expect(byShape).toMatchObject({ level: 'warning' });
    expect(byShape!.text).toContain('found by their shape, not by the known page layout');
    expect(byShape!.text).toContain('Save a page report below and send it to us');
    expect(ids(messages)).toEqual(['captions-ok', 'captions-by-shape', 'missing-selectors']);
  });

  it('says nothing about shape once captions are off or lost', () => {
    expect(ids(describe_({ captionsFoundByShape: true, captions: 'not-found', hasSpeakingIndicators: false }))).not.toContain('captions-by-shape');
  });

  it('warns when the meeting tab has gone quiet', () => {
    const messages = describe_({}, { lastSeenAtMs: NOW - STALE_AFTER_MS - 2_000 });
    expect(messages[0]).toMatchObject({ id: 'stale', level: 'warning' });
    expect(messages[0]!.text).toContain('12 seconds');
  });

  it('reports lost updates, unreadable parts and refused messages', () => {
    const messages = describe_({ droppedUpdates: 3, missingSelectors: ['your own name'] }, { rejectedMessages: 2 });
    expect(messages.map((m) => m.text)).toEqual(
      expect.arrayContaining([
        '3 updates were lost because the extension could not be reached.',
        'Some parts of the meeting page could not be read (your own name).',
        '2 malformed updates were refused and not saved.',
      ]),
    );
  });

  it('says plainly when the page cannot be read at all', () => {
    expect(describe_({ callState: 'unknown', captions: 'not-found' })[0]).toMatchObject({ id: 'call-unknown', level: 'problem' });
  });

  it('describes the lobby, a finished call and an ended meeting', () => {
    expect(ids(describe_({ callState: 'lobby' }))).toEqual(['lobby']);
    expect(ids(describe_({ callState: 'left' }))).toEqual(['left']);
    expect(ids(describe_({}, { endedAtMs: NOW }))).toEqual(['ended']);
  });

  it('gives Teams users Teams instructions', () => {
    const [message] = describeCaptureHealth({ platform: 'teams', health: { ...healthy, captions: 'off' }, lastSeenAtMs: NOW, endedAtMs: null, nowMs: NOW });
    expect(message!.text).toContain('Language and speech');
  });

  it('says it is connecting before the first report', () => {
    expect(ids(describeCaptureHealth({ platform: 'meet', health: null, lastSeenAtMs: NOW, endedAtMs: null, nowMs: NOW }))).toEqual(['starting']);
  });

  it('says plainly when the storage is full, and does not also blame the meeting tab for its silence', () => {
    const input = { platform: 'meet' as const, health: healthy, lastSeenAtMs: NOW - 60_000, endedAtMs: null, nowMs: NOW };
    const full = describeCaptureHealth({ ...input, isStorageFull: true });
    expect(ids(full)[0]).toBe('storage-full');
    expect(full[0]!.text).toContain('open an old meeting under Past meetings, export it, then delete it');
    expect(ids(full)).not.toContain('stale');
    expect(ids(describeCaptureHealth(input))).toContain('stale');
    expect(ids(describeCaptureHealth(input))).not.toContain('storage-full');
  });
});
