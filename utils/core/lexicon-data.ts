/**
 * The primary care vocabulary: terms that mark an utterance or agenda item as
 * being about primary care, grouped into themes.
 *
 * Owned by the project, converted from the research draft in
 * shared/data/primary-care-lexicon.json (version 0.1-draft); the scoring rules are in
 * docs/domain.md section 6.7 and live in lexicon.ts. Patterns are JavaScript
 * regular expression sources, matched case-insensitively unless caseSensitive
 * is set (acronyms such as GP and DES that are also ordinary words in lower case).
 */

export type TermWeight = 'strong' | 'medium' | 'weak';

export interface LexiconTerm {
  readonly term: string;
  readonly pattern: string;
  readonly caseSensitive?: boolean;
  /** strong: relevant on its own; medium: needs a second medium term; weak: counts only beside a stronger term. */
  readonly weight: TermWeight;
  readonly definition?: string;
}

export interface LexiconTheme {
  readonly id: string;
  /** Human name in British English sentence case. */
  readonly name: string;
  readonly terms: readonly LexiconTerm[];
}

export const LEXICON_THEMES: readonly LexiconTheme[] = [
  {
    id: 'organisations_structures',
    name: 'Primary care organisations',
    terms: [
      { term: 'GP', pattern: '\\bGPs?\\b', caseSensitive: true, weight: 'strong', definition: 'General practitioner / general practice' },
      { term: 'general practice', pattern: '\\bgeneral practices?\\b', weight: 'strong', definition: 'Registered-list family doctor service' },
      { term: 'practice', pattern: '\\bpractices?\\b(?!\\s+(guidance|standards?|framework))', weight: 'weak', definition: "Ambiguous ('best practice')" },
      { term: 'surgery', pattern: '\\bsurger(y|ies)\\b', weight: 'medium', definition: 'GP premises (also operating theatre sense)' },
      { term: 'PCN', pattern: '\\bPCNs?\\b|\\bprimary care networks?\\b', weight: 'strong', definition: 'Primary care network under Network Contract DES (since July 2019)' },
      { term: 'clinical director', pattern: '\\b(PCN )?clinical directors?\\b|\\bPCN CDs?\\b', weight: 'medium', definition: "PCN clinical lead; 'CD' alone may mean controlled drugs" },
      { term: 'GP federation', pattern: '\\b(GP )?federations?\\b|\\bat[- ]scale\\b', weight: 'strong', definition: 'Practice-owned provider company' },
      { term: 'LMC', pattern: '\\bLMCs?\\b|\\blocal medical committees?\\b', weight: 'strong', definition: 'Local medical committee (GP representative body)' },
      { term: 'LPC / Community Pharmacy <area>', pattern: '\\bLPCs?\\b|\\blocal pharmaceutical committees?\\b|\\bcommunity pharmacy england\\b', weight: 'strong', definition: 'Pharmacy representative bodies' },
      { term: 'LDC / LOC', pattern: '\\b(LDC|LOC)s?\\b|\\blocal (dental|optical) committees?\\b', weight: 'strong', definition: 'Dental / optical representative bodies' },
      { term: 'POD', pattern: '\\bPOD\\b', caseSensitive: true, weight: 'strong', definition: 'Delegated pharmacy/optometry/dental commissioning' },
      { term: 'PCCC', pattern: '\\bPCCC\\b|\\bprimary care commissioning committee\\b', weight: 'strong', definition: 'ICB primary care commissioning committee' },
      { term: 'primary care', pattern: '\\bprimary care\\b', weight: 'strong', definition: 'Umbrella term' },
      { term: 'practice manager / partners / salaried / locum', pattern: '\\b(practice managers?|GP partners?|partnership model|salaried GPs?|locums?|ECGPs?|early career GPs?)\\b', weight: 'strong', definition: 'GP workforce' },
      { term: 'POD (phrase)', pattern: '\\bpharmacy,? optometry and dental\\b|\\bdelegated (primary care )?commissioning\\b', weight: 'strong', definition: 'Delegated pharmacy/optometry/dental commissioning' },
    ],
  },
  {
    id: 'contracts_funding',
    name: 'Contracts and funding',
    terms: [
      { term: 'GMS/PMS/APMS', pattern: '\\b(GMS|PMS|APMS)\\b', caseSensitive: true, weight: 'strong', definition: 'GP contract types' },
      { term: 'global sum / Carr-Hill', pattern: '\\bglobal sum\\b|\\bcarr[- ]hill\\b|\\bweighted (population|list)\\b|\\blist sizes?\\b', weight: 'strong', definition: 'Core capitation funding and weighting' },
      { term: 'QOF', pattern: '\\bQOF\\b|\\bquality and outcomes framework\\b', weight: 'strong', definition: 'GP pay-for-performance framework' },
      { term: 'DES (acronym)', pattern: '\\bDESs?\\b', caseSensitive: true, weight: 'strong', definition: 'Directed Enhanced Service (national)' },
      { term: 'DES (phrase)', pattern: '\\bdirected enhanced services?\\b|\\bnetwork contract\\b', weight: 'strong', definition: 'Directed Enhanced Service / Network Contract DES' },
      { term: 'LES/LIS/LCS (acronym)', pattern: '\\b(LES|LIS|LCS)s?\\b', caseSensitive: true, weight: 'strong', definition: 'Locally commissioned GP schemes' },
      { term: 'LES/LIS/LCS (phrase)', pattern: '\\blocal(ly)? (enhanced|commissioned) services?\\b|\\blocal incentive schemes?\\b', weight: 'strong', definition: 'Locally commissioned GP schemes' },
      { term: 'IIF', pattern: '\\bIIF\\b|\\binvestment and impact fund\\b', weight: 'strong', definition: 'PCN incentive scheme' },
      { term: 'CAIP', pattern: '\\bCAIP\\b|\\bcapacity and access (improvement )?payment\\b', weight: 'strong', definition: 'PCN access funding' },
      { term: 'ARRS', pattern: '\\bARRS\\b|\\badditional roles?( reimbursement)?\\b', weight: 'strong', definition: 'PCN workforce reimbursement scheme' },
      { term: 'GP contract', pattern: '\\bGP contract\\b|\\bcontract variation\\b|\\bcollective action\\b', weight: 'strong', definition: 'National contract / BMA collective action' },
      { term: 'CQRS/PCSE', pattern: '\\b(CQRS|PCSE|GPES)\\b', weight: 'medium', definition: 'Payment/claims/support systems' },
      { term: 'estates/premises', pattern: '\\b(estates?|premises|rent reimbursement|notional rent|improvement grants?|NHSPS|CHP|LIFT)\\b', weight: 'medium', definition: "Practice premises; 'estates' alone is weak" },
      { term: 'merger/closure/dispersal', pattern: '\\b(practice (merger|closure)s?|list dispersals?|caretaking|caretaker (contract|provider))\\b', weight: 'strong', definition: 'PCCC contract decisions' },
    ],
  },
  {
    id: 'access_demand',
    name: 'Access and demand',
    terms: [
      { term: 'enhanced access', pattern: '\\benhanced access\\b|\\bEA hubs?\\b', weight: 'strong', definition: 'PCN 18:30-20:00 weekdays & 09:00-17:00 Saturdays (from Oct 2022)' },
      { term: 'extended hours/access', pattern: '\\bextended (hours|access)\\b|\\bimproved access\\b', weight: 'medium', definition: 'Predecessor schemes' },
      { term: 'modern general practice access', pattern: '\\bmodern general practice( access)?\\b|\\bMGPA\\b|\\bPCARP\\b|\\baccess recovery plan\\b', weight: 'strong', definition: '2023 access model' },
      { term: 'same-day access', pattern: '\\bsame[- ]day (access|urgent care|demand|appointments?)\\b|\\b8 ?am (rush|scramble)\\b', weight: 'strong', definition: 'On-the-day demand' },
      { term: 'care navigation / triage', pattern: '\\bcare navigat(ion|ors?)\\b|\\btotal triage\\b|\\bonline consultations?\\b|\\b(cloud[- ]based |digital )telephony\\b', weight: 'strong', definition: 'Access front door' },
      { term: 'GP data/surveys', pattern: '\\bGPAD\\b|\\bappointments in general practice\\b|\\bGP patient survey\\b|\\bGPPS\\b', weight: 'strong', definition: 'National GP data' },
      { term: 'interface', pattern: '\\b(primary[- ]secondary care )?interface\\b|\\badvice and guidance\\b|\\bA&G\\b|\\bshift left\\b|\\beRS\\b', weight: 'medium', definition: 'Primary/secondary care interface' },
    ],
  },
  {
    id: 'workforce',
    name: 'Workforce',
    terms: [
      { term: 'ARRS roles', pattern: '\\b(clinical pharmacists?|pharmacy technicians?|social prescrib(ing|ers?)( link workers?)?|health and wellbeing coach(es|ing)?|health coach(es|ing)?|care co-?ordinators?|physician associates?|first contact (physio(therapists?)?|practitioners?)|mental health practitioners?|GP assistants?|digital (and )?transformation leads?|nursing associates?|advanced (clinical )?practitioners?)\\b', weight: 'medium', definition: 'PCN additional roles; strong with PCN/practice co-term' },
      { term: 'training hub', pattern: '\\btraining hubs?\\b|\\bGP (trainees?|registrars?|retention)\\b', weight: 'medium', definition: 'Primary care workforce development' },
    ],
  },
  {
    id: 'pharmacy_dental_optometry',
    name: 'Pharmacy, dental and optometry',
    terms: [
      { term: 'Pharmacy First', pattern: '\\bpharmacy first\\b|\\bCPCS\\b', weight: 'strong', definition: 'Pharmacy First (31 Jan 2024; 7 conditions) / predecessor CPCS' },
      { term: 'community pharmacy', pattern: '\\bcommunity pharmac(y|ies|ists?)\\b|\\bpharmacy contractors?\\b', weight: 'strong', definition: 'Community pharmacy sector' },
      { term: 'pharmacy services', pattern: '\\b(DMS|NMS|discharge medicines service|new medicine service|pharmacy contraception|hypertension case[- ]finding|blood pressure check service|CPCF|PNA|pharmaceutical needs assessment|distance selling|dispensing doctors?|100[- ]hour pharmac(y|ies))\\b', weight: 'strong', definition: 'Pharmacy contract/services' },
      { term: 'dental', pattern: '\\b(dental|dentists?|dentistry|UDAs?|units of dental activity)\\b', weight: 'strong', definition: 'Primary care dentistry' },
      { term: 'optometry', pattern: '\\b(optometr(y|ists?)|opticians?|GOS|minor eye conditions|MECS|CUES)\\b', weight: 'strong', definition: 'Primary eye care' },
    ],
  },
  {
    id: 'integration_population_health',
    name: 'Integration and population health',
    terms: [
      { term: 'neighbourhood health', pattern: '\\bneighbourhood (health|teams?|working)\\b|\\bINTs?\\b|\\bintegrated neighbourhood teams?\\b|\\bfuller (stocktake|report)\\b', weight: 'strong', definition: '10 Year Plan / Fuller model' },
      { term: 'social prescribing / personalised care', pattern: '\\bsocial prescribing\\b|\\bpersonalised care\\b', weight: 'strong', definition: 'Non-medical support via link workers' },
      { term: 'population health programmes', pattern: '\\b(anticipatory|proactive) care\\b|\\bPHM\\b|\\bpopulation health management\\b|\\bEHCH\\b|\\benhanced health in care homes\\b|\\bfrailty\\b|\\blong[- ]term conditions?\\b|\\bLTCs?\\b|\\bCVD prevention\\b|\\bvaccinations?\\b|\\bimmunisations?\\b|\\bhealth checks?\\b', weight: 'medium', definition: 'Often delivered via practices/PCNs' },
      { term: 'medicines optimisation', pattern: '\\bmedicines optimisation\\b|\\bprescribing (budget|spend)\\b|\\bantimicrobial stewardship\\b', weight: 'medium', definition: 'ICB medicines work with practices' },
      { term: 'place / locality', pattern: '\\b(place|locality|neighbourhood)\\b', weight: 'weak', definition: 'Needs a co-term' },
    ],
  },
];
