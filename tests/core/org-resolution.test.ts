import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIntroductions, type IntroductionClaim } from '@/utils/core/introductions';
import { BUILTIN_ORGANISATIONS, OrganisationIndex, type OrganisationRecord } from '@/utils/core/org-directory';
import { mappingKey, resolveParticipant, resolveParticipants, type ResolutionContext, type UserMapping } from '@/utils/core/org-resolution';
import type { SectorId } from '@/utils/core/taxonomy';

const T0 = Date.UTC(2026, 10, 18, 10, 0, 0);
const org = (code: string, name: string, sector: OrganisationRecord['sector'], aliases: string[] = []): OrganisationRecord => ({
  id: `ods:${code}`,
  name,
  odsCode: code,
  sector,
  aliases,
  source: 'ods',
  odsReport: 'test',
  parentCode: null,
});
const directory = new OrganisationIndex([
  ...BUILTIN_ORGANISATIONS,
  org('RHQ', 'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST', 'acute_trust', ['STH']),
  org('C88001', 'BIRCHFIELD MEDICAL PRACTICE', 'general_practice'),
  org('U12345', 'FOUNDRY PCN', 'pcn'),
]);

function context(overrides: Partial<ResolutionContext> = {}): ResolutionContext {
  return { directory, mappings: new Map(), introductions: new Map(), ...overrides };
}

describe('resolveParticipant', () => {
  it.each([
    ['MARSDEN, Helen (SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST)', 'Sheffield Teaching Hospitals NHS Foundation Trust', 'acute_trust', 'high', 'directory-name'],
    ['Helen Marsden | STH', 'Sheffield Teaching Hospitals NHS Foundation Trust', 'acute_trust', 'high', 'directory-name'],
    ['J. Patel (C88001)', 'Birchfield Medical Practice', 'general_practice', 'high', 'directory-code'],
    ['TEAM, Im1 (NHS ENGLAND - X26)', 'NHS England', 'nhs_england', 'high', 'directory-name'],
    ['RICHARDS, Tom (TOWNSHIPS 1 PCN)', 'Townships 1 PCN', 'pcn', 'high', 'display-name'],
    ['SAEED, Imran (COMMUNITY PHARMACY SOUTH YORKSHIRE)', 'Community Pharmacy South Yorkshire', 'primary_care_rep_body', 'high', 'display-name'],
    ['Sue Patel (Sheffield City Council)', 'Sheffield City Council', 'local_authority', 'medium', 'display-name'],
    ['Jo Hart (Practice Manager)', null, 'general_practice', 'low', 'job-title'],
    ['K. Shah (Y05161)', 'Y05161', 'general_practice', 'low', 'code-shape'],
    ['PATEL, Raj (U12345)', 'Foundry PCN', 'pcn', 'high', 'directory-code'],
    ['SHAH, Kiran (Y05161)', 'Y05161', 'general_practice', 'low', 'code-shape'],
    ['Sam Patel (ACME SOLUTIONS)', 'Acme Solutions', 'unknown', 'none', 'none'],
    ['Sam Patel', null, 'unknown', 'none', 'none'],
    ['Townships 1 PCN', 'Townships 1 PCN', 'pcn', 'medium', 'display-name'],
    ['Foundry PCN', 'Foundry PCN', 'pcn', 'high', 'directory-name'],
  ])('%s → %s (%s, %s)', (name, organisation, sector, confidence, evidence) => {
    const resolution = resolveParticipant(name, context());
    expect(resolution).toMatchObject({ kind: 'person', sector, confidence, evidence });
    expect(resolution.organisation?.name ?? null).toBe(organisation);
    expect(resolution.reason.length).toBeGreaterThan(10);
  });

  it('marks rooms as rooms', () => {
    expect(resolveParticipant('Meeting Room 3', context())).toMatchObject({ kind: 'room', evidence: 'room', organisation: null });
    expect(resolveParticipant('Merged audio', context()).kind).toBe('room');
  });

  it('always prefers the user’s own choice, and says so', () => {
    const mappings = new Map<string, UserMapping>([
      [mappingKey('MARSDEN, Helen (SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST) (Guest)'), { organisationName: 'Sheffield City Council', organisationId: null, odsCode: null, sector: 'local_authority' }],
    ]);
    expect(resolveParticipant('MARSDEN, Helen (SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST)', context({ mappings }))).toMatchObject({
      sector: 'local_authority',
      confidence: 'certain',
      evidence: 'your-choice',
      reason: 'You chose Sheffield City Council (local authority).',
      organisation: { name: 'Sheffield City Council' },
    });
  });

  it('uses what someone said in the meeting when the name says nothing', () => {
    const introductions = findIntroductions([{ speaker: 'Claire Bennett', text: "Hi, I'm Claire Bennett from the city council's public health team.", startMs: T0 }], T0);
    expect(resolveParticipant('Claire Bennett', context({ introductions }))).toMatchObject({
      sector: 'local_authority',
      confidence: 'medium',
      evidence: 'introduction',
      organisation: { name: 'City council' },
      reason: "Said in the meeting: “Hi, I'm Claire Bennett from the city council's public health team.”",
    });
  });
});

describe('resolveParticipants on the sample committee meeting', () => {
  const script = JSON.parse(readFileSync(join(__dirname, '..', '..', 'simulator', 'meetings', 'primary-care-committee.json'), 'utf8')) as {
    participants: { name: string; teamsName: string; sector: string | null; organisation: string | null }[];
    lines: { atS: number; speaker: string; text: string }[];
  };

  it.each([['Google Meet names', 'name'] as const, ['Teams (NHSmail) names', 'teamsName'] as const])(
    'puts every participant in their true sector from %s',
    (_label, field) => {
      const nameOf = new Map(script.participants.map((p) => [p.name, p[field]]));
      const utterances = script.lines.map((l) => ({ speaker: nameOf.get(l.speaker)!, text: l.text, startMs: T0 + l.atS * 1000 }));
      const resolutions = resolveParticipants(
        script.participants.map((p) => p[field]),
        context({ introductions: findIntroductions(utterances, T0, directory) }),
      );
      for (const p of script.participants) {
        const r = resolutions.get(p[field])!;
        if (p.sector === null) expect(r.kind, p.name).toBe('room');
        else if (p.name === 'Mark Ellison' && field === 'name') expect(r.sector, p.name).toBe('unknown');
        else expect(r.sector, `${p.name}: ${r.reason}`).toBe(p.sector);
      }
    },
  );

  it('completes "the ICB" with the only ICB named in the meeting, and a job title with it too', () => {
    const utterances = script.lines.map((l) => ({ speaker: l.speaker, text: l.text, startMs: T0 + l.atS * 1000 }));
    const resolutions = resolveParticipants(
      script.participants.map((p) => p.name),
      context({ introductions: findIntroductions(utterances, T0) }),
    );
    expect(resolutions.get('Margaret Holloway')?.organisation?.name).toBe('NHS South Yorkshire ICB');
    expect(resolutions.get('Daniel Okafor')?.organisation?.name).toBe('NHS South Yorkshire ICB');
    expect(resolutions.get('Daniel Okafor')?.reason).toContain('is the only integrated care board named in this meeting');
  });
});

const claim = (over: Partial<IntroductionClaim> & Pick<IntroductionClaim, 'speaker'>): IntroductionClaim => ({
  organisationText: null,
  sector: null,
  basis: 'organisation',
  title: null,
  quote: 'What they said.',
  atMs: T0,
  ...over,
});

describe('resolveParticipant: what is said wins over a weak display name', () => {
  it('takes the capacity someone says they are here in over the organisation in their NHSmail name', () => {
    const name = 'KIT, Lee (WILLOW BANK SURGERY)';
    const introductions = new Map([[name, claim({ speaker: name, organisationText: 'Midshire LMC', sector: 'primary_care_rep_body', isRepresenting: true, quote: 'I’m here for Midshire LMC today.' })]]);
    const resolution = resolveParticipant(name, context({ introductions }));
    expect(resolution).toMatchObject({ sector: 'primary_care_rep_body', evidence: 'introduction', organisation: { name: 'Midshire LMC' } });
    expect(resolution.reason).toBe('The display name says Willow Bank Surgery, but in the meeting they said they are here for Midshire LMC: “I’m here for Midshire LMC today.”');
  });

  it('takes an organisation of the directory someone says they are with over a stale NHSmail name', () => {
    const name = 'COOK, Daniel (BIRCHFIELD MEDICAL PRACTICE - C88001)';
    const introductions = new Map([[name, claim({ speaker: name, organisationText: 'FOUNDRY PCN', sector: 'pcn', basis: 'directory', quote: 'Dan Cook, clinical director, Foundry.' })]]);
    const resolution = resolveParticipant(name, context({ introductions }));
    expect(resolution).toMatchObject({ sector: 'pcn', evidence: 'introduction', organisation: { name: 'Foundry PCN' } });
    expect(resolution.reason).toBe('The display name says Birchfield Medical Practice, but in the meeting they said they are with Foundry PCN: “Dan Cook, clinical director, Foundry.”');
  });

  it('takes the PCN a chair introduces a practice account\'s owner as clinical director of', () => {
    const name = 'COOK, Daniel (BIRCHFIELD MEDICAL PRACTICE - C88001)';
    const introductions = new Map([[name, claim({ speaker: name, saidBy: 'other', organisationText: 'FOUNDRY PCN', sector: 'pcn', basis: 'directory', title: 'clinical director', quote: 'Dan is the clinical director for Foundry PCN.' })]]);
    const resolution = resolveParticipant(name, context({ introductions }));
    expect(resolution).toMatchObject({ sector: 'pcn', evidence: 'introduction', organisation: { name: 'Foundry PCN' } });
    expect(resolution.reason).toBe('The display name says Birchfield Medical Practice, but in the meeting they were introduced as being with Foundry PCN: “Dan is the clinical director for Foundry PCN.”');
  });

  it('keeps the practice when someone else only says the person works with a PCN', () => {
    const name = 'COOK, Daniel (BIRCHFIELD MEDICAL PRACTICE - C88001)';
    const introductions = new Map([[name, claim({ speaker: name, saidBy: 'other', organisationText: 'FOUNDRY PCN', sector: 'pcn', basis: 'directory', title: null, quote: 'Dan has been helping Foundry PCN.' })]]);
    expect(resolveParticipant(name, context({ introductions }))).toMatchObject({ sector: 'general_practice' });
  });

  it('takes an organisation said aloud over an NHSmail name that still shows a CCG, which no longer exists', () => {
    const name = 'STOTT, Graham (NHS MARDENSHIRE CCG)';
    const said = claim({ speaker: name, organisationText: 'Mardenshire LMC', sector: 'primary_care_rep_body', basis: 'organisation', quote: 'Graham Stott, medical secretary at Mardenshire LMC.' });
    expect(resolveParticipant(name, context({ introductions: new Map([[name, said]]) }))).toMatchObject({ sector: 'primary_care_rep_body', evidence: 'introduction', organisation: { name: 'Mardenshire LMC' } });
  });

  it('takes a trust of a known kind said aloud over an NHSmail name that says only "NHS trust"', () => {
    const name = 'SILLETT, Darren (SCCH NHS TRUST)';
    const said = claim({ speaker: name, organisationText: 'Suffolk Coastal Community Healthcare', sector: 'community_mental_health_trust', basis: 'organisation' });
    expect(resolveParticipant(name, context({ introductions: new Map([[name, said]]) }))).toMatchObject({ sector: 'community_mental_health_trust', evidence: 'introduction' });
  });

  it('keeps the display name over an organisation only guessed from a job title, or said in general words', () => {
    const name = 'RUDD, Kirsty (FOUNDRY PCN - U12345)';
    const guessed = claim({ speaker: name, organisationText: 'Foundry West PCN', sector: 'pcn', basis: 'job-title' });
    expect(resolveParticipant(name, context({ introductions: new Map([[name, guessed]]) }))).toMatchObject({ evidence: 'directory-code', organisation: { name: 'Foundry PCN' } });
    const general = claim({ speaker: name, organisationText: 'the ICB', sector: 'icb', basis: 'directory' });
    expect(resolveParticipant(name, context({ introductions: new Map([[name, general]]) }))).toMatchObject({ sector: 'pcn' });
  });

  it('keeps the display name when the capacity said is the same organisation', () => {
    const name = 'KIT, Lee (WILLOW BANK SURGERY)';
    const introductions = new Map([[name, claim({ speaker: name, organisationText: 'Willow Bank', sector: 'general_practice', isRepresenting: true })]]);
    expect(resolveParticipant(name, context({ introductions }))).toMatchObject({ evidence: 'display-name', organisation: { name: 'Willow Bank Surgery' } });
  });

  it('lets what a company does decide its sector when the display name gives only its legal form', () => {
    const name = 'FOX, Ada (RIVERSIDE HEALTH LTD)';
    const introductions = new Map([[name, claim({ speaker: name, organisationText: 'Riverside Health', sector: 'gp_provider_org', quote: 'We’re the GP federation.' })]]);
    expect(resolveParticipant(name, context({ introductions }))).toMatchObject({
      sector: 'gp_provider_org',
      organisation: { name: 'Riverside Health Ltd' },
      reason: 'The display name says Riverside Health Ltd, which gives only its legal form. Said in the meeting: “We’re the GP federation.”',
    });
  });

  it('keeps the company’s own name when it is called only "the federation"', () => {
    const name = 'FOX, Ada (RIVERSIDE HEALTH LTD)';
    const introductions = new Map([[name, claim({ speaker: name, organisationText: 'the federation', sector: 'gp_provider_org' })]]);
    expect(resolveParticipant(name, context({ introductions }))).toMatchObject({ sector: 'gp_provider_org', organisation: { name: 'Riverside Health Ltd' } });
  });

  it('gives the sector said to an organisation the display name names without saying what it is', () => {
    const introductions = new Map([
      ['Sam Patel (ACME SOLUTIONS)', claim({ speaker: 'Sam Patel (ACME SOLUTIONS)', organisationText: 'Acme', sector: 'gp_provider_org' })],
      ['Jan Doe (Elm Tree)', claim({ speaker: 'Jan Doe (Elm Tree)', organisationText: 'Midshire LMC', sector: 'primary_care_rep_body', isRepresenting: true })],
    ]);
    expect(resolveParticipant('Sam Patel (ACME SOLUTIONS)', context({ introductions }))).toMatchObject({ sector: 'gp_provider_org', organisation: { name: 'Acme Solutions' } });
    expect(resolveParticipant('Jan Doe (Elm Tree)', context({ introductions }))).toMatchObject({ sector: 'primary_care_rep_body', organisation: { name: 'Midshire LMC' } });
  });

  it('says so when only a legal form places someone', () => {
    const resolution = resolveParticipant('DEAN, Cy (MEADOW HEALTHCARE LTD)', context());
    expect(resolution).toMatchObject({ sector: 'independent_provider', confidence: 'low' });
    expect(resolution.reason).toContain('only its legal form');
  });

  it('says who introduced someone else', () => {
    const introductions = new Map([['Carla Diaz', claim({ speaker: 'Carla Diaz', saidBy: 'other', organisationText: 'Age UK Midshire', sector: 'vcse', quote: 'We’ve got Carla from Age UK Midshire.' })]]);
    expect(resolveParticipant('Carla Diaz', context({ introductions }))).toMatchObject({
      sector: 'vcse',
      reason: 'Someone else introduced them in the meeting: “We’ve got Carla from Age UK Midshire.”',
    });
  });

  it('explains a job title that placed someone', () => {
    const introductions = new Map([['Jo Bell', claim({ speaker: 'Jo Bell', organisationText: 'Kirkdale PCN', sector: 'pcn', basis: 'job-title', title: 'PCN manager', quote: 'Jo Bell, PCN manager for Kirkdale.' })]]);
    expect(resolveParticipant('Jo Bell', context({ introductions }))).toMatchObject({
      evidence: 'job-title',
      confidence: 'low',
      organisation: { name: 'Kirkdale PCN' },
      reason: 'Said in the meeting: “Jo Bell, PCN manager for Kirkdale.” The job title “PCN manager” suggests primary care network.',
    });
  });
});

describe('resolveParticipant: rooms and phones', () => {
  const room = 'Council Chamber (Northby)';

  it('keeps a room a room, with the people heard through it as its voices', () => {
    const introductions = new Map([
      [`${room}\u00001`, claim({ speaker: room, personName: 'Sue Grant', organisationText: 'Northby Borough Council', sector: 'local_authority', atMs: T0 + 60_000, quote: 'It’s Sue Grant.' })],
      [`${room}\u00002`, claim({ speaker: room, personName: '', atMs: T0 + 120_000, quote: 'It’s the other person in the room.' })],
    ]);
    const resolution = resolveParticipant(room, context({ introductions }));
    // The one voice placed is from Northby, and so is the room: its talk counts for the council.
    expect(resolution).toMatchObject({ kind: 'room', sector: 'local_authority', organisation: { name: 'Northby Borough Council' } });
    expect(resolution.voices).toEqual([
      {
        personName: 'Sue Grant',
        organisation: { key: 'name:northby borough council', name: 'Northby Borough Council', odsCode: null, directoryId: null },
        sector: 'local_authority',
        sinceMs: T0 + 60_000,
        reason: 'Sue Grant said who they are through the room device: “It’s Sue Grant.”',
      },
      { personName: '', organisation: null, sector: 'unknown', sinceMs: T0 + 120_000, reason: 'Someone else in the room spoke without saying who they are: “It’s the other person in the room.”' },
    ]);
    expect(resolution.reason).toBe(
      'A shared meeting room or device, not one person. Heard through it: Sue Grant (Northby Borough Council) and someone who did not say who they were. Everyone who said where they are from through it is from Northby Borough Council, so its talk counts there.',
    );
  });

  it('counts a room for one organisation only when its name, or two of its voices, bear that out', () => {
    /** A room heard through, each voice as [person, organisation, sector], a minute apart. */
    const roomWith = (roomName: string, ...voices: (readonly [string, string, SectorId])[]) =>
      resolveParticipant(
        roomName,
        context({
          introductions: new Map(
            voices.map(([personName, organisationText, sector], i) => [
              `${roomName}\u0000${i}`,
              claim({ speaker: roomName, personName, organisationText, sector, atMs: T0 + (i + 1) * 60_000, quote: `It's ${personName}.` }),
            ]),
          ),
        }),
      );
    // A councillor naming his own GP practice through the council chamber's system: one voice, and not the room's place.
    expect(roomWith('Council Chamber (County Hall)', ['Raj Bhandari', 'Castle Street Surgery', 'general_practice'])).toMatchObject({ kind: 'room', sector: 'unknown', organisation: null });
    // Two voices from the same practice: its room.
    expect(roomWith('Meeting Room 1', ['Helen Sugden', 'Moorside Medical Practice', 'general_practice'], ['Bev Holroyd', 'Moorside Medical Practice', 'general_practice'])).toMatchObject({
      kind: 'room',
      sector: 'general_practice',
      organisation: { name: 'Moorside Medical Practice' },
    });
    // Two voices from two organisations: still a room.
    expect(roomWith('Meeting Room 1', ['Helen Sugden', 'Moorside Medical Practice', 'general_practice'], ['Sam Hill', 'Northby Borough Council', 'local_authority'])).toMatchObject({ kind: 'room', sector: 'unknown', organisation: null });
  });

  it('has no voices for a room nobody spoke through by name', () => {
    expect(resolveParticipant(room, context()).voices).toBeUndefined();
  });

  it('takes a phone as the person who said who they were on it', () => {
    const phone = 'Samsung Galaxy S21';
    const introductions = new Map([[phone, claim({ speaker: phone, personName: 'Dev Patel', organisationText: 'BIRCHFIELD MEDICAL PRACTICE', sector: 'general_practice', basis: 'directory' })]]);
    expect(resolveParticipant(phone, context({ introductions }))).toMatchObject({
      kind: 'person',
      personName: 'Dev Patel',
      sector: 'general_practice',
      organisation: { name: 'Birchfield Medical Practice', directoryId: 'ods:C88001' },
    });
  });

  it('says plainly when nobody said who is on a phone', () => {
    expect(resolveParticipant('+44 7700 900123', context())).toMatchObject({
      kind: 'person',
      sector: 'unknown',
      reason: 'Joined as a phone or device (“+44 7700 900123”), and nobody said who it is.',
    });
  });
});

describe('resolveParticipants: completing "the ICB", "the LMC" and the like', () => {
  const midshire = new OrganisationIndex([
    org('QZZ', 'NHS MIDSHIRE ICB', 'icb'),
    org('QYY', 'NHS SOUTHMOOR ICB', 'icb'),
    org('L1', 'MIDSHIRE LMC', 'primary_care_rep_body'),
    org('L2', 'COMMUNITY PHARMACY MIDSHIRE', 'primary_care_rep_body'),
    org('C1', 'MIDSHIRE COUNTY COUNCIL', 'local_authority'),
  ]);
  const says = (speaker: string, organisationText: string, sector: OrganisationRecord['sector']) => claim({ speaker, organisationText, sector });

  it('picks the one whose place matches the other organisations in the meeting', () => {
    const introductions = new Map([['Ann Lee', says('Ann Lee', 'the ICB', 'icb')]]);
    const resolutions = resolveParticipants(['Ann Lee', 'BELL, Jo (MIDSHIRE LMC)'], { directory: midshire, mappings: new Map(), introductions });
    expect(resolutions.get('Ann Lee')?.organisation?.name).toBe('NHS Midshire ICB');
    expect(resolutions.get('Ann Lee')?.reason).toContain('NHS Midshire ICB is the integrated care board in your organisation list for the place the other organisations in this meeting are from.');
  });

  it('picks the only one of its kind in the directory', () => {
    const introductions = new Map([['Ann Lee', says('Ann Lee', 'the LMC', 'primary_care_rep_body')]]);
    const resolution = resolveParticipants(['Ann Lee'], { directory: midshire, mappings: new Map(), introductions }).get('Ann Lee');
    expect(resolution?.organisation?.name).toBe('Midshire LMC');
    expect(resolution?.reason).toContain('Midshire LMC is the only local medical committee in your organisation list.');
  });

  it('counts only the user’s own ICB as "the only one", though every ICB in England is built in', () => {
    const withBuiltins = new OrganisationIndex([...BUILTIN_ORGANISATIONS, org('15E', 'NHS BIRMINGHAM AND SOLIHULL ICB', 'icb')]);
    const introductions = new Map([['Ann Lee', says('Ann Lee', 'the ICB', 'icb')]]);
    const resolution = resolveParticipants(['Ann Lee'], { directory: withBuiltins, mappings: new Map(), introductions }).get('Ann Lee');
    expect(resolution?.organisation?.name).toBe('NHS Birmingham and Solihull ICB');
    expect(resolution?.reason).toContain('is the only integrated care board in your organisation list.');
  });

  it('picks a built-in ICB by the place of the other organisations in the meeting', () => {
    const onlyBuiltins = new OrganisationIndex([...BUILTIN_ORGANISATIONS, org('L9', 'DEVON LMC', 'primary_care_rep_body')]);
    const introductions = new Map([['Ann Lee', says('Ann Lee', 'the ICB', 'icb')]]);
    const resolution = resolveParticipants(['Ann Lee', 'BELL, Jo (DEVON LMC)'], { directory: onlyBuiltins, mappings: new Map(), introductions }).get('Ann Lee');
    expect(resolution?.organisation?.name).toBe('NHS Devon ICB');
  });

  it('never takes an LPC for an LMC, or the county council for the city council', () => {
    const directory = new OrganisationIndex([org('L2', 'COMMUNITY PHARMACY MIDSHIRE', 'primary_care_rep_body'), org('C1', 'MIDSHIRE COUNTY COUNCIL', 'local_authority')]);
    const introductions = new Map([
      ['Ann Lee', says('Ann Lee', 'the LMC', 'primary_care_rep_body')],
      ['Bo Hill', says('Bo Hill', 'the city council', 'local_authority')],
    ]);
    const resolutions = resolveParticipants(['Ann Lee', 'Bo Hill'], { directory, mappings: new Map(), introductions });
    expect(resolutions.get('Ann Lee')?.organisation?.name).toBe('LMC');
    expect(resolutions.get('Bo Hill')?.organisation?.name).toBe('City council');
  });

  it('completes the voices heard through a room too', () => {
    const room = 'Boardroom (Midshire House)';
    const introductions = new Map([[`${room}\u00001`, claim({ speaker: room, personName: 'Sue Grant', organisationText: 'the ICB', sector: 'icb' })]]);
    const resolution = resolveParticipants([room, 'BELL, Jo (MIDSHIRE LMC)'], { directory: midshire, mappings: new Map(), introductions }).get(room);
    expect(resolution?.voices?.[0]?.organisation?.name).toBe('NHS Midshire ICB');
    expect(resolution?.reason).toBe('A shared meeting room or device, not one person. Heard through it: Sue Grant (NHS Midshire ICB).');
  });
});

describe('resolveParticipant: an ODS code not in the directory', () => {
  it('keeps the organisation by the name shown with the code, placed by the code\'s shape', () => {
    const resolution = resolveParticipant('LOVEWELL, Sarah (ACLE MEDICAL PARTNERSHIP - D82044)', context());
    expect(resolution).toMatchObject({ sector: 'general_practice', organisation: { name: 'Acle Medical Partnership' } });
  });
});

describe('resolveParticipant: a guessed name never overrules the display name', () => {
  it('keeps the ICB in the NHSmail name over an organisation only guessed from a place said', () => {
    const name = 'MOYLE, Claire (NHS WESSEX VALE AND COAST ICB)';
    const guessed: IntroductionClaim = { speaker: name, organisationText: 'FOUNDRY PCN', sector: 'pcn', basis: 'directory', title: null, quote: 'For Foundry at the ICB.', atMs: T0, isNameGuessed: true };
    expect(resolveParticipant(name, context({ introductions: new Map([[name, guessed]]) })).sector).toBe('icb');
  });
});

describe('resolveParticipant: a council renamed since the account was made', () => {
  it('takes "Somerset Council" said by its own officer over TAUNTON DEANE BC on her account', () => {
    const name = 'BAKER, Joanne (TAUNTON DEANE BC)';
    const introductions = new Map([[name, claim({ speaker: name, organisationText: 'Somerset Council', sector: 'local_authority', basis: 'organisation', quote: 'Jo Baker, Somerset Council, I lead on housing and health.' })]]);
    expect(resolveParticipant(name, context({ introductions }))).toMatchObject({ sector: 'local_authority', organisation: { name: 'Somerset Council' } });
  });
});

describe('resolveParticipant: a PCN role said by someone on a practice\'s account', () => {
  const child = (code: string, name: string, parentCode: string): OrganisationRecord => ({ ...org(code, name, 'general_practice'), parentCode });
  const pcnManager = new Map([['PUGH, Gareth (MILLGATE MEDICAL CENTRE - P81041)', claim({ speaker: 'PUGH, Gareth (MILLGATE MEDICAL CENTRE - P81041)', organisationText: null, sector: 'pcn', basis: 'job-title', title: 'PCN manager', quote: 'Gareth, PCN manager, for anyone who doesn\'t know me.' })]]);
  const who = 'PUGH, Gareth (MILLGATE MEDICAL CENTRE - P81041)';

  it('is the practice\'s own network when the directory knows it', () => {
    const withParents = new OrganisationIndex([...BUILTIN_ORGANISATIONS, child('P81041', 'MILLGATE MEDICAL CENTRE', 'U81234'), org('U81234', 'DUNMOOR NORTH PCN', 'pcn'), org('U81299', 'DUNMOOR SOUTH PCN', 'pcn')]);
    expect(resolveParticipant(who, context({ directory: withParents, introductions: pcnManager }))).toMatchObject({ organisation: { name: 'Dunmoor North PCN' }, sector: 'pcn', evidence: 'job-title' });
  });

  it('is the only network in the directory when the practice\'s is not known', () => {
    const onePcn = new OrganisationIndex([...BUILTIN_ORGANISATIONS, org('P81041', 'MILLGATE MEDICAL CENTRE', 'general_practice'), org('U81234', 'DUNMOOR NORTH PCN', 'pcn')]);
    expect(resolveParticipant(who, context({ directory: onePcn, introductions: pcnManager }))).toMatchObject({ organisation: { name: 'Dunmoor North PCN' }, sector: 'pcn' });
  });

  it('stays the practice when it cannot tell which network', () => {
    const twoPcns = new OrganisationIndex([...BUILTIN_ORGANISATIONS, org('P81041', 'MILLGATE MEDICAL CENTRE', 'general_practice'), org('U81234', 'DUNMOOR NORTH PCN', 'pcn'), org('U81299', 'DUNMOOR SOUTH PCN', 'pcn')]);
    expect(resolveParticipant(who, context({ directory: twoPcns, introductions: pcnManager }))).toMatchObject({ organisation: { name: 'Millgate Medical Centre' }, sector: 'general_practice' });
  });
});

describe('resolveParticipant: a network role said by the person, on a practice account', () => {
  it('takes "Chidi Okafor, I\'m the clinical director for Ipswich Orwell PCN" over the practice in the NHSmail name, with no directory', () => {
    const name = 'OKAFOR, Chidi (HAWTHORN DRIVE SURGERY - D83061)';
    const introductions = new Map([[name, claim({ speaker: name, organisationText: 'Ipswich Orwell PCN', sector: 'pcn', basis: 'organisation', title: 'clinical director', quote: "Chidi Okafor, I'm the clinical director for Ipswich Orwell PCN." })]]);
    expect(resolveParticipant(name, context({ introductions }))).toMatchObject({ sector: 'pcn', evidence: 'introduction', organisation: { name: 'Ipswich Orwell PCN' } });
  });

  it('keeps the practice when they name the network without a role in it', () => {
    const name = 'OKAFOR, Chidi (HAWTHORN DRIVE SURGERY - D83061)';
    const introductions = new Map([[name, claim({ speaker: name, organisationText: 'Ipswich Orwell PCN', sector: 'pcn', basis: 'organisation', title: null, quote: "We're part of Ipswich Orwell PCN." })]]);
    expect(resolveParticipant(name, context({ introductions }))).toMatchObject({ sector: 'general_practice' });
  });
});

describe('resolveParticipant: a display name they said is not theirs', () => {
  it('places a locum on an ICB account in general practice, and says why', () => {
    const name = 'NOWICKI, Tomasz (NHS SOUTH YORKSHIRE ICB)';
    const introductions = new Map<string, IntroductionClaim>([
      [name, { speaker: name, saidBy: 'self', organisationText: null, sector: 'general_practice', basis: 'job-title', title: 'locum GP', quote: 'I locum', atMs: T0, deniesDisplayName: true }],
    ]);
    const resolution = resolveParticipant(name, context({ introductions }));
    expect(resolution).toMatchObject({ sector: 'general_practice', organisation: null, evidence: 'job-title' });
    expect(resolution.reason).toMatch(/not with NHS South Yorkshire ICB/);
  });
});
