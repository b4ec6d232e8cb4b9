import { describe, expect, it } from 'vitest';
import {
  buildMeetingExport,
  MEETING_EXPORT_FORMAT,
  meetingExportV1Schema,
  parseMeetingExport,
  type MeetingExportInput,
} from '@/utils/core/meeting-export';

const START = Date.UTC(2026, 10, 18, 10, 0, 0);
const input: MeetingExportInput = {
  meeting: {
    id: 'meet-1',
    platform: 'meet',
    code: 'pcc-shef-nov',
    title: 'Place board',
    url: 'https://meet.google.com/pcc-shef-nov',
    selfName: 'Dr Tom Richards',
    startedAtMs: START,
    lastSeenAtMs: START + 600_000,
    endedAtMs: START + 600_000,
    health: null,
  },
  participants: [
    { name: 'Helen Marsh', isSelf: false, seenIn: ['people-panel'], intervals: [{ joinMs: START, leaveMs: START + 600_000 }] },
    { name: 'Dr Tom Richards', isSelf: true, seenIn: ['tiles', 'captions'], intervals: [{ joinMs: START + 5_000, leaveMs: null }] },
  ],
  utterances: [
    { id: 's:2', speaker: 'Dr Tom Richards', isSelf: true, text: 'Thanks, Helen.', startMs: START + 20_000, endMs: START + 21_000, isFinal: true },
    { id: 's:1', speaker: 'Helen Marsh', isSelf: false, text: 'Good morning everyone, welcome.', startMs: START + 10_000, endMs: START + 14_000, isFinal: true },
  ],
  speechSegments: [{ id: 's:s1', speaker: 'Helen Marsh', isSelf: false, startMs: START + 9_800, endMs: START + 14_200 }],
};

describe('buildMeetingExport', () => {
  const exported = buildMeetingExport(input, START + 700_000);

  it('matches the documented schema', () => {
    expect(meetingExportV1Schema.safeParse(exported).success).toBe(true);
    expect(exported).toMatchObject({ format: MEETING_EXPORT_FORMAT, version: 1, exportedAt: '2026-11-18T10:11:40.000Z' });
  });

  it('gives meeting facts with ISO times and a duration', () => {
    expect(exported.meeting).toMatchObject({
      startedAt: '2026-11-18T10:00:00.000Z',
      endedAt: '2026-11-18T10:10:00.000Z',
      durationMs: 600_000,
      selfName: 'Dr Tom Richards',
    });
  });

  it('lists utterances in time order with offsets from the start', () => {
    expect(exported.utterances.map((u) => [u.speaker, u.startOffsetMs, u.endOffsetMs])).toEqual([
      ['Helen Marsh', 10_000, 14_000],
      ['Dr Tom Richards', 20_000, 21_000],
    ]);
  });

  it('lists participants by name with attendance offsets', () => {
    expect(exported.participants.map((p) => [p.name, p.attendance])).toEqual([
      ['Dr Tom Richards', [{ joinOffsetMs: 5_000, leaveOffsetMs: null }]],
      ['Helen Marsh', [{ joinOffsetMs: 0, leaveOffsetMs: 600_000 }]],
    ]);
  });

  it('carries the talk time the panel shows, from captions, with indicators as a cross-check', () => {
    expect(exported.talkTime?.source).toBe('captions');
    expect(exported.talkTime?.participants.map((p) => p.speaker)).toEqual(['Helen Marsh', 'Dr Tom Richards']);
    expect(exported.talkTimeFromIndicators?.participants[0]).toMatchObject({ speaker: 'Helen Marsh', talkMs: 4_400 });
  });

  it('has no talk time for a meeting where nobody spoke', () => {
    const empty = buildMeetingExport({ ...input, utterances: [], speechSegments: [] }, START);
    expect(empty.talkTime).toBeNull();
    expect(meetingExportV1Schema.safeParse(empty).success).toBe(true);
  });
});

describe('parseMeetingExport', () => {
  const text = JSON.stringify(buildMeetingExport(input, START + 700_000));

  it('reads back an export', () => {
    const parsed = parseMeetingExport(text);
    expect(parsed.ok && parsed.value.utterances.length).toBe(2);
  });

  it.each([
    ['text that is not JSON', '{"format": ', 'This file is not valid JSON.'],
    ['another kind of JSON file', '{"name": "package"}', 'This file is not a meeting export from this extension.'],
    [
      'an export from a newer version',
      JSON.stringify({ format: MEETING_EXPORT_FORMAT, version: 99 }),
      'This export was made by a newer version of the extension (format version 99). Update the extension to read it.',
    ],
    [
      'a damaged export',
      text.replace('"Helen Marsh"', '42'),
      expect.stringMatching(/^The export is damaged at participants\.1\.name: /),
    ],
  ])('refuses %s with a clear message', (_name, content, message) => {
    expect(parseMeetingExport(content)).toEqual({ ok: false, error: message });
  });
});
