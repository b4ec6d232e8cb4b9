import { describe, expect, it } from 'vitest';
import { analyseMeeting, type RecordedAction } from '@/utils/core/meeting-analysis';
import { OrganisationIndex } from '@/utils/core/org-directory';
import { redact } from '@/utils/core/redaction';
import {
  buildMeetingExport,
  MEETING_EXPORT_FORMAT,
  meetingExportSchema,
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
  manualSegments: [],
};

/** The export as the side panel makes it: from the meeting's one analysis (an empty directory, no remembered choices). */
function exportOf(stored: MeetingExportInput, nowMs: number, filterText?: (text: string) => string) {
  const analysis = analyseMeeting(stored, { directory: new OrganisationIndex([]), mappings: new Map(), nowMs });
  return buildMeetingExport(stored, analysis, nowMs, filterText);
}

describe('buildMeetingExport', () => {
  const exported = exportOf(input, START + 700_000);

  it('matches the documented schema', () => {
    expect(meetingExportSchema.safeParse(exported).success).toBe(true);
    expect(exported).toMatchObject({ format: MEETING_EXPORT_FORMAT, version: 6, exportedAt: '2026-11-18T10:11:40.000Z' });
    expect(exported.meeting.importedFrom).toBeNull();
    expect(exported.items).toEqual([]);
  });

  it('carries the series and the confirmed actions and decisions, in ref order, with times as offsets and ISO instants', () => {
    const withActions = exportOf(
      {
        ...input,
        meeting: { ...input.meeting, seriesId: 'series-pccc' },
        actions: [
          { ref: 'D-2026-001', kind: 'decision', text: 'Minutes approved', owner: null, organisation: null, sector: null, dueDate: null, dueText: null, status: 'open', updates: [], closedAtMs: null, source: 'manual', quote: null, saidAtMs: null, createdAtMs: START + 650_000 },
          {
            ref: 'A-2026-001',
            kind: 'action',
            text: 'Circulate the data',
            owner: 'Daniel Okafor',
            organisation: 'NHS South Yorkshire ICB',
            sector: 'icb',
            dueDate: '2026-12-16',
            dueText: 'before the next meeting',
            status: 'done',
            updates: [{ atMs: START + 660_000, text: 'Sent.' }],
            closedAtMs: START + 660_000,
            source: 'suggested',
            quote: 'ACTION: Daniel to circulate the data before the next meeting.',
            saidAtMs: START + 300_000,
            createdAtMs: START + 600_000,
          },
        ],
      },
      START + 700_000,
    );
    expect(meetingExportSchema.safeParse(withActions).success).toBe(true);
    expect(withActions.seriesId).toBe('series-pccc');
    expect(withActions.actions.map((a) => a.ref)).toEqual(['A-2026-001', 'D-2026-001']);
    expect(withActions.actions[0]).toMatchObject({
      saidOffsetMs: 300_000,
      closedAt: '2026-11-18T10:11:00.000Z',
      updates: [{ at: '2026-11-18T10:11:00.000Z', text: 'Sent.' }],
      dueDate: '2026-12-16',
    });
    expect(parseMeetingExport(JSON.stringify(withActions))).toMatchObject({ ok: true, value: { actions: withActions.actions } });
    expect(exported.actions).toEqual([]);
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

  it('exports a hand-tallied meeting with its turns and figures from the tally', () => {
    const tallied = exportOf(
      {
        ...input,
        meeting: { ...input.meeting, platform: 'manual', code: null, url: '' },
        utterances: [],
        speechSegments: [],
        manualSegments: [
          { id: 't1', party: 'Townships 1 PCN', startMs: START + 1_000, endMs: START + 31_000 },
          { id: 't2', party: 'City council', startMs: START + 31_000, endMs: null },
        ],
      },
      START + 700_000,
    );
    expect(meetingExportSchema.safeParse(tallied).success).toBe(true);
    expect(tallied.manualSegments).toEqual([
      { id: 't1', party: 'Townships 1 PCN', startOffsetMs: 1_000, endOffsetMs: 31_000 },
      { id: 't2', party: 'City council', startOffsetMs: 31_000, endOffsetMs: null },
    ]);
    expect(tallied.talkTime).toMatchObject({ source: 'manual', participants: [{ speaker: 'City council', talkMs: 569_000 }, { speaker: 'Townships 1 PCN', talkMs: 30_000 }] });
  });

  it('marks captions whose speaker was unknown or assigned by the user', () => {
    const marked = exportOf(
      {
        ...input,
        utterances: [
          { ...input.utterances[0]!, isSpeakerUnknown: true, speaker: 'Unknown speaker' },
          { ...input.utterances[1]!, speakerAssignedByUser: true },
        ],
      },
      START,
    );
    expect(marked.utterances.map((u) => [u.speaker, u.isSpeakerUnknown, u.speakerAssignedByUser])).toEqual([
      ['Helen Marsh', false, true],
      ['Unknown speaker', true, false],
    ]);
    expect(marked.talkTime?.participants.map((p) => p.speaker)).toEqual(['Helen Marsh']);
  });

  it('carries each participant’s organisation and sector, and talk by organisation, sector and group', () => {
    const tom = 'RICHARDS, Tom (TOWNSHIPS 1 PCN)';
    const helen = 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)';
    const withOrganisations = exportOf(
      {
        ...input,
        participants: [
          { name: helen, isSelf: false, seenIn: ['people-panel'], intervals: [{ joinMs: START, leaveMs: null }] },
          { name: tom, isSelf: true, seenIn: ['people-panel'], intervals: [{ joinMs: START, leaveMs: null }] },
          { name: 'Claire Bennett', isSelf: false, seenIn: ['people-panel'], intervals: [{ joinMs: START, leaveMs: null }] },
        ],
        utterances: [
          { ...input.utterances[1]!, speaker: helen, startMs: START + 10_000, endMs: START + 40_000 },
          { ...input.utterances[0]!, speaker: tom, startMs: START + 41_000, endMs: START + 51_000 },
        ],
        speechSegments: [],
      },
      START + 700_000,
    );
    expect(meetingExportSchema.safeParse(withOrganisations).success).toBe(true);
    expect(withOrganisations.participants.map((p) => [p.personName, p.organisation?.name ?? null, p.sector, p.confidence])).toEqual([
      ['Claire Bennett', null, 'unknown', 'none'],
      ['Helen Marsden', 'NHS South Yorkshire ICB', 'icb', 'high'],
      ['Tom Richards', 'Townships 1 PCN', 'pcn', 'high'],
    ]);
    expect(withOrganisations.organisations?.bySector.map((s) => [s.sector, s.attendees])).toEqual([
      ['icb', 1],
      ['pcn', 1],
      ['unknown', 1],
    ]);
    expect(withOrganisations.organisations?.primaryCare).toMatchObject({ attendees: 1, totalAttendees: 3 });
    expect(withOrganisations.organisations?.silentOrganisations).toEqual([]);
  });

  it('has no talk time for a meeting where nobody spoke', () => {
    const empty = exportOf({ ...input, utterances: [], speechSegments: [] }, START);
    expect(empty.talkTime).toBeNull();
    expect(meetingExportSchema.safeParse(empty).success).toBe(true);
  });
});

describe('parseMeetingExport', () => {
  const text = JSON.stringify(exportOf(input, START + 700_000));

  it('reads back an export', () => {
    const parsed = parseMeetingExport(text);
    expect(parsed.ok && parsed.value.utterances.length).toBe(2);
  });

  /** The current export taken back to what an earlier version wrote. */
  function olderExport(version: 1 | 2 | 3 | 4 | 5): string {
    const { items: _items, ...v5 } = { ...JSON.parse(text), version: 5 };
    if (version === 5) return JSON.stringify(v5);
    const current = v5;
    const { importedFrom: _importedFrom, ...v4Meeting } = current.meeting;
    const v4 = { ...current, version: 4, meeting: v4Meeting };
    if (version === 4) return JSON.stringify(v4);
    const { seriesId: _series, actions: _actions, ...v3 } = { ...v4, version: 3 };
    if (version === 3) return JSON.stringify(v3);
    const v2 = {
      ...v3,
      version: 2,
      participants: current.participants.map(
        ({ kind: _k, personName: _p, organisation: _o, sector: _s, group: _g, confidence: _c, evidence: _e, reason: _r, ...rest }: Record<string, unknown>) => rest,
      ),
    };
    delete v2.organisations;
    if (version === 2) return JSON.stringify(v2);
    const v1 = {
      ...v2,
      version: 1,
      utterances: v2.utterances.map(({ isSpeakerUnknown: _u, speakerAssignedByUser: _a, ...rest }: Record<string, unknown>) => rest),
    };
    delete v1.manualSegments;
    return JSON.stringify(v1);
  }

  it('reads an export made by version 1, filling in what later versions added', () => {
    const parsed = parseMeetingExport(olderExport(1));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.version).toBe(6);
    expect(parsed.value.items).toEqual([]);
    expect(parsed.value.meeting.importedFrom).toBeNull();
    expect(parsed.value.manualSegments).toEqual([]);
    expect(parsed.value.actions).toEqual([]);
    expect(parsed.value.utterances.every((u) => u.isSpeakerUnknown === false && u.speakerAssignedByUser === false)).toBe(true);
    expect(parsed.value.organisations).toBeNull();
    expect(parsed.value.participants[0]).toMatchObject({ sector: 'unknown', confidence: 'none', reason: 'Exported before organisations were recorded.' });
  });

  it.each([2, 3] as const)('reads an export made by version %i', (version) => {
    const parsed = parseMeetingExport(olderExport(version));
    expect(parsed.ok && parsed.value.version).toBe(6);
    expect(parsed.ok && [parsed.value.seriesId, parsed.value.actions, parsed.value.meeting.importedFrom, parsed.value.items]).toEqual([null, [], null, []]);
  });

  it('reads an export made by version 4: no meeting was imported then', () => {
    const parsed = parseMeetingExport(olderExport(4));
    expect(parsed.ok && parsed.value).toMatchObject({ version: 6, meeting: { platform: 'meet', importedFrom: null }, items: [] });
  });

  it('reads an export made by version 5: agenda items were not exported then', () => {
    const v5 = olderExport(5);

    const parsed = parseMeetingExport(v5);

    expect(JSON.parse(v5)).not.toHaveProperty('items');
    expect(parsed.ok && parsed.value).toMatchObject({ version: 6, items: [], utterances: [{ speaker: 'Helen Marsh' }, { speaker: 'Dr Tom Richards' }] });
  });

  it('ignores items in a version 5 file, which version 5 could not write, and refuses a version 6 file without them', () => {
    const v5WithItems = { ...JSON.parse(olderExport(5)), items: 'not in version 5' };
    const v6WithoutItems = JSON.parse(text);
    delete v6WithoutItems.items;

    expect(parseMeetingExport(JSON.stringify(v5WithItems))).toMatchObject({ ok: true, value: { version: 6, items: [] } });
    expect(parseMeetingExport(JSON.stringify(v6WithoutItems))).toMatchObject({ ok: false, error: expect.stringMatching(/^The export is damaged at items: /) });
  });

  it('refuses a version 4 file that claims an imported meeting, which version 4 could not write', () => {
    const v4 = JSON.parse(olderExport(4));
    v4.meeting.platform = 'import';
    const parsed = parseMeetingExport(JSON.stringify(v4));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^The export is damaged at meeting\.platform/);
  });

  it('exports an imported meeting with what its file was', () => {
    const imported = exportOf(
      {
        ...input,
        meeting: {
          ...input.meeting,
          platform: 'import',
          code: null,
          url: '',
          importedFrom: { layout: 'teams-vtt', container: 'vtt', fileName: 'Primary care board.vtt', timing: 'cues' },
        },
      },
      START + 700_000,
    );
    expect(imported.meeting).toMatchObject({ platform: 'import', importedFrom: { layout: 'teams-vtt', container: 'vtt', fileName: 'Primary care board.vtt', timing: 'cues' } });
    const parsed = parseMeetingExport(JSON.stringify(imported));
    expect(parsed.ok && parsed.value.meeting.importedFrom?.timing).toBe('cues');
  });

  it('passes every piece of caption text through the redaction filter', () => {
    const redacted = exportOf(
      {
        ...input,
        utterances: [{ ...input.utterances[0]!, text: 'My NHS number is 943 476 5919.' }],
        actions: [
          { ref: 'A-2026-001', kind: 'action', text: 'Ring 0114 272 1234', owner: null, organisation: null, sector: null, dueDate: null, dueText: null, status: 'open', updates: [{ atMs: START, text: 'Emailed jo@nhs.net' }], closedAtMs: null, source: 'suggested', quote: 'Born 12/03/1954', saidAtMs: START, createdAtMs: START },
        ],
      },
      START + 700_000,
      redact,
    );
    const json = JSON.stringify(redacted);
    for (const secret of ['943 476 5919', '0114 272 1234', 'jo@nhs.net', '12/03/1954']) expect(json).not.toContain(secret);
    expect(redacted.utterances[0]!.text).toBe('My NHS number is [NHS number].');
    expect(meetingExportSchema.safeParse(redacted).success).toBe(true);
  });

  it('refuses a version 4 export with a malformed action, saying where', () => {
    const bad = JSON.parse(text);
    bad.actions = [{ ref: '=cmd|calc', kind: 'action', text: 'x' }];
    expect(parseMeetingExport(JSON.stringify(bad))).toMatchObject({ ok: false, error: expect.stringMatching(/^The export is damaged at actions\.0\./) });
  });

  it.each([
    ['text that is not JSON', '{"format": ', 'This file is not valid JSON.'],
    ['another kind of JSON file', '{"name": "package"}', 'This file is not a meeting export from this extension.'],
    [
      'an export from a newer version',
      JSON.stringify({ format: MEETING_EXPORT_FORMAT, version: 99 }),
      'This export was made by a newer version of the extension (format version 99). Update the extension to read it.',
    ],
    ['an export without a valid version', JSON.stringify({ format: MEETING_EXPORT_FORMAT, version: 0 }), 'This export has no valid format version.'],
    [
      'a damaged export',
      text.replace('"Helen Marsh"', '42'),
      expect.stringMatching(/^The export is damaged at participants\.1\.name: /),
    ],
  ])('refuses %s with a clear message', (_name, content, message) => {
    expect(parseMeetingExport(content)).toEqual({ ok: false, error: message });
  });
});

describe('buildMeetingExport: agenda items (version 6)', () => {
  const helen = 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)';
  const tom = 'RICHARDS, Tom (TOWNSHIPS 1 PCN)';
  const said = (id: string, speaker: string, atS: number, text: string) => ({ id, speaker, isSelf: false, text, startMs: START + atS * 1000, endMs: START + atS * 1000 + 8_000, isFinal: true });
  const withItems: MeetingExportInput = {
    ...input,
    participants: [
      { name: helen, isSelf: false, seenIn: ['people-panel'], intervals: [{ joinMs: START, leaveMs: null }] },
      { name: tom, isSelf: true, seenIn: ['people-panel'], intervals: [{ joinMs: START, leaveMs: null }] },
    ],
    utterances: [
      said('c:1', helen, 10, 'Item one, apologies and declarations.'),
      said('c:2', tom, 20, 'No declarations from the PCN, and I will send the practice list round.'),
      said('c:3', helen, 60, 'Item two, winter access for general practice.'),
      said('c:4', helen, 70, 'The same-day GP appointments funding for practices is in the paper.'),
      said('c:5', helen, 80, 'The GP access hubs for the PCN are covered too.'),
      said('c:6', helen, 90, 'The committee approved the winter access funding for practices.'),
    ],
    speechSegments: [],
  };
  const record = (ref: string, kind: 'action' | 'decision', atS: number): RecordedAction => ({
    id: `row-${ref}`,
    ref,
    kind,
    text: kind === 'action' ? 'Send the practice list round' : 'Winter access funding approved',
    owner: null,
    organisation: null,
    sector: null,
    dueDate: null,
    dueIsNextMeeting: false,
    suggestionId: `c:${atS}`,
    saidAtMs: START + atS * 1000,
    createdAtMs: START + 650_000,
  });
  const nowMs = START + 700_000;
  const analysis = analyseMeeting(
    {
      ...withItems,
      records: [record('A-2026-001', 'action', 20), record('D-2026-001', 'decision', 90)],
      itemEdits: [{ id: 'e1', kind: 'add', atMs: START + 300_000, title: 'Ring 0114 272 1234 about the rota', createdAtMs: START + 310_000 }],
    },
    { directory: new OrganisationIndex([]), mappings: new Map(), nowMs },
  );
  const exported = buildMeetingExport(withItems, analysis, nowMs, redact);

  it('exports each item with its times from the meeting start, its source and figures', () => {
    expect(meetingExportSchema.safeParse(exported).success).toBe(true);
    expect(exported.items.map((i) => [i.number, i.source, i.startOffsetMs, i.endOffsetMs, i.durationMs])).toEqual([
      [1, 'said', 10_000, 60_000, 50_000],
      [2, 'said', 60_000, 300_000, 240_000],
      [null, 'user', 300_000, 600_000, 300_000],
    ]);
    expect(exported.items[0]).toMatchObject({
      primaryCare: { attendees: 1, totalAttendees: 2, speakers: 1 },
      speakers: 2,
      actionRefs: ['A-2026-001'],
      decisionRefs: [],
      flags: [],
    });
    expect(exported.items[0]!.primaryCare.talkShareRatio).toBeGreaterThan(0);
    expect(exported.items[0]!.bySector.map((s) => [s.sector, s.group, s.attendees])).toEqual(expect.arrayContaining([['icb', 'commissioner', 1], ['pcn', 'primary_care', 1]]));
  });

  it('carries the decisions under an item and flags one taken without primary care speaking', () => {
    expect(exported.items[1]).toMatchObject({
      number: 2,
      title: expect.stringMatching(/winter access for general practice/i),
      primaryCare: { talkShareRatio: 0, attendeeShareRatio: 0.5, speakers: 0 },
      speakers: 1,
      decisionRefs: ['D-2026-001'],
      actionRefs: [],
      flags: ['decided-without-primary-care'],
    });
  });

  it('passes item titles through the export’s text filter, like other caption text', () => {
    expect(exported.items[2]!.title).toBe('Ring [phone number] about the rota');
    expect(JSON.stringify(exported)).not.toContain('0114 272 1234');
  });

  it('reads back what it wrote', () => {
    const parsed = parseMeetingExport(JSON.stringify(exported));

    expect(parsed).toEqual({ ok: true, value: exported });
  });
});
