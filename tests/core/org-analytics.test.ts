import { describe, expect, it } from 'vitest';
import { computeOrganisationAnalytics, computeTimeline } from '@/utils/core/org-analytics';
import { OrganisationIndex } from '@/utils/core/org-directory';
import { resolveParticipants } from '@/utils/core/org-resolution';
import { computeTalkTime } from '@/utils/core/talk-time';
import { meeting } from '../helpers/meeting';

const TOM = 'RICHARDS, Tom (TOWNSHIPS 1 PCN)';
const AISHA = 'MALIK, Aisha (FOUNDRY PCN)';
const SARAH = 'WHITFIELD, Sarah (NHS SOUTH YORKSHIRE ICB - 03N)';
const MARGARET = 'HOLLOWAY, Margaret (NHS SOUTH YORKSHIRE ICB)';
const CLAIRE = 'Claire Bennett (Sheffield City Council)';
const KAREN = 'HODGSON, Karen (BIRCHFIELD MEDICAL PRACTICE)';
const JO = 'Jo Nobody';
const ROOM = 'Meeting Room 3';

const talk = computeTalkTime(
  meeting(`
    00:00 00:40 "${MARGARET}" welcome
    00:40 01:00 "${SARAH}" thanks
    01:00 01:20 "${TOM}" primary care view
    01:20 01:30 "${AISHA}" agree with Tom
    01:30 01:40 "${ROOM}" from the room
  `),
  'indicators',
);
const attendees = [MARGARET, SARAH, TOM, AISHA, CLAIRE, KAREN, JO, ROOM];
const resolutions = resolveParticipants(attendees, { directory: new OrganisationIndex([]), mappings: new Map(), introductions: new Map() });
const analytics = computeOrganisationAnalytics({ talk, attendees, resolutions });

describe('computeOrganisationAnalytics', () => {
  it('adds up talk by organisation, merging a sub-ICB code with its ICB', () => {
    expect(analytics.byOrganisation.map((o) => [o.name, o.sector, o.talkMs, o.attendees])).toEqual([
      ['NHS South Yorkshire ICB', 'icb', 60_000, 2],
      ['Townships 1 PCN', 'pcn', 20_000, 1],
      ['Foundry PCN', 'pcn', 10_000, 1],
      ['Meeting Room 3 (shared room)', 'unknown', 10_000, 0],
      ['Birchfield Medical Practice', 'general_practice', 0, 1],
      ['Sheffield City Council', 'local_authority', 0, 1],
      ['Organisation not known', 'unknown', 0, 1],
    ]);
  });

  it('adds up by sector and group, with shares of talk and of the people present', () => {
    expect(analytics.bySector.map((s) => [s.id, s.talkMs, Math.round(s.shareRatio * 100), s.attendees])).toEqual([
      ['icb', 60_000, 60, 2],
      ['pcn', 30_000, 30, 2],
      ['unknown', 10_000, 10, 1],
      ['general_practice', 0, 0, 1],
      ['local_authority', 0, 0, 1],
    ]);
    expect(analytics.byGroup.find((g) => g.id === 'primary_care')).toMatchObject({ talkMs: 30_000, attendees: 3 });
  });

  it('gives primary care’s share of voice beside its share of attendees, not counting the room', () => {
    expect(analytics.primaryCare).toEqual({
      talkShareRatio: 0.3,
      attendeeShareRatio: 3 / 7,
      talkMs: 30_000,
      attendees: 3,
      totalAttendees: 7,
      speakers: 2,
    });
  });

  it('lists organisations present but silent, and the people whose organisation is not known', () => {
    expect(analytics.silentOrganisations.map((o) => o.name)).toEqual(['Birchfield Medical Practice', 'Sheffield City Council']);
    expect(analytics.unresolved).toEqual([JO]);
  });

  it('has zero shares when nobody has spoken', () => {
    const quiet = computeOrganisationAnalytics({ talk: null, attendees, resolutions });
    expect(quiet.primaryCare.talkShareRatio).toBe(0);
    expect(quiet.silentOrganisations.length).toBe(5);
  });
});

describe('computeTimeline', () => {
  it('joins neighbouring stretches of one sector and colours each by sector', () => {
    const timeline = computeTimeline(
      meeting(`
        00:00 00:40 "${MARGARET}" a
        00:41 01:00 "${SARAH}" b
        01:00 01:20 "${TOM}" c
        01:21 01:30 "${AISHA}" d
        01:40 01:45 "${TOM}" e
      `),
      resolutions,
    );
    expect(timeline.map((s) => [s.sector, s.endMs - s.startMs, s.speakers.length])).toEqual([
      ['icb', 60_000, 2],
      ['pcn', 30_000, 2],
      ['pcn', 5_000, 1],
    ]);
  });
});

describe('a room whose voices are all from one organisation', () => {
  const room = 'Meeting Room 1 (Moorside)';
  const helen = 'Dr Helen Sugden';
  const roomTalk = computeTalkTime(
    meeting(`
      00:00 00:30 "${helen}" welcome
      00:30 01:30 "${room}" it's Helen again, from the room
    `),
    'indicators',
  );
  const introductions = new Map([
    [`${room}\u00001`, { speaker: room, personName: 'Bev Holroyd', saidBy: 'self' as const, organisationText: 'Moorside Medical Practice', sector: 'general_practice' as const, basis: 'organisation' as const, title: null, quote: "It's Bev from Moorside.", atMs: 0 }],
  ]);
  const roomResolutions = resolveParticipants([helen, room], { directory: new OrganisationIndex([]), mappings: new Map(), introductions });

  it('counts the room\'s talk for that organisation, and colours its stretch of the timeline so', () => {
    const figures = computeOrganisationAnalytics({ talk: roomTalk, attendees: [helen, room], resolutions: roomResolutions });
    expect(figures.byOrganisation.find((o) => o.name === 'Moorside Medical Practice')).toMatchObject({ sector: 'general_practice', talkMs: 60_000 });
    expect(figures.primaryCare.talkShareRatio).toBeCloseTo(60 / 90, 5);
    expect(computeTimeline([{ speaker: room, startMs: 0, endMs: 60_000 }], roomResolutions).map((s) => s.sector)).toEqual(['general_practice']);
  });
});
