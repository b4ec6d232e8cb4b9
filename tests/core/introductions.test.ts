import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIntroductions } from '@/utils/core/introductions';
import { BUILTIN_ORGANISATIONS, OrganisationIndex, type OrganisationRecord } from '@/utils/core/org-directory';

const T0 = Date.UTC(2026, 10, 18, 10, 0, 0);
const script = JSON.parse(readFileSync(join(__dirname, '..', '..', 'simulator', 'meetings', 'primary-care-committee.json'), 'utf8')) as {
  participants: { name: string; teamsName: string }[];
  lines: { atS: number; speaker: string; text: string }[];
};

function utterances(useTeamsNames = false) {
  const teams = new Map(script.participants.map((p) => [p.name, p.teamsName]));
  return script.lines.map((l) => ({ speaker: useTeamsNames ? teams.get(l.speaker)! : l.speaker, text: l.text, startMs: T0 + l.atS * 1000 }));
}

const say = (speaker: string, text: string, atS = 10) => ({ speaker, text, startMs: T0 + atS * 1000 });

/** Turns ten seconds apart, read against the built-in organisations, every speaker a participant. */
function readTurns(lines: [string, string][]) {
  return findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, new OrganisationIndex(BUILTIN_ORGANISATIONS), { participants: lines.map(([speaker]) => speaker) });
}

describe('findIntroductions on the sample committee meeting', () => {
  const claims = findIntroductions(utterances(), T0);

  it.each([
    ['Margaret Holloway', 'the ICB', 'icb'],
    ['Sarah Whitfield', 'NHS South Yorkshire ICB', 'icb'],
    ['Dr Tom Richards', 'Townships 1 PCN', 'pcn'],
    ['Dr Aisha Malik', 'Foundry PCN', 'pcn'],
    ['Dr Helen Marsden', 'Sheffield Teaching Hospitals', 'acute_trust'],
    ['Dr James Whitaker', 'Sheffield LMC', 'primary_care_rep_body'],
    ['Imran Saeed', 'Community Pharmacy South Yorkshire', 'primary_care_rep_body'],
    ['Claire Bennett', 'the city council', 'local_authority'],
    ['Gemma Lowe', 'Healthwatch Sheffield', 'healthwatch_patient_voice'],
  ])('%s: %s (%s)', (speaker, organisation, sector) => {
    expect(claims.get(speaker)).toMatchObject({ organisationText: organisation, sector });
  });

  it('falls back to a job title when no organisation is named', () => {
    expect(claims.get('Daniel Okafor')).toMatchObject({ organisationText: null, sector: 'icb', basis: 'job-title', title: 'primary care commissioning manager' });
  });

  it('completes a short name from an organisation named in full elsewhere in the meeting', () => {
    expect(claims.get('Karen Hodgson')).toMatchObject({ organisationText: 'Birchfield Medical Practice', sector: 'general_practice', title: 'practice manager' });
  });

  it('keeps the sentence as evidence', () => {
    expect(claims.get('Dr Tom Richards')?.quote).toBe('Morning all, Tom Richards, clinical director of Townships 1 PCN, and still a working GP the rest of the week.');
  });

  it('uses the directory to complete a short name', () => {
    const directory = new OrganisationIndex([
      { id: 'ods:C88001', name: 'BIRCHFIELD MEDICAL PRACTICE', odsCode: 'C88001', sector: 'general_practice', aliases: [], source: 'ods', odsReport: 'epraccur', parentCode: null },
    ]);
    expect(findIntroductions(utterances(), T0, directory).get('Karen Hodgson')).toMatchObject({
      organisationText: 'BIRCHFIELD MEDICAL PRACTICE',
      sector: 'general_practice',
      basis: 'directory',
    });
  });

  it('finds the same introductions under Teams names', () => {
    const teamsClaims = findIntroductions(utterances(true), T0);
    expect(teamsClaims.get('RICHARDS, Tom (TOWNSHIPS 1 PCN)')).toMatchObject({ organisationText: 'Townships 1 PCN' });
    expect(teamsClaims.get('Claire Bennett (Guest)')).toMatchObject({ sector: 'local_authority' });
  });

  it('claims nothing for people who never introduce themselves', () => {
    expect(claims.has('Mark Ellison')).toBe(false);
    expect(claims.has('Meeting Room 3')).toBe(false);
  });
});

describe('findIntroductions: what it does not take as an introduction', () => {
  it.each([
    ['someone else’s organisation', say('Helen Marsh', 'Thanks Tom, the council said the same last week.')],
    ['a bare "I am" with an organisation later on', say('Helen Marsh', "I'm pleased the council has agreed the funding.")],
  ])('%s', (_name, utterance) => {
    expect(findIntroductions([utterance], T0).size).toBe(0);
  });

  it('takes an introduction said late in the meeting when the speaker names themselves', () => {
    expect(findIntroductions([say('Helen Marsh', "I'm Helen Marsh from Sheffield City Council.", 31 * 60)], T0).get('Helen Marsh')).toMatchObject({
      organisationText: 'Sheffield City Council',
      sector: 'local_authority',
    });
  });

  it('after a speaker’s first few words, takes only a plain introduction', () => {
    const said = [1, 2, 3].map((i) => say('Sue Patel', `Point number ${i}.`, 40 * 60 + i));
    expect(findIntroductions([...said, say('Sue Patel', "I'm with the city council on this one.", 41 * 60)], T0).size).toBe(0);
    expect(findIntroductions([...said, say('Sue Patel', "Sorry, I should have said, I'm from the city council.", 41 * 60)], T0).get('Sue Patel')).toMatchObject({
      organisationText: 'the city council',
      sector: 'local_authority',
    });
  });

  it('ignores captions without a known speaker', () => {
    expect(findIntroductions([{ ...say('Unknown speaker', "I'm Jo from the city council."), isSpeakerUnknown: true }], T0).size).toBe(0);
  });

  it.each([
    ["Hi, I'm Sue Patel from the city council's public health team.", 'the city council', 'local_authority'],
    ['Sue Patel, representing Healthwatch Sheffield.', 'Healthwatch Sheffield', 'healthwatch_patient_voice'],
    ["I'm here on behalf of the LMC today.", 'the LMC', 'primary_care_rep_body'],
    ['Morning, Sue Patel, practice manager at Porter Valley Surgery.', 'Porter Valley Surgery', 'general_practice'],
    ['Sue Patel, chief executive of Sheffield Health Partnership University NHS Foundation Trust.', 'Sheffield Health Partnership University NHS Foundation Trust', 'community_mental_health_trust'],
    ['Sue Patel, Primary Care Sheffield, the GP federation.', 'Primary Care Sheffield, the GP federation', 'gp_provider_org'],
  ])('"%s" → %s', (text, organisation, sector) => {
    const claim = findIntroductions([say('Sue Patel', text)], T0).get('Sue Patel');
    expect(claim?.sector).toBe(sector);
    if (!organisation.includes(',')) expect(claim?.organisationText).toBe(organisation);
  });
});

const record = (name: string, sector: OrganisationRecord['sector'], code: string | null = null): OrganisationRecord => ({
  id: `test:${name}`,
  name,
  odsCode: code,
  sector,
  aliases: [],
  source: 'ods',
  odsReport: null,
  parentCode: null,
});

const midshire = new OrganisationIndex([
  record('ASHGROVE PCN', 'pcn', 'U10001'),
  record('WILLOW BANK SURGERY', 'general_practice', 'M10001'),
  record('NHS MIDSHIRE ICB', 'icb', 'QZZ'),
  record('MIDSHIRE LMC', 'primary_care_rep_body'),
  record('SOUTHFIELD COMMUNITY AND MENTAL HEALTH NHS TRUST', 'community_mental_health_trust', 'RZZ'),
  record('SOUTHFIELD CITY COUNCIL', 'local_authority'),
]);

/** One speaker's words, with the people in the meeting, read against the Midshire directory. */
function claimFor(text: string, speaker = 'Farah Khan', options: { atS?: number; participants?: string[] } = {}) {
  return findIntroductions([say(speaker, text, options.atS ?? 30)], T0, midshire, { participants: options.participants ?? [speaker] }).get(speaker);
}

describe('findIntroductions: name, role, preposition, organisation', () => {
  it.each([
    ['Good evening, Farah Khan, clinical lead at Ashgrove PCN.', 'ASHGROVE PCN', 'pcn'],
    ['Farah Khan, care coordinator for Ashgrove.', 'ASHGROVE PCN', 'pcn'],
    ['Hi, Farah Khan, care coordinator with Ashgrove, and I do the odd rota.', 'ASHGROVE PCN', 'pcn'],
    ['Farah Khan, Willow Bank.', 'WILLOW BANK SURGERY', 'general_practice'],
    ["Farah Khan, I'm a salaried GP at Willow Bank Surgery in the town centre.", 'WILLOW BANK SURGERY', 'general_practice'],
    ['Farah Khan, on behalf of Midshire LMC.', 'MIDSHIRE LMC', 'primary_care_rep_body'],
    ['Hi, Farah Khan, representing Healthwatch Midshire today.', 'Healthwatch Midshire', 'healthwatch_patient_voice'],
    ["I'm Farah Khan from the county council's children's services.", 'the county council', 'local_authority'],
    ['Farah Khan, chief officer of Community Pharmacy Midshire, so the LPC.', 'Community Pharmacy Midshire', 'primary_care_rep_body'],
    ["Farah Khan, I'm a community matron at SCMH.", 'SOUTHFIELD COMMUNITY AND MENTAL HEALTH NHS TRUST', 'community_mental_health_trust'],
    ["It's Farah, I run Brightside Opticians in the high street.", 'Brightside Opticians', 'optometry'],
    ['Farah Khan, Director of Adult Social Services for Southfield.', 'SOUTHFIELD CITY COUNCIL', 'local_authority'],
    ["Morning all, it's Farah Khan, I'm a councillor on Northby Borough Council and I chair scrutiny.", 'Northby Borough Council', 'local_authority'],
    ["Hi, it's Farah, I'm with the Northby GP Federation.", 'Northby GP Federation', 'gp_provider_org'],
    ['Farah Khan, Northby Volunteer Centre.', 'Northby Volunteer Centre', 'vcse'],
    ['Midshire LMC, Farah Khan here.', 'MIDSHIRE LMC', 'primary_care_rep_body'],
    ['Farah Khan, contracts manager, also ICB.', 'ICB', 'icb'],
    ['Hello all, I represent Community Pharmacy Midshire.', 'Community Pharmacy Midshire', 'primary_care_rep_body'],
  ])('"%s" → %s (%s)', (text, organisation, sector) => {
    const claim = claimFor(text);
    expect(claim).toMatchObject({ organisationText: organisation, sector });
    expect(claim?.saidBy).not.toBe('other');
  });

  it('completes a place said with a PCN job title as "<place> PCN", never as "PCN"', () => {
    expect(claimFor('Farah Khan, PCN manager for Millbrook and Dale.')).toMatchObject({ organisationText: 'Millbrook and Dale PCN', sector: 'pcn', basis: 'job-title' });
    expect(claimFor("It's Hamid, I'm the clinical director at Three Rivers.", 'Hamid Said')).toMatchObject({ organisationText: 'Three Rivers PCN', sector: 'pcn' });
  });

  it('does not complete a place that names a bigger body in the directory', () => {
    expect(claimFor("I'm the clinical director for Southfield.")?.organisationText).not.toBe('Southfield PCN');
  });

  it('completes a place said with a job title though a built-in trust is named after it', () => {
    const builtins = new OrganisationIndex(BUILTIN_ORGANISATIONS);
    const claims = findIntroductions([say('Neil Hepple', 'Neil Hepple, Director of Adult Social Services for Gateshead.', 30)], T0, builtins, { participants: ['Neil Hepple'] });
    expect(claims.get('Neil Hepple')).toMatchObject({ organisationText: 'Gateshead', sector: 'local_authority' });
  });

  it('knows a built-in trust said in part, or by its short name', () => {
    const builtins = new OrganisationIndex(BUILTIN_ORGANISATIONS);
    const claimsFor = (text: string) => findIntroductions([say('Ellie Jago', text, 30)], T0, builtins, { participants: ['Ellie Jago'] }).get('Ellie Jago');
    expect(claimsFor("Hi, it's Ellie from the discharge hub at Royal Cornwall.")).toMatchObject({ organisationText: 'Royal Cornwall Hospitals NHS Trust', sector: 'acute_trust' });
    expect(claimsFor("I'm the frailty lead at Leicestershire Partnership.")).toMatchObject({ organisationText: 'Leicestershire Partnership NHS Trust', sector: 'community_mental_health_trust' });
    expect(claimsFor('Ellie Jago, clinical lead at SWAST.')).toMatchObject({ organisationText: 'South Western Ambulance Service NHS Foundation Trust', sector: 'ambulance_trust' });
  });

  it('keeps the place as said with a general practice job title', () => {
    expect(claimFor("Farah Khan, I'm the practice manager at Hollins Lane.")).toMatchObject({ organisationText: 'Hollins Lane', sector: 'general_practice' });
  });

  it.each([
    ["I'm one of the practice nurses, so I'll talk about the flu clinics.", 'general_practice'],
    ["I'm a dentist by background and I'm here about access.", 'dental'],
    ['Farah Khan, medical secretary.', 'primary_care_rep_body'],
    ["I'm a pharmacist and I own three pharmacies along the coast.", 'community_pharmacy'],
    ['Farah Khan, I manage the GP hubs for the north of the county.', 'gp_provider_org'],
  ])('a job title or description alone gives the sector only: "%s"', (text, sector) => {
    expect(claimFor(text)).toMatchObject({ organisationText: null, sector });
  });

  it.each([
    ["I'm at the hospital tomorrow morning, so I'll send apologies."],
    ["I'm the one who asked the ICB for those figures."],
    ['Our practice manager went to the LMC about this.'],
    ["I'm with the council on this point, the figures look wrong."],
    ['Farah Khan, with the Three Rivers paper, I have a question.'],
    ['Farah Khan here, I agree with Midshire LMC on this one.'],
    ["I'm a GP, for what it's worth."],
  ])('is not fooled by "%s"', (text) => {
    expect(claimFor(text)).toBeUndefined();
  });

  it('marks the capacity someone is here in', () => {
    const claim = claimFor("I'm a partner at Willow Bank, but I'm wearing my other hat today, on behalf of Midshire LMC.", 'KHAN, Farah (WILLOW BANK SURGERY)');
    expect(claim).toMatchObject({ organisationText: 'MIDSHIRE LMC', isRepresenting: true });
  });

  it('reads the hat someone says they are wearing as the capacity they are here in', () => {
    // The one LMC in the directory.
    expect(claimFor("Lee Kit, I'm here with my LMC hat on today, not the practice one.", 'KIT, Lee (WILLOW BANK SURGERY)')).toMatchObject({
      organisationText: 'MIDSHIRE LMC',
      sector: 'primary_care_rep_body',
      isRepresenting: true,
    });
  });

  it('lets what someone says their company does decide the sector', () => {
    expect(claimFor('Ada Fox, Riverside Health, we are the GP federation for the north of the county.', 'FOX, Ada (RIVERSIDE HEALTH CIC)')).toMatchObject({
      organisationText: 'RIVERSIDE HEALTH CIC',
      sector: 'gp_provider_org',
    });
    expect(claimFor("Bo Hill, I'm the registered manager at Oakwood Care, we've got two nursing homes.", 'HILL, Bo (OAKWOOD CARE LTD)')).toMatchObject({
      organisationText: 'OAKWOOD CARE LTD',
      sector: 'social_care_provider',
    });
  });

  it('reads the answer to "which practice are you?" as a practice', () => {
    const claims = findIntroductions([say('Ann Lee', 'Which surgery are you with, Tom?', 60), say('Tom Webb', 'Sorry, yes, I am at Millbrook.', 70)], T0, null, {
      participants: ['Ann Lee', 'Tom Webb'],
    });
    expect(claims.get('Tom Webb')).toMatchObject({ organisationText: 'Millbrook', sector: 'general_practice' });
  });
});

describe('findIntroductions: roles said loosely, networks by place, and services that say the sector', () => {
  it('reads a role said with "now" or with no article, and a role after "as the"', () => {
    expect(claimFor("Morning. I'm lead pharmacist for Willow Bank, for my sins.")).toMatchObject({ organisationText: 'WILLOW BANK SURGERY', sector: 'general_practice' });
    expect(claimFor("I spent years in A and E, but I'm now a salaried GP at Larchfield Health Centre.")).toMatchObject({ organisationText: 'Larchfield Health Centre', sector: 'general_practice' });
    expect(claimFor('The thing I see, as the practice manager at Larchfield Surgery, is the phones.')).toMatchObject({ organisationText: 'Larchfield Surgery', sector: 'general_practice' });
  });

  it('reads "I look after the Ashgrove network" as the PCN', () => {
    expect(claimFor("Hi all, I look after the Ashgrove network, sorry I'm late.")).toMatchObject({ organisationText: 'ASHGROVE PCN', sector: 'pcn' });
  });

  it('takes the sector from the service someone manages when the organisation is not known by name', () => {
    expect(claimFor('Farah Khan, Riverdale Health, I run the crisis team for the north of the county.')).toMatchObject({ organisationText: 'Riverdale Health', sector: 'community_mental_health_trust' });
  });
});

describe('findIntroductions: a listed organisation said with more after it', () => {
  it.each([
    ["I'm here from Southfield City Council Public Health, for the vaccination item.", 'SOUTHFIELD CITY COUNCIL', 'local_authority'],
    ["I'm with the NHS Midshire ICB regional team today.", 'NHS MIDSHIRE ICB', 'icb'],
  ])('"%s" → %s', (text, organisation, sector) => {
    expect(claimFor(text)).toMatchObject({ organisationText: organisation, sector });
  });
});

describe('findIntroductions: introduced by someone else', () => {
  const people = ['Ann Lee', 'Carla Diaz', 'Jon Reeve', 'Nadia Osei', 'ROWE, Kim (ASHGROVE PCN)', 'Dev Mistry'];
  const read = (...said: [speaker: string, text: string][]) =>
    findIntroductions(
      said.map(([speaker, text], i) => say(speaker, text, 60 + i * 10)),
      T0,
      midshire,
      { participants: people },
    );

  it.each([
    ["We've got Carla from Age UK Midshire with us for this item.", 'Carla Diaz', 'Age UK Midshire', 'vcse'],
    ["Welcome to Jon, who's the operations lead at Ashgrove PCN.", 'Jon Reeve', 'ASHGROVE PCN', 'pcn'],
    ['Nadia runs Midshire Young Carers, so she can tell us how it lands.', 'Nadia Osei', 'Midshire Young Carers', 'vcse'],
    ["And Jon's joined us from Southfield City Council for the housing item.", 'Jon Reeve', 'SOUTHFIELD CITY COUNCIL', 'local_authority'],
    // "as <role>" after the organisation is not part of a role before it.
    ["It's Dev's first meeting with us. He's joined the ICB as deputy director for primary care.", 'Dev Mistry', 'the ICB', 'icb'],
    // A role with its own "for", then where they work.
    ["Can I welcome Jon Reeve, who's joined us as the new cabinet member for adult social care at Southfield City Council.", 'Jon Reeve', 'SOUTHFIELD CITY COUNCIL', 'local_authority'],
  ])('"%s" → %s: %s', (text, person, organisation, sector) => {
    expect(read(['Ann Lee', text]).get(person)).toMatchObject({ organisationText: organisation, sector, saidBy: 'other' });
  });

  it('reads "one of the GP partners at", an organisation inside the role, and "she\'s …" about the one person just named', () => {
    expect(read(['Ann Lee', "And Jon's one of the GP partners at Willow Bank Surgery, he's helping with the audit."]).get('Jon Reeve')).toMatchObject({ organisationText: 'WILLOW BANK SURGERY', sector: 'general_practice', saidBy: 'other' });
    expect(read(['Ann Lee', "A warm welcome to Nadia Osei, who's our new Age UK Midshire rep."]).get('Nadia Osei')).toMatchObject({ organisationText: 'Age UK Midshire', sector: 'vcse', saidBy: 'other' });
    expect(read(['Ann Lee', "Carla, have you met Jon? He's the estates lead at Southfield City Council."]).get('Jon Reeve')).toMatchObject({ organisationText: 'SOUTHFIELD CITY COUNCIL', sector: 'local_authority' });
    // The person spoken to is not the one the pronoun means.
    expect(read(['Ann Lee', "Carla, have you met Jon? He's the estates lead at Southfield City Council."]).get('Carla Diaz')).toBeUndefined();
  });

  it.each([
    ['Joining us from the county council is Jon Reeve, and from Age UK Midshire, Nadia Osei.', 'Jon Reeve', 'the county council', 'local_authority'],
    ['Joining us from the county council is Jon Reeve, and from Age UK Midshire, Nadia Osei.', 'Nadia Osei', 'Age UK Midshire', 'vcse'],
    ["And Carla's joined us, she's the practice manager at Willow Bank Surgery, so she can take the estates questions.", 'Carla Diaz', 'WILLOW BANK SURGERY', 'general_practice'],
    ["We've also got Jon Reeve, who runs Ashgrove Lodge care home, for the provider view.", 'Jon Reeve', 'Ashgrove Lodge', 'social_care_provider'],
    ["I've brought Dev with us, he's one of our paramedics at Ashgrove PCN.", 'Dev Mistry', 'ASHGROVE PCN', 'pcn'],
  ])('"%s" → %s: %s', (text, person, organisation, sector) => {
    expect(read(['Ann Lee', text]).get(person)).toMatchObject({ organisationText: organisation, sector, saidBy: 'other' });
  });

  it('reads "who started this month as chief executive of …"', () => {
    expect(read(['Ann Lee', 'Welcome to Carla Diaz, who started this month as chief executive of Midshire LMC.']).get('Carla Diaz')).toMatchObject({ organisationText: 'MIDSHIRE LMC', sector: 'primary_care_rep_body', saidBy: 'other' });
  });

  it('reads a list of people and where they are from', () => {
    const claims = read(['Ann Lee', "We've got Carla from Age UK Midshire, Jon from the LPC and Nadia from the federation joining us today."]);
    expect([...claims].map(([person, c]) => [person, c.organisationText, c.sector])).toEqual([
      ['Carla Diaz', 'Age UK Midshire', 'vcse'],
      ['Jon Reeve', 'the LPC', 'primary_care_rep_body'],
      ['Nadia Osei', 'the federation', 'gp_provider_org'],
    ]);
  });

  it('gives someone brought along by a colleague the colleague’s organisation', () => {
    expect(read(['ROWE, Kim (ASHGROVE PCN)', "I've brought Dev along, he's our new paramedic."]).get('Dev Mistry')).toMatchObject({
      organisationText: 'ASHGROVE PCN',
      sector: 'pcn',
      saidBy: 'other',
      title: 'new paramedic',
    });
  });

  it('does not read where someone was as who they are', () => {
    expect(read(['Ann Lee', 'I was chatting to Carla at Age UK Midshire yesterday about it.']).has('Carla Diaz')).toBe(false);
  });

  it('matches a first name only when nobody else in the meeting has it', () => {
    const claims = findIntroductions([say('Ann Lee', "We've got Sam from the city council with us.")], T0, null, { participants: ['Ann Lee', 'Sam Cole', 'Sam Price'] });
    expect(claims.size).toBe(0);
  });

  it('prefers what people say about themselves', () => {
    const claims = read(['Ann Lee', "We've got Carla from the council with us."], ['Carla Diaz', 'Thanks Ann. Carla Diaz, Age UK Midshire, actually.']);
    expect(claims.get('Carla Diaz')).toMatchObject({ organisationText: 'Age UK Midshire' });
    expect(claims.get('Carla Diaz')?.saidBy).not.toBe('other');
  });
});

describe('findIntroductions: rooms and phones', () => {
  const room = 'Council Chamber (Northby)';

  it('gives each person who says who they are through a room a claim of their own, in order', () => {
    const claims = findIntroductions(
      [
        say(room, "Hello, it's Sue Grant in the chamber, I'm the director of public health at Northby Borough Council.", 60),
        say('Ann Lee', 'Thanks Sue.', 70),
        say(room, "It's Raj Mehta now, from Healthwatch Northby.", 80),
        say(room, "It's Sue again, one more point.", 90),
        say(room, "Sorry, it's the other person in the room.", 100),
      ],
      T0,
      null,
      { participants: [room, 'Ann Lee'] },
    );
    const voices = [...claims.values()].filter((c) => c.speaker === room).sort((a, b) => a.atMs - b.atMs);
    expect(voices.map((v) => [v.personName, v.organisationText, v.sector])).toEqual([
      ['Sue Grant', 'Northby Borough Council', 'local_authority'],
      ['Raj Mehta', 'Healthwatch Northby', 'healthwatch_patient_voice'],
      ['Sue Grant', 'Northby Borough Council', 'local_authority'],
      ['', null, null],
    ]);
    expect(claims.has(room)).toBe(false);
  });

  it('takes the people a chair says are in the room as its voices', () => {
    const claims = findIntroductions(
      [say('Ann Lee', "In the room we've got Councillor Priya Nair, and Tom Hale from Healthwatch Northby.", 60)],
      T0,
      null,
      { participants: [room, 'Ann Lee'] },
    );
    const voices = [...claims.values()].filter((c) => c.speaker === room);
    expect(voices.map((v) => [v.personName, v.sector, v.saidBy])).toEqual([
      ['Councillor Priya Nair', 'local_authority', 'other'],
      ['Tom Hale', 'healthwatch_patient_voice', 'other'],
    ]);
  });

  it.each(['Samsung Galaxy A52', 'iPhone (3)', '+44 7700 900123'])('takes the person speaking on %s at their word', (device) => {
    const claims = findIntroductions(
      [say('Ann Lee', "Someone's joined by phone, who's that?", 60), say(device, "Hi, it's Dev Patel, practice manager at Willow Bank Surgery, I'm on the bus.", 70)],
      T0,
      midshire,
      { participants: ['Ann Lee', device] },
    );
    expect(claims.get(device)).toMatchObject({ personName: 'Dev Patel', organisationText: 'WILLOW BANK SURGERY', sector: 'general_practice' });
  });

  it('takes what the person on a phone says about their job even without their name', () => {
    const phone = '+44 7700 900999';
    const said = (text: string) => findIntroductions([say(phone, text, 60)], T0, midshire, { participants: [phone] }).get(phone);
    expect(said("Hello, it's the practice manager at Willow Bank Surgery, sorry, I'm on the phone.")).toMatchObject({ organisationText: 'WILLOW BANK SURGERY', sector: 'general_practice' });
    expect(said("Yes, I think the practice should do it, I'm with you on that.")).toBeUndefined();
  });

  it('takes no name from a room that only says where it is', () => {
    expect(findIntroductions([say(room, "Hello, it's room two here, can you hear us?")], T0).size).toBe(0);
  });
});

describe('findIntroductions: introductions by someone else, said the way people say them', () => {
  const builtins = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);
  const claimsFor = (lines: { speaker: string; text: string }[], participants: string[]) =>
    findIntroductions(
      lines.map((l, i) => say(l.speaker, l.text, 10 + i * 10)),
      T0,
      builtins,
      { participants },
    );

  it.each([
    ['a role with no article before it', 'Over to Priya Sandhu, deputy chief nurse for Royal Cornwall Hospitals.', 'Priya Sandhu', 'Royal Cornwall Hospitals NHS Trust', 'acute_trust'],
    ['"joining from"', "And we've got Marcus Hale joining from Westgate Medical Group today.", 'Marcus Hale', 'Westgate Medical Group', 'general_practice'],
    ['a name broken by a filler', 'Welcome to Nadia Rahman from the Homerton, um, Healthcare Trust.', 'Nadia Rahman', 'Homerton Healthcare NHS Foundation Trust', 'acute_trust'],
    ['"he\'s chair of"', "For those who don't know Gareth, he's chair of the Somerset LMC.", 'Gareth Price', 'Somerset LMC', 'primary_care_rep_body'],
    ['"on the line"', "I've got Ellie Shaw from East of England Ambulance on the line.", 'Ellie Shaw', 'East of England Ambulance Service NHS Trust', 'ambulance_trust'],
    ['"for the record, that\'s"', "For the record, that's Dev Mistry from Healthwatch Slough.", 'Dev Mistry', 'Healthwatch Slough', 'healthwatch_patient_voice'],
  ])('%s', (_kind, text, person, organisation, sector) => {
    const claims = claimsFor([{ speaker: 'Chair Person', text }], ['Chair Person', person]);
    expect(claims.get(person)).toMatchObject({ organisationText: organisation, sector, saidBy: 'other' });
  });

  it('does not take a street name for a hospital: a medical group on Infirmary Road is a practice', () => {
    const claims = claimsFor([{ speaker: 'Chair Person', text: 'We have Jo Platt with us from Infirmary Road Medical Group.' }], ['Chair Person', 'Jo Platt']);
    expect(claims.get('Jo Platt')).toMatchObject({ sector: 'general_practice' });
  });
});

describe('findIntroductions: the organisation of the person before, and job titles that imply a sector', () => {
  const builtins = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);

  it('"same network" takes the PCN of whoever spoke just before; "same LMC" a kind that does not fit takes nothing', () => {
    const claims = findIntroductions(
      [say('Dr Rosa Lind', 'Rosa, clinical director, Harbourside PCN.', 10), say('Sam Wells', "Sam, care coordinator, I'm with the same network.", 20), say('Ian Ford', 'Ian, same LMC as everyone else round here.', 30)],
      T0,
      builtins,
    );
    expect(claims.get('Sam Wells')).toMatchObject({ organisationText: 'Harbourside PCN', sector: 'pcn' });
    expect(claims.get('Ian Ford')?.organisationText ?? null).toBeNull();
  });

  it.each([
    ['network manager', 'Kit Lowe', 'Kit, network manager for Saltmarsh, just to say hello.', 'Saltmarsh PCN', 'pcn'],
    ['an ARRS role', 'Bea Cole', "I'm Bea, the ARRS physio for Millbrook, for those who haven't met me.", 'Millbrook PCN', 'pcn'],
    ['senior partner, without the town', 'Owen Hughes', 'Owen Hughes, senior partner at Bryn Teg in Welshpool.', 'Bryn Teg', 'general_practice'],
    ['an out-of-hours GP co-op explained after its name', 'Alex Moss', "I'm the medical director at Nightcare, the out-of-hours GP co-op.", 'Nightcare', 'gp_provider_org'],
  ])('%s', (_kind, speaker, text, organisation, sector) => {
    const claims = findIntroductions([say(speaker, text)], T0, builtins);
    expect(claims.get(speaker)).toMatchObject({ organisationText: organisation, sector });
  });
});

describe('findIntroductions: captions in lower case and round-the-table shorthand', () => {
  const builtins = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);
  const claimOf = (speaker: string, text: string) => findIntroductions([say(speaker, text)], T0, builtins).get(speaker);

  it.each([
    ['Jory Pascoe', 'jory pascoe, Cornwall Council, adult social care', 'Cornwall Council', 'local_authority'],
    ['Ola Adeyemi', 'hiya its ola adeyemi from the carers service I cover preston', 'Carers Service', 'vcse'],
    ['Rukhsana Ali', 'rukhsana, practice manager, the lee surgery', 'Lee Surgery', 'general_practice'],
    ['Gav Ellis', 'gav from the fed', 'the fed', 'gp_provider_org'],
    ['Sophie Ahmed', "sophie, I'm from Bristol Mind, we run the wellbeing sessions", 'Bristol Mind', 'vcse'],
    ['Tariq Aziz', "Tariq — pharmacy — I've got two shops in Rochdale", 'Pharmacy', 'community_pharmacy'],
    // Lower case drops the apostrophes too: "its" opening the turn is "it's", "im" is "I'm".
    ['karen blythe', 'hiya its karen practice manager at holloway fields medical centre sorry im late', 'Holloway Fields Medical Centre', 'general_practice'],
    ['Maureen Oduya', "Maureen Oduya. I'm representing Healthwatch Sefton tonight, and I'll take you through what we heard.", 'Healthwatch Sefton', 'healthwatch_patient_voice'],
    // Joining on behalf of a body, or joining from one, is as strong as being here for it.
    ['Lynne Carver', "Thanks Graham. I'm, er, I'm joining on behalf of the hospice, for anybody who's new.", 'the hospice', 'hospice'],
    ['Gav Ellis', "I'm joining from the federation today.", 'the federation', 'gp_provider_org'],
    // The employer, not the role: a link worker employed through a voluntary sector body.
    ['Leanne Storey', "Hiya. So I'm a social prescribing link worker, I'm actually employed through Voluntary Action Barnsley, but I'm based across the Dearne practices.", 'Voluntary Action Barnsley', 'vcse'],
  ])('%s: %s', (speaker, text, organisation, sector) => {
    expect(claimOf(speaker, text)).toMatchObject({ organisationText: organisation, sector });
  });

  it('takes a lower-case name only where it opens the turn, and never a job title for an organisation', () => {
    expect(claimOf('Will Hart', 'I will send the surgery list round.')).toBeUndefined();
    expect(claimOf('Lynne Carver', "I'm joining from the car today, sorry.")).toBeUndefined();
    // "its" is "it's" only opening a lower-case turn: not mid-sentence, not where the caption has capitals.
    expect(claimOf('Ros Lee', 'the practice and its manager at holloway fields medical centre')).toBeUndefined();
    expect(claimOf('Dan Osei', 'Dan, practice manager')).toMatchObject({ organisationText: null, sector: 'general_practice', basis: 'job-title' });
  });

  it('reads a lower-case name then an organisation with no comma between, where the directory or its type word knows it', () => {
    const withPcn = new OrganisationIndex([...BUILTIN_ORGANISATIONS, { id: 'ods:U61218', name: 'Brackenfield and Villages PCN', odsCode: 'U61218', sector: 'pcn', aliases: [], source: 'ods', odsReport: null, parentCode: null }]);
    expect(findIntroductions([say('Kerry Pugh', 'morning all kerry pugh brackenfield and villages')], T0, withPcn).get('Kerry Pugh')).toMatchObject({ organisationText: 'Brackenfield and Villages PCN', sector: 'pcn' });
    expect(claimOf('Carol Dean', "carol dean leicester city council I'm the strategic director for social care")).toMatchObject({ organisationText: 'Leicester City Council', sector: 'local_authority' });
    // A job title after the name is not an organisation.
    expect(claimOf('Carol Dean', 'hi carol dean practice manager')).toMatchObject({ organisationText: null, sector: 'general_practice', basis: 'job-title' });
  });

  it('reads a lower-case name, then a role and "for" or "at" an organisation the directory knows by its place', () => {
    const directory = new OrganisationIndex([
      ...BUILTIN_ORGANISATIONS,
      { id: 'ods:U62001', name: 'Marsh and Wolds PCN', odsCode: 'U62001', sector: 'pcn', aliases: [], source: 'ods', odsReport: null, parentCode: null },
      { id: 'ods:C84001', name: 'Spilsby Lane Surgery', odsCode: 'C84001', sector: 'general_practice', aliases: [], source: 'ods', odsReport: null, parentCode: null },
    ]);
    const claim = (speaker: string, text: string) => findIntroductions([say(speaker, text)], T0, directory).get(speaker);
    expect(claim('Jo Barker', 'hi everyone um its jo barker im the pcn manager for marsh and wolds er ive been in post since september')).toMatchObject({ organisationText: 'Marsh and Wolds PCN', sector: 'pcn' });
    expect(claim('Dr Ravi Menon', 'welcome jo ravi menon gp partner at spilsby lane weve met on email')).toMatchObject({ organisationText: 'Spilsby Lane Surgery', sector: 'general_practice' });
  });
});

describe('findIntroductions: councillors, and the floor handed over for an organisation', () => {
  const builtins = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);

  it('a councillor who never says where they are from is of the council the meeting names, as the weakest evidence', () => {
    const claims = findIntroductions(
      [say('Cllr Rosa Penn', "Good morning and welcome to Wearside City Council's health scrutiny committee."), say('Cllr Tom Bray', 'Thank you, Chair.', 20), say('Councillor Lee Dunn', 'Morning, Lee Dunn, I chair the LMC now as well.', 30)],
      T0,
      builtins,
    );
    expect(claims.get('Cllr Tom Bray')).toMatchObject({ organisationText: 'Wearside City Council', sector: 'local_authority', basis: 'job-title' });
    expect(claims.get('Councillor Lee Dunn')).toMatchObject({ sector: 'primary_care_rep_body' });
  });

  it('leaves the council unnamed when the meeting names two', () => {
    const claims = findIntroductions([say('Cllr Ann Roe', 'Welcome, colleagues from Northby County Council and Southby City Council.'), say('Cllr Jo Kay', 'Thanks.', 20)], T0, builtins);
    expect(claims.get('Cllr Jo Kay')).toMatchObject({ organisationText: null, sector: 'local_authority' });
  });

  it('"over to Priya for the Barnsley Hospital update" places Priya at the hospital', () => {
    const claims = findIntroductions([say('Chair Person', "Thanks. So over to Priya Chandran for the Barnsley Hospital update."), say('Priya Chandran', 'Thank you.', 20)], T0, builtins);
    expect(claims.get('Priya Chandran')).toMatchObject({ organisationText: 'Barnsley Hospital NHS Foundation Trust', sector: 'acute_trust', saidBy: 'other' });
  });
});

describe('findIntroductions: a name between commas, greetings before it, organisations first', () => {
  const builtins = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);
  const claimOf = (speaker: string, text: string) => findIntroductions([say(speaker, text)], T0, builtins).get(speaker);

  it.each([
    ['Dave Kinsella', "sorry I'm late, dave, NWAS, I'm the consultant paramedic for cheshire", 'North West Ambulance Service NHS Trust', 'ambulance_trust'],
    ['Craig Sutton', "hi all craig, public health, I'm covering the update", 'public health', 'local_authority'],
    ['Maureen Dodd', "maureen, age uk, I'm the hospital aftercare coordinator", 'Age UK', 'vcse'],
    ['Dr Mandeep Sohal', "thanks, mandeep, the fed, we're picking up the enhanced access from April", 'the fed', 'gp_provider_org'],
    ['Dr Jo Hart', "From the LMC, I'm Dr Jo Hart.", 'the LMC', 'primary_care_rep_body'],
    ['Helen Rigby', "helen, I'm in adult social care at the council", 'the council', 'local_authority'],
  ])('%s: %s', (speaker, text, organisation, sector) => {
    expect(claimOf(speaker, text)).toMatchObject({ organisationText: organisation, sector });
  });
});

describe('findIntroductions: thanking or greeting someone of the same name', () => {
  it('"Thanks Tom, I agree with…" from a Tom is not Tom introducing himself', () => {
    const claims = findIntroductions([say('Dr Tom Richards', 'Thanks Tom, I agree with the PCN on the ARRS budget.'), say('HART, Tom (FOUNDRY PCN)', 'Cheers.', 20)], T0);
    expect(claims.get('Dr Tom Richards')).toBeUndefined();
  });
});

describe('findIntroductions: initials straight after the name, and capitals inside a lower-case name', () => {
  const builtins = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);
  const claimOf = (speaker: string, text: string) => findIntroductions([say(speaker, text)], T0, builtins).get(speaker);

  it.each([
    ['Dave Kinsella', "dave kinsella NWAS I'm the consultant paramedic", 'North West Ambulance Service NHS Trust', 'ambulance_trust'],
    ['Aaron Platt', 'aaron, wirral MIND', 'Wirral MIND', 'vcse'],
  ])('%s: %s', (speaker, text, organisation, sector) => {
    expect(claimOf(speaker, text)).toMatchObject({ organisationText: organisation, sector });
  });

  it('"non-executive member of the ICB" is the ICB, not an organisation called that', () => {
    expect(claimOf('Margaret Holloway', "I'm Margaret Holloway, non-executive member of the ICB and chair of this committee.")?.organisationText).toBe('the ICB');
  });
});

describe('findIntroductions: "from the ICB" in lower case', () => {
  it('is the ICB, not an organisation called "From the ICB"', () => {
    const claim = findIntroductions([say('Daniel Okafor', 'daniel okafor from the ICB, primary care commissioning manager')], T0).get('Daniel Okafor');
    expect(claim?.organisationText).toBe('the ICB');
  });
});

/** The built-in organisations only, as a user who has imported nothing has. */
const builtinDirectory = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);
/** One speaker's words read against a directory (the built-in one unless given). */
const claimIn = (speaker: string, text: string, directory: OrganisationIndex = builtinDirectory) => findIntroductions([say(speaker, text)], T0, directory).get(speaker);
/** Turns ten seconds apart, for introductions that span speakers. */
const turnsOf = (...lines: [string, string][]) => lines.map(([speaker, text], i) => say(speaker, text, 10 + i * 10));

describe('findIntroductions: unpunctuated captions, a place straight after the title, and the name people use', () => {
  it.each([
    // Lower case, no comma: the name, then the title, then where, read against the directory.
    ['Sandra Oakes', 'sandra oakes practice manager at willow bank', 'WILLOW BANK SURGERY', 'general_practice'],
    ['Farah Khan', 'afternoon Farah Khan clinical director Ashgrove', 'ASHGROVE PCN', 'pcn'],
    ['Farah Khan', 'Farah Khan, clinical director, Ashgrove.', 'ASHGROVE PCN', 'pcn'],
    // "Ife" for Ifeoma: the surname, with the first name people use.
    ['Dr Ifeoma Nwosu', 'yes hi everyone ife nwosu salaried gp from castle surgery in malton first meeting so be gentle', 'Castle Surgery', 'general_practice'],
    ['OKAFOR, Olufemi (WILLOW BANK SURGERY)', 'afternoon Femi Okafor clinical director Ashgrove', 'ASHGROVE PCN', 'pcn'],
  ])('%s: %s', (speaker, text, organisation, sector) => {
    expect(claimIn(speaker, text, midshire)).toMatchObject({ organisationText: organisation, sector });
  });

  it('reads "CD for <place>" as the clinical director of that place’s PCN, but a "CD lead" as no such thing', () => {
    expect(claimIn('Anand Rao', 'Hello, Anand Rao, CD for Hadleigh and Stour. My Teams still says the old name.')).toMatchObject({ organisationText: 'Hadleigh and Stour PCN', sector: 'pcn' });
    expect(claimIn('Anand Rao', 'Hi, Anand Rao, CD lead for the ICB.')).toMatchObject({ organisationText: 'the ICB', sector: 'icb' });
  });

  it('knows a community trust by its own name, and an optometric adviser as optometry (weak evidence)', () => {
    expect(claimIn('Darren Sillett', 'Darren Sillett, locality operations manager at Suffolk Coastal Community Healthcare, the community trust.')).toMatchObject({
      organisationText: 'Suffolk Coastal Community Healthcare',
      sector: 'community_mental_health_trust',
    });
    expect(claimIn('Claire Woolnough', 'Hi, Claire Woolnough, optometric adviser.')).toMatchObject({ organisationText: null, sector: 'optometry', basis: 'job-title' });
  });

  it('gives no capitals to a lower-case greeting of someone else', () => {
    expect(claimIn('Jo Smith', 'hi jo smith can you send that round')).toBeUndefined();
  });
});

describe('findIntroductions: what a name and a title say about the kind of organisation', () => {
  it.each([
    ['Lindsey Oram', 'And Lindsey Oram, director of care at Weston Hospicecare.', 'Weston Hospicecare', 'hospice'],
    ['Farah Siddiqui', "I'm Farah Siddiqui, I'm from Catalyst, the voluntary sector network in Stockton.", 'Catalyst', 'vcse'],
    ['Debbie Lowther', "So, Debbie Lowther, I'm the registered manager at Oakfield Lodge, sixty beds.", 'Oakfield Lodge', 'social_care_provider'],
    ['Ahmed Siddiq', "Oh sorry, Ahmed Siddiq, I'm a partner at Darwen Healthcare, standing in this month.", 'Darwen Healthcare', 'general_practice'],
  ])('%s: %s', (speaker, text, organisation, sector) => {
    expect(claimIn(speaker, text)).toMatchObject({ organisationText: organisation, sector });
  });

  it('reads "employed by" as where someone works', () => {
    const claim = claimIn('Kieran Doyle', "Hiya, Kieran Doyle, I'm one of the paramedics, employed by Ashgrove, working across the four practices.", midshire);
    expect(claim).toMatchObject({ organisationText: 'ASHGROVE PCN', sector: 'pcn' });
  });
});

describe('findIntroductions: the second voice in a room, and someone said to be from somewhere', () => {
  it('reads a second person in a room who opens with "And"', () => {
    const room = 'Council Chamber (Sessions House)';
    const claims = findIntroductions(
      [say(room, "Thank you, Chair. Good evening, I'm Daniel Okoro, director of primary care at NHS Midshire ICB.", 10), say(room, "And good evening, Helen Rudd, I'm the chief executive of Healthwatch Midshire.", 20)],
      T0,
      midshire,
      { participants: [room] },
    );
    expect([...claims.values()].map((c) => [c.personName, c.organisationText])).toEqual([
      ['Daniel Okoro', 'NHS MIDSHIRE ICB'],
      ['Helen Rudd', 'Healthwatch Midshire'],
    ]);
  });

  it('takes "Fiona\'s from the hospice" as where Fiona works', () => {
    const claims = findIntroductions([say('Dr Yasmin Rauf', "And Fiona's from the hospice, she's going to talk about the advance care plans.", 10)], T0, midshire, {
      participants: ['Dr Yasmin Rauf', 'Fiona Lytton'],
    });
    expect(claims.get('Fiona Lytton')).toMatchObject({ organisationText: 'the hospice', sector: 'hospice', saidBy: 'other' });
  });
});

describe('findIntroductions: what is not an organisation, and the name after "my practice"', () => {
  it.each([
    ['Sandra Pritchard', 'hiya, Sandra Pritchard, practice manager up at Willow Bank', 'WILLOW BANK SURGERY', 'general_practice'],
    ['Bethany Amos', "I'm employed by Wednesford Community Links, the charity, and they sort of lend me to the PCN, if that makes sense.", 'Wednesford Community Links', 'vcse'],
    ['Martin Greaves', "Afternoon, Martin Greaves, primary care manager at the ICB, so NHS Tame and Stour, and Ashgrove's one of my patches.", 'NHS Tame and Stour', 'icb'],
    ['Helen Okonjo', "No, I do sit on the LMC, but today I'm here for my practice, Long Eaton Health Centre, I'm the senior partner.", 'Long Eaton Health Centre', 'general_practice'],
    ['Ravi Chauhan', "ravi, boots, I manage the Victoria Centre store, we've done about three hundred consultations", 'Boots', 'community_pharmacy'],
  ])('%s: %s', (speaker, text, organisation, sector) => {
    expect(claimIn(speaker, text, midshire)).toMatchObject({ organisationText: organisation, sector });
  });
});

describe('findIntroductions: brought in by the chair for an organisation, or speaking from its side', () => {
  it.each([
    ["I'll go to the ICB for a response. Mr Perrins?", 'Richard Perrins', 'the ICB', 'icb'],
    ['And from the hospice, Marion?', 'Marion Oakley', 'the hospice', 'hospice'],
    ['EMAS, are you with us? Karen?', 'Karen Tebbutt', 'East Midlands Ambulance Service NHS Trust', 'ambulance_trust'],
    ["And we've got Healthwatch Essex with us, Samantha's their chief executive. Samantha.", 'Samantha Cole', 'Healthwatch Essex', 'healthwatch_patient_voice'],
  ])('%s', (chair, person, organisation, sector) => {
    const claims = findIntroductions(turnsOf(['Cllr Margaret Lunn', chair], [person, 'Thank you chair. So on the figures, we are where we said we would be.']), T0, builtinDirectory);
    expect(claims.get(person)).toMatchObject({ organisationText: organisation, sector, saidBy: 'other' });
  });

  it('only when the person named is the next to speak', () => {
    const claims = findIntroductions(
      turnsOf(['Cllr Margaret Lunn', "I'll go to the ICB for a response. Mr Perrins?"], ['Amy Hart', 'Sorry chair, before that, can I just say something?'], ['Richard Perrins', 'Thank you chair.']),
      T0,
      builtinDirectory,
    );
    expect(claims.get('Richard Perrins')).toBeUndefined();
  });

  it('takes "from the county\'s point of view" said by the speaker as a weak claim', () => {
    const claims = findIntroductions(turnsOf(['Mark Pilling', "Yeah, thanks Jo. So from the council's point of view, the care market's steadier than it was."]), T0, builtinDirectory);
    expect(claims.get('Mark Pilling')).toMatchObject({ sector: 'local_authority', saidBy: 'self' });
  });
});

describe('findIntroductions: a trust by its initials at the start of a turn, and brought in by them', () => {
  it('reads "So, from EEAST, the handover times…" as the speaker being from that trust', () => {
    const claims = findIntroductions(turnsOf(['Jack Mayhew', 'No worries. So, from EEAST, the, uh, the Ipswich handover times have come down.']), T0, builtinDirectory);
    expect(claims.get('Jack Mayhew')).toMatchObject({ sector: 'ambulance_trust' });
  });

  it('reads "I\'ll bring in WMAS now, Michael?" as Michael being from it', () => {
    const claims = findIntroductions(turnsOf(['Cllr Lynne Faulds', "I'll bring in WMAS now, Michael?"], ['Michael Oyelaran', 'Thanks chair. So our hear-and-treat rate has gone up again.']), T0, builtinDirectory);
    expect(claims.get('Michael Oyelaran')).toMatchObject({ sector: 'ambulance_trust', saidBy: 'other' });
  });
});

describe('findIntroductions: job titles of PCN staff and researchers, weak evidence', () => {
  it.each([
    ['Sophie Kirkup', "I do. I'm a social prescriber, the PCN employs me, and half my caseload is debt.", 'pcn'],
    ['Laura Bostock', "Sure, so I'm a PhD student at Keele, in the school of pharmacy.", 'national_body_academic'],
    ['Stacey Nixon', 'sorry, Stacey, MVDA, so Middlesbrough Voluntary Development Agency, we have two hundred groups', 'vcse'],
  ])('%s: %s', (speaker, text, sector) => {
    expect(claimIn(speaker, text)?.sector).toBe(sector);
  });
});

describe('findIntroductions: the patch someone covers is not where they work', () => {
  const stour = new OrganisationIndex([...BUILTIN_ORGANISATIONS, record('Stourminster GP Federation Ltd', 'gp_provider_org'), record('NHS Wessex Vale and Coast ICB', 'icb')]);

  it('reads "director of place for Stourminster at the ICB" as the ICB, not the one organisation whose name starts "Stourminster"', () => {
    expect(claimIn('Claire Moyle', "I'm Claire Moyle, director of place for Stourminster at the ICB, and I'll be chairing as usual.", stour)).toMatchObject({ sector: 'icb' });
  });

  it('marks a name found only by the place it starts with as a guess', () => {
    expect(claimIn('Jo Bell', 'Jo Bell, from Stourminster.', stour)).toMatchObject({ organisationText: 'Stourminster GP Federation Ltd', isNameGuessed: true });
    expect(claimIn('Farah Khan', 'afternoon Farah Khan clinical director Ashgrove', midshire)?.isNameGuessed).toBeUndefined();
  });
});

describe('findIntroductions: the capacity someone speaks in, and the one they do not', () => {
  it.each([
    ['Helen Duckworth', 'Yeah, thanks Rachel. Um, speaking as the LMC rep here rather than for my own practice, I think practices will read it.', 'primary_care_rep_body'],
    ['Clare Ainsworth', 'Thanks. So putting my federation hat on for a sec, the fed’s board met on Tuesday.', 'gp_provider_org'],
    ['Phil Arnold', "And I'm saying this as the ICB's clinical lead for long-term conditions, not as a GP.", 'icb'],
    ['Tariq Ahmed', "Yes, just for transparency, I'm a GP in Hyde, but I'm sitting here as a Tameside councillor, not for the practice.", 'local_authority'],
  ])('%s: %s', (speaker, text, sector) => {
    expect(claimIn(speaker, text)?.sector).toBe(sector);
  });

  it('takes the organisation, not the job, from "my PCN manager hat"', () => {
    expect(claimIn('Anna Gould', 'So wearing my PCN manager hat, rather than Castle, the ARRS budget is underspent.')).toMatchObject({ organisationText: 'PCN', sector: 'pcn' });
  });
});

describe('findIntroductions: a round of introductions, someone standing in, and a team before its organisation', () => {
  it('reads "And Tess Morgan, consultant in public health, Warwickshire County Council"', () => {
    expect(claimIn('Tess Morgan (Guest)', 'And Tess Morgan, consultant in public health, Warwickshire County Council.')).toMatchObject({ organisationText: 'Warwickshire County Council', sector: 'local_authority' });
  });

  it('reads "I\'m deputising for Nicola, so for Warwickshire LMC" as the LMC, not Nicola', () => {
    expect(claimIn('Dr Elliot Brandon', "Yes, that's right, I'm deputising for Nicola, so for Warwickshire LMC. Elliot Brandon.")).toMatchObject({ organisationText: 'Warwickshire LMC', sector: 'primary_care_rep_body' });
  });

  it('reads the organisation after the team: "joined us from the district nursing team, Birmingham Community Healthcare"', () => {
    const claims = findIntroductions(
      [say('Dr Yusuf Patel', "Gerald's joined us from the district nursing team, Birmingham Community Healthcare, for the housebound item. Welcome Gerald."), say('Gerald Finney', 'Thanks Yusuf.', 20)],
      T0,
      builtinDirectory,
    );
    expect(claims.get('Gerald Finney')).toMatchObject({ sector: 'community_mental_health_trust', saidBy: 'other' });
  });
});

describe('findIntroductions: names said haltingly, and words that are no organisation', () => {
  const oadby = new OrganisationIndex([...BUILTIN_ORGANISATIONS, record('Oadby Brook Medical Centre', 'general_practice'), record('Oadby Central Surgery', 'general_practice')]);

  it('reads a name started again after "er" once: "Oadby, er, Oadby Brook"', () => {
    expect(claimIn('Chandni Lakhani', 'Hi, Chandni, practice manager at Oadby, er, Oadby Brook, not Oadby Central, we get mixed up all the time.', oadby)).toMatchObject({ organisationText: 'Oadby Brook Medical Centre' });
  });

  it('never takes the speaker\'s own name for a practice: "tracey practice manager …"', () => {
    expect(claimIn('Tracey Goddard', 'tracey practice manager stowmarket meadows')).toMatchObject({ organisationText: null, sector: 'general_practice', basis: 'job-title' });
  });

  it('does not take "which is the federation for Blackpool" for the name of one', () => {
    expect(String(claimIn('Dr Anil Kapoor', 'And from the provider side, medical director of Fylde Coast GP Partnership, which is the federation for Blackpool and Fylde, Anil Kapoor.')?.organisationText)).not.toMatch(/which/i);
  });

  it('does not take a carers\' network for a PCN', () => {
    expect(claimIn('Tomasz Nowak', "Sorry, it's Tomasz, I've just come off mute. Herefordshire Carers' Network.")?.sector).not.toBe('pcn');
  });
});

describe('findIntroductions: the capacity said without an article', () => {
  it('reads "Speaking as clinical director for the crisis service at <trust>"', () => {
    expect(claimIn('Dr Mei Ling Chan', "I'd want to look into that case. Speaking as clinical director for the crisis service at Herefordshire and Worcestershire Health and Care, we do have a twenty-four hour line.")).toMatchObject({ sector: 'community_mental_health_trust' });
  });
});

describe('findIntroductions: a care home group explained by its homes', () => {
  it('reads "We\'ve got six nursing and residential homes" as social care', () => {
    expect(claimIn('Helen Marsh (Guest)', "Helen Marsh, I'm operations director at Oakleigh Care Group. We've got six nursing and residential homes across the county.")).toMatchObject({ sector: 'social_care_provider' });
  });
});

describe('findIntroductions: someone else\'s organisation said to them', () => {
  it('gives "Gary, you\'re representing CNTW today" to Gary, not to the chair who said it', () => {
    const claims = findIntroductions([say('Cllr Pauline Kerr', "Gary, you're representing CNTW today I believe."), say('Gary Wilkinson', "Yes, that's right Chair. Gary Wilkinson, group director for the south of the patch.", 20)], T0, builtinDirectory);
    expect(claims.get('Gary Wilkinson')).toMatchObject({ sector: 'community_mental_health_trust', saidBy: 'other' });
    expect(claims.get('Cllr Pauline Kerr')?.sector).not.toBe('community_mental_health_trust');
  });

  it('reads "I\'m actually from the hospital trust, Bolton Foundation Trust"', () => {
    expect(claimIn('Dr Lakshmi Iyer', "No, I'm actually from the hospital trust, Bolton Foundation Trust.")).toMatchObject({ sector: 'acute_trust' });
  });
});

describe('findIntroductions: where someone works, said in passing as "we"', () => {
  const withEyecare = builtinDirectory;

  it.each([
    ['Leanne Cork', "busy, we're seeing probably fifteen a week through it at Fakenham Eyecare, and about half are GP referrals", 'optometry'],
  ])('%s: %s', (speaker, text, sector) => {
    expect(claimIn(speaker, text, withEyecare)?.sector).toBe(sector);
  });

  it('takes nothing from "we went to the meeting at the Town Hall"', () => {
    expect(claimIn('Ann Lowe', 'we went to the meeting at the Town Hall last week and it was packed')?.organisationText ?? null).toBeNull();
  });
});

describe('findIntroductions: what someone says their organisation does, at any time', () => {
  it.each([
    ['Graham Nixon', 'just to add from our side, we run the extended access hubs for the whole of north Cumbria so the Saturday rota problem lands with us'],
    ['Dr Owen Brace', 'So we run the, erm, the same-day hubs in Frome and Shepton for the six practices and we hold the care home contract.'],
  ])('%s: %s', (speaker, text) => {
    expect(claimIn(speaker, text)).toMatchObject({ sector: 'gp_provider_org', organisationText: null });
  });
});

describe('findIntroductions: "from the LMC\'s point of view, we…"', () => {
  it('places the speaker in the body they speak for as "we"', () => {
    expect(claimIn('Dr Rob Fenwick', "they're not budging, so from the LMC's point of view we're advising practices to hold off")).toMatchObject({ sector: 'primary_care_rep_body' });
  });
});

describe('findIntroductions: a word in passing is not an acronym, and "one of the GP partners"', () => {
  it('does not take "gosh" for Great Ormond Street (GOSH)', () => {
    expect(claimIn('Dr Rachel Ashworth', "So I'm Rachel Ashworth, I'm one of the partners at Market Street and I've been clinical director for the PCN for, gosh, nearly four years now.")?.organisationText ?? '').not.toMatch(/Great Ormond/);
  });

  it('reads "one of the GP partners out at Wrenham" as general practice', () => {
    expect(claimIn('Dr Sunil Varma', 'Hello all, Sunil Varma, one of the GP partners out at Wrenham.')).toMatchObject({ sector: 'general_practice' });
  });
});

describe('findIntroductions: a trust by its short name, and a charity that coordinates', () => {
  it('reads "I\'m with Westshire Community Trust" as a community trust', () => {
    expect(claimIn('Dr Maya Lund', 'Maya Lund, lead for the frailty service, I\'m with Westshire Community Trust.')).toMatchObject({ sector: 'community_mental_health_trust' });
  });

  it('reads "I coordinate the Millbrook Food Network, it\'s a charity" as the voluntary sector', () => {
    expect(claimIn('Piotr Zielinski', 'Hi, Piotr Zielinski, I coordinate the Millbrook Food Network, it\'s a charity, we run two food banks.')).toMatchObject({ sector: 'vcse' });
  });
});

describe('findIntroductions: people named by the chair', () => {
  const claimsOf = (...lines: [string, string][]) => findIntroductions(turnsOf(...lines), T0, builtinDirectory);

  it('places "Lisa, from St Clare Hospice, over to you" on Lisa, not on the chair who said it', () => {
    const claims = claimsOf(['Andy Coombes', 'Lisa, from St Clare Hospice, over to you.'], ['Lisa Frampton', 'Thanks Andy.']);
    expect(claims.get('Lisa Frampton')).toMatchObject({ sector: 'hospice', saidBy: 'other' });
    expect(claims.get('Andy Coombes')?.sector ?? null).toBeNull();
  });

  it('still reads a speaker who names themself first: "Lisa, from St Clare Hospice, just to say…"', () => {
    expect(claimIn('Lisa Frampton', 'Lisa, from St Clare Hospice, just to say we are full.')).toMatchObject({ sector: 'hospice' });
  });

  it('places both of "Lisa and Mark are both from the hospice"', () => {
    const claims = claimsOf(['Andy Coombes', "Lisa and Mark are both from the hospice, so I'll let you two sort out who goes first."], ['Lisa Frampton', "I'll go."], ['Mark Hibbs', 'Fine by me.']);
    expect(claims.get('Lisa Frampton')?.sector).toBe('hospice');
    expect(claims.get('Mark Hibbs')?.sector).toBe('hospice');
  });

  it('reads "Rukhsana from Kirklees public health" as the council', () => {
    const claims = claimsOf(['Dr Anjali Desai', "we've got Rukhsana from Kirklees public health joining for the vaccination item"], ['Rukhsana Malik', 'hi everyone']);
    expect(claims.get('Rukhsana Malik')).toMatchObject({ sector: 'local_authority', organisationText: 'Kirklees Council' });
  });
});

describe('findIntroductions: only what the speaker says of themself', () => {
  it('takes nothing from a declaration about an item: "an interest in item six, the pharmacy closures"', () => {
    const text = "Yes, thank you chair, it's Linda Okafor. I need to declare a non-pecuniary interest in item six, the pharmacy closures, because my daughter works as a locum pharmacist.";
    expect(claimIn('Linda Okafor', text)?.sector ?? null).toBeNull();
  });

  it('takes nothing from where other people get their medicines', () => {
    const text = "Chair, it's Brian, just quickly. In the villages a lot of people get their medicines from the dispensing surgery, not a pharmacy at all.";
    expect(claimIn('+44 7700 900418', text)?.organisationText ?? null).toBeNull();
  });

  it('takes nothing from "the appendix in the ICB\'s paper" after a name and title', () => {
    const text = "Thank you chair, Helen Marchant, director of public health. If you look at the appendix in the ICB's paper, the practices with the fewest GPs are in our most deprived areas.";
    expect(claimIn('Dr Helen Marchant', text)).toMatchObject({ sector: 'local_authority', organisationText: null });
  });

  it('does not take "on behalf of the PCNs" for a PCN', () => {
    const text = 'Yeah, so just briefly, the Alliance is a limited company owned by the practices, and we employ some of the additional roles staff on behalf of the PCNs.';
    expect(claimIn('Mark Tolland', text)?.sector ?? null).not.toBe('pcn');
  });

  it('still reads the organisation said straight after the name: "it\'s Tomasz. Herefordshire Carers\' Network."', () => {
    expect(claimIn('Tomasz Nowak', "Sorry, sorry, it's Tomasz, I've just come off mute. Herefordshire Carers' Network. I got dropped earlier.")).toMatchObject({ sector: 'vcse' });
  });
});

describe('findIntroductions: where someone works, said in passing, read against the directory', () => {
  const local = new OrganisationIndex([
    ...BUILTIN_ORGANISATIONS,
    record('WREKIN VIEW SURGERY', 'general_practice', 'M82044'),
    record('HARBOUR LANE MEDICAL CENTRE', 'general_practice', 'M82045'),
    record('SOAR VALLEY GP FEDERATION', 'gp_provider_org'),
    record("ST ALDHELM'S HOSPICE", 'hospice'),
    record('COQUET VALLEY PCN', 'pcn', 'U20001'),
    record('ALNMOUTH ROAD SURGERY', 'general_practice', 'A84001'),
  ]);

  it.each([
    ['Dr Owen Pritchard', "yeah, just quickly, so over at Wrekin View we've now got two partners gone down to six sessions", 'WREKIN VIEW SURGERY'],
    ['Dr Ravi Menon', 'can I just add, our patients at Harbour Lane are the ones who really lose out when that bus route goes', 'HARBOUR LANE MEDICAL CENTRE'],
    ['Jas Bhogal', "me, yeah, so we at the federation have been running Saturdays out of the hub since September", 'SOAR VALLEY GP FEDERATION'],
    ['Ruth Penhaligon', "there are, and speaking for the hospice, we just can't keep soaking up the night sits", "ST ALDHELM'S HOSPICE"],
  ])('%s: %s', (speaker, text, organisation) => {
    expect(claimIn(speaker, text, local)?.organisationText?.toUpperCase()).toBe(organisation);
  });

  it('takes the words put right: "here for the PCN, sorry, no, for the practice"', () => {
    const text = "Well, today I'm actually here for the PCN, sorry, no, for the practice. I'm the practice manager at Alnmouth Road.";
    expect(claimIn('Lynne Charlton', text, local)?.organisationText?.toUpperCase()).toBe('ALNMOUTH ROAD SURGERY');
  });
});

describe('findIntroductions: people the chair brings in by their organisation, and their teams', () => {
  const claimsOf = (...lines: [string, string][]) => findIntroductions(turnsOf(...lines), T0, builtinDirectory);

  it.each([
    ["right, we've heard from the health side, so, and the council's view, Mike?", 'Mike Oduya', 'local_authority'],
    ["thank you, noted. Can we have the trust's view on the paediatric beds, Dr Pillai?", 'Dr Vikram Pillai', 'other_nhs_trust'],
    ["and for the ICB, Hannah, what's the position on the hub extension?", 'Hannah Greaves', 'icb'],
    ["the flu catch-up went really well and that's thanks to Lucy's team at the fed, who ran the Saturdays", 'Lucy Marchant', 'gp_provider_org'],
  ])('%s', (said, person, sector) => {
    expect(claimsOf(['Chair Person', said], [person, 'Thanks, yes.']).get(person)?.sector).toBe(sector);
  });

  it.each([
    ['Dr Fiona Garland', "I'd just, as the DPH I'd want us to be a bit careful with those flu numbers"],
    ['Graham Tait', "as DASS I have to say I'm not comfortable with the discharge to assess beds going down to twenty"],
  ])('reads a job title said as "as the …": %s', (speaker, said) => {
    expect(claimIn(speaker, said)?.sector).toBe('local_authority');
  });
});

describe('findIntroductions: a locum, and an observer welcomed tonight', () => {
  it('reads "I say this as a locum" as general practice, but not "a locum pharmacist"', () => {
    expect(claimIn('Dr Lucy Brennan-Okafor', "From the locum side, and I say this as a locum, that's basically always the answer.")?.sector).toBe('general_practice');
    expect(claimIn('Sam Reid', "I'm a locum pharmacist, so I see it from the counter.")?.sector ?? null).not.toBe('general_practice');
  });

  it('reads "who\'s joining us tonight as an observer from the University of Hallowford"', () => {
    const claims = findIntroductions(turnsOf(['Fiona Castellan', "A particular welcome to Ewan Kilbride, who's joining us tonight as an observer from the University of Hallowford."], ['Ewan Kilbride (Guest)', 'Thanks very much for having me.']), T0, builtinDirectory);
    expect(claims.get('Ewan Kilbride (Guest)')?.sector).toBe('national_body_academic');
  });
});

describe('findIntroductions: the formal ways a chair introduces a witness', () => {
  const claimsOf = (...lines: [string, string][]) => findIntroductions(turnsOf(...lines), T0, builtinDirectory);
  it.each([
    ['Cllr Fatima Begum', "We're joined by Dr Sehgal from Brumside Mental Health and Lisa Cartwright from Midland Shires Ambulance.", 'Dr Ravi Sehgal', 'community_mental_health_trust'],
    ['Ms Alice Penrose', 'I welcome Professor Bello from the University of Severnvale, who led the evaluation.', 'Professor Tunde Bello', 'national_body_academic'],
    ['Cllr Brian Tointon', 'I now call Mr Grice, director of strategy at the integrated care board.', 'Mr Stephen Grice', 'icb'],
    ['Gail Sowerby', 'Reverend Lund chairs Humbermouth Voluntary Action and has kindly agreed to speak on community connectors.', 'Rev Peter Lund', 'vcse'],
  ])('%s: %s', (chair, said, person, sector) => {
    expect(claimsOf([chair, said], [person, 'Thank you, Chair.']).get(person)?.sector).toBe(sector);
  });
});

describe('findIntroductions: auto-captions in lower case', () => {
  it.each([
    ['Femi Adeyemi', 'and just for the minutes i am femi from tame valley gp alliance we will need that in writing', 'gp_provider_org', 'Tame Valley GP Alliance'],
    ['Mark Ellison', 'thank you chair mark ellison director of operations at north severnvale hospitals', 'acute_trust', 'North Severnvale Hospitals'],
    ['Mark Ellison', 'i am mark from north severnvale hospitals', 'acute_trust', 'North Severnvale Hospitals'],
  ])('%s: %s', (speaker, said, sector, organisation) => {
    expect(claimIn(speaker, said)).toMatchObject({ sector, organisationText: organisation });
  });
});

describe('findIntroductions: someone recalled by where they are from, and a care home provider', () => {
  it('reads "as Kiran from the LPC said" as Kiran\'s, not the speaker\'s', () => {
    const claims = findIntroductions(turnsOf(['Dr Tom Ashworth', 'yeah and I think, as Kiran from the LPC said, the weekend bit is the real hole'], ['Kiran Dhillon', 'Yes.']), T0, builtinDirectory);
    expect(claims.get('Kiran Dhillon')?.sector).toBe('primary_care_rep_body');
    expect(claims.get('Dr Tom Ashworth')?.organisationText ?? null).toBeNull();
  });

  it('reads "in our homes we do take discharge to assess placements" as a care home provider', () => {
    expect(claimIn('Declan Roche', 'Only a general one, really. In our homes we do take discharge to assess placements under the spot contract.')?.sector).toBe('social_care_provider');
  });
});

describe('findIntroductions: what someone says their organisation does, 2', () => {
  it('reads "the weekend hub sessions the federation\'s running are funded out of our own reserves" as a GP federation', () => {
    expect(claimIn('Gavin Cheung', "Because the weekend hub sessions the federation's running are being funded out of our own reserves at the moment.")?.sector).toBe('gp_provider_org');
  });

  it('reads "We at Riverside have done this for our own practices" as a PCN', () => {
    expect(claimIn('Dr Ellen Boyd', "We at Riverside have actually already done this for our own practices, so it's all on the shared drive.")?.sector).toBe('pcn');
  });
});

describe('findIntroductions: guests introduced by the chair', () => {
  const builtins = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);
  const claimsOf = (...turns: [string, string][]) => findIntroductions(turns.map(([speaker, text], i) => say(speaker, text, 10 + i * 20)), T0, builtins);

  it('reads a role at an organisation said before the name: "the Director of Public Health for Rochdale Borough Council, Dr Eze"', () => {
    const claims = claimsOf(['Cllr Helen Brierley', 'And we have with us the Director of Public Health for Rochdale Borough Council, Dr Eze, who will present the report.'], ['Dr Chidi Eze', 'Thank you, Chair.']);
    expect(claims.get('Dr Chidi Eze')).toMatchObject({ saidBy: 'other', organisationText: 'Rochdale Borough Council', sector: 'local_authority' });
  });

  it('reads a guest named with someone not in the call: "joined by Mr Grant and Dr Yeo from Dorset County Hospital"', () => {
    const claims = claimsOf(['Cllr Amanda Price', "We're joined by Mr Grant and Dr Yeo from Dorset County Hospital, to talk to us about the discharge lounge."], ['Alastair Grant', 'Thank you, Chair.']);
    expect(claims.get('Alastair Grant')).toMatchObject({ saidBy: 'other', organisationText: 'Dorset County Hospital NHS Foundation Trust', sector: 'acute_trust' });
  });

  it('reads someone "here for" or "deputising for" a body, but not thanks "for the update"', () => {
    expect(claimsOf(['Anne Roberts', 'Apologies from the chief finance officer, and Dr Khan is deputising for the LMC today. Welcome, Zafar.'], ['Dr Zafar Khan', 'Thanks Anne.']).get('Dr Zafar Khan')).toMatchObject({
      saidBy: 'other',
      organisationText: 'the LMC',
      sector: 'primary_care_rep_body',
    });
    expect(claimsOf(['Anne Roberts', 'Priya is here for the LMC.'], ['Priya Shah', 'Thanks Anne.']).get('Priya Shah')).toMatchObject({ sector: 'primary_care_rep_body' });
    expect(claimsOf(['Anne Roberts', 'Thanks to Priya for the LMC update.'], ['Priya Shah', 'Thanks Anne.']).get('Priya Shah')).toBeUndefined();
  });

  it('takes neither from what is only said about them', () => {
    const claims = claimsOf(['Cllr Amanda Price', 'Mr Grant and Dr Yeo from Dorset County Hospital wrote to the committee last month.'], ['Alastair Grant', 'Thank you, Chair.']);
    expect(claims.get('Alastair Grant')).toBeUndefined();
    const aboutAPaper = claimsOf(['Cllr Helen Brierley', 'The paper is by the director of the housing charity at Rochdale, Dr Eze.'], ['Dr Chidi Eze', 'Thank you.']);
    expect(aboutAPaper.get('Dr Chidi Eze')?.sector ?? null).not.toBe('local_authority');
  });
});

describe('findIntroductions: where someone was, when they say it, and roles with "with"', () => {
  it.each([
    ["I'm Farah, one of the paramedics for Ashgrove PCN, I came over from the ambulance trust in the summer.", 'ASHGROVE PCN', 'pcn'],
    ["Farah, social prescriber with Ashgrove PCN.", 'ASHGROVE PCN', 'pcn'],
    ["I'm Farah, I'm from Brookside Homes, the housing association.", 'Brookside Homes', 'vcse'],
  ])('%s', (text, organisation, sector) => {
    expect(claimFor(text)).toMatchObject({ organisationText: organisation, sector });
  });

  it('does not take "surgery this morning" for a practice', () => {
    expect(String(claimFor("I'm Farah, business manager, covering for our lead GP, she couldn't get out of surgery this morning.")?.organisationText ?? '')).not.toMatch(/morning/i);
  });
});

describe('findIntroductions: "I\'ve been a partner at …" and a title before a lower-case name', () => {
  it('reads "I\'ve been a partner at Willow Bank Surgery for fourteen years"', () => {
    expect(claimFor("So, for those who don't know, I've been a partner at Willow Bank Surgery for fourteen years now.")).toMatchObject({ organisationText: 'WILLOW BANK SURGERY', sector: 'general_practice' });
  });

  it('reads "hi its dr farah khan from willow bank surgery" in a caption without capitals', () => {
    expect(claimFor('hi its dr farah khan from willow bank surgery ive got my hand up')).toMatchObject({ sector: 'general_practice' });
  });
});

describe('findIntroductions: plans and parts said in passing are not where someone works', () => {
  it('does not take "the Tuesday session at Willow Bank we\'ll probably need to move" for the speaker\'s practice', () => {
    expect(claimFor("So the rota's out. The Tuesday evening session at Willow Bank we'll probably need to move.")?.organisationText ?? null).toBeNull();
  });

  it('still takes "at Willow Bank we could take a lot of those patients"', () => {
    expect(claimFor("On the glaucoma monitoring, at Willow Bank Surgery we could take a lot of those patients, we've got the kit.")).toMatchObject({ sector: 'general_practice' });
  });

  it('does not take "the pharmacy side" for an organisation', () => {
    expect(String(claimFor("I'm the lead clinical pharmacist for Ashgrove PCN, so I look after the pharmacy side of the team.")?.organisationText ?? '')).not.toMatch(/side/i);
  });
});

describe('findIntroductions: a name then "from", and where someone has moved to', () => {
  it('reads "I\'ll bring in David Wray from the ICB" as David\'s organisation, whoever says it', () => {
    const claims = readTurns([
      ['Cllr Sharon Pickering', "I'll bring in David Wray from the ICB, who's going to talk us through the dentistry paper."],
      ['David Wray', 'Thank you, Chair.'],
    ]);
    expect(claims.get('David Wray')).toMatchObject({ sector: 'icb', saidBy: 'other' });
  });

  it('reads "I moved over to Age UK Brackenshire in September" as where the speaker works now', () => {
    const claims = readTurns([['Priya Lal', "I'm not Healthwatch any more actually, I moved over to Age UK Brackenshire in September."]]);
    expect(claims.get('Priya Lal')).toMatchObject({ organisationText: 'Age UK Brackenshire', sector: 'vcse' });
  });

  it('does not take "I went to the practice yesterday" or "the practice last year" for an organisation', () => {
    expect(readTurns([['Priya Lal', 'I went to the practice yesterday.']]).get('Priya Lal')?.organisationText ?? null).toBeNull();
    expect(readTurns([['Priya Lal', 'I work at the practice last year.']]).get('Priya Lal')?.organisationText ?? null).toBeNull();
  });
});

describe('findIntroductions: answers to "which practice are you?" and "where are you based?"', () => {
  it('reads an answer that opens with the name', () => {
    const claims = readTurns([
      ['Dr Paula Hind', 'Sorry Tunde, remind me, where are you based?'],
      ['Dr Tunde Bakare', 'Marden Bridge Surgery, the one, er, the one by the Metro.'],
    ]);
    expect(claims.get('Dr Tunde Bakare')).toMatchObject({ organisationText: 'Marden Bridge Surgery', sector: 'general_practice' });
  });

  it('reads "Everton Brow Medical Centre, since September, I used to be at Anfield Road" as the first, not the one before', () => {
    const claims = readTurns([
      ['Dr Maeve Lennon', "Kwesi, which surgery are you at now? I've lost track."],
      ['Dr Kwesi Ampofo', "Everton Brow Medical Centre, since September, I used to be at, um, Anfield Road, but that's a long story."],
    ]);
    expect(claims.get('Dr Kwesi Ampofo')).toMatchObject({ organisationText: 'Everton Brow Medical Centre', sector: 'general_practice' });
  });

  it('does not read an opening that is no answer: "Sorry, the Metro is down"', () => {
    const claims = readTurns([
      ['Dr Paula Hind', 'Tunde, where are you based?'],
      ['Dr Tunde Bakare', 'Sorry, the Metro is down, give me a second.'],
    ]);
    expect(claims.get('Dr Tunde Bakare')?.sector ?? null).toBeNull();
  });
});

describe('findIntroductions: "Priya, you\'re at Hollins Lane", told or asked', () => {
  it('reads "Ifeoma, you\'re at Sandwich Bay Surgery, how did the visit go?" as Ifeoma\'s practice', () => {
    const claims = readTurns([
      ['Dr Gareth Price', "Ifeoma, you're at Sandwich Bay Surgery, how did the CQC visit go in the end?"],
      ['Dr Ifeoma Nnadi', 'It was fine, good overall.'],
    ]);
    expect(claims.get('Dr Ifeoma Nnadi')).toMatchObject({ organisationText: 'Sandwich Bay Surgery', sector: 'general_practice', saidBy: 'other' });
  });

  it('keeps "you\'re at …, aren\'t you?" when the answer is yes, and drops it when the answer is no', () => {
    const asked = "Priya, you're at Hollins Lane Medical Practice, aren't you? What's your rate like?";
    expect(readTurns([['Dr Owain Pryce', asked], ['Priya Menon', "I am, yeah. It's about eight percent."]]).get('Priya Menon')).toMatchObject({ sector: 'general_practice' });
    expect(readTurns([['Dr Owain Pryce', asked], ['Priya Menon', 'No, not any more.']]).get('Priya Menon')?.sector ?? null).toBeNull();
  });

  it('reads the answer that puts it right: "No, I\'m actually from the hospital trust"', () => {
    const claims = readTurns([
      ['Cllr Barry Entwistle', "Dr Iyer, you're from the ICB, aren't you?"],
      ['Dr Lakshmi Iyer', "No, I'm actually from the hospital trust. The ICB colleague sent apologies."],
    ]);
    expect(claims.get('Dr Lakshmi Iyer')).toMatchObject({ sector: 'acute_trust' });
    expect(claims.get('Dr Lakshmi Iyer')?.saidBy).not.toBe('other');
  });
});

describe('findIntroductions: the name put right in full', () => {
  it('reads "I\'m operations director at the Alliance. Well, Harrowfield Primary Care Alliance Limited, …" as the federation', () => {
    const claims = readTurns([['Sam Whitfield', "So for those who don't know me, I'm operations director at the Alliance. Well, Harrowfield Primary Care Alliance Limited, if you're reading the contract."]]);
    expect(claims.get('Sam Whitfield')).toMatchObject({ organisationText: 'Harrowfield Primary Care Alliance Limited', sector: 'gp_provider_org' });
  });
});

describe('findIntroductions: "this is Ola Benson, the new first contact physio for Marsh Green PCN"', () => {
  it('reads a newcomer introduced by the chair with a clinical role the role words did not know', () => {
    const claims = readTurns([['Gemma Thornton', 'Before we start, everyone, this is Ola Benson, the new first contact physio for Marsh Green PCN.'], ['Ola Benson', 'Hi everyone, lovely to meet you all properly.']]);
    expect(claims.get('Ola Benson')).toMatchObject({ organisationText: 'Marsh Green PCN', sector: 'pcn', saidBy: 'other' });
  });
});

describe('findIntroductions: "We…" and "Our…" at the start of a sentence, in passing', () => {
  const withDirectory = (name: string, sector: string) =>
    new OrganisationIndex([...BUILTIN_ORGANISATIONS, { id: 'x', name, odsCode: null, sector, aliases: [], source: 'ods', odsReport: null, parentCode: null } as OrganisationRecord]);
  const claimOf = (speaker: string, text: string, directory: OrganisationIndex) => findIntroductions([say(speaker, text, 300)], T0, directory, { participants: [speaker] }).get(speaker);

  it('reads "We\'ve done sixty-odd CUES appointments at Harland Eyecare since October" as the speaker\'s', () => {
    expect(claimOf('Ravi Sondh', "We've done sixty-odd CUES appointments at Harland Eyecare since October.", withDirectory('Harland Eyecare', 'optometry'))).toMatchObject({ organisationText: 'Harland Eyecare', sector: 'optometry' });
  });

  it('reads "Our ARRS budget at Thornbury and Vale is nearly all committed" as the PCN, and "the café we run at Brindle Mind is …"', () => {
    expect(claimOf('Dr Matt Henshaw', 'Our ARRS budget at Thornbury and Vale is nearly all committed.', withDirectory('Thornbury and Vale PCN', 'pcn'))).toMatchObject({ organisationText: 'Thornbury and Vale PCN', sector: 'pcn' });
    expect(claimOf('Olu Bakare', 'The crisis café we run at Brindle Mind is seeing forty people a week.', withDirectory('Brindle and District Mind', 'vcse'))).toMatchObject({ sector: 'vcse' });
  });

  it('reads "Our housing options team at Bridgeford Borough have had a surge" as the council', () => {
    expect(claimOf('Kerry Nolan', 'Our housing options team at Bridgeford Borough have had a real surge of requests.', withDirectory('Bridgeford Borough Council', 'local_authority'))).toMatchObject({ sector: 'local_authority' });
  });
});

describe('findIntroductions: an introduction by someone else that opens the sentence', () => {
  it('reads "The Director of Public Health for Rochdale Borough Council, Dr Eze, is with us" with its capital "The"', () => {
    const claims = readTurns([['Chair', 'The Director of Public Health for Rochdale Borough Council, Dr Eze, is with us.'], ['Dr Amaka Eze', 'Thank you.']]);
    expect(claims.get('Dr Amaka Eze')).toMatchObject({ organisationText: 'Rochdale Borough Council', sector: 'local_authority', saidBy: 'other' });
  });
});

describe('findIntroductions: capitals given to a name said in lower case', () => {
  it('keeps the "s" of a possessive small: "ICB\'s Finance Team", not "ICB\'S"', () => {
    const claim = findIntroductions([say('Gareth Llewellyn', "Gareth Llewellyn, I'm the finance lead for primary care in the ICB's finance team.")], T0, null, { participants: ['Gareth Llewellyn'] }).get('Gareth Llewellyn');
    expect(claim?.organisationText).toBe("ICB's Finance Team");
  });
});

describe('findIntroductions: "We\'re Kestlemoor Community Action", straight after the name', () => {
  it('reads who "we" are after the speaker names themself, and a community action body as voluntary sector', () => {
    const claim = readTurns([['Jo Kettering', "Hiya, Jo Kettering, social prescribing lead. We're Kestlemoor Community Action, so the social prescribers are employed by us."]]).get('Jo Kettering');
    expect(claim).toMatchObject({ organisationText: 'Kestlemoor Community Action', sector: 'vcse' });
  });
});

describe('findIntroductions: "Marcus from our hospital discharge hub"', () => {
  it('places someone "from our …" team in the organisation of whoever says it', () => {
    const claims = readTurns([['Gillian Royce', "Gillian Royce, Assistant Director for Adult Social Care at the county council. Marcus from our hospital discharge hub has joined separately, he's the one with the numbers."], ['Marcus Lowe', 'Yeah, still open, sorry.']]);
    expect(claims.get('Marcus Lowe')).toMatchObject({ sector: 'local_authority', saidBy: 'other' });
  });
});

describe('findIntroductions: a lower-case caption after "and its", and a council named by its place', () => {
  it('reads "and its sue minto adult social care at calderbrook council im just covering today"', () => {
    expect(readTurns([['Sue Minto', 'and its sue minto adult social care at calderbrook council im just covering today']]).get('Sue Minto')).toMatchObject({ sector: 'local_authority' });
  });

  it('takes "Calderbrook Council" for the one Calderbrook council the directory holds', () => {
    const directory = new OrganisationIndex([
      ...BUILTIN_ORGANISATIONS,
      { id: 'c1', name: 'Calderbrook Metropolitan Borough Council', odsCode: null, sector: 'local_authority', aliases: [], source: 'ods', odsReport: null, parentCode: null } as OrganisationRecord,
    ]);
    const claim = findIntroductions([say('Sue Minto', 'Sue Minto, adult social care at Calderbrook Council.')], T0, directory, { participants: ['Sue Minto'] }).get('Sue Minto');
    expect(claim).toMatchObject({ organisationText: 'Calderbrook Metropolitan Borough Council', sector: 'local_authority' });
  });
});

describe('findIntroductions: a workplace named in passing, known only by the start of one directory name', () => {
  const directory = new OrganisationIndex([
    ...BUILTIN_ORGANISATIONS,
    record('Thornbury Lane Surgery', 'general_practice'),
    record('Ashgrove Medical Centre', 'general_practice'),
    record('Pellow Eyecare', 'optometry'),
  ]);
  const read = (lines: [string, string][]) =>
    findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, directory, { participants: lines.map(([speaker]) => speaker) });

  it.each([
    ["we had exactly the same at thornbury lane last week, the phones went down", 'Thornbury Lane Surgery'],
    ["For us at Ashgrove, the problem is the rota, not the money.", 'Ashgrove Medical Centre'],
    ["I'm on the front desk at Thornbury Lane most mornings, and it's been mad.", 'Thornbury Lane Surgery'],
    ["At Pellow's in the high street we've had six referrals bounced.", 'Pellow Eyecare'],
  ])('places the speaker: %s', (text, organisation) => {
    expect(read([['Chair', 'Anything from practices?'], ['Jo Marsh', text]]).get('Jo Marsh')).toMatchObject({ organisationText: organisation, saidBy: 'self', isNameGuessed: true });
  });

  it.each([
    ["We're opening the new hub at Thornbury Lane in January."],
    ["I used to be a partner at Ashgrove, so I know how that feels."],
    ["I'm on the rota at Thornbury Lane and at Ashgrove this month."],
  ])('says nothing of where the speaker works: %s', (text) => {
    expect(read([['Jo Marsh', text]]).get('Jo Marsh')).toBeUndefined();
  });

  it('places someone their workplace is named to: "Marcia, how\'s Ashgrove coping?"', () => {
    const claims = read([['Chair', "Marcia, how's Ashgrove coping since you closed the list?"], ['Marcia Campbell', 'Honestly, better than we feared.']]);
    expect(claims.get('Marcia Campbell')).toMatchObject({ organisationText: 'Ashgrove Medical Centre', saidBy: 'other' });
  });

  it('reads "Thornbury Lane were the first to sign up, weren\'t you, Rizwan?"', () => {
    const claims = read([['Chair', "Thornbury Lane were the first to sign up, weren't you, Rizwan?"], ['Rizwan Ali', 'First and only.']]);
    expect(claims.get('Rizwan Ali')).toMatchObject({ organisationText: 'Thornbury Lane Surgery' });
  });

  it('does not place someone told of another place: "Marcia, did you see the Ashgrove figures?"', () => {
    const claims = read([['Chair', 'Marcia, did you see the Ashgrove figures?'], ['Marcia Campbell', 'I did.']]);
    expect(claims.get('Marcia Campbell')).toBeUndefined();
  });
});

describe('findIntroductions: "the ICB\'s planned care lead", "my practice, X,", "as chair of the LMC", "an inspector with CQC"', () => {
  const directory = new OrganisationIndex([
    ...BUILTIN_ORGANISATIONS,
    record('Soar Valley LMC', 'primary_care_rep_body'),
    record('Marshgate Health Centre', 'general_practice'),
    record('Soarshire County Council', 'local_authority'),
    record('Hatherby City Council', 'local_authority'),
  ]);
  const claimOf = (text: string) => findIntroductions([say('Sam Lowe', text)], T0, directory, { participants: ['Sam Lowe'] }).get('Sam Lowe');

  it.each([
    ["Good to hear. I'm the ICB's planned care lead, and the contract is mine.", 'icb', 'ICB'],
    ["Yes, I'm the county's assistant director for commissioning, so I'll take the social care questions.", 'local_authority', 'Soarshire County Council'],
    ['Just to say, my practice, Marshgate Health Centre, has had two of these letters this month.', 'general_practice', 'Marshgate Health Centre'],
    ["And I'll say for the record, as chair of the LMC, that's the position we've been advising.", 'primary_care_rep_body', 'Soar Valley LMC'],
    ['Helen Marsh, I am an inspector with CQC, primary medical services.', 'national_body_academic', 'CQC'],
  ])('reads "%s"', (text, sector, organisation) => {
    expect(claimOf(text)).toMatchObject({ sector, organisationText: organisation });
    expect(claimOf(text)?.saidBy).not.toBe('other');
  });

  it('does not read "I\'m the patient\'s advocate" or "as chair of that group, Jo was clear" as an organisation', () => {
    expect(claimOf("I'm the patient's advocate here, really.")).toBeUndefined();
    expect(claimOf('As chair of that working group, Jo was very clear.')).toBeUndefined();
  });
});

describe('findIntroductions: a name only guessed gives way to one said in full', () => {
  it('keeps "Owen is the clinical director for Kestleford North PCN" over his own "our lot at Fenwick Street"', () => {
    const directory = new OrganisationIndex([
      ...BUILTIN_ORGANISATIONS,
      { id: 'p1', name: 'Fenwick Street Surgery', odsCode: null, sector: 'general_practice', aliases: [], source: 'ods', odsReport: null, parentCode: null },
      { id: 'n1', name: 'Kestleford North PCN', odsCode: null, sector: 'pcn', aliases: [], source: 'ods', odsReport: null, parentCode: null },
    ]);
    const claims = findIntroductions(
      [say('Joanne Whitlock', 'Owen, welcome. For those who don\'t know him, Owen is the clinical director for Kestleford North PCN.', 30), say('Owen Carradine', 'Thanks. Our lot at Fenwick Street have had the same.', 40)],
      T0,
      directory,
      { participants: ['Joanne Whitlock', 'Owen Carradine'] },
    );
    expect(claims.get('Owen Carradine')).toMatchObject({ organisationText: 'Kestleford North PCN', saidBy: 'other' });
  });
});

describe('findIntroductions: a list of people from one organisation, and a surname shown by its initial', () => {
  it('places everyone in "From the ICB we have Neil Ferraby, our director of primary care, Priya Chandaria, …, and Martin Oyelaran, …", and the chair who says "our"', () => {
    const names = ['Helen Marchbank', 'Neil Ferraby', 'Priya Chandaria', 'Martin Oyelaran'];
    const claims = findIntroductions(
      [say('Helen Marchbank', 'From the ICB we have Neil Ferraby, our director of primary care, Priya Chandaria, head of primary care commissioning, and Martin Oyelaran, deputy chief finance officer.', 30)],
      T0,
      new OrganisationIndex(BUILTIN_ORGANISATIONS),
      { participants: names },
    );
    for (const name of names.slice(1)) expect(claims.get(name)).toMatchObject({ sector: 'icb', saidBy: 'other' });
    expect(claims.get('Helen Marchbank')).toMatchObject({ sector: 'icb' });
  });

  it('reads "I\'m Rachel Okafor, the estates lead at the ICB" said by "Rachel O"', () => {
    const claims = findIntroductions([say('Rachel O', "For everyone else, I'm Rachel Okafor, the estates lead at the ICB.", 30)], T0, new OrganisationIndex(BUILTIN_ORGANISATIONS), { participants: ['Rachel O'] });
    expect(claims.get('Rachel O')).toMatchObject({ sector: 'icb' });
  });
});

describe('findIntroductions: "our side at Greyfriars", "in the ICB\'s … team", "who joins us from", "who most of you know"', () => {
  const directory = new OrganisationIndex([
    ...BUILTIN_ORGANISATIONS,
    record('Greyfriars Partnership NHS Foundation Trust', 'community_mental_health_trust'),
    record('Healthwatch Ashcombe', 'healthwatch_patient_voice'),
    record('Harrowfield Borough Council', 'local_authority'),
  ]);
  const read = (lines: [string, string][]) => findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, directory, { participants: lines.map(([speaker]) => speaker) });

  it('reads "from our side at Greyfriars, the crisis team saw…"', () => {
    expect(read([['Joanna Kilbride', "I'd just add, from our side at Greyfriars, the crisis team saw a forty percent jump in referrals."]]).get('Joanna Kilbride')).toMatchObject({ organisationText: 'Greyfriars Partnership NHS Foundation Trust' });
  });

  it('reads "we\'re Ashdown Home Support, we\'ve got…" only when the name is an organisation\'s', () => {
    expect(read([['Gail Porter', "Sorry, just to come in, we're Ashdown Home Support, we've got five carers off with flu."]]).get('Gail Porter')).toMatchObject({ organisationText: 'Ashdown Home Support', sector: 'social_care_provider' });
    expect(read([['Gail Porter', "We're Ashdown, we're a small team, so that's hard for us."]]).get('Gail Porter')).toBeUndefined();
  });

  it('reads "I\'ve been in the ICB\'s primary care contracting team since September"', () => {
    expect(read([['Marcus Reid', "I was practice manager at Moss Lane for nine years, and I've been in the ICB's primary care contracting team since September."]]).get('Marcus Reid')).toMatchObject({ sector: 'icb' });
  });

  it('reads "Maureen Tandy, who joins us from Healthwatch Ashcombe as our new patient voice member"', () => {
    const claims = read([['Helen Marchbank', "I'd first like to welcome Maureen Tandy, who joins us from Healthwatch Ashcombe as our new patient voice member."], ['Maureen Tandy', 'Thank you, Helen.']]);
    expect(claims.get('Maureen Tandy')).toMatchObject({ organisationText: 'Healthwatch Ashcombe', saidBy: 'other' });
  });

  it('reads "Over to Gareth, who most of you know, director of public health at Harrowfield Council"', () => {
    const claims = read([['Ruth Amankwah', 'Over to Gareth, who most of you know, director of public health at Harrowfield Council.'], ['Gareth Pennington', 'Thanks Ruth.']]);
    expect(claims.get('Gareth Pennington')).toMatchObject({ sector: 'local_authority' });
  });

  it('reads "as chair of Berkshire, Buckinghamshire and Oxfordshire LMCs, not for my own practice" whole', () => {
    expect(read([['Dr Nikhil Rao', "I'll say this as chair of Berkshire, Buckinghamshire and Oxfordshire LMCs, not for my own practice."]]).get('Dr Nikhil Rao')).toMatchObject({ sector: 'primary_care_rep_body' });
  });
});

describe('findIntroductions: "Joanne Pugh is a practice manager" said by the chair', () => {
  it('takes the kind of organisation from the job title, weakly, with no organisation', () => {
    const claims = findIntroductions(
      [say('Bernadette Oyelaran', 'And I can see Joanne has joined us now. Joanne Pugh is a practice manager and she has kindly come along for this item.', 30), say('Joanne Pugh', 'Hi everyone.', 40)],
      T0,
      new OrganisationIndex(BUILTIN_ORGANISATIONS),
      { participants: ['Bernadette Oyelaran', 'Joanne Pugh'] },
    );
    expect(claims.get('Joanne Pugh')).toMatchObject({ organisationText: null, sector: 'general_practice', basis: 'job-title', saidBy: 'other' });
  });

  it('says nothing of "Joanne is a good sport"', () => {
    const claims = findIntroductions([say('Chair', 'Joanne Pugh is a good sport, honestly.', 30), say('Joanne Pugh', 'Ha.', 40)], T0, null, { participants: ['Chair', 'Joanne Pugh'] });
    expect(claims.get('Joanne Pugh')).toBeUndefined();
  });
});

describe('findIntroductions: apologies read out, and councillors with a department in the meeting', () => {
  it('does not place the one reading apologies in the absent person\'s organisation', () => {
    const claims = findIntroductions([say('Bethan Marlow', "We've also had apologies from Dr Cardew, the medical director at Mardleshire Hospitals.", 30)], T0, new OrganisationIndex(BUILTIN_ORGANISATIONS), { participants: ['Bethan Marlow'] });
    expect(claims.get('Bethan Marlow')).toBeUndefined();
  });

  it('gives a councillor the council the meeting names, not a department shown in someone\'s display name', () => {
    const claims = findIntroductions([say('Cllr Owen Prideaux', 'Thank you, chair.', 30)], T0, null, { participants: ['Cllr Owen Prideaux', 'Bethan Marlow (Democratic Services)', 'Dr Imogen Strachan (Mardleshire CC)'] });
    expect(claims.get('Cllr Owen Prideaux')).toMatchObject({ organisationText: 'Mardleshire CC', sector: 'local_authority' });
  });
});

describe('findIntroductions: a voice through a room device giving a first name', () => {
  const roomVoices = (lines: [string, string][], participants: string[] = []) =>
    [...findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, null, { participants: [...participants, ...lines.map(([speaker]) => speaker)] }).values()]
      .filter((claim) => claim.speaker === 'Board Room 2 (County Hall)')
      .map((claim) => claim.personName);

  it('takes the full name said straight after ("It\'s Mandy. Mandy Slee.")', () => {
    expect(roomVoices([['Colin Ferris', "Sorry, who's speaking in the board room?"], ['Board Room 2 (County Hall)', "Sorry, it's Mandy. Mandy Slee."]])).toEqual(['Mandy Slee']);
  });

  it('takes the one participant of that first name who has no device of their own, and no other', () => {
    expect(roomVoices([['Board Room 2 (County Hall)', "Hi, it's Femi here."]], ['Dr Femi Adeyemi'])).toEqual(['Dr Femi Adeyemi']);
    expect(roomVoices([['Board Room 2 (County Hall)', "Hi, it's Femi here."]], ['Dr Femi Adeyemi', 'Femi Okoro'])).toEqual(['Femi']);
  });
});

describe('findIntroductions: what someone works as, and whose organisation others say it is', () => {
  const read = (lines: [string, string][]) => findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, null, { participants: lines.map(([speaker]) => speaker) });

  it('reads "I locum round the Fenside practices" as general practice, with no organisation', () => {
    expect(read([['Kiran Bassi (Guest)', 'Sorry, I should say, Kiran Bassi, I locum mostly round the Fenside practices.']]).get('Kiran Bassi (Guest)')).toMatchObject({ organisationText: null, sector: 'general_practice' });
    expect(read([['Kiran Bassi (Guest)', "I'm a locum GP, so I see this from the outside."]]).get('Kiran Bassi (Guest)')).toMatchObject({ organisationText: null, sector: 'general_practice' });
    expect(read([['Owen', "We're short of locum cover this winter."]]).get('Owen')).toBeUndefined();
  });

  it('reads "Owen\'s PCN is ready" said by someone else, only when one participant has that first name', () => {
    const lines: [string, string][] = [['Kate Henshaw', "We'd start in Moorside, because Owen's PCN is ready."], ['Owen Price', 'We are, mostly.']];
    expect(read(lines).get('Owen Price')).toMatchObject({ sector: 'pcn', saidBy: 'other' });
    expect(read([...lines, ['Owen Tate', 'Morning.']]).get('Owen Price')).toBeUndefined();
  });

  it('reads a voice through a room device saying "I\'m in the LMC office"', () => {
    const claims = [...read([['Foxley House - LMC Meeting Room', "Evening, it's Jo Pettifer, I'm in the LMC office at Foxley House with Callum."]]).values()];
    expect(claims).toMatchObject([{ personName: 'Jo Pettifer', sector: 'primary_care_rep_body' }]);
  });
});

describe('findIntroductions: a workplace named in a question put to someone by name', () => {
  const directory = new OrganisationIndex([...BUILTIN_ORGANISATIONS, record('Millbrook Medical Centre', 'general_practice'), record('Sussex Partnership NHS Foundation Trust', 'community_mental_health_trust')]);
  const read = (lines: [string, string][]) => findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, directory, { participants: lines.map(([speaker]) => speaker) });

  it('reads "Raj, how are things at Millbrook?" and "Mo, Sussex Partnership\'s view on the crisis line?"', () => {
    expect(read([['Dr Helen Marsh', 'Raj, how are things at Millbrook since the new phones went in?'], ['Raj', 'Better, touch wood.']]).get('Raj')).toMatchObject({ organisationText: 'Millbrook Medical Centre', saidBy: 'other' });
    expect(read([['Claire Ashby', "Mo, Sussex Partnership's view on the crisis line numbers?"], ['Mo Rahim', 'Calls are up about a third.']]).get('Mo Rahim')).toMatchObject({ sector: 'community_mental_health_trust' });
  });

  it('does not when someone puts it right straight after', () => {
    expect(read([['Dr Helen Marsh', 'Raj, how are things at Millbrook?'], ['Tina Jolley', "He's not at Millbrook any more, I am."], ['Raj', 'True.']]).get('Raj')).toBeUndefined();
  });
});

describe('findIntroductions: what the speaker says first, and what they say of others or take back', () => {
  const directory = new OrganisationIndex([
    ...BUILTIN_ORGANISATIONS,
    record('Dockside Health Centre', 'general_practice'),
    record('Meridian Primary Care Ltd', 'gp_provider_org'),
    record('Cleveside Hospice', 'hospice'),
    record('Clitheroe PCN', 'pcn'),
    record('Ribble Valley Federation Ltd', 'gp_provider_org'),
  ]);
  const read = (lines: [string, string][]) => findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, directory, { participants: lines.map(([speaker]) => speaker) });

  it('takes the organisation said with the role over one named in a later sentence', () => {
    const claims = read([['Wei Zhang', "Sure. Wei Zhang, regional manager for Meridian Primary Care. We hold the APMS contract for Dockside Health Centre, so we're the provider."]]);
    expect(claims.get('Wei Zhang')).toMatchObject({ organisationText: 'Meridian Primary Care Ltd', sector: 'gp_provider_org' });
  });

  it('does not take the organisation of a guest the speaker introduces next as their own', () => {
    const claims = read([
      ['Sunita Rahman', "Afternoon all. I'm Sunita, place director for the ICB and chairing today. Couple of guests for item four: Dr Obi from Cleveside Hospice."],
      ['Dr Chinedu Obi', 'Hello everyone.'],
    ]);
    expect(claims.get('Sunita Rahman')).toMatchObject({ sector: 'icb' });
    expect(claims.get('Dr Chinedu Obi')).toMatchObject({ organisationText: 'Cleveside Hospice', saidBy: 'other' });
  });

  it('takes back an organisation the speaker puts right: "Sorry, no, … I left there in March"', () => {
    const claims = read([['Dr Laura Quayle', "Laura Quayle, I'm clinical lead at Clitheroe PCN. Sorry, no, what am I saying, I left there in March. I'm clinical lead at Ribble Valley Federation now."]]);
    expect(claims.get('Dr Laura Quayle')).toMatchObject({ organisationText: 'Ribble Valley Federation Ltd' });
  });
});

describe('findIntroductions: interests declared, and councillors called by name', () => {
  const directory = new OrganisationIndex([...BUILTIN_ORGANISATIONS, record('Kingsfen and Northwold Hospitals NHS Foundation Trust', 'acute_trust'), record('Northwold County Council', 'local_authority')]);
  const read = (lines: [string, string][], participants = lines.map(([speaker]) => speaker)) =>
    findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, directory, { participants });

  it('does not read a relative\'s job or a governorship declared as an interest as the speaker\'s own', () => {
    const claims = read([
      ['Peter Ainsley-Grant', "Yes, Chair. Peter Ainsley-Grant. Just for the record, my daughter is a dental nurse at a practice in Aldbury Market, so on item six I'd like to declare a non-pecuniary interest."],
      ['David Oyelaran', "Chair, David Oyelaran. I'm a public governor of Kingsfen and Northwold Hospitals, so on item seven I'd like that recorded as well."],
    ]);
    expect(claims.get('Peter Ainsley-Grant')?.sector).not.toBe('dental');
    expect(claims.get('David Oyelaran')?.sector).not.toBe('acute_trust');
  });

  it('takes someone called "Councillor Mwangi" by others to be a councillor of the council the meeting names', () => {
    const claims = read(
      [
        ['Hannah Whitlock', "We've had apologies from Councillor Price, and Councillor Mwangi is substituting today. Welcome to Northwold County Council's scrutiny committee."],
        ['Janet Mwangi', 'Thank you, Chair. Glad to be here.'],
      ],
      ['Hannah Whitlock', 'Janet Mwangi'],
    );
    expect(claims.get('Janet Mwangi')).toMatchObject({ sector: 'local_authority', organisationText: 'Northwold County Council', title: 'Councillor' });
  });
});

describe('findIntroductions: short first names, "still at the ICB", and a title found while speaking', () => {
  const directory = new OrganisationIndex([...BUILTIN_ORGANISATIONS, record("St Bede's Hospice", 'hospice'), record('NHS Weaver and Dee ICB', 'icb')]);
  const read = (lines: [string, string][]) => findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, directory, { participants: lines.map(([speaker]) => speaker) });

  it('reads "I\'ve brought Jo along from the hospice" as Joanne\'s organisation', () => {
    const claims = read([['Karen Lyle', "Chair, I've brought Jo along from the hospice today, she's leading the end of life work."], ['Joanne Tierney', 'Hi everyone, thanks for having me.']]);
    expect(claims.get('Joanne Tierney')).toMatchObject({ sector: 'hospice', saidBy: 'other' });
  });

  it('reads "I\'m still at the ICB, just a different team"', () => {
    expect(read([['Simone Carter', "I'm still at the ICB, just a different team."]]).get('Simone Carter')).toMatchObject({ sector: 'icb' });
  });

  it('reads "I\'m, sorry, let me get this right, head of primary care contracting. Still at the ICB."', () => {
    const claims = read([['Alun Davies', "And Simone, I think your role's changed since we last met?"], ['Simone Carter', "It has, again. I'm, sorry, let me get this right, head of primary care contracting. Still at the ICB, just a different team."]]);
    expect(claims.get('Simone Carter')).toMatchObject({ sector: 'icb', title: expect.stringMatching(/^head of primary care/) });
  });
});

describe('findIntroductions: a locum\'s session, a partner\'s title, and taking on what was given to an office', () => {
  const directory = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);
  const read = (lines: [string, string][]) => findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, directory, { participants: [...new Set(lines.map(([speaker]) => speaker))] });

  it('reads "Kieran Doyle, sessional rep, my locum session ran over" as a GP', () => {
    expect(read([['Kieran Doyle', 'Sorry, sorry. Kieran Doyle, sessional rep, my locum session ran over. Carry on.']]).get('Kieran Doyle')).toMatchObject({ sector: 'general_practice', title: 'locum GP' });
  });

  it('reads "Nadia Baptiste, partner, elected for the north locality" as a GP partner, but not "partner organisations"', () => {
    expect(read([['Dr Nadia Baptiste', 'Nadia Baptiste, partner, elected for the north locality. Evening.']]).get('Dr Nadia Baptiste')).toMatchObject({ sector: 'general_practice', title: 'GP partner' });
    expect(read([['Sam Ellis', 'Sam Ellis, partner organisations lead for the programme.']]).get('Sam Ellis')?.sector).not.toBe('general_practice');
  });

  it('places whoever answers "Will do" to an action on the LMC office in the LMC', () => {
    const claims = read([
      ['Dr Helen Marsh', "Lovely, so approved with Nadia's amendment. And that's an action on the LMC office, final version on the website by close of play Friday."],
      ['Gareth Pryce', 'Will do.'],
    ]);
    expect(claims.get('Gareth Pryce')).toMatchObject({ sector: 'primary_care_rep_body', saidBy: 'other' });
  });
});

describe('findIntroductions: someone who has joined, said to be the role of an organisation', () => {
  it('places "Helen Coates has joined us, she\'s the LMC\'s medical secretary" in the one LMC the directory knows', () => {
    const directory = new OrganisationIndex([...BUILTIN_ORGANISATIONS, { id: 'x', name: 'Nottshire LMC', odsCode: null, sector: 'primary_care_rep_body', aliases: [], source: 'user', odsReport: null, parentCode: null } as OrganisationRecord]);
    const claims = findIntroductions(
      [say('Dr Sunil Varma', "Before we crack on, Helen Coates has joined us, she's the LMC's medical secretary, so if anyone's got contract questions later, she's your woman."), say('Dr Helen Coates', 'Hello everyone, happy to help where I can.', 20)],
      T0,
      directory,
    );
    expect(claims.get('Dr Helen Coates')).toMatchObject({ organisationText: 'Nottshire LMC', sector: 'primary_care_rep_body', saidBy: 'other' });
  });
});

describe('findIntroductions: a medical specialty as the role before "with"', () => {
  it('places "I\'m Andrew Saunders, community geriatrician with Wyre Health and Care Trust"', () => {
    const claims = findIntroductions([say('Dr Andrew Saunders', "And I'm Andrew Saunders, community geriatrician with Wyre Health and Care Trust, so the frailty side of things.")], T0, new OrganisationIndex([...BUILTIN_ORGANISATIONS]));
    expect(claims.get('Dr Andrew Saunders')).toMatchObject({ organisationText: 'Wyre Health and Care Trust', sector: 'community_mental_health_trust' });
  });
});

describe('findIntroductions: "I\'m in the … team"', () => {
  const read = (lines: [string, string][]) => findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, new OrganisationIndex([...BUILTIN_ORGANISATIONS]), { participants: lines.map(([speaker]) => speaker) });

  it('places "Richard Pearce, I\'m in the NHS England regional team, North East and Yorkshire" in NHS England', () => {
    const claims = read([['Richard Pearce', "Thanks Jane. Yeah, Richard Pearce, I'm in the NHS England regional team, North East and Yorkshire, primary care and community side."]]);
    expect(claims.get('Richard Pearce')).toMatchObject({ sector: 'nhs_england' });
  });
});

describe('findIntroductions: an organisation named, then "rather than" another', () => {
  it('places "employed by Age UK Lincoln and South Lincolnshire rather than the PCN" in Age UK', () => {
    const record = (id: string, name: string, sector: OrganisationRecord['sector']): OrganisationRecord => ({ id, name, odsCode: null, sector, aliases: [], source: 'ods', odsReport: null, parentCode: null });
    const directory = new OrganisationIndex([...BUILTIN_ORGANISATIONS, record('a', 'South Lincoln PCN', 'pcn'), record('b', 'Age UK Lincoln and South Lincolnshire', 'vcse')]);
    const claims = findIntroductions([say('Kirsty Bland', "Thanks, so for anyone who doesn't know me I'm one of the social prescribers for South Lincoln, but I'm actually employed by Age UK Lincoln and South Lincolnshire rather than the PCN, so I sort of sit across both.")], T0, directory);
    expect(claims.get('Kirsty Bland')).toMatchObject({ organisationText: 'Age UK Lincoln and South Lincolnshire', sector: 'vcse' });
  });
});

describe('findIntroductions: a job title after the organisation, and "consultant in … with"', () => {
  const read = (speaker: string, text: string) => findIntroductions([say(speaker, text)], T0, new OrganisationIndex([...BUILTIN_ORGANISATIONS]));

  it('places "for anyone who doesn\'t know me, I\'m the Cheshire LMC chief exec" in the LMC', () => {
    expect(read('Patrick Ng', "Patrick Ng, by the way, for anyone who doesn't know me, I'm the Cheshire LMC chief exec.").get('Patrick Ng')).toMatchObject({ organisationText: 'Cheshire LMC', sector: 'primary_care_rep_body' });
  });

  it('places "Yemi Adebayo, consultant in health protection with UKHSA in the East Midlands"', () => {
    expect(read('Dr Yemi Adebayo', 'Thanks Chair. Yemi Adebayo, consultant in health protection with UKHSA in the East Midlands.').get('Dr Yemi Adebayo')).toMatchObject({ sector: 'national_body_academic' });
  });
});

describe('findIntroductions: a name, then ", from <organisation>," said to them', () => {
  it.each([
    ['Bev, from UHL, you wanted to come in on discharge?', 'Bev Lockwood', 'acute_trust'],
    ['Mary, from Age UK, you wanted to come in', 'Mary Tonkin', 'vcse'],
  ])('places the one spoken to in: %s', (said, person, sector) => {
    const claims = findIntroductions([say('Dr Nikhil Shah', said), say(person, 'I did, thanks. Just that the numbers in the paper are October\'s.', 20)], T0, new OrganisationIndex([...BUILTIN_ORGANISATIONS]));
    expect(claims.get(person)).toMatchObject({ sector, saidBy: 'other' });
  });
});

describe('findIntroductions: an organisation listed after a job said as the speaker\'s own', () => {
  it('places "I\'m the service manager for the older adults CMHT, LYPFT, and our waits …" in the trust', () => {
    const directory = new OrganisationIndex([...BUILTIN_ORGANISATIONS, { id: 'x', name: 'Leeds and York Partnership NHS Foundation Trust', odsCode: 'RGD', sector: 'community_mental_health_trust', aliases: [], source: 'ods', odsReport: null, parentCode: null } as OrganisationRecord]);
    const claims = findIntroductions([say('Tendai Moyo', "Yeah, so, I'm the service manager for the older adults CMHT, LYPFT, and our waits for a memory assessment are sitting at about nineteen weeks.")], T0, directory);
    expect(claims.get('Tendai Moyo')).toMatchObject({ organisationText: 'Leeds and York Partnership NHS Foundation Trust', sector: 'community_mental_health_trust' });
  });
});

describe('findIntroductions: a second hat, worn "as well"', () => {
  it('keeps the practice for "practice manager at Meadowside Surgery, and I\'m here wearing my practice managers\' forum hat as well"', () => {
    const claims = findIntroductions([say('Lorraine Pettit', "Lorraine Pettit, practice manager at Meadowside Surgery in Stowmarket, and I'm here wearing my practice managers' forum hat as well.")], T0, new OrganisationIndex([...BUILTIN_ORGANISATIONS]));
    expect(claims.get('Lorraine Pettit')).toMatchObject({ organisationText: 'Meadowside Surgery', sector: 'general_practice' });
  });
});

describe('findIntroductions: "that\'s me, <name>, <role> at <place>" through a device', () => {
  it('names the person on "Mandy\'s iPad" and places them', () => {
    const claims = findIntroductions([say('Dr Peter Kay', "Whoever's on Mandy's iPad, I think you're unmuted."), say("Mandy's iPad", "Oh that's me, Mandy Holt, practice manager at Cleveleys Park, sorry.", 20)], T0, new OrganisationIndex([...BUILTIN_ORGANISATIONS]));
    expect(claims.get("Mandy's iPad")).toMatchObject({ personName: 'Mandy Holt', sector: 'general_practice' });
  });
});

describe('findIntroductions: declarations of interest', () => {
  const read = (lines: [string, string][]) => findIntroductions(lines.map(([speaker, text], i) => say(speaker, text, 30 + i * 10)), T0, new OrganisationIndex([...BUILTIN_ORGANISATIONS]), { participants: [...new Set(lines.map(([speaker]) => speaker))] });

  it('keeps a councillor a councillor when they later declare they are a GP partner, and places nobody from the declaration', () => {
    const claims = read([
      ['Dr Tom Hoskin', 'Good morning everyone. Tom Hoskin, councillor for Harbour ward.'],
      ['Dr Kwame Asante', "Hi everyone. I'm Kwame Asante, I'm a GP."],
      ['Dr Tom Hoskin', "Yes, Chair. I should declare, in relation to item five, that I'm a GP partner at Trevose Road Surgery, which is in Harbourside PCN, so, er, Kwame is my clinical director. It's on my register of interests."],
    ]);
    expect(claims.get('Dr Tom Hoskin')).toMatchObject({ sector: 'local_authority', organisationText: null });
    expect(claims.get('Dr Kwame Asante')?.organisationText ?? null).toBeNull();
  });

  it('reads nothing of the speaker\'s own into a relative\'s work or the agenda\'s business', () => {
    const claims = read([['Peter Angove', "Peter Angove. Just for transparency, my daughter-in-law works in the pharmacy at the Liskey Tesco. It's not pecuniary, but as we've got pharmacy under item six I thought I'd mention it."]]);
    expect(claims.get('Peter Angove')).toBeUndefined();
  });

  it('still places someone whose only introduction is in their declaration: "I should declare, I chair the board of Norfolk Broads GP Federation"', () => {
    const claims = read([['Dr Alex Dunmore', "Thanks Simon. Yeah, I should declare, I chair the board of Norfolk Broads GP Federation, and we'd be one of the bidders, so I'll say my piece and then leave the call."]]);
    expect(claims.get('Dr Alex Dunmore')).toMatchObject({ sector: 'gp_provider_org' });
  });
});

describe('findIntroductions: jobs that say the kind of organisation, said in the plural, after "speaking as", or against a point of view', () => {
  const read = (speaker: string, text: string) => findIntroductions([say(speaker, text)], T0, new OrganisationIndex([...BUILTIN_ORGANISATIONS])).get(speaker);

  it.each([
    ['Leah Cartwright', "So I'm one of the care coordinators, I do a lot of the frailty calls and honestly the patients love it.", 'pcn'],
    ['Dr Rob Ansell', "Speaking as LMC medical secretary, we've had a lot of practices ring us about this, and they're not happy.", 'primary_care_rep_body'],
    ['Dr Ben Tregear', "Yeah, um, I'm a PCN clinical director so I'll come at this from the, from the practice end, really.", 'pcn'],
    ['Dr Sunil Rao', "Thanks Gary. Yeah, I'm the clinical director for frailty over at the hospital, and we've got six slots a day we're not filling.", 'acute_trust'],
  ])('%s: %s', (speaker, said, sector) => {
    expect(read(speaker, said)).toMatchObject({ sector });
  });
});

describe('a roll call of where each is from, said as a place alone', () => {
  const directory = new OrganisationIndex([
    ...BUILTIN_ORGANISATIONS,
    { id: 'ods:C85003', name: 'Dearne Valley Group Practice', odsCode: 'C85003', sector: 'general_practice', aliases: [], source: 'ods', odsReport: null, parentCode: null },
    { id: 'ods:C85027', name: 'Oaks Park Surgery', odsCode: 'C85027', sector: 'general_practice', aliases: [], source: 'ods', odsReport: null, parentCode: null },
  ]);
  const participants = ['Dr Rosie Birks', 'Mo Iqbal', 'Ellie Naylor'];

  it('reads "Mo\'s Dearne Valley, Ellie\'s Oaks Park" against the directory', () => {
    const claims = findIntroductions([say('Dr Rosie Birks', "Names for the minutes: Mo's Dearne Valley, Ellie's Oaks Park, and that's us.")], T0, directory, { participants });
    expect(claims.get('Mo Iqbal')).toMatchObject({ organisationText: 'Dearne Valley Group Practice', sector: 'general_practice', saidBy: 'other' });
    expect(claims.get('Ellie Naylor')).toMatchObject({ organisationText: 'Oaks Park Surgery', sector: 'general_practice', saidBy: 'other' });
  });

  it('takes nothing from a place the directory does not hold, or from what someone has', () => {
    const claims = findIntroductions([say('Dr Rosie Birks', "Mo's Monday clinic is full, and Ellie's Barnsley, I think, or near enough.")], T0, directory, { participants });
    expect(claims.get('Mo Iqbal')).toBeUndefined();
    expect(claims.get('Ellie Naylor')).toBeUndefined();
  });
});

describe('a display name disowned in the meeting', () => {
  it('reads "ignore what it says next to my name, I\'m not with the ICB" with what they said they do', () => {
    const speaker = 'NOWICKI, Tomasz (NHS NORTHBY ICB)';
    const claims = findIntroductions(
      [say(speaker, "Tomasz Nowicki, for those who don't know me. I locum mostly round Goole. And please ignore what it says next to my name, I'm not with the ICB, that's only where my NHSmail lives.")],
      T0,
      new OrganisationIndex(BUILTIN_ORGANISATIONS),
      { participants: [speaker] },
    );
    expect(claims.get(speaker)).toMatchObject({ sector: 'general_practice', title: 'locum GP', deniesDisplayName: true });
  });

  it('does not take "I\'m not with the ICB on this one" as disowning an ICB display name', () => {
    const speaker = 'HALL, Ann (NHS NORTHBY ICB)';
    const claims = findIntroductions([say(speaker, "Honestly, I'm not with the ICB on this one, I think the deadline is wrong.")], T0, new OrganisationIndex(BUILTIN_ORGANISATIONS), { participants: [speaker] });
    expect(claims.get(speaker)?.deniesDisplayName).toBeUndefined();
  });
});

describe('someone asked "you\'re still with us from the ICB?"', () => {
  it('places the one asked, when they answer next', () => {
    const claims = readTurns([
      ['Carol Dent', 'Lovely. And Neil, you\'re still with us from the ICB?'],
      ['Neil Ormerod', 'Still here, yes, for my sins. Primary care contracts, North Yorkshire place.'],
    ]);
    expect(claims.get('Neil Ormerod')).toMatchObject({ sector: 'icb', saidBy: 'other' });
  });
});

describe('a roll call: a name called alone, and the place said back', () => {
  const brent = new OrganisationIndex([...BUILTIN_ORGANISATIONS, record('Greenford Road Surgery', 'general_practice'), record('Harrowfield and Ealing LPC', 'primary_care_rep_body')]);

  it('reads "Quick roll call … Dr Ahmed?" "Yep, here, Greenford Road." as where Dr Ahmed is from', () => {
    const claims = findIntroductions(
      turnsOf(['Sunil Mehra', "Quick roll call, because the chat's going mad. Dr Ahmed?"], ['Dr Tariq Ahmed', 'Yep, here, Greenford Road.']),
      T0,
      brent,
      { participants: ['Sunil Mehra', 'Dr Tariq Ahmed'] },
    );
    expect(claims.get('Dr Tariq Ahmed')).toMatchObject({ organisationText: 'Greenford Road Surgery', sector: 'general_practice' });
  });

  it('without a roll call, "Dr Ahmed?" asks nothing of where he is from', () => {
    const claims = findIntroductions(turnsOf(['Sunil Mehra', 'Dr Ahmed?'], ['Dr Tariq Ahmed', 'Yep, here, Greenford Road.']), T0, brent, { participants: ['Sunil Mehra', 'Dr Tariq Ahmed'] });
    expect(claims.get('Dr Tariq Ahmed')).toBeUndefined();
  });

  it('still reads an answer that introduces itself in its own words ("Tom Hoskin, councillor for Harbour ward")', () => {
    const claims = findIntroductions(
      turnsOf(['Cllr Margaret Pengelly', "We'll do a quick round of introductions. Tom?"], ['Dr Tom Hoskin', 'Good morning everyone. Tom Hoskin, councillor for Harbour ward.']),
      T0,
      brent,
      { participants: ['Cllr Margaret Pengelly', 'Dr Tom Hoskin'] },
    );
    expect(claims.get('Dr Tom Hoskin')).toMatchObject({ sector: 'local_authority', title: 'councillor' });
  });
});

describe('what an organisation is, said after its name', () => {
  it.each([
    ["Bev Shackleton, Later Life Wyre, we're the older people's charity, we used to be the Age Concern lot.", 'Bev Shackleton', 'vcse'],
    ["Farah Iqbal, clinical operations manager at Medicus Urgent Care. We're the out-of-hours provider, independent, we hold the contract for the county.", 'Farah Iqbal', 'independent_provider'],
    ["Lee Carver, I'm a director at SightCare at Home, we do domiciliary sight tests in care homes right across north-east London.", 'Lee Carver', 'optometry'],
    ["Simon Rowe, chief exec of Marches Health. For anyone new, that's the GP federation for the south of the county.", 'Simon Rowe', 'gp_provider_org'],
  ])('"%s"', (text, speaker, sector) => {
    expect(findIntroductions([say(speaker, text)], T0).get(speaker)?.sector).toBe(sector);
  });

  it('does not take "we\'re the biggest provider round here" for an independent provider (a guard)', () => {
    expect(findIntroductions([say('Ann Lee', "Ann Lee, Northgate Care. We're the biggest provider round here.")], T0).get('Ann Lee')?.sector ?? null).not.toBe('independent_provider');
  });
});

describe('someone said to be "with us for" or "here for" an organisation', () => {
  const ealing = new OrganisationIndex([...BUILTIN_ORGANISATIONS, record('Harrowfield and Ealing LPC', 'primary_care_rep_body'), record('Wensum and Fens LPC', 'primary_care_rep_body')]);
  const people = { participants: ['Sunil Mehra', 'Mandy Lowe', 'Leanne Gotts'] };

  it('"Mandy\'s with us for the LPC" places Mandy in the one LPC the directory holds', () => {
    const claims = findIntroductions(turnsOf(['Sunil Mehra', "Lovely. Mandy's with us for the LPC, can you hear me OK?"], ['Mandy Lowe', 'Yes, all fine.']), T0, new OrganisationIndex([...BUILTIN_ORGANISATIONS, record('Harrowfield and Ealing LPC', 'primary_care_rep_body')]), people);
    expect(claims.get('Mandy Lowe')).toMatchObject({ organisationText: 'Harrowfield and Ealing LPC', saidBy: 'other' });
  });

  it('"Leanne, you\'re here for the LPC, aren\'t you?" stands once she answers, and not when she says no', () => {
    const lpc = new OrganisationIndex([...BUILTIN_ORGANISATIONS, record('Wensum and Fens LPC', 'primary_care_rep_body')]);
    const asked = ['Sunil Mehra', "Leanne, you're here for the LPC, aren't you? Where are we with the survey?"] as [string, string];
    expect(findIntroductions(turnsOf(asked, ['Leanne Gotts', "Yes, hi, I'm chief officer there."]), T0, lpc, people).get('Leanne Gotts')?.sector).toBe('primary_care_rep_body');
    expect(findIntroductions(turnsOf(asked, ['Leanne Gotts', 'No, not today.']), T0, lpc, people).get('Leanne Gotts')).toBeUndefined();
  });

  it('"thanks to Priya for the update" still places nobody (a guard)', () => {
    expect(findIntroductions(turnsOf(['Sunil Mehra', 'Thanks to Priya for the update on the LPC.'], ['Priya Shah', 'Pleasure.']), T0, ealing, { participants: ['Sunil Mehra', 'Priya Shah'] }).get('Priya Shah')).toBeUndefined();
  });
});
