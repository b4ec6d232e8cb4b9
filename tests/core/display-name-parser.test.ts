import { describe, expect, it } from 'vitest';
import { displayOrganisationName, parseDisplayName } from '@/utils/core/display-name-parser';

type Row = [raw: string, person: string, organisation: string | null, code: string | null, format: string];

// Real-style meeting display names (shared/docs/domain.md §3), including hard ones.
const names: Row[] = [
  ['BORLAND, Iain (LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST)', 'Iain Borland', 'LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST', null, 'nhsmail'],
  ['SWEENEY, Cath (LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST)', 'Cath Sweeney', 'LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST', null, 'nhsmail'],
  ['TEAM, Im1 (NHS ENGLAND - X26)', 'Im1 Team', 'NHS ENGLAND', 'X26', 'nhsmail'],
  ['MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', 'Helen Marsden', 'NHS SOUTH YORKSHIRE ICB', '03N', 'nhsmail'],
  ['WHITFIELD, Sarah (NHS WEST AND NORTH LONDON ICB - W2U3Z)', 'Sarah Whitfield', 'NHS WEST AND NORTH LONDON ICB', 'W2U3Z', 'nhsmail'],
  ['RICHARDS, Tom (TOWNSHIPS 1 PCN)', 'Tom Richards', 'TOWNSHIPS 1 PCN', null, 'nhsmail'],
  ["O'BRIEN, Siobhan (SHEFFIELD CITY COUNCIL)", "Siobhan O'Brien", 'SHEFFIELD CITY COUNCIL', null, 'nhsmail'],
  ['SMITH-JONES, Anna (BIRCHFIELD MEDICAL PRACTICE)', 'Anna Smith-Jones', 'BIRCHFIELD MEDICAL PRACTICE', null, 'nhsmail'],
  ['MCDONALD, Ian (FOUNDRY PCN)', 'Ian McDonald', 'FOUNDRY PCN', null, 'nhsmail'],
  ['VAN DER BERG, Pieter (SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST)', 'Pieter Van Der Berg', 'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST', null, 'nhsmail'],
  ['SAEED, Imran (COMMUNITY PHARMACY SOUTH YORKSHIRE)', 'Imran Saeed', 'COMMUNITY PHARMACY SOUTH YORKSHIRE', null, 'nhsmail'],
  ['MALIK, Dr Aisha (FOUNDRY PCN)', 'Dr Aisha Malik', 'FOUNDRY PCN', null, 'nhsmail'],
  ['TEAM, Im1 (NHS ENGLAND - X26) (Guest)', 'Im1 Team', 'NHS ENGLAND', 'X26', 'nhsmail'],
  ['PATEL, Sam (FOUNDRY PCN)', 'Sam Patel', 'FOUNDRY PCN', null, 'nhsmail'],
  ['PATEL, Sam (SHEFFIELD CITY COUNCIL)', 'Sam Patel', 'SHEFFIELD CITY COUNCIL', null, 'nhsmail'],
  ['Claire Bennett (Guest)', 'Claire Bennett', null, null, 'plain'],
  ['Gemma Lowe (Unverified)', 'Gemma Lowe', null, null, 'plain'],
  ['Sam Patel (External) (Unverified)', 'Sam Patel', null, null, 'plain'],
  ['John Guest', 'John Guest', null, null, 'plain'],
  ['Jane Guest (Guest)', 'Jane Guest', null, null, 'plain'],
  ['Guest', 'Guest', null, null, 'plain'],
  ['Jo Hart (she/her)', 'Jo Hart', null, null, 'plain'],
  ['Alex Kim (they/them)', 'Alex Kim', null, null, 'plain'],
  ['Jo Hart (Practice Manager)', 'Jo Hart', null, null, 'plain'],
  ['Dr Sam O’Neill (GP, Porter Valley PCN)', 'Dr Sam O’Neill', 'Porter Valley PCN', null, 'bracketed'],
  ['Sue Patel (Sheffield City Council)', 'Sue Patel', 'Sheffield City Council', null, 'bracketed'],
  ['Helen Marsh (NHS South Yorkshire ICB)', 'Helen Marsh', 'NHS South Yorkshire ICB', null, 'bracketed'],
  ['J. Patel (A81001)', 'J. Patel', null, 'A81001', 'bracketed'],
  ['Priya Nair 🎧 (Healthwatch Sheffield)', 'Priya Nair 🎧', 'Healthwatch Sheffield', null, 'bracketed'],
  ['Sue Patel | Sheffield City Council', 'Sue Patel', 'Sheffield City Council', null, 'pipe'],
  ['Tom Richards | Townships 1 PCN', 'Tom Richards', 'Townships 1 PCN', null, 'pipe'],
  ['Sue Patel - Sheffield City Council', 'Sue Patel', 'Sheffield City Council', null, 'dash'],
  ['Tom Richards – Townships 1 PCN', 'Tom Richards', 'Townships 1 PCN', null, 'dash'],
  ['Mary Smith-Jones', 'Mary Smith-Jones', null, null, 'plain'],
  ['Ravi Shah, Boots UK', 'Ravi Shah', 'Boots UK', null, 'comma'],
  ['Smith, Jane', 'Jane Smith', null, null, 'plain'],
  ['Osei, Daniel (Democratic Services)', 'Daniel Osei', 'Democratic Services', null, 'bracketed'],
  ['Ashdown, Peter (Councillor)', 'Peter Ashdown', null, null, 'plain'],
  ['SMITH, Jane', 'Jane Smith', null, null, 'plain'],
  ['Dr Aisha Malik', 'Dr Aisha Malik', null, null, 'plain'],
  ['dr aisha malik', 'dr aisha malik', null, null, 'plain'],
  ['🙂 Priya Nair', '🙂 Priya Nair', null, null, 'plain'],
  ['李华 (Sheffield City Council)', '李华', 'Sheffield City Council', null, 'bracketed'],
  ['محمد علي (Foundry PCN)', 'محمد علي', 'Foundry PCN', null, 'bracketed'],
  [
    'Professor Elizabeth Anne Worthington-Smythe-Harrington, Director of Strategy and Transformation (SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST)',
    'Professor Elizabeth Anne Worthington-Smythe-Harrington, Director of Strategy and Transformation',
    'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST',
    null,
    'bracketed',
  ],
];

const rooms = [
  'Meeting Room 3',
  'Sheffield Room 3',
  'Merged audio',
  'ICB Boardroom',
  'Conference Room B (Teams Room)',
  'MTR Room 2',
  'Surface Hub 4th floor',
  'Pennine Room (Civic Offices)',
  'Council Chamber (Northby)',
  'Town Hall Committee Suite',
];

const devices = ['Samsung Galaxy S23', 'iPhone (2)', 'iPad', '+44 7700 900412', '07700 900123', '+44 77** ***412', "Jo's iPhone", 'Google Pixel 7', 'Caller 3'];

describe('parseDisplayName', () => {
  it('covers at least 40 real-style names', () => {
    expect(names.length + rooms.length).toBeGreaterThanOrEqual(40);
  });

  it.each(names)('%s', (raw, person, organisation, code, format) => {
    expect(parseDisplayName(raw)).toMatchObject({ personName: person, organisationText: organisation, odsCode: code, format, isRoom: false, isDevice: false });
  });

  it.each(rooms)('%s is a room, not a person', (raw) => {
    expect(parseDisplayName(raw)).toMatchObject({ isRoom: true, format: 'room', organisationText: null });
  });

  it.each(devices)('%s is a phone or device, not a name', (raw) => {
    expect(parseDisplayName(raw)).toMatchObject({ isDevice: true, isRoom: false, organisationText: null, personName: raw });
  });

  it.each(['Rosie Chambers', 'Jane Hall', 'Tom Roomes', 'Anna Pixley'])('%s is a person', (raw) => {
    expect(parseDisplayName(raw)).toMatchObject({ isDevice: false, isRoom: false, personName: raw });
  });

  it('keeps a job title given in brackets', () => {
    expect(parseDisplayName('Jo Hart (Practice Manager)').title).toBe('Practice Manager');
    expect(parseDisplayName('Dr Sam O’Neill (GP, Porter Valley PCN)').title).toBe('GP');
  });

  it('gives an empty name for an empty display name', () => {
    expect(parseDisplayName('   ')).toMatchObject({ personName: '', organisationText: null });
  });
});

describe('displayOrganisationName', () => {
  it.each([
    ['NHS SOUTH YORKSHIRE ICB', 'NHS South Yorkshire ICB'],
    ['SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST', 'Sheffield Teaching Hospitals NHS Foundation Trust'],
    ['TOWNSHIPS 1 PCN', 'Townships 1 PCN'],
    ['LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST', 'Leeds and York Partnership NHS Foundation Trust'],
    ["DR LUMB W & PARTNER", 'Dr Lumb W & Partner'],
    ['Healthwatch Sheffield', 'Healthwatch Sheffield'],
    ['THE GRANTHAM PRACTICE', 'The Grantham Practice'],
    ['LONDON BOROUGH OF CAMDEN', 'London Borough of Camden'],
    // Initials without a vowel stay initials; "Ltd" and "St" are words.
    ['CALDERBROOK MBC', 'Calderbrook MBC'],
    ['BRACKENSHIRE HEALTHCARE NHS FT', 'Brackenshire Healthcare NHS FT'],
    ['SBHFT', 'SBHFT'],
    ['RIVERSIDE HEALTH LTD', 'Riverside Health Ltd'],
    ['ST LUKES HOSPICE', 'St Lukes Hospice'],
  ])('%s → %s', (raw, expected) => {
    expect(displayOrganisationName(raw)).toBe(expected);
  });
});

describe('parseDisplayName: a three-letter ODS code after a dash', () => {
  it('takes "- NXK" as the code, and "- PCN" as part of the name', () => {
    expect(parseDisplayName('PRITCHARD, Owen (KESTREL URGENT CARE CIC - NXK)')).toMatchObject({ organisationText: 'KESTREL URGENT CARE CIC', odsCode: 'NXK' });
    expect(parseDisplayName('COX, Ann (NORTH HULL - PCN)').odsCode).toBeNull();
  });
});
