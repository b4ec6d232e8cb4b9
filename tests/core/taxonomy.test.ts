import { describe, expect, it } from 'vitest';
import { classifyJobTitle, classifyOrganisationName, GROUPS, isPrimaryCare, SECTORS, sectorById, sectorsForCodeShape } from '@/utils/core/taxonomy';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('taxonomy', () => {
  it('has the groups the product reports on, each with sectors', () => {
    expect(GROUPS.map((g) => g.id)).toEqual(['primary_care', 'commissioner', 'nhs_provider', 'local_government', 'vcse_and_voice', 'independent', 'other']);
    for (const group of GROUPS) expect(SECTORS.some((s) => s.group === group.id), group.id).toBe(true);
  });

  it('gives every sector a colour with at least 3:1 contrast on white, and no two sectors the same colour', () => {
    for (const sector of SECTORS) expect((1.05 / (luminance(sector.colour) + 0.05)), sector.id).toBeGreaterThanOrEqual(3);
    expect(new Set(SECTORS.map((s) => s.colour)).size).toBe(SECTORS.length);
  });

  it.each([
    ['TOWNSHIPS 1 PCN', 'pcn'],
    ['Foundry Primary Care Network', 'pcn'],
    ['BIRCHFIELD MEDICAL PRACTICE', 'general_practice'],
    ['Dr Lumb W & Partners', 'general_practice'],
    ['THE GRANTHAM PRACTICE', 'general_practice'],
    ['Smile Dental Surgery', 'dental'],
    ['COMMUNITY PHARMACY SOUTH YORKSHIRE', 'primary_care_rep_body'],
    ['Community Pharmacy England', 'primary_care_rep_body'],
    ['BOOTS UK LIMITED', 'community_pharmacy'],
    ['Sheffield LMC', 'primary_care_rep_body'],
    ['Primary Care Sheffield GP Federation', 'gp_provider_org'],
    ['Specsavers Opticians', 'optometry'],
    ['NHS SOUTH YORKSHIRE ICB - 03N', 'icb'],
    ['NHS Greater Manchester Integrated Care Board', 'icb'],
    ['NHS ENGLAND', 'nhs_england'],
    ['SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST', 'acute_trust'],
    ["Sheffield Children's NHS Foundation Trust", 'acute_trust'],
    ['LEEDS AND YORK PARTNERSHIP NHS FOUNDATION TRUST', 'community_mental_health_trust'],
    ['Yorkshire Ambulance Service NHS Trust', 'ambulance_trust'],
    ['Humber Teaching NHS Foundation Trust', 'other_nhs_trust'],
    ['Sheffield City Council', 'local_authority'],
    ['London Borough of Camden', 'local_authority'],
    ['General Medical Council', null],
    ['St Luke’s Hospice', 'hospice'],
    ['Healthwatch Sheffield', 'healthwatch_patient_voice'],
    ['Voluntary Action Sheffield', 'vcse'],
    ['Community Action Northumberland', 'vcse'],
    ['Kestlemoor Community Action', 'vcse'],
    ['Age UK Sheffield', 'vcse'],
    ['Acme Healthcare Ltd', 'independent_provider'],
    ['University of Sheffield', 'national_body_academic'],
    ['Meeting Room 3', null],
    ['Helen Marsh', null],
    ['NORTHBY PRIMARY CARE LTD', 'gp_provider_org'],
    ['Primary Care Sheffield', 'gp_provider_org'],
    ['NHS Midshire ICB primary care team', 'icb'],
    ['Northby Primary Care Network', 'pcn'],
    ['Northby Volunteer Centre', 'vcse'],
    ['Oakwood Care Ltd', 'independent_provider'],
    ['Riverside Health CIC', 'vcse'],
    ['Northby Council for Voluntary Organisations', 'vcse'],
    ['Southfield Community Healthcare Services', 'community_mental_health_trust'],
    ['BrightSmile Dental Clinics', 'dental'],
    ['Northby Hearing Clinics', 'independent_provider'],
    ['Westshire Community Trust', 'community_mental_health_trust'],
    ['Eastwick Foundation Trust', 'other_nhs_trust'],
    ['Carers Trust', 'vcse'],
    ['Democratic Services', 'local_authority'],
  ])('%s → %s', (name, sector) => {
    expect(classifyOrganisationName(name)?.sector ?? null).toBe(sector);
  });

  it('says when only a legal form placed a name', () => {
    expect(classifyOrganisationName('Oakwood Care Ltd')?.isLegalFormOnly).toBe(true);
    expect(classifyOrganisationName('Riverside Health CIC')?.isLegalFormOnly).toBe(true);
    expect(classifyOrganisationName('BOOTS UK LIMITED')?.isLegalFormOnly).toBe(false);
    expect(classifyOrganisationName('Northby GP Federation Ltd')?.isLegalFormOnly).toBe(false);
  });

  it.each([
    ['one of the practice nurses', 'general_practice'],
    ['a dentist', 'dental'],
    ['an optometrist', 'optometry'],
    ['associate medical director for primary care', 'icb'],
    ['deputy director of finance for primary care', 'icb'],
    ['director of adult services', 'local_authority'],
    ['director of adult social care', 'local_authority'],
    ['head of adult social care', 'local_authority'],
    ['portfolio holder for adult social care', 'local_authority'],
    ['consultant in public health', 'local_authority'],
    ['consultant geriatrician', 'acute_trust'],
    ['ED consultant', 'acute_trust'],
    ['a ward sister on the frailty unit', 'acute_trust'],
    ["I'm an optom at Pearce and Lowe", 'optometry'],
  ])('reads "%s" as a hint of %s', (title, sector) => {
    expect(classifyJobTitle(title)?.sector).toBe(sector);
  });

  it('reads no hospital from a consultant psychiatrist or a consultant in public health, nor an optometrist from "optimism"', () => {
    expect(classifyJobTitle('consultant psychiatrist')?.sector).not.toBe('acute_trust');
    expect(classifyJobTitle('consultant in public health')?.sector).toBe('local_authority');
    expect(classifyJobTitle('cautious optimism')).toBeNull();
  });

  it('says where in the text a job title is', () => {
    expect(classifyJobTitle('Morning, I am the practice manager here')).toMatchObject({ matched: 'practice manager', index: 18 });
  });

  it('reads job titles as weak hints', () => {
    expect(classifyJobTitle('practice manager')?.sector).toBe('general_practice');
    expect(classifyJobTitle('PCN clinical director')?.sector).toBe('pcn');
    expect(classifyJobTitle('Director of Public Health')?.sector).toBe('local_authority');
    expect(classifyJobTitle('head of primary care')?.sector).toBe('icb');
    expect(classifyJobTitle('the weather')).toBeNull();
  });

  it('knows which sectors an ODS code shape could mean', () => {
    expect(sectorsForCodeShape('U12345')).toEqual(['pcn']);
    expect(sectorsForCodeShape('FA512')).toEqual(['community_pharmacy']);
    expect(sectorsForCodeShape('RHQ')).toEqual(['acute_trust']);
    expect(sectorsForCodeShape('ZZZZZZZZ')).toEqual([]);
  });

  it('knows what is primary care', () => {
    expect(isPrimaryCare('pcn')).toBe(true);
    expect(isPrimaryCare('icb')).toBe(false);
    expect(sectorById('no-such-sector').id).toBe('unknown');
  });
});

describe('classifyOrganisationName: a council by its usual initials', () => {
  it.each(['Mardleshire CC', 'Kirklees MBC', 'Taunton Deane BC', 'Breckland DC'])('takes "%s" for a council', (name) => {
    expect(classifyOrganisationName(name)?.sector).toBe('local_authority');
  });
  it.each(['NHS CC', 'CC', 'the CC'])('does not take "%s" for one', (name) => {
    expect(classifyOrganisationName(name)?.sector).not.toBe('local_authority');
  });
});

describe('classifyOrganisationName: an NHS community or mental health trust said without "NHS"', () => {
  it.each(['Herefordshire and Worcestershire Health and Care Trust', 'Tyneside Healthcare Trust', 'Sussex Partnership Trust', 'Wyre Health and Social Care Trust'])('takes "%s" for one', (name) => {
    expect(classifyOrganisationName(name)?.sector).toBe('community_mental_health_trust');
  });
  it.each(['Wellcome Trust', 'Canal and River Trust'])('does not take the charity "%s" for one', (name) => {
    expect(classifyOrganisationName(name)?.sector).not.toBe('community_mental_health_trust');
  });
});
