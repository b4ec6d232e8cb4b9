import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIntroductions } from '@/utils/core/introductions';
import { BUILTIN_ORGANISATIONS, OrganisationIndex, type OrganisationRecord } from '@/utils/core/org-directory';
import { mappingKey, resolveParticipant, resolveParticipants, type ResolutionContext, type UserMapping } from '@/utils/core/org-resolution';

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
