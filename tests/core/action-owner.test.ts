import { describe, expect, it } from 'vitest';
import { isPrimaryCareOwner, resolveActionOwner, resolveSuggestedOwner, type MeetingPerson } from '@/utils/core/action-owner';
import { BUILTIN_ORGANISATIONS, OrganisationIndex } from '@/utils/core/org-directory';

const people: MeetingPerson[] = [
  { displayName: 'OKAFOR, Daniel (NHS SOUTH YORKSHIRE ICB - QF7)', personName: 'Daniel Okafor', organisationName: 'NHS South Yorkshire ICB', sector: 'icb' },
  { displayName: 'Sarah Whitfield', personName: 'Sarah Whitfield', organisationName: 'NHS South Yorkshire ICB', sector: 'icb' },
  { displayName: 'Dr Tom Richards', personName: 'Dr Tom Richards', organisationName: 'Townships 1 PCN', sector: 'pcn' },
  { displayName: 'Aisha Khan', personName: 'Aisha Khan', organisationName: 'Foundry PCN', sector: 'pcn' },
  { displayName: 'Helen Marsh', personName: 'Helen Marsh', organisationName: 'Sheffield Teaching Hospitals NHS Foundation Trust', sector: 'acute_trust' },
  { displayName: 'Claire Bennett', personName: 'Claire Bennett', organisationName: 'Sheffield City Council', sector: 'local_authority' },
  { displayName: 'Sam Patel', personName: 'Sam Patel', organisationName: 'Foundry PCN', sector: 'pcn' },
  { displayName: 'Sam Patel (2)', personName: 'Sam Patel', organisationName: 'Sheffield LMC', sector: 'primary_care_rep_body' },
  { displayName: 'Guest 4', personName: 'Guest 4', organisationName: null, sector: 'unknown' },
];

describe('resolveActionOwner', () => {
  it.each([
    ['Daniel', { owner: 'Daniel Okafor', organisation: 'NHS South Yorkshire ICB', sector: 'icb' }],
    ['OKAFOR, Daniel (NHS SOUTH YORKSHIRE ICB - QF7)', { owner: 'Daniel Okafor', organisation: 'NHS South Yorkshire ICB', sector: 'icb' }],
    ['Tom', { owner: 'Dr Tom Richards', organisation: 'Townships 1 PCN', sector: 'pcn' }],
    ['Dr Richards', { owner: 'Dr Tom Richards', organisation: 'Townships 1 PCN', sector: 'pcn' }],
    ['Tom and Aisha', { owner: 'Tom and Aisha', organisation: null, sector: 'pcn' }],
    ['Daniel and Sarah', { owner: 'Daniel and Sarah', organisation: 'NHS South Yorkshire ICB', sector: 'icb' }],
    ['the ICB', { owner: 'the ICB', organisation: 'NHS South Yorkshire ICB', sector: 'icb' }],
    ['the trust', { owner: 'the trust', organisation: 'Sheffield Teaching Hospitals NHS Foundation Trust', sector: 'acute_trust' }],
    ['the council', { owner: 'the council', organisation: 'Sheffield City Council', sector: 'local_authority' }],
    ['Foundry PCN', { owner: 'Foundry PCN', organisation: 'Foundry PCN', sector: 'pcn' }],
    ['Healthwatch', { owner: 'Healthwatch', organisation: null, sector: 'healthwatch_patient_voice' }],
    ['Sam', { owner: 'Sam', organisation: null, sector: null }],
    ['Priya', { owner: 'Priya', organisation: null, sector: null }],
    // A short form of one person's first name; "Sa" is too short, and two people's names start with "Sa".
    ['Dan', { owner: 'Daniel Okafor', organisation: 'NHS South Yorkshire ICB', sector: 'icb' }],
    ['Cla', { owner: 'Claire Bennett', organisation: 'Sheffield City Council', sector: 'local_authority' }],
    ['Sa', { owner: 'Sa', organisation: null, sector: null }],
    ['Sar', { owner: 'Sarah Whitfield', organisation: 'NHS South Yorkshire ICB', sector: 'icb' }],
    ['the finance team', { owner: 'the finance team', organisation: null, sector: null }],
  ])('%s', (owner, expected) => {
    expect(resolveActionOwner(owner, people)).toEqual(expected);
  });

  it('has nothing to say about an action with no owner', () => {
    expect(resolveActionOwner(null, people)).toEqual({ owner: null, organisation: null, sector: null });
  });

  it('knows a primary care owner', () => {
    expect(isPrimaryCareOwner(resolveActionOwner('Tom', people))).toBe(true);
    expect(isPrimaryCareOwner(resolveActionOwner('the ICB', people))).toBe(false);
    expect(isPrimaryCareOwner(resolveActionOwner('Priya', people))).toBe(false);
  });
});

describe('a body said by its kind when nobody from one is in the meeting', () => {
  const councillors: MeetingPerson[] = [
    { displayName: 'Cllr Fiona Dack', personName: 'Cllr Fiona Dack', organisationName: 'Norfolk County Council', sector: 'local_authority' },
    { displayName: 'Rosie Lambert', personName: 'Rosie Lambert', organisationName: 'Great Yarmouth and Gorleston PCN', sector: 'pcn' },
  ];
  const builtIn = new OrganisationIndex(BUILTIN_ORGANISATIONS);

  it('is the ICB for the places of the organisations present, said as a guess to check', () => {
    const owner = resolveActionOwner('the ICB', councillors, builtIn);
    expect(owner).toMatchObject({ organisation: 'NHS Norfolk and Waveney ICB', sector: 'icb' });
    expect(owner.reason).toMatch(/taken to be NHS Norfolk and Waveney ICB.*check it/);
  });

  it('goes by the place, not by a point of the compass', () => {
    const yorkshire: MeetingPerson[] = [{ displayName: 'Dr Tom Thwaite', personName: 'Dr Tom Thwaite', organisationName: 'North Yorkshire LMC', sector: 'primary_care_rep_body' }];
    expect(resolveActionOwner('the ICB', yorkshire, builtIn).organisation).toBe('NHS Humber and North Yorkshire ICB');
    const north: MeetingPerson[] = [{ displayName: 'Ann Lowe', personName: 'Ann Lowe', organisationName: 'North Practice', sector: 'general_practice' }];
    expect(resolveActionOwner('the ICB', north, builtIn)).toEqual({ owner: 'the ICB', organisation: null, sector: 'icb' });
  });

  it('is the only one of its kind in the directory', () => {
    const directory = new OrganisationIndex([...BUILTIN_ORGANISATIONS, { id: 'user:1', name: 'Birmingham LMC', odsCode: null, sector: 'primary_care_rep_body', aliases: [], source: 'user', odsReport: null, parentCode: null }]);
    const icbOnly: MeetingPerson[] = [{ displayName: 'Raj Khanna', personName: 'Raj Khanna', organisationName: 'NHS Birmingham and Solihull ICB', sector: 'icb' }];
    expect(resolveActionOwner('the LMC', icbOnly, directory)).toMatchObject({ organisation: 'Birmingham LMC', sector: 'primary_care_rep_body' });
  });

  it('names nobody when two places fit equally, or none does', () => {
    const both: MeetingPerson[] = [
      { displayName: 'A', personName: 'A', organisationName: 'Devon County Council', sector: 'local_authority' },
      { displayName: 'B', personName: 'B', organisationName: 'Dorset Council', sector: 'local_authority' },
    ];
    expect(resolveActionOwner('the ICB', both, builtIn).organisation).toBeNull();
    expect(resolveActionOwner('the ICB', [], builtIn).organisation).toBeNull();
  });
});

describe('a short form of a given name', () => {
  const team: MeetingPerson[] = [
    { displayName: 'QUINN, Bernadette (MARDENSHIRE COMMUNITY HEALTH NHS TRUST)', personName: 'Bernadette Quinn', organisationName: 'Mardenshire Community Health NHS Trust', sector: 'community_mental_health_trust' },
    { displayName: 'Liz Carter', personName: 'Elizabeth Carter', organisationName: 'Mardenshire County Council', sector: 'local_authority' },
    { displayName: 'Kate Moss', personName: 'Katherine Moss', organisationName: null, sector: 'unknown' },
    { displayName: 'Catherine Lee', personName: 'Catherine Lee', organisationName: null, sector: 'unknown' },
  ];

  it('reaches the one person it stands for: "Bernie", "Liz"', () => {
    expect(resolveActionOwner('Bernie', team).owner).toBe('Bernadette Quinn');
    expect(resolveActionOwner('Liz', team).owner).toBe('Elizabeth Carter');
  });

  it('names nobody when it could be either of two people', () => {
    expect(resolveActionOwner('Katie', team).organisation).toBeNull();
    expect(resolveActionOwner('Katie', team).owner).toBe('Katie');
  });
});

describe('resolveSuggestedOwner: a body and a team of it', () => {
  it('names the one ICB in the meeting for "the ICB", and keeps "the ICB contracting team" as said, with its ICB', () => {
    const body = resolveSuggestedOwner({ owner: 'the ICB', ownerSource: 'named', atMs: 0 }, people, new Map());
    expect(body).toMatchObject({ owner: 'NHS South Yorkshire ICB', organisation: 'NHS South Yorkshire ICB', sector: 'icb' });
    const team = resolveSuggestedOwner({ owner: 'the ICB contracting team', ownerSource: 'named', atMs: 0 }, people, new Map());
    expect(team).toMatchObject({ owner: 'the ICB contracting team', organisation: 'NHS South Yorkshire ICB', sector: 'icb' });
  });

  it('keeps "the ICB care coordinators" as said too: people of a role are a team of the body', () => {
    const role = resolveSuggestedOwner({ owner: 'the ICB care coordinators', ownerSource: 'named', atMs: 0 }, people, new Map());
    expect(role).toMatchObject({ owner: 'the ICB care coordinators', organisation: 'NHS South Yorkshire ICB', sector: 'icb' });
  });
});

describe('resolveSuggestedOwner: said through a shared room device', () => {
  const voice = (personName: string, sinceMs: number) => ({ personName, organisation: null, sector: 'unknown' as const, sinceMs, reason: '' });
  const room = (voices: ReturnType<typeof voice>[]) =>
    new Map([['Board Room 2 (County Hall)', { kind: 'room' as const, personName: 'Board Room 2 (County Hall)', organisation: null, sector: 'unknown' as const, confidence: 'low' as const, evidence: 'none' as const, reason: '', voices }]]);
  const said = (atMs: number) => ({ owner: 'Board Room 2 (County Hall)', ownerSource: 'speaker' as const, atMs });

  it('gives it to whoever had said who they were by then, or says so within two minutes after', () => {
    expect(resolveSuggestedOwner(said(60_000), [], room([voice('Ann Lee', 10_000), voice('Raj Bhatt', 90_000)])).owner).toBe('Ann Lee');
    expect(resolveSuggestedOwner(said(60_000), [], room([voice('Raj Bhatt', 90_000)])).owner).toBe('Raj Bhatt');
  });

  it('leaves it for the user to choose when nobody says who they were until much later', () => {
    expect(resolveSuggestedOwner(said(60_000), [], room([voice('Raj Bhatt', 60_000 + 5 * 60_000)]))).toMatchObject({ owner: 'Someone in Board Room 2 (County Hall)', isUnassigned: true });
  });
});
