import { describe, expect, it } from 'vitest';
import { BUILTIN_NHS_ALIASES, BUILTIN_NHS_ORGANISATIONS } from '@/utils/core/builtin-organisations';
import { BUILTIN_ORGANISATIONS, normaliseOrganisationName, OrganisationIndex, organisationRecordSchema, type OrganisationRecord } from '@/utils/core/org-directory';

const index = new OrganisationIndex(BUILTIN_ORGANISATIONS);
const count = (sector: string): number => BUILTIN_ORGANISATIONS.filter((o) => o.sector === sector).length;

describe('built-in organisations', () => {
  it('holds NHS England, the 42 integrated care boards and the NHS trusts in England', () => {
    expect(count('nhs_england')).toBe(1);
    expect(count('icb')).toBe(42);
    const trusts = count('acute_trust') + count('community_mental_health_trust') + count('ambulance_trust') + count('other_nhs_trust');
    expect(trusts).toBeGreaterThanOrEqual(200);
    expect(trusts).toBeLessThanOrEqual(215);
    // Ten ambulance services, one for each region and London, the West Midlands and so on.
    expect(count('ambulance_trust')).toBe(10);
  });

  it('every record is a valid built-in organisation', () => {
    for (const record of BUILTIN_ORGANISATIONS) {
      expect(organisationRecordSchema.parse(record)).toEqual(record);
      expect(record.source).toBe('builtin');
    }
    for (const record of BUILTIN_ORGANISATIONS.slice(1)) expect(record.id).toBe(`builtin:${record.odsCode}`);
  });

  it('has no ODS code, name or other name twice', () => {
    const codes = BUILTIN_ORGANISATIONS.map((o) => o.odsCode);
    expect(new Set(codes).size).toBe(codes.length);
    const holders = new Map<string, Set<string>>();
    for (const o of BUILTIN_ORGANISATIONS) {
      for (const name of [o.name, ...o.aliases].map(normaliseOrganisationName)) holders.set(name, (holders.get(name) ?? new Set()).add(o.id));
    }
    expect([...holders].filter(([, ids]) => ids.size > 1).map(([name]) => name)).toEqual([]);
  });

  it('names ICBs as "NHS <area> ICB" with their three-character codes, and trusts as NHS trusts', () => {
    for (const [code, name, sector] of BUILTIN_NHS_ORGANISATIONS) {
      if (sector === 'icb') {
        expect(code).toMatch(/^Q[A-Z0-9]{2}$/);
        expect(name).toMatch(/^NHS .+ ICB$/);
      } else {
        expect(name).toMatch(/ NHS (Foundation )?Trust$/);
      }
    }
  });

  it('gives other names only to organisations it holds', () => {
    const codes = new Set(BUILTIN_NHS_ORGANISATIONS.map(([code]) => code));
    for (const code of Object.keys(BUILTIN_NHS_ALIASES)) expect(codes.has(code)).toBe(true);
  });

  it('finds trusts and ICBs by code and by name, with or without "the", punctuation or the long form', () => {
    expect(index.findByCode('REF')?.name).toBe('Royal Cornwall Hospitals NHS Trust');
    expect(index.findByCode('qt6')?.name).toBe('NHS Cornwall and the Isles of Scilly ICB');
    expect(index.findByName('ROYAL DEVON UNIVERSITY HEALTHCARE NHS FOUNDATION TRUST')?.odsCode).toBe('RH8');
    expect(index.findByName('Newcastle upon Tyne Hospitals NHS Foundation Trust')?.odsCode).toBe('RTD');
    expect(index.findByName("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST")?.odsCode).toBe('RJ1');
    expect(index.findByName('Tees Esk and Wear Valleys NHS Foundation Trust')?.odsCode).toBe('RX3');
    expect(index.findByName('NHS Devon Integrated Care Board')?.odsCode).toBe('QJK');
    expect(index.findByName('Devon ICB')?.odsCode).toBe('QJK');
    expect(index.findByName('NHS SOUTH YORKSHIRE ICB - 03N')?.odsCode).toBe('QF7');
  });

  it('finds a trust by the start of its name when only one starts so', () => {
    expect(index.findUniqueByPrefix('Royal Cornwall')?.name).toBe('Royal Cornwall Hospitals NHS Trust');
    expect(index.findUniqueByPrefix('Leicestershire Partnership')?.name).toBe('Leicestershire Partnership NHS Trust');
    expect(index.findUniqueByPrefix('Northern Care Alliance')?.odsCode).toBe('RM3');
    expect(index.findUniqueByPrefix('Mersey and West Lancashire')?.odsCode).toBe('RBN');
    // Several start so: no guess.
    expect(index.findUniqueByPrefix('Cornwall')).toBeUndefined();
    expect(index.findUniqueByPrefix('Sheffield')).toBeUndefined();
  });

  it('finds a trust by its initials when only one has them', () => {
    expect(index.findUniqueByInitials('LYPFT')?.name).toBe('Leeds and York Partnership NHS Foundation Trust');
    expect(index.findUniqueByInitials('UHL')?.name).toBe('University Hospitals of Leicester NHS Trust');
    expect(index.findUniqueByInitials('CNTW')?.odsCode).toBe('RX4');
    expect(index.findUniqueByInitials('MPUFT')?.odsCode).toBe('RRE');
  });

  it('knows the ambulance services by the short names people use', () => {
    const byShort: Record<string, string> = { SWAST: 'RYF', YAS: 'RX8', NWAS: 'RX7', EMAS: 'RX9', WMAS: 'RYA', SECAmb: 'RYD', LAS: 'RRU', EEAST: 'RYC', NEAS: 'RX6', SCAS: 'RYE' };
    for (const [short, code] of Object.entries(byShort)) {
      const found = index.findByName(short);
      expect(found?.odsCode).toBe(code);
      expect(found?.sector).toBe('ambulance_trust');
    }
  });

  it('uses the names after the recent mergers, and knows the former names', () => {
    const names = BUILTIN_ORGANISATIONS.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'University Hospitals Sussex NHS Foundation Trust',
        'Mersey and West Lancashire Teaching Hospitals NHS Trust',
        'Northern Care Alliance NHS Foundation Trust',
        'Royal Devon University Healthcare NHS Foundation Trust',
        'Somerset NHS Foundation Trust',
        'Midlands Partnership University NHS Foundation Trust',
        'Kingston and Richmond NHS Foundation Trust',
      ]),
    );
    expect(names).not.toContain('Southport and Ormskirk Hospital NHS Trust');
    expect(index.findByName('St Helens and Knowsley Teaching Hospitals NHS Trust')?.odsCode).toBe('RBN');
    expect(index.findByName('Kingston Hospital NHS Foundation Trust')?.odsCode).toBe('RAX');
  });

  it('puts specialist and children’s hospitals with the acute trusts', () => {
    for (const code of ['RP4', 'RBS', 'RCU', 'RQ3', 'RBV', 'RPY', 'RP6', 'RGM']) expect(index.findByCode(code)?.sector).toBe('acute_trust');
    for (const code of ['RT5', 'RJ8', 'RX4', 'RY5', 'RW1']) expect(index.findByCode(code)?.sector).toBe('community_mental_health_trust');
  });

  it('gives way to the user’s own record for the same organisation', () => {
    const own: OrganisationRecord = { id: 'ods:RCF', name: 'AIREDALE NHS FOUNDATION TRUST', odsCode: 'RCF', sector: 'acute_trust', aliases: [], source: 'ods', odsReport: 'etr', parentCode: null };
    const mixed = new OrganisationIndex([...BUILTIN_ORGANISATIONS, own]);
    expect(mixed.size).toBe(BUILTIN_ORGANISATIONS.length);
    expect(mixed.findByCode('RCF')?.id).toBe('ods:RCF');
    expect(mixed.findUniqueByPrefix('Airedale')?.id).toBe('ods:RCF');
  });
});
