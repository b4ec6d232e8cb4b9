/**
 * The sector taxonomy: who is who in an NHS England ICB meeting.
 *
 * Owned by the project, drawn from the research draft in shared/data/sectors.json
 * (ODS roles and code shapes from the ODS reference data; name keywords seen in
 * real ODS names). Organisations are classified by their ODS code where one is
 * known, otherwise by name keywords, in the priority order of SECTOR_RULE_ORDER.
 */

/** Groups of sectors; primary care is the one this product reports on. */
export const GROUPS = [
  { id: 'primary_care', name: 'Primary care' },
  { id: 'commissioner', name: 'Commissioners (ICB, NHS England)' },
  { id: 'nhs_provider', name: 'NHS trusts' },
  { id: 'local_government', name: 'Local government and social care' },
  { id: 'vcse_and_voice', name: 'Voluntary sector and patient voice' },
  { id: 'independent', name: 'Independent providers' },
  { id: 'other', name: 'Other and unknown' },
] as const;

export type GroupId = (typeof GROUPS)[number]['id'];

/** A sector: a kind of organisation. */
export interface Sector {
  readonly id: string;
  readonly group: GroupId;
  readonly name: string;
  /** A short label for tight spaces (chart axes, the timeline legend). */
  readonly short: string;
  /** Colour for charts; every colour has at least 3:1 contrast on white. */
  readonly colour: string;
  /** Case-insensitive patterns on an organisation's name. */
  readonly namePatterns: readonly RegExp[];
  /** Names matching one of these are never this sector, e.g. "Dental Surgery" is not general practice. */
  readonly notPatterns?: readonly RegExp[];
  /** ODS code shapes (upper case). Weak: several sectors share a shape; codes found in the directory win. */
  readonly codePatterns?: readonly RegExp[];
  /** Job titles that hint at the sector when nothing else is known (weakest evidence). */
  readonly titleHints?: readonly RegExp[];
}

const w = (source: string): RegExp => new RegExp(source, 'i');

export const SECTORS = [
  {
    id: 'general_practice',
    group: 'primary_care',
    name: 'General practice',
    short: 'GP',
    colour: '#005eb8',
    namePatterns: [
      w('\\b(surgery|medical (centre|center|practice|group|partnership)|health (centre|practice)|group practice|family (practice|doctors)|gp practice|general practice)\\b'),
      w("\\bdr\\.? [a-z][a-z' -]+ (&|and) partners?\\b"),
      w('\\bpractice\\b'),
    ],
    notPatterns: [w('\\bdental\\b'), w('\\bnhs (foundation )?trust\\b'), w('\\bhospital\\b'), w('\\bveterinary\\b'), w('\\bpractice (guidance|standards?|framework)\\b')],
    codePatterns: [/^[A-HJ-NPWY]\d{5}$/, /^[A-HJ-NPWY]\d{8}$/],
    // Not "a GP" alone: PCN clinical directors, LMC officers and ICB clinical leads are GPs too.
    titleHints: [
      w('\\b(gp partners?|(?:one of the )?partners at (?:the )?(?:practice|surgery)|salaried gps?|(?:managing|senior) partner|practice nurses?|gp principal|practice (?:business )?manager|gp registrar|gp trainee|(?:practice|surgery) receptionist|(?:locum|sessional|retained) gp)\\b'),
      // "I say this as a locum": in a GP meeting, a locum GP.
      w('(?<=\\b(?:as|I\'m|I am) )an? (?:sessional|locum)\\b(?!\\s+(?:pharmacist|dentist|optometrist|optician|consultant|nurse|physio))'),
      // "I'm a partner at Darwen Healthcare": in primary care, a partner is a GP practice's.
      w("\\b(?:I'm|I am) (?:a|an|the|one of the)(?: (?:equity|senior|managing|salaried))? partners?(?= (?:at|in|with)\\b|$)"),
    ],
  },
  {
    id: 'pcn',
    group: 'primary_care',
    name: 'Primary care network',
    short: 'PCN',
    colour: '#003087',
    namePatterns: [w('\\bPCNs?\\b'), w('\\bprimary care network\\b'), w('\\benhanced access hub\\b')],
    codePatterns: [/^U\d{5}$/],
    // Roles PCNs employ: the network's manager, and ARRS roles such as care coordinators.
    // "CD for Hadleigh" is the clinical director; a "CD lead" looks after controlled drugs.
    titleHints: [w('\\b(pcn )?clinical director\\b'), /\bCDs?\b(?! lead)/, w('\\b(pcn|network) (manager|business manager|lead)\\b'), w('\\barrs\\b'), w('\\bcare co-?ordinators?\\b'), w('\\b(social prescribers?|social prescribing link workers?|health and wellbeing coach(?:es)?|first contact physio(?:therapist)?s?)\\b')],
  },
  {
    id: 'gp_provider_org',
    group: 'primary_care',
    name: 'GP federation or provider organisation',
    short: 'GP federation',
    colour: '#0072c6',
    namePatterns: [
      w('\\b(gp|general practice) (federation|alliance|collaborative|provider|co-?op|cooperative)\\b'),
      w('\\b(?:federation|confederation|confed)\\b'),
      // "the fed", as people call their GP federation.
      w('^(?:the )?(?:gp )?fed$'),
      w('\\bprimary care (alliance|collaborative)\\b'),
      // GP provider companies named for primary care ("Northby Primary Care Ltd", "Primary Care Sheffield").
      w('\\bprimary care\\b(?!\\s+(?:networks?|trusts?|commissioning|teams?|directorate|support|training|hubs?|committee|board|services? england))'),
    ],
    notPatterns: [w('\\bNHS\\b'), w('\\b(ICB|CCG)s?\\b'), w('\\bintegrated care\\b'), w('\\bcouncil\\b'), w('\\btrust\\b')],
  },
  {
    id: 'community_pharmacy',
    group: 'primary_care',
    name: 'Community pharmacy',
    short: 'Pharmacy',
    colour: '#00857e',
    namePatterns: [w('\\b(pharmacy|pharmacies|chemists?)\\b'), w('\\b(boots|lloydspharmacy|rowlands|day lewis|weldricks|cohens)\\b')],
    notPatterns: [w('\\bcommunity pharmacy england\\b'), w('\\blocal pharmaceutical committee\\b'), w('\\bnhs (foundation )?trust\\b'), w('\\bICB\\b')],
    codePatterns: [/^F[A-Z0-9]{4}$/],
    titleHints: [w('\\b(community pharmacist|pharmacy (owner|contractor|manager)|superintendent pharmacist)\\b')],
  },
  {
    id: 'dental',
    group: 'primary_care',
    name: 'Dental',
    short: 'Dental',
    colour: '#4b7f9e',
    namePatterns: [w('\\b(dental|dentists?|dentistry|orthodontics?)\\b')],
    notPatterns: [w('\\blocal dental committee\\b'), w('\\bLDC\\b')],
    codePatterns: [/^V\d{5}$/],
    titleHints: [w('\\b(dentist|dental (surgeon|practice owner|nurse))\\b')],
  },
  {
    id: 'optometry',
    group: 'primary_care',
    name: 'Optometry and eye care',
    short: 'Optometry',
    colour: '#3b6e7a',
    namePatterns: [w('\\b(opticians?|optometr(y|ists?)|optical|eye ?care|specsavers|vision express)\\b')],
    notPatterns: [w('\\blocal optical committee\\b'), w('\\bLOC\\b')],
    titleHints: [w('\\b(optometrist|optom|dispensing optician|optometric advis[eo]r)\\b')],
  },
  {
    id: 'primary_care_rep_body',
    group: 'primary_care',
    name: 'LMC, LPC, LDC, LOC',
    short: 'LMC/LPC',
    colour: '#0b5e6e',
    namePatterns: [
      w('\\b(LMC|LPC|LDC|LOC)s?\\b'),
      w('\\blocal (medical|pharmaceutical|dental|optical) committee\\b'),
      w('^(the )?community pharmacy (?!england\\b)[a-z]'),
      w('\\bcommunity pharmacy england\\b'),
      w('\\b(BMA|GPC|RCGP)\\b'),
    ],
    titleHints: [w('\\b(lmc|lpc) (chair|secretary|chief officer)\\b'), w('\\bmedical secretary\\b')],
  },
  {
    id: 'icb',
    group: 'commissioner',
    name: 'Integrated care board',
    short: 'ICB',
    colour: '#7c2855',
    namePatterns: [
      w('\\bICBs?\\b'),
      w('\\bintegrated care (board|system)\\b'),
      w('\\bsub[- ]ICB\\b'),
      w('\\bCCGs?\\b'),
      w('\\bclinical commissioning group\\b'),
      // "NHS Kent and Medway", "NHS Tame and Stour": how an ICB names itself, NHS and its places, nothing else.
      /^NHS (?!England\b|Digital\b|Property\b|Resolution\b|Professionals\b|Blood\b|Business\b|Shared\b|Counter\b|Providers\b|Confederation\b|Employers\b|Supply\b|Wales\b|Scotland\b|Improvement\b|Direct\b|Trust\b|Foundation\b|Arden\b)[A-Z][a-z]+(?:(?: and| &|,)? [A-Z][a-z]+){0,5}$/,
    ],
    codePatterns: [/^Q[A-Z0-9]{2}$/, /^\d{2}[A-Z]$/],
    titleHints: [
      w('\\b(place director|director of primary care|head of primary care|primary care commissioning manager|commissioning manager|non[- ]executive member|partner member|chief nurse)\\b'),
      // "associate medical director for primary care", "deputy director of finance for primary care"
      w('\\b(?:associate |deputy |assistant )?(?:medical )?director (?:of [a-z]+ )?for primary care\\b'),
      w('\\bprimary care (?:contracts?|contracting|commissioning|transformation|estates) (?:manager|lead|officer|team)\\b'),
    ],
  },
  {
    id: 'nhs_england',
    group: 'commissioner',
    name: 'NHS England',
    short: 'NHSE',
    colour: '#a0145a',
    namePatterns: [w('\\bNHS ?England\\b'), w('\\bNHSE(I)?\\b'), w('\\bNHS Digital\\b')],
    codePatterns: [/^Y(56|58|59|60|61|62|63)$/, /^X2[46]$/],
  },
  {
    id: 'acute_trust',
    group: 'nhs_provider',
    name: 'Acute hospital trust',
    short: 'Acute',
    colour: '#8a4b00',
    namePatterns: [w('\\bhospitals?\\b'), w('\\binfirmary\\b'), w("\\bchildren'?s nhs foundation trust\\b")],
    // A practice on Hospital Road or Infirmary Drive is named for its street: "Infirmary Drive Medical Group".
    notPatterns: [w('\\bhospice\\b'), w('\\b(surgery|medical (centre|center|practice|group)|health centre|group practice)$')],
    codePatterns: [/^R[A-Z0-9]{2}$/, /^R[A-Z0-9]{4}$/],
    // Hospital specialties and wards ("consultant geriatrician", "ED consultant", "ward sister"): weak, as every title is.
    titleHints: [w('\\b(consultant (?:geriatrician|physician|surgeon|anaesthetist|cardiologist|radiologist|obstetrician|in (?:emergency|acute) medicine)|(?:ed|a&e|a and e|emergency department) consultant|ward (?:sister|manager))\\b')],
  },
  {
    id: 'community_mental_health_trust',
    group: 'nhs_provider',
    name: 'Mental health or community trust',
    short: 'MH/community',
    colour: '#a35200',
    namePatterns: [
      w('\\b(mental health|community health(care)?|health and social care|partnership|district care|healthcare|care)\\b.*\\bnhs (foundation )?trust\\b'),
      w('\\bmental health\\b'),
      // "Lincolnshire Community Health Services": a community trust said without "NHS Trust".
      w('\\bcommunity (?:health|healthcare) services\\b'),
      // "Suffolk Coastal Community Healthcare": a community trust by its own name.
      w('\\bcommunity health(?:care)?$'),
      // "Herts Community Trust": a community trust by its short name.
      w('\\bcommunity (?:nhs )?(?:foundation )?trust$'),
      // "Herefordshire and Worcestershire Health and Care Trust", "Tyneside Healthcare Trust": said without "NHS".
      w('\\b(?:health and (?:social )?care|community healthcare|healthcare|partnership) (?:foundation )?trust$'),
    ],
    codePatterns: [/^T[A-Z]{2}$/],
  },
  {
    id: 'ambulance_trust',
    group: 'nhs_provider',
    name: 'Ambulance and NHS 111',
    short: 'Ambulance',
    colour: '#6b4e16',
    namePatterns: [w('\\bambulance\\b'), w('\\bNHS ?111\\b')],
  },
  {
    id: 'other_nhs_trust',
    group: 'nhs_provider',
    name: 'NHS trust (type not known)',
    short: 'NHS trust',
    colour: '#7a5c3a',
    // "Bolton Foundation Trust": only NHS trusts are foundation trusts.
    namePatterns: [w('\\bnhs (foundation )?trust\\b'), w('^(the )?trust$'), w('\\bfoundation trust$')],
  },
  {
    id: 'local_authority',
    group: 'local_government',
    name: 'Local authority',
    short: 'Council',
    colour: '#4a6b0e',
    namePatterns: [
      w('\\b(city|county|borough|district|metropolitan borough|town|parish)? ?council\\b'),
      w('\\blondon borough of\\b'),
      w('\\bcombined authority\\b'),
      w('\\bpublic health\\b'),
      // A council's own departments, as Teams shows them: "Osei, Daniel (Democratic Services)".
      w('^(?:democratic|committee|member) services$'),
      // "Dr Imogen Strachan (Mardleshire CC)": a place, then a council's usual initials.
      /^(?!NHS )[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2} (?:CC|MBC|BC|DC|LBC|UA)$/,
    ],
    notPatterns: [
      w('\\bgeneral medical council\\b'),
      w('\\bnursing and midwifery council\\b'),
      w('\\bhealth and care professions council\\b'),
      w('\\bcouncil (?:for|of) voluntary (?:service|services|organisations?|action)\\b'),
      w('\\bgeneral pharmaceutical council\\b'),
    ],
    titleHints: [
      w('\\b(director of public health|DPH|DASS|DCS|director of adult (social )?(?:services|care)|(?:assistant |deputy )?director of (?:adult |children.?s )?social care|head of adult social care|director of children.?s services|councillor|cllr|cabinet member|portfolio holder|consultant in public health|public health consultant)\\b'),
    ],
  },
  {
    id: 'social_care_provider',
    group: 'local_government',
    name: 'Social care provider',
    short: 'Social care',
    colour: '#5c7a1a',
    namePatterns: [w('\\b(care|nursing|residential) homes?\\b'), w('\\b(home ?care|home support|domiciliary|care agency)\\b')],
    // A care home's manager is registered with the CQC by that title.
    titleHints: [w('\\b(registered manager|care home manager|home manager)\\b')],
  },
  {
    id: 'hospice',
    group: 'vcse_and_voice',
    name: 'Hospice',
    short: 'Hospice',
    colour: '#6d3f99',
    // "Weston Hospicecare", "St Giles Hospice".
    namePatterns: [w('\\bhospice(?:care)?\\b'), w('\\bmarie curie\\b'), w('\\bsue ryder\\b')],
  },
  {
    id: 'healthwatch_patient_voice',
    group: 'vcse_and_voice',
    name: 'Healthwatch and patient voice',
    short: 'Healthwatch',
    colour: '#5a3f99',
    namePatterns: [w('\\bhealthwatch\\b'), w('\\b(patient participation group|PPG)\\b'), w('\\b(lay member|patient representative)\\b')],
  },
  {
    id: 'vcse',
    group: 'vcse_and_voice',
    name: 'Voluntary, community and social enterprise',
    short: 'VCSE',
    colour: '#7d4fa6',
    namePatterns: [
      w('\\bvoluntary (action|sector|services?|organisations?|development agency)\\b'),
      // "Community Action Northumberland", "Kestlemoor Community Action": the local voluntary sector's infrastructure body.
      w('\\bcommunity action\\b'),
      w('\\b(CVS|VCSE|CIC)\\b'),
      w('\\bcitizens advice\\b'),
      w('\\bage (uk|concern|connect)\\b'),
      w('\\bcarers\\b'),
      w('\\bcharity\\b'),
      w('\\bhousing association\\b'),
      w('\\bvolunteer(s|ing)?\\b'),
      // National charities often in the room by name.
      // "Bristol Mind", "Mind in Bradford": the local Minds.
      w('^(?:the )?(?:[a-z]+ ){1,3}mind$|^mind in\\b'),
      w('\\b(red cross|st john ambulance|mind (?:in|cymru)|mencap|macmillan|marie curie|barnardo\'s|samaritans|alzheimer\'s society|salvation army|royal voluntary service|carers trust|home-start|the trussell trust)\\b'),
    ],
    notPatterns: [w('\\bnhs (foundation )?trust\\b')],
  },
  {
    id: 'independent_provider',
    group: 'independent',
    name: 'Independent provider',
    short: 'Independent',
    colour: '#505a5f',
    namePatterns: [w('\\b(ltd|limited|llp|plc)\\b'), w('\\bclinics\\b'), w('\\bdiagnostics\\b'), w('\\b(spire|nuffield health|circle health|ramsay|practice plus group|care uk|bupa)\\b')],
    codePatterns: [/^N[A-Z0-9]{2}$/, /^N[A-Z0-9]{4}$/],
  },
  {
    id: 'national_body_academic',
    group: 'other',
    name: 'National body, CSU or academia',
    short: 'National',
    colour: '#425563',
    namePatterns: [
      w('\\b(university|training hub|commissioning support unit|CSU|UKHSA|CQC|care quality commission|NHSBSA|NHS property services|health innovation)\\b'),
    ],
    titleHints: [w('\\b(phd student|doctoral (?:student|researcher)|research (?:fellow|associate)|(?:senior )?lecturer)\\b')],
  },
  {
    id: 'unknown',
    group: 'other',
    name: 'Not known',
    short: 'Not known',
    colour: '#768692',
    namePatterns: [],
  },
] as const satisfies readonly Sector[];

export type SectorId = (typeof SECTORS)[number]['id'];

/**
 * Order in which name rules are tried: representative bodies before pharmacy
 * ("Community Pharmacy South Yorkshire" is the LPC), PCN before practice,
 * ICB before NHS England, specific trust types before the catch-all, and
 * "Ltd" last of all because federations and pharmacies are companies too.
 */
export const SECTOR_RULE_ORDER: readonly SectorId[] = [
  'primary_care_rep_body',
  'pcn',
  'gp_provider_org',
  'hospice',
  'healthwatch_patient_voice',
  'community_pharmacy',
  'dental',
  'optometry',
  'icb',
  'nhs_england',
  'ambulance_trust',
  'community_mental_health_trust',
  'acute_trust',
  'other_nhs_trust',
  'local_authority',
  'social_care_provider',
  'vcse',
  'national_body_academic',
  'general_practice',
  'independent_provider',
];

const byId = new Map<string, Sector>(SECTORS.map((s) => [s.id, s]));

/** The sector with this id (unknown ids give the "Not known" sector). */
export function sectorById(id: string): Sector {
  return byId.get(id) ?? byId.get('unknown')!;
}

/** Whether `id` is a sector id. */
export function isSectorId(id: string): id is SectorId {
  return byId.has(id);
}

/** The display name of a group. */
export function groupName(id: GroupId): string {
  return GROUPS.find((g) => g.id === id)!.name;
}

/** Whether a sector belongs to primary care. */
export function isPrimaryCare(sectorId: string): boolean {
  return sectorById(sectorId).group === 'primary_care';
}

/** Words that say only what legal form a company takes, not what it does. */
const LEGAL_FORM = /^(ltd|limited|llp|plc|cic|community interest company)$/i;

/**
 * The sector an organisation's name suggests, or null. Patterns are tried in
 * {@link SECTOR_RULE_ORDER}; a sector's "not" patterns veto it.
 *
 * `isLegalFormOnly` is set when nothing but the company's legal form matched
 * ("Riverside Health CIC", "Oakwood Care Ltd"): a weak signal, which anything the
 * person says about what the organisation does should override.
 */
export function classifyOrganisationName(name: string): { sector: SectorId; matched: string; isLegalFormOnly: boolean } | null {
  for (const id of SECTOR_RULE_ORDER) {
    const sector = byId.get(id)!;
    if (sector.notPatterns?.some((p) => p.test(name))) continue;
    for (const pattern of sector.namePatterns) {
      const match = pattern.exec(name);
      if (match) return { sector: id, matched: match[0].trim(), isLegalFormOnly: LEGAL_FORM.test(match[0].trim()) };
    }
  }
  return null;
}

/**
 * The sector a job title hints at, or null (the weakest evidence), with the
 * words matched and where they start in `text`.
 */
export function classifyJobTitle(text: string): { sector: SectorId; matched: string; index: number } | null {
  for (const id of SECTOR_RULE_ORDER) {
    const sector = byId.get(id)!;
    for (const pattern of sector.titleHints ?? []) {
      const match = pattern.exec(text);
      if (match) return { sector: id, matched: match[0].trim(), index: match.index };
    }
  }
  return null;
}

/** The sectors whose ODS code shape `code` has (several for shared shapes). */
export function sectorsForCodeShape(code: string): SectorId[] {
  return SECTORS.filter((s) => ('codePatterns' in s ? s.codePatterns : []).some((p: RegExp) => p.test(code))).map((s) => s.id);
}
