import { describe, expect, it } from 'vitest';
import { BUILTIN_ORGANISATIONS, normaliseOrganisationName, OrganisationIndex, type OrganisationRecord } from '@/utils/core/org-directory';

const record = (name: string, sector: OrganisationRecord['sector'], aliases: string[] = []): OrganisationRecord => ({
  id: `test:${name}`,
  name,
  odsCode: null,
  sector,
  aliases,
  source: 'ods',
  odsReport: null,
  parentCode: null,
});

const index = new OrganisationIndex([
  record('LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST', 'community_mental_health_trust'),
  record('SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST', 'acute_trust'),
  record('SHEFFIELD CITY COUNCIL', 'local_authority'),
  record('BIRCHFIELD MEDICAL PRACTICE', 'general_practice'),
  record('BIRCH TREE SURGERY', 'general_practice'),
  record('TYNE VALLEY PCN', 'pcn', ['Tyne Valley Primary Care Network']),
  record('SOUTH TYNESIDE PCN', 'pcn'),
  record('SOUTH TYNESIDE COUNCIL', 'local_authority'),
]);

describe('OrganisationIndex', () => {
  it('normalises names for matching', () => {
    expect(normaliseOrganisationName('THE GRANTHAM PRACTICE')).toBe('grantham practice');
    expect(normaliseOrganisationName('NHS SOUTH YORKSHIRE ICB - 03N')).toBe('nhs south yorkshire icb');
  });

  it.each([
    ['Birchfield', 'BIRCHFIELD MEDICAL PRACTICE'],
    ['Tyne Valley', 'TYNE VALLEY PCN'],
    ['tyne valley primary care', 'TYNE VALLEY PCN'],
    ['Birch', 'BIRCH TREE SURGERY'],
    ['South Tyneside', undefined],
    ['Sheffield', undefined],
    ['Tyne', 'TYNE VALLEY PCN'],
    ['Tyn', undefined],
  ])('finds the one organisation starting "%s"', (text, name) => {
    expect(index.findUniqueByPrefix(text)?.name).toBe(name);
  });

  it('lists every organisation starting with some words, each once', () => {
    expect(index.findByPrefix('South Tyneside').map((r) => r.name)).toEqual(['SOUTH TYNESIDE COUNCIL', 'SOUTH TYNESIDE PCN']);
    expect(index.findByPrefix('Tyne Valley').map((r) => r.name)).toEqual(['TYNE VALLEY PCN']);
    expect(index.findByPrefix('Nowhere')).toEqual([]);
  });

  it.each([
    ['LYPFT', 'LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST'],
    ['LYP', 'LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST'],
    ['STH', 'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST'],
    ['STHFT', 'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST'],
    ['BMP', 'BIRCHFIELD MEDICAL PRACTICE'],
    ['SCC', 'SHEFFIELD CITY COUNCIL'],
    ['TVP', 'TYNE VALLEY PCN'],
    ['XYZ', undefined],
    ['sth', 'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST'],
    ['ST', undefined],
  ])('knows %s by its initials', (acronym, name) => {
    expect(index.findUniqueByInitials(acronym)?.name).toBe(name);
  });

  it('lists the organisations of a sector', () => {
    expect(index.inSector('pcn').map((r) => r.name)).toEqual(['TYNE VALLEY PCN', 'SOUTH TYNESIDE PCN']);
    expect(index.inSector('hospice')).toEqual([]);
  });
});

describe('OrganisationIndex.findBySpokenName', () => {
  const index = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);

  it.each([
    ['the Lewisham and Greenwich Trust', 'Lewisham and Greenwich NHS Trust'],
    ['East London Foundation Trust', 'East London NHS Foundation Trust'],
    ['the Norfolk and Norwich', 'Norfolk and Norwich University Hospitals NHS Foundation Trust'],
    ['South Western Ambulance', 'South Western Ambulance Service NHS Foundation Trust'],
  ])('"%s" is %s', (said, name) => {
    expect(index.findBySpokenName(said)?.name).toBe(name);
  });

  it.each(['Leeds', 'NHS Devon', 'Barts', 'the Royal'])('"%s" is too little to go on', (said) => {
    expect(index.findBySpokenName(said)).toBeUndefined();
  });
});

describe('OrganisationIndex.findByShortForm and spoken ICB names', () => {
  const index = new OrganisationIndex([...BUILTIN_ORGANISATIONS]);

  it.each([
    ['NENC ICB', 'NHS North East and North Cumbria ICB'],
    ['LTHT', 'Leeds Teaching Hospitals NHS Trust'],
    ['UHB', 'University Hospitals Birmingham NHS Foundation Trust'],
  ])('%s is %s', (said, name) => {
    expect(index.findByShortForm(said)?.name).toBe(name);
  });

  it.each(['PCN', 'LMC', 'ICB', 'GP', 'CIC'])('%s names a kind of organisation, not one', (said) => {
    expect(index.findByShortForm(said)).toBeUndefined();
  });

  it('reads "NHS Greater Manchester Integrated Care" as the ICB, and a trust with "Integrated Care" in its name as the trust', () => {
    expect(index.findBySpokenName('NHS GREATER MANCHESTER INTEGRATED CARE')?.name).toBe('NHS Greater Manchester ICB');
    expect(index.findBySpokenName('North Cumbria Integrated Care')?.name).toBe('North Cumbria Integrated Care NHS Foundation Trust');
  });
});

describe('OrganisationIndex: initials without the legal form', () => {
  it('finds "KPCA" for Kestleford Primary Care Alliance CIC and "MPA" for Medway Practices Alliance Ltd', () => {
    const record = (id: string, name: string): OrganisationRecord => ({ id, name, odsCode: null, sector: 'gp_provider_org', aliases: [], source: 'ods', odsReport: null, parentCode: null });
    const index = new OrganisationIndex([record('a', 'Kestleford Primary Care Alliance CIC'), record('b', 'Medway Practices Alliance Ltd')]);
    expect(index.findUniqueByInitials('KPCA')?.name).toBe('Kestleford Primary Care Alliance CIC');
    expect(index.findUniqueByInitials('MPA')?.name).toBe('Medway Practices Alliance Ltd');
  });
});

describe('OrganisationIndex: initials with "Foundation" left out', () => {
  const record = (id: string, name: string): OrganisationRecord => ({ id, name, odsCode: null, sector: 'community_mental_health_trust', aliases: [], source: 'ods', odsReport: null, parentCode: null });
  const index = new OrganisationIndex([
    record('a', 'Essex Partnership University NHS Foundation Trust'),
    record('b', 'Leicestershire Partnership NHS Trust'),
    record('c', 'Lincolnshire Partnership NHS Foundation Trust'),
  ]);

  it('finds "EPUT" for Essex Partnership University NHS Foundation Trust', () => {
    expect(index.findUniqueByInitials('EPUT')?.name).toBe('Essex Partnership University NHS Foundation Trust');
  });

  it('reads "LPT" letter for letter (Leicestershire), not as Lincolnshire\'s name without "Foundation"; "LPFT" is Lincolnshire', () => {
    expect(index.findUniqueByInitials('LPT')?.name).toBe('Leicestershire Partnership NHS Trust');
    expect(index.findUniqueByInitials('LPFT')?.name).toBe('Lincolnshire Partnership NHS Foundation Trust');
  });
});

describe('OrganisationIndex: more of the initials people say, and the user\'s own organisations first', () => {
  const index = new OrganisationIndex([
    ...BUILTIN_ORGANISATIONS,
    record('Cambridgeshire and Peterborough NHS Foundation Trust', 'community_mental_health_trust'),
    record('Midlands Partnership University NHS Foundation Trust', 'community_mental_health_trust'),
    record('The Shrewsbury and Telford Hospital NHS Trust', 'acute_trust'),
    record('Derby and Derbyshire LMC', 'primary_care_rep_body'),
    record('Calder Valley GP Federation', 'gp_provider_org'),
    record('Manchester University NHS Foundation Trust', 'acute_trust'),
  ]);

  it.each([
    ['MPFT', 'Midlands Partnership University NHS Foundation Trust'],
    ['SATH', 'The Shrewsbury and Telford Hospital NHS Trust'],
    ['DDLMC', 'Derby and Derbyshire LMC'],
    ['CVGPF', 'Calder Valley GP Federation'],
    // The built-in list also has a trust with these initials: the user's own comes first.
    ['CPFT', 'Cambridgeshire and Peterborough NHS Foundation Trust'],
    ['MFT', 'Manchester University NHS Foundation Trust'],
  ])('finds "%s" for %s', (acronym, name) => {
    expect(index.findUniqueByInitials(acronym)?.name).toBe(name);
  });

  it('still finds nothing when two of the user\'s own organisations share the initials', () => {
    const twice = new OrganisationIndex([record('Calder Valley GP Federation', 'gp_provider_org'), record('Colne Valley GP Federation', 'gp_provider_org')]);
    expect(twice.findUniqueByInitials('CVGPF')).toBeUndefined();
  });
});
