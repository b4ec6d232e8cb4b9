import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIntroductions } from '@/utils/core/introductions';
import { OrganisationIndex } from '@/utils/core/org-directory';

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
    expect(claims.get('Karen Hodgson')).toMatchObject({ organisationText: 'Birchfield', sector: 'general_practice', basis: 'job-title' });
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
    ['talk after the first half hour', say('Helen Marsh', "I'm Helen Marsh from Sheffield City Council.", 31 * 60)],
  ])('%s', (_name, utterance) => {
    expect(findIntroductions([utterance], T0).size).toBe(0);
  });

  it('only reads a speaker’s first three utterances', () => {
    const said = [1, 2, 3].map((i) => say('Sue Patel', `Point number ${i}.`, i)).concat(say('Sue Patel', "I'm Sue Patel from the city council.", 9));
    expect(findIntroductions(said, T0).size).toBe(0);
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
