import { parseDisplayName } from './display-name-parser';
import { shortFormsOf } from './given-names';
import { normaliseOrganisationName, type OrganisationIndex } from './org-directory';
import { classifyJobTitle, classifyOrganisationName, SECTORS, type SectorId } from './taxonomy';
import { normaliseSpaces } from './text';

/** What a participant said about who they are, or what someone else said about them. */
export interface IntroductionClaim {
  /** The display name the claim is about: the speaker, someone another person introduced, or a room device someone spoke through. */
  readonly speaker: string;
  /** The name said, when the display name is not the person's own (a room device, a phone, someone introduced by another). */
  readonly personName?: string | null;
  /** Said by the person themselves, or by someone else ("we've got Carla from Age UK with us"). */
  readonly saidBy?: 'self' | 'other';
  /** The organisation as said ("Townships 1 PCN", "the city council"), or null when only a job title was given. */
  readonly organisationText: string | null;
  /** The sector the organisation (or, failing that, the job title) points to. */
  readonly sector: SectorId | null;
  /** How the sector was worked out. */
  readonly basis: 'organisation' | 'directory' | 'job-title';
  readonly title: string | null;
  /** The sentence, for the user to check. */
  readonly quote: string;
  readonly atMs: number;
  /**
   * Said as the capacity they are here in ("I chair the LMC", "wearing my
   * clinical director hat for Millbrook"): it wins over the organisation
   * in their display name, which is their employer's.
   */
  readonly isRepresenting?: boolean;
  /** The organisation is only the one known name that starts with what was said ("Stourminster"): a guess, never enough to overrule a display name. */
  readonly isNameGuessed?: boolean;
  /** They said the organisation by their name is not theirs ("I'm not with the ICB, that's only where my NHSmail lives"). */
  readonly deniesDisplayName?: boolean;
}

/** What {@link findIntroductions} may also draw on. */
export interface IntroductionOptions {
  /**
   * Display names of everyone in the meeting. With them, people introduced
   * by someone else are matched by name, and a place said without its type
   * word ("the clinical director at Three Rivers") is completed from the
   * organisations in their display names.
   */
  readonly participants?: readonly string[];
}

/** A speaker's first few utterances, and the opening round, are where introductions usually come. */
const EARLY_UTTERANCES_PER_SPEAKER = 3;
const OPENING_ROUND_MS = 5 * 60_000;
/** How long after "quick roll call" a name asked alone ("Dr Ahmed?") asks where that person is from. */
const ROLL_CALL_MS = 3 * 60_000;
/** The chair calling the roll: "Quick roll call", "who have we got?", "round the screen". */
const ROLL_CALL = /\broll[- ]?call\b|\bwho (?:have|'ve|['’]ve) we got\b|\bround the (?:room|table|screen|houses|virtual room)\b|\bround of (?:names|intros|introductions)\b/i;
/** What may be said with a name called in a roll call: "Dr Ahmed?", "And Imran, is that you lurking?", "Priya, are you with us?". */
const CALLED_WITH_NAME = /^(?:(?:and|so|lovely|great|thanks|thank you|ok|okay|right|next)[,.]?\s+)*(?:,?\s*(?:is that you(?: [a-z]+)?|are you (?:there|with us|on)|you there))?\s*\?$/i;
/** How many sentences after the first words of an introduction are read with it. */
const SENTENCES_PER_INTRODUCTION = 3;

const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'cllr', 'councillor', 'county', 'rev', 'revd', 'reverend']);

/** Phrases that say "this is who I am" wherever they come in a meeting. */
const STRONG_CUE =
  /\b(?:my name is|my name's|for (?:anyone|those|people|everyone) (?:who|that) (?:doesn't|don't|do not|does not|might not) know me|for anyone i haven't met|for the (?:new people|new faces)|for the record,? i'm|i should have said|should have introduced myself|introduce myself|(?:(?:i'm|i am)(?:\s+(?:here|joining|attending|sitting in|dialling in|calling in))?|here)\s+(?:representing|on behalf of)|i represent|i work (?:for|at|with)|\bi(?:'ve| have)? (?:(?:recently|just) )?(?:(?:moved|switched)(?: over| across)?|(?:gone|went) (?:over|across)) to\b|(?:i'm|i am) employed by|(?:i'm|i am) (?:(?:actually|also|now|still|just|really) )?from|i'm here (?:from|for|as|with|today)|i'm (?:joining|dialling in|calling in) (?:from|for)|(?:wearing|with|putting|putting on) my [\w ]{1,40} hat|(?:i'm )?(?:speaking|saying this|here) as (?:the|a|an|one of the)\b|\bi say (?:this|that) as (?:a|an|the)\b|(?:speaking|saying this|here) as (?:[\w-]+ ){0,3}?(?:lead|manager|director|officer|nurse|pharmacist|partner|consultant|chair|gp|clinician|representative|rep|secretary)\b|\bas (?:(?:the|a|an) )?(?:dph|dass|dcs)\b|\bas (?:the|a|an) (?:director of (?:public health|adult social services|children's services)|(?:dental )?practice manager|clinical director|pcn manager)\b|i chair|i'm (?:the )?chair of|i run|i lead|i head up|i manage|i co-?ordinate|(?:i'm|i am) (?:here )?(?:deputising|standing in|covering|sitting in|substituting|attending) (?:for|instead of|on behalf of)\b)/i;
/**
 * Where someone says where they work in passing, as "we": "at Brecklands we've had three locums pull out",
 * "we're seeing fifteen a week at Fakenham Eyecare". Read without a strong cue, so only a name the directory
 * knows or one with a type word of its own counts.
 */
const IN_PASSING = /\bat (?:the )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3},? (?:we(?!['’](?:ll|d)\b|\s+(?:will|would|probably|need)\b)|we've|we're|we have|we are|we had|our)\b|\b(?:[Ww]e've|[Ww]e're|[Ww]e have|[Ww]e are|[Ww]e had|[Ww]e)\b(?:(?!(?:opening|launching|setting up|building|moving|hosting|holding|rolling out|piloting|trialling|running|open|launch|set up|build|move|host|hold|roll out|pilot|trial|run) (?:a|an|the|our|some|two|three|another|extra|new)\b)[^.?!]){0,60}\bat (?:the )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}(?=\s*(?:[,.;?!]|$|\s+(?:last|this|next|since|in|and|so|but|till|until|for|is|are|was|were|has|have|had)\b))|\b(?:[Oo]ur|[Mm]y) (?:[\p{Ll}-]+ |[\p{Lu}]{2,6} ){1,3}at (?:the )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}|\b[Ww]e at (?:the )?[\p{L}'’ -]{2,40}?\s+(?:have|are|did|do|were|had|'ve|'re|run|ran)\b|\b(?:[Ss]peaking|[Ss]peak|[Aa]nswering|[Aa]nswer) for (?:the|my|our) \p{L}|\b[Ww]e at (?:the )?\p{Lu}[\p{L}'’-]+|\b[Ww]e in the (?:[\p{Ll}-]+ ){1,3}(?:team|unit|department|service|office) at (?:the )?\p{Lu}|\b[Hh]ere at (?:the )?\p{Lu}[\p{L}'’-]+/u;

/** "We've also had apologies from Dr Cardew, the medical director at Mardleshire Hospitals": where the absent work, not the speaker. */
const APOLOGIES = /\bapologies\b|\bsends? (?:his|her|their) (?:apologies|regrets)\b/i;
function isInPassing(text: string): boolean {
  return IN_PASSING.test(text) && !APOLOGIES.test(text);
}

/** "I'm with Age UK", "I'm at Elm Tree": only before a name (a capital), not "I'm at the hospital this afternoon". */
/** Words a speaker puts in while finding their title: "I'm, sorry, let me get this right, …". */
const SELF_REPAIR = /\b(I'm|I am),\s+(?:(?:sorry|um|er|erm|well|oh|let me (?:get this right|think|see)|how do I put it|what am I now|officially)[,.]?\s+)+/gi;
const WITH_NAME_CUE = /\b(?:I'm|I am) (?:(?:still|now|also|currently|actually|based|here) )*(?:with|at) (?:the )?\p{Lu}/u;
/** "I'm the practice manager at…", "I'm one of the clinical leads for…": a role, then where. */
const ROLE_CUE = /\b(?:i'm|i am|it's|this is|i've been|i have been)\s+(?:(?:now|also|currently|actually)\s+)?(?:(?:the|a|an|one of the)\s+)?([\w' -]{2,60}?)\s+(?:at|of|for|from|with|on)\s/i;
/** A cheap look for any of the cues below, before reading them properly. */
const CUE_WORDS = /speaking as |(?:moved|switched|gone over|went over|gone across|went across) (?:over |across )?to |here as |i['’]m|i am|i['’]ve been|my name|i work|represent|behalf|i chair|i run|i lead|i head|i manage|i co-?ordinate|i look after|i cover|\bas (?:the|a|an|one of) |\bhat\b|introduc|should have said|know me|for the record|for the new|haven['’]t met/i;
/** Weaker cues, taken only among a speaker's first words. */
const WEAK_CUE =
  /\b(?:i'm|i am) (?:(?:now|also|currently|actually|really|still|just) )?(?:the|a|an|one of the|with|at|from|here)\b|\brepresenting\b|\bon behalf of\b|\bi (?:look after|cover)\b|\bas (?:the|a|an|one of the) (?:[\w-]+ ){0,3}?(?:lead|manager|director|officer|nurse|pharmacist|partner|consultant|chair|coordinator|co-ordinator) (?:at|for|of|with)\b/i;
/** Someone being asked who they are: the next thing they say is an introduction. */
const INTRODUCTION_QUESTION =
  /\b(?:introduce yourself|say (?:a word about )?who you are|tell us who you are|who(?:'s| is) that|who are you|where(?: are|'re) you (?:from|joining from|based|working|at now)|where you(?: are|'re) (?:from|based|working)|which (?:practice|surgery|pcn|network|trust|council|organisation|federation|team|pharmacy|hospital) (?:are you|is that|do you)|(?:do you want to|would you like to) (?:say|introduce))\b/i;
/** "Which practice are you?": the type of organisation asked about. */
const QUESTION_TYPE: readonly [RegExp, SectorId][] = [
  [/\bwhich (?:practice|surgery)\b/i, 'general_practice'],
  [/\bwhich (?:pcn|network)\b/i, 'pcn'],
  [/\bwhich (?:trust|hospital)\b/i, 'other_nhs_trust'],
  [/\bwhich council\b/i, 'local_authority'],
  [/\bwhich federation\b/i, 'gp_provider_org'],
  [/\bwhich pharmacy\b/i, 'community_pharmacy'],
];

/** Words before an organisation: "at", "from", "on behalf of", "I chair", "I run". */
const ORGANISATION_LEAD =
  /\b(?:(?:moved|switched|gone|went)(?: over| across)? to|(?:i'm|i am|i sit|i work) in(?= (?:the|our) (?:[\w'-]+ ){1,5}(?:team|department|directorate|unit|office|service)\b)|at|of|for|from|with|represent|representing|on behalf of|chair|chairs|run|runs|own|owns|lead|leads|manage|manages|head up|heads up|look after|looks after|joined|on|i'm the|i am the|i'm a|i'm an|employed by|employed through|employed via|hosted by|speaking as|saying this as|here as)\s+/gi;
/** Words before "from", "at" or "with" that make it a past employer: "I came over from", "I used to be at". */
const FORMERLY_BEFORE = /(?:\b(?:came|come|moved|transferred)(?:\s+(?:over|across|in|here|to us))?|\bused to (?:be|work)|\bpreviously(?: worked)?|\bbefore that I was|\bI was(?: (?:previously|formerly))?)\s*$/i;
/** Leads that say the capacity someone is here in, rather than where they work. */
/** Relatives and friends, whose work is theirs and not the speaker's ("my daughter is a dental nurse"). */
const RELATIVES = 'daughter|son|wife|husband|brother|sister|mother|father|mum|dad|niece|nephew|cousin|friend|neighbour';
/** Said before a place that is an interest, not a workplace: a governor, trustee or volunteer there, or a relative's job. */
const INTEREST_BEFORE = new RegExp(
  String.raw`\b(?:governor|governors|trustee|trustees|volunteer|volunteers|patron|ambassador)\s*$|\b(?:governor|trustee|volunteer|patron|ambassador|member of the board of governors)\s+(?:of|at|for|with)\s*$|\b(?:my|his|her|our|their)\s+(?:[a-z-]+\s+)?(?:${RELATIVES}|partner|daughter-in-law|son-in-law)(?:['’]s|\s+(?:is|was|works|worked))\b[^.;]*$`,
  'i',
);
/** A job said of a relative: "my daughter is a dental nurse", "my wife's a practice manager". */
const SOMEONE_ELSES_JOB = new RegExp(String.raw`\b(?:my|his|her|our|their)\s+(?:[a-z-]+\s+)?(?:${RELATIVES}|partner)(?:['’]s|\s+(?:is|was|works as|worked as))\s+(?:(?:a|an|the|one of the)\s+)?(?:[a-z-]+\s+){0,3}$`, 'i');
const REPRESENTING_BEFORE = /(?:\b(?:representing|on behalf of|speaking for|saying this as)|\bi chair|\bchairs?|\bchair of|\bhat(?: on)?(?: today)? for|\bhere (?:today )?(?:for|as)|\bspeaking as)\s*$/i;
const REPRESENTING_LEAD = /^(?:represent|representing|on behalf of|chair|chairs)\b/i;

/** How people name an organisation in speech without its proper name: "the city council", "the ICB". */
const SPOKEN_ORGANISATION =
  /^(?:the\s+)?((?:city|county|borough|district|local|unitary)\s+council|council|icb|integrated care board|(?:hospital |acute |community |mental health )?trust|hospital|lmc|lpc|ldc|loc|local (?:medical|pharmaceutical|dental|optical) committee|pcn|practice|surgery|(?:out[- ]of[- ]hours\s+)?gp (?:federation|co-?op|cooperative|collaborative|alliance|confed(?:eration)?)|federation|fed|confed|healthwatch|hospice|ambulance service|public health(?: team)?|housing association)(?=$|[^\p{L}])/iu;
/** Spoken organisations that need "the" before them to be read as one. */
const NEEDS_ARTICLE = /^(?:council|trust|hospital|practice|surgery|federation|hospice|pcn)$/i;

/** Lower-case words that may follow an organisation's name without being part of it. */
const FOLLOWERS = new Set(
  (
    'and or but so because since as if when where which who whose that than then though although while until before after is are was were be been being ' +
    'has have had do does did will would can could should may might must shall to in on at for with from by about over into i we you they he she it me us ' +
    'them my our your their his her its this that these those today tonight tomorrow yesterday now here there too also really very just only mainly mostly obviously ' +
    'actually basically anyway um uh er erm like yeah yes no not covering based myself again please currently originally still already wearing ' +
    'joining joined attending presenting speaking sitting listening dialling calling said says mentioned direct directly rather instead'
  ).split(' '),
);
/** Words after a named organisation that belong to it ("the ICB's medicines team", "from the practice side"). */
const PART_FOLLOWERS = new Set(['team', 'teams', 'side', 'office', 'offices', 'end', 'regional', 'region', 'national', 'area', 'local', 'central']);
/** Nouns that make the words before them a job title ("PCN manager", "Northby Council member"). */
const ROLE_NOUN =
  /^(?:member|members|chair|chairman|chairwoman|chairperson|lead|leads|manager|managers|director|secretary|officer|representative|rep|ceo|executive|exec|head|nurse|nurses|gp|gps|doctor|pharmacist|pharmacists|coordinator|co-ordinator|partner|partners|consultant|councillor|clinician|administrator|navigator|practitioner|trustee|volunteer|owner|holder|registrar|adviser|advisor|researcher|lecturer|specialist|therapist|assistant|technician|champion|governor|commissioner|analyst|worker|physio|paramedic|cd|receptionist|dentist|optometrist|hat)$/i;
/** Words that start a job title inside a run of capitals ("Director of Adult Social Services for Northby"). */
const ROLE_START =
  /^(?:director|deputy|associate|assistant|head|chair|chief|manager|lead|clinical|medical|managing|operations|executive|consultant|senior|interim|acting|programme|project|business|service|strategic|portfolio|cabinet|leader)$/i;
/** A job title's start and its noun, after an organisation's name: " chief exec", " deputy clinical director". */
const ROLE_AFTER_START = /^\s+(?:[a-z-]+\s+){0,2}(?:exec|executive|officer|director|manager|lead|nurse|pharmacist|secretary|partner|adviser|advisor|analyst|coordinator|co-ordinator|administrator|practitioner|clinician|commissioner)s?\b/;
/** Capitalised words that never start an organisation's name. */
const NOT_A_NAME_START = new Set(
  (
    "i i'm i've i'll i'd we we're we've we'll it it's this that these those yes no so and but or hi hello hiya morning afternoon evening thanks thank sorry " +
    'chair okay ok right well um uh er oh just also then there here now today my our your their his her he she they you christmas easter monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'from with at for representing on behalf'
  ).split(' '),
);
/** Lower-case type words taken into a name said in speech: "the Northby borough council". */
const ABSORBED_TYPE = /^(?:council|trust|hospital|hospitals|hospice|surgery|practice|pcn|network|federation|healthwatch|lmc|icb)$/i;
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'on', 'upon', 'to', 'in']);
/** Acronyms that are words of the trade, not an organisation's initials. */
const TRADE_ACRONYMS = new Set(
  'NHS ICB ICS PCN LMC LPC LDC LOC GP GPS CCG CQC BMA RCGP CVS VCSE CIC UK UKHSA NHSE NHSEI CSU OOH ARRS QOF LES LIS DES PNA UDA CEO COO CFO IT HR AE ED GMS PMS APMS EA IIF CAIP DNA CD CDS MP PPG A&E'.split(
    ' ',
  ),
);
/** Kinds of organisation people name by their place alone ("CD at Millbrook", "practice manager at Birchfield"). */
const SHORT_NAMED: ReadonlySet<SectorId> = new Set(['general_practice', 'pcn', 'gp_provider_org', 'community_pharmacy', 'dental', 'optometry']);
/** Words that make a run a body rather than a place, so no type word is added to it. */
const ORGANISATION_WORDS =
  /\b(?:royal|university|children'?s|hospitals?|health|healthcare|care|partnership|partners|trust|foundation|services?|group|alliance|ltd|limited|cic|council|community|nhs|medical|centre|clinic|team|board|committee|network|infirmary|hospice|practice|surgery|federation|pharmacy|dental|opticians?)\b/i;

/** What a person does, said to explain an organisation ("we're the GP federation", "we've got three care homes"). */
/** "From the LMC's point of view, we're advising practices…": the speaker's body, as "we". */
const FROM_OUR_SIDE = (kind: string): RegExp => new RegExp(`\\bfrom (?:the|our) (?:${kind})(?:['’]s)? (?:side|point of view|perspective|end)\\b[^.?!]{0,50}\\bwe(?:'re|'ve|'d| are| have| would| will)?\\b`, 'i');
const EXPLANATIONS: readonly (readonly [RegExp, SectorId])[] = [
  [FROM_OUR_SIDE('LMC|LPC|LDC|LOC'), 'primary_care_rep_body'],
  [FROM_OUR_SIDE('ICB'), 'icb'],
  [FROM_OUR_SIDE('PCN|network'), 'pcn'],
  [FROM_OUR_SIDE('federation|GP federation'), 'gp_provider_org'],
  // ("…Marches Health. For anyone new, that's the GP federation for the south of the county.")
  [/\b(?:we(?:'re| are)|that(?:'s| is)|it(?:'s| is)) (?:the|a|an) (?:local )?(?:gp federation|federation|gp provider(?: organisation| company)?|gp collaborative|primary care (?:alliance|collaborative|provider))\b/i, 'gp_provider_org'],
  // "the weekend hub sessions the federation's running are being funded out of our own reserves": the federation is theirs.
  [/\bthe (?:gp )?federation(?:'s| is) (?:running|run)\b[^.?!]{0,80}\bour\b/i, 'gp_provider_org'],
  // "We at Riverside have done this for our own practices": a network of practices, a PCN.
  [/\b(?:we|I)\b[^.?!]{0,60}\bfor our (?:own |member )?practices\b|\bacross our (?:member )?practices\b/i, 'pcn'],
  [
    /\b(?:we|i|which|that|who)\s+(?:run|runs|manage|manages|provide|provides|deliver|delivers|operate|operates)\s+(?:the\s+|all the\s+|a couple of the\s+|some of the\s+|most of the\s+)?(?:[a-z-]+\s+){0,4}?(?:enhanced access|extended access|gp (?:hubs?|base|out[- ]of[- ]hours|services?)|out[- ]of[- ]hours gp|gp hubs?|same[- ]day (?:access )?hubs?(?: (?:in|at|across|for) [\w ,]+? for (?:the|all|our) (?:\w+ )?practices)?)\b/i,
    'gp_provider_org',
  ],
  [/\b(?:we|i)(?:'ve got| have| run| own| operate| manage)\s+(?:[a-z0-9-]+\s+){0,3}(?:care homes?|nursing homes?|residential homes?|home care|domiciliary care)\b|\bin our (?:care |nursing |residential )?homes\b/i, 'social_care_provider'],
  // "Oakfield House, it's a sixty-bed nursing home", "we're a domiciliary care agency".
  [/\b(?:it's|it is|we're|we are|that's)\s+(?:a|an|the)\s+(?:[a-z0-9-]+\s+){0,2}(?:care home|nursing home|residential home|home care (?:agency|provider)|domiciliary care (?:agency|provider))\b/i, 'social_care_provider'],
  [/\b(?:it's|it is|we're|we are|that's)\s+(?:a|an|the)\s+(?:[a-z0-9-]+\s+){0,2}(?:dispensing practice|gp practice|gp surgery)\b/i, 'general_practice'],
  [/\b(?:we|i)(?:'ve got| have| run| own| operate| manage)\s+(?:[a-z0-9-]+\s+){0,2}pharmac(?:y|ies)\b/i, 'community_pharmacy'],
  [/\b(?:we|i)(?:'ve got| have| run| own| operate| manage)\s+(?:[a-z0-9-]+\s+){0,2}dental (?:practices?|surger(?:y|ies))\b/i, 'dental'],
  [/\bwe(?:'re| are) (?:the|a|an) (?:local )?(?:lmc|local medical committee|lpc|local pharmaceutical committee)\b/i, 'primary_care_rep_body'],
  // "we're the older people's charity", "it's a small carers' charity".
  [/\b(?:we(?:'re| are)|it(?:'s| is)) (?:the|a|an) (?:[\w'’-]+ ){0,3}?(?:charity|voluntary (?:organisation|group)|social enterprise|community interest company)\b/i, 'vcse'],
  // "We're the out-of-hours provider, independent", "we're an independent provider".
  [/\bwe(?:'re| are) (?:the|a|an) (?:independent|private)(?: sector)? (?:[\w-]+ )?provider\b|\bwe(?:'re| are) (?:the|a|an) (?:[\w-]+ ){1,2}provider,? (?:independent|private)\b/i, 'independent_provider'],
  // "we do domiciliary sight tests in care homes": an optical practice.
  [/\bwe (?:do|provide|offer|run) (?:[\w-]+ ){0,2}(?:sight|eye) tests\b/i, 'optometry'],
  // "Catalyst, the voluntary sector network in Stockton": what the organisation is, said after its name.
  [/,\s+(?:the|a|an)\s+(?:local\s+)?(?:voluntary(?: and community)? sector|vcse|third sector|charity|charitable)\b/i, 'vcse'],
  // "I manage the community mental health team": a service only a mental health or community trust runs.
  [
    /\b(?:we|i)\s+(?:run|manage|lead|head up|look after|work (?:in|on|for|with))\s+(?:the|a|an|our|one of the)\s+(?:[a-z-]+\s+){0,2}?(?:community mental health|mental health crisis|crisis|home treatment|early intervention|district nursing|community nursing|memory assessment) (?:teams?|services?)\b/i,
    'community_mental_health_trust',
  ],
];

/** "It's the other voice in the room": someone speaking through a room device without saying who. */
const ANONYMOUS_VOICE = /\b(?:it's|this is|i'm)\s+(?:the\s+)?(?:other (?:voice|person|one)|someone else|my colleague|a colleague|the colleague)\b/i;
/** Said by whoever is introducing people in a room: "in the room we've got…". */
const IN_THE_ROOM = /\b(?:in the (?:room|chamber)|through the room|room mic|here in (?:the )?(?:room|chamber)|in (?:the )?(?:committee |meeting |council )?(?:room|chamber))\b/i;

interface Person {
  readonly displayName: string;
  readonly kind: 'person' | 'room' | 'device';
  /** The name without a title: "Ifeoma Obi". */
  readonly name: string;
  readonly first: string | null;
  readonly last: string | null;
  /** "O" of "Rachel O": a surname shown only by its initial. */
  readonly lastInitial?: string;
  readonly organisationText: string | null;
}

interface Classified {
  readonly text: string;
  readonly sector: SectorId | null;
  readonly basis: IntroductionClaim['basis'];
  /** 3 a directory or meeting name; 2.5 a directory acronym; 2 a name the taxonomy recognises; 1.5 the start of one known name; 1 a generic spoken name; 0 unknown. */
  readonly strength: number;
  readonly isLegalFormOnly: boolean;
  /** Found only as the one known name starting with the words said, with nothing else to narrow it. */
  readonly isPrefixGuess?: boolean;
}

interface Candidate extends Classified {
  /** Where the candidate starts in the block. */
  readonly index: number;
  readonly isRepresenting: boolean;
}

interface Reading {
  readonly candidate: Candidate | null;
  readonly title: { sector: SectorId; matched: string } | null;
  readonly explanation: SectorId | null;
  readonly quote: string;
}

/**
 * Where a declaration of interest starts ("I should declare that I'm a GP partner at …", "just for transparency,
 * my daughter-in-law works in the pharmacy"): what follows is an interest held, not the capacity they are here in.
 */
const DECLARATION =
  /\b(?:I (?:should|must|need to|have to|'d like to|want to|ought to|'d better|had better) declare|I (?:declare|am declaring|'m declaring)|declaring an interest|(?:on|in) my register of interests|(?:just )?for transparency|in the interests? of transparency|(?:not|non-)pecuniary)\b/i;

/** A relative or friend, whose work is theirs, not the speaker's. */
const RELATIVE = new RegExp(String.raw`\b(?:my|his|her|our|their)\s+(?:[a-z-]+\s+)?(?:${RELATIVES})(?:-in-law)?\b`, 'i');

/** What someone said, up to the sentence with a declaration of interest in it. */
function withoutDeclarations(text: string): string {
  const at = text.search(DECLARATION);
  if (at < 0) return text;
  const sentenceStart = Math.max(...['. ', '? ', '! '].map((stop) => text.lastIndexOf(stop, at)));
  return sentenceStart < 0 ? '' : text.slice(0, sentenceStart + 1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Spoken fillers after a small word ("Lewisham and, um, Greenwich Trust"): the small word and what follows belong together. */
const FILLER_AFTER_CONNECTOR = /\b(and|of|the|for|at|from|with|in|on|to|a|an),?\s+(?:um+|erm?|uh+m?)\b,?\s*/gi;
/** A filler between two capitalised words ("the Homerton, um, Healthcare Trust"): one name, said haltingly. */
const FILLER_IN_NAME = /(\p{Lu}[\p{L}'’-]*),?\s+(?:um+|erm?|uh+m?),?\s+(?=\p{Lu})/gu;
/** A name started again after a filler ("Oadby, er, Oadby Brook"): said once. */
const FILLER_RESTART = /(\p{Lu}[\p{L}'’-]*),?\s+(?:um+|erm?|uh+m?),?\s+(?=\1(?![\p{L}]))/gu;
/** Other spoken fillers ("I'm Ruth, er, associate medical director"): dropped, keeping the pause's comma. */
const FILLER = /,?\s*\b(?:um+|erm?|uh+m?)\b(,?)\s*/gi;
const HAS_FILLER = /\b(?:um+|erm?|uh+m?)\b/i;

/** After greetings at the start of a turn: where a lower-case caption's "its" is "it's" ("hiya its karen"). */
const OPENING_ITS = /^((?:(?:hi|hiya|hello|morning|afternoon|evening|yeah|yes|ok|okay|so|sorry|right|and|oh|er|erm|um),?\s+)*)its\b/;

/**
 * A caption written all in lower case drops apostrophes too: "im", "ive" and
 * an opening "its" are read as "i'm", "i've" and "it's" ("hiya its karen,
 * practice manager at …"). Only there: elsewhere "its" is its own word.
 */
function withApostrophes(text: string): string {
  // "im marcus, medical secretary at kernow lmc … I'll write to the ICB": opening a clause, "im" is "I'm" whatever else has capitals.
  if (/\p{Lu}/u.test(text)) return text.replace(/(^|[,.!?]\s*|\b(?:and|so|yeah|yes|hi|hiya|hello|morning|afternoon|evening),?\s+)im\b/gi, "$1I'm");
  return text.replace(/\bi(m|ve)\b/g, "i'$1").replace(OPENING_ITS, "$1it's");
}

/** Caption text without the spoken fillers that split a name or a role. */
/** A small word said twice over ("its its Ollie from from Castlegate, the the practice"): said once. */
const SAID_TWICE = /\b(its|it's|i'm|im|from|for|at|with|the|a|an|of|on|in|and|i)(?:,?\s+\1\b)+/gi;

function withoutFillers(text: string): string {
  const unfilled = HAS_FILLER.test(text) ? text.replace(FILLER_RESTART, '').replace(FILLER_IN_NAME, '$1 ').replace(FILLER_AFTER_CONNECTOR, '$1 ').replace(FILLER, '$1 ').trim() : text;
  return unfilled.replace(SAID_TWICE, '$1');
}

/**
 * "jory pascoe, Cornwall Council": the speaker's own name opening their
 * turn, written in lower case as captions sometimes do, given its capitals
 * so it is read as a name. Only there: elsewhere "will" or "mark" are words.
 */
function withOwnNameCased(text: string, person: Person): string {
  if (!person.first || text.includes(person.first)) return text;
  // "ife nwosu" for Ifeoma Nwosu: the surname with the first name people use.
  const last = person.last ? `(?:\\s+${escapeRegExp(person.last)})?|[a-z]{2,}\\s+${escapeRegExp(person.last)}` : '';
  // At the start of the turn (after a greeting), after "it's" or "I'm", or between commas: where a name is said to introduce oneself.
  const said = new RegExp(
    `(^(?:(?:hi|hiya|hello|morning|afternoon|evening|good \\w+|all|everyone|everybody|folks|yes|yeah|sorry|so|um|uh|er|oh|right|okay|ok|thanks|thank you|cheers|chair|and just for the minutes)[,.!]?\\s+)*|[,.!?]\\s*|\\b(?:it's|its|it is|this is|i'm|im|i am|my name's|my name is)\\s+(?:(?:dr|doctor|cllr|councillor)\\.?\\s+)?)(${escapeRegExp(person.first)}${last})(?=\\s*(?:[,.;:!?—–-]|$)|\\s+(?:here|from|at|with|for)\\b|\\s+[A-Z]{2,6}\\b|\\s+${TITLE_AFTER_NAME})`,
    'i',
  ).exec(text);
  if (!said) return text;
  const words = said[2]!.split(/\s+/);
  const cased =
    words.length > 1 && person.last
      ? `${words[0]!.toLowerCase() === person.first.toLowerCase() ? person.first : words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1)} ${person.last}`
      : person.first;
  const at = said.index + said[1]!.length;
  return `${text.slice(0, at)}${cased}${text.slice(at + said[2]!.length)}`;
}

/** Little words inside an organisation's name, left in lower case when it is given its capitals. */
const NAME_CONNECTOR = /^(?:and|of|the|on|upon|in|for|&)$/;

/**
 * "morning all kerry pugh kettlebrook and villages": a turn written all in
 * lower case, the speaker's own name after any greeting, then words that
 * name an organisation the meeting or the directory knows (or whose type
 * word says what it is). Both are given their capitals, with the comma a
 * speaker would pause at, so the introduction reads as "Kerry Pugh,
 * Kettlebrook and Villages".
 */
function withLowerCaseIntroductionCased(text: string, person: Person, isOrganisation: (said: string) => boolean): string {
  // (Captions that write "I'm" with its capital still write the rest in lower case.)
  if (!person.first || !person.last || /\p{Lu}/u.test(text.replace(/\bI(?:'m|'ve|'ll|'d)?\b/g, ''))) return text;
  // The speaker's own name, early in the turn ("hi everyone um its jo barker …", "welcome jo ravi menon gp partner …").
  const named = new RegExp(`(?:^|[\\s,.])(${escapeRegExp(person.first)}\\s+${escapeRegExp(person.last)})(?=[\\s,.]|$)`, 'i').exec(text);
  if (!named || named.index > 40) return text;
  const nameStart = named.index + named[0].length - named[1]!.length;
  const nameEnd = nameStart + named[1]!.length;
  /** The longest run of words from `from` that names an organisation, given its capitals. */
  const organisationAt = (from: number): { start: number; end: number; cased: string } | null => {
    const run = /^[\s,]*([a-z][a-z'&-]*(?:\s+[a-z][a-z'&-]*){0,5})/.exec(text.slice(from));
    if (!run) return null;
    const words = run[1]!.split(/\s+/);
    // The words up to where the speaker goes on ("… and villages i'm the PCN manager", "… and wolds er ive been").
    const stop = words.findIndex((w) => /^(?:i|i'm|im|i've|ive|we|we're|weve|here|just|from|at|with|for|er|um|erm|uh|so|but|since|and i)$/i.test(w));
    const said = stop >= 0 ? words.slice(0, stop) : words;
    for (let count = said.length; count >= 1; count -= 1) {
      if (NAME_CONNECTOR.test(said[count - 1]!)) continue;
      const cased = said
        .slice(0, count)
        .map((w, i) => (i > 0 && NAME_CONNECTOR.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
        .join(' ');
      if (!isOrganisation(cased)) continue;
      const at = from + run[0].length - run[1]!.length;
      return { start: at, end: at + said.slice(0, count).join(' ').length, cased };
    }
    return null;
  };
  // Straight after the name ("kerry pugh kettlebrook and villages"), or after a role and "for", "at", "with", "from" or "of"
  // ("jo barker im the pcn manager for louth and wolds", "ravi menon gp partner at spilsby road").
  const role = /^((?:\s+[a-z'-]+){1,6}?)\s+(?:for|at|with|from|of)(?=\s)/.exec(text.slice(nameEnd));
  const found = organisationAt(nameEnd) ?? (role && !/\b(?:and|but|so|because|when|if)\b/.test(role[1]!) ? organisationAt(nameEnd + role[0].length) : null);
  if (!found) return text;
  const rest = text.slice(found.end);
  // Now the turn has capitals, its "im" and "ive" are written as they are meant ("…, er I've been in post since September").
  return `${text.slice(0, nameStart)}${person.first} ${person.last},${text.slice(nameEnd, found.start).replace(/^,?/, '')}${found.cased}${/^\s+[a-z]/.test(rest) ? `,${rest}` : rest}`.replace(/\bi'?(m|ve)\b/g, "I'$1");
}

function quoteOf(sentence: string): string {
  return sentence.length > 200 ? `${sentence.slice(0, 197)}…` : sentence;
}

function personOf(displayName: string): Person {
  const parsed = parseDisplayName(displayName);
  const kind = parsed.isRoom ? 'room' : parsed.isDevice ? 'device' : 'person';
  const tokens = parsed.personName
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}'’-]/gu, ''))
    .filter((t) => t.length >= 2 && !TITLES.has(t.toLowerCase()));
  return {
    displayName,
    kind,
    name: tokens.join(' '),
    first: kind === 'person' ? (tokens[0] ?? null) : null,
    last: kind === 'person' && tokens.length > 1 ? tokens[tokens.length - 1]! : null,
    lastInitial: kind === 'person' && tokens.length === 1 ? /\s(\p{Lu})\.?$/u.exec(parsed.personName.trim())?.[1] : undefined,
    organisationText: parsed.organisationText,
  };
}

/** Alternatives for a person's name in a regular expression, longest first; capitalised, as captions write names. */
function nameAlternatives(person: { name: string; first: string | null; last: string | null; lastInitial?: string }): string {
  // "Rachel Okafor" said by "Rachel O".
  const initialled = person.first && person.lastInitial ? [`${escapeRegExp(person.first)}\\s+${person.lastInitial}[\\p{L}'’-]+`] : [];
  const parts = [person.name, person.first && person.last ? `${person.first} ${person.last}` : null, person.first, person.last && person.last.length >= 3 ? person.last : null]
    .filter((p): p is string => !!p && /^\p{Lu}/u.test(p))
    .map((p) => escapeRegExp(p).replace(/'/g, "['’]"));
  // "Femi Adeyemi" for OLUFEMI ADEYEMI: the surname with the first name people use.
  const known = person.last && person.last.length >= 3 && /^\p{Lu}/u.test(person.last) ? [`\\p{Lu}[\\p{L}'’-]+\\s+${escapeRegExp(person.last)}`] : [];
  return [...initialled, ...[...new Set(parts)].sort((a, b) => b.length - a.length), ...known].join('|');
}

/**
 * The organisations the meeting already knows by name: those in
 * participants' display names, and full names said aloud ("Three Rivers
 * PCN"). A place said without its type word is completed from them.
 */
class MeetingOrganisations {
  private readonly entries: { normalised: string; name: string; sector: SectorId | null; isLegalFormOnly: boolean }[] = [];
  private readonly seen = new Set<string>();
  private readonly looked = new Set<string>();
  private said: string | null = null;

  /** `texts`: what was said in the meeting, searched for a name only when one is looked up. */
  constructor(private readonly texts: readonly string[]) {}

  add(name: string, sector: SectorId | null, isLegalFormOnly: boolean): void {
    const normalised = normaliseOrganisationName(name);
    if (!normalised || this.seen.has(normalised)) return;
    this.seen.add(normalised);
    this.entries.push({ normalised, name, sector, isLegalFormOnly });
  }

  /** The names of the organisations of `sector` the meeting knows, as known. */
  named(sector: SectorId): string[] {
    return this.entries.filter((e) => e.sector === sector).map((e) => e.name);
  }

  exact(text: string): (typeof this.entries)[number] | undefined {
    const normalised = normaliseOrganisationName(text);
    return this.entries.find((e) => e.normalised === normalised);
  }

  /** Organisations in the meeting whose name starts with `text` as whole words. */
  prefixed(text: string): readonly (typeof this.entries)[number][] {
    const prefix = normaliseOrganisationName(text);
    if (!prefix) return [];
    this.lookInSpeech(text);
    return this.entries.filter((e) => e.normalised === prefix || e.normalised.startsWith(`${prefix} `));
  }

  uniquePrefix(text: string): (typeof this.entries)[number] | undefined {
    const prefix = normaliseOrganisationName(text);
    if (prefix.length < 4) return undefined;
    this.lookInSpeech(text);
    const found = this.entries.filter((e) => e.normalised.startsWith(`${prefix} `));
    return found.length === 1 ? found[0] : undefined;
  }

  /** Adds full names said in the meeting that start with `text`: "Three Rivers" said somewhere as "Three Rivers PCN". */
  private lookInSpeech(text: string): void {
    const said = text.replace(/^the\s+/i, '').trim();
    if (!said || this.looked.has(said)) return;
    this.looked.add(said);
    this.said ??= this.texts.join('\n');
    const spoken = this.said;
    for (let at = spoken.indexOf(said); at >= 0; at = spoken.indexOf(said, at + said.length)) {
      const typed = TYPED_AFTER.exec(spoken.slice(at + said.length, at + said.length + 60));
      if (!typed) continue;
      const name = `${said}${typed[0]}`;
      const byName = classifyOrganisationName(name);
      if (byName) this.add(name, byName.sector, false);
    }
  }
}

/** The rest of a full name said aloud, up to its type word: " Medical Practice", " Valley PCN". */
const TYPED_AFTER = /^(?:[^\S\n]+(?:\p{Lu}[\p{L}\p{N}'’&-]*|\d+|of|and|&|on|upon|to)){0,4}?[^\S\n]+(?:PCN|Primary Care Network|Surgery|Medical Centre|Medical Practice|Health Centre|Group Practice|LMC|GP Federation)\b/u;

/**
 * Everything one meeting's introductions need: the directory, the
 * organisations the meeting already names, and a cache of what each name
 * said turned out to be.
 */
class Reader {
  private readonly cache = new Map<string, Classified | null>();

  constructor(
    private readonly directory: OrganisationIndex | null,
    readonly organisations: MeetingOrganisations,
  ) {}

  /** What a name said in the meeting is, or null when nothing recognises it. */
  classify(text: string): Classified | null {
    const key = text.toLowerCase();
    if (this.cache.has(key)) return this.cache.get(key)!;
    const found = this.classifyUncached(text);
    this.cache.set(key, found);
    return found;
  }

  private classifyUncached(text: string): Classified | null {
    const exact = this.directory?.findByName(text) ?? this.knownAtStart(text);
    if (exact) return { text: exact.name, sector: exact.sector, basis: 'directory', strength: 3, isLegalFormOnly: false };
    const known = this.organisations.exact(text);
    if (known?.sector) return { text, sector: known.sector, basis: 'organisation', strength: 3, isLegalFormOnly: known.isLegalFormOnly };
    // Said the way people say it: "the Lewisham and Greenwich Trust", "the Norfolk and Norwich".
    const spoken = this.directory?.findBySpokenName(text);
    if (spoken) return { text: spoken.name, sector: spoken.sector, basis: 'directory', strength: 2.5, isLegalFormOnly: false };
    const generic = SPOKEN_ORGANISATION.exec(text);
    const byName = classifyOrganisationName(text);
    if (byName) {
      const isGeneric = !!generic && generic[0].length >= text.trim().length - 1;
      // "we at the federation": the one federation the user has in their directory.
      const onlyOne = isGeneric ? this.onlyOneOfKind(byName.sector, generic![1]!) : null;
      if (onlyOne) return { text: onlyOne.name, sector: onlyOne.sector, basis: 'directory', strength: 1.2, isLegalFormOnly: false };
      // A fuller name for the same organisation: "Age UK Northby" → "Age UK Northby and District".
      const fuller = isGeneric ? undefined : (this.directory?.findUniqueByPrefix(text) ?? undefined);
      if (fuller && fuller.sector === byName.sector) return { text: fuller.name, sector: fuller.sector, basis: 'directory', strength: 3, isLegalFormOnly: false };
      // "Calderbrook Council" for Calderbrook Metropolitan Borough Council: the one council of that place the directory holds.
      const place = isGeneric ? null : /^(?:the\s+)?(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+[Cc]ouncil$/u.exec(text)?.groups?.place;
      const council = place && byName.sector === 'local_authority' ? this.uniquePrefixIn(place, 'local_authority') : null;
      if (council) return { ...council, strength: 2.5 };
      return { text, sector: byName.sector, basis: 'organisation', strength: isGeneric ? 1 : byName.isLegalFormOnly ? 1.5 : 2, isLegalFormOnly: byName.isLegalFormOnly };
    }
    const acronym = /^[A-Z]{3,8}$/.test(text) && !TRADE_ACRONYMS.has(text) ? this.directory?.findUniqueByInitials(text) : undefined;
    if (acronym) return { text: acronym.name, sector: acronym.sector, basis: 'directory', strength: 2.5, isLegalFormOnly: false };
    // Weakest: "Sheffield" would start many names; only a single match counts, and a single word only for the kinds of organisation named after a place.
    const isOneWord = !/\s/.test(text.replace(/^the\s+/i, '').trim());
    const byPrefix = this.directory?.findUniqueByPrefix(text);
    if (byPrefix && (!isOneWord || SHORT_NAMED.has(byPrefix.sector))) return { text: byPrefix.name, sector: byPrefix.sector, basis: 'directory', strength: 1.5, isLegalFormOnly: false, isPrefixGuess: true };
    const inMeeting = this.organisations.uniquePrefix(text);
    if (inMeeting?.sector && (!isOneWord || SHORT_NAMED.has(inMeeting.sector))) {
      return { text: inMeeting.name, sector: inMeeting.sector, basis: 'organisation', strength: 1.5, isLegalFormOnly: inMeeting.isLegalFormOnly, isPrefixGuess: true };
    }
    return null;
  }

  /** The one organisation of a kind the user added to the directory. */
  private onlyOneOfKind(sector: SectorId, kind: string): { name: string; sector: SectorId } | null {
    // Not "the council", "the trust", "the hospital" or "the ICB": people say those of bodies they are not from as often as of their own.
    if (!ONE_OF_A_KIND.has(sector)) return null;
    // "the LPC" is not the LMC: a representative body must be of the kind said.
    const committee = sector === 'primary_care_rep_body' ? REP_BODY_KINDS.find(([said]) => said.test(kind))?.[1] : null;
    if (sector === 'primary_care_rep_body' && !committee) return null;
    const mine = (this.directory?.inSector(sector) ?? []).filter((r) => r.source !== 'builtin' && (!committee || committee.test(r.name)));
    return mine.length === 1 ? mine[0]! : null;
  }

  /** A listed organisation said with more after it: "NHS England South West" is NHS England's regional team. */
  private knownAtStart(text: string): ReturnType<OrganisationIndex['findByName']> {
    const words = text.replace(/^the\s+/i, '').split(/\s+/);
    for (let count = words.length - 1; count >= 2; count -= 1) {
      const found = this.directory?.findByName(words.slice(0, count).join(' '));
      if (found) return found;
    }
    return undefined;
  }

  /** The one organisation of any kind whose name starts with `text`: only where the words say it is the speaker's own ("from our side at Greyfriars"). */
  uniquePrefixOfAnyKind(text: string): Classified | null {
    const found = this.directory?.findUniqueByPrefix(text);
    return found ? { text: found.name, sector: found.sector, basis: 'directory', strength: 1.5, isLegalFormOnly: false, isPrefixGuess: true } : null;
  }

  /** The one organisation of `sector` whose name starts with `text` ("Southfield" said by a director of adult social services → Southfield City Council). */
  uniquePrefixIn(text: string, sector: SectorId): Classified | null {
    const listed = (this.directory?.findByPrefix(text) ?? []).filter((r) => r.sector === sector);
    const listedNames = new Set(listed.map((r) => normaliseOrganisationName(r.name)));
    const inMeeting = this.organisations.prefixed(text).filter((e) => e.sector === sector && !listedNames.has(e.normalised));
    if (listed.length + inMeeting.length !== 1) return null;
    return listed[0]
      ? { text: listed[0].name, sector, basis: 'directory', strength: 1.5, isLegalFormOnly: false }
      : { text: inMeeting[0]!.name, sector, basis: 'organisation', strength: 1.5, isLegalFormOnly: inMeeting[0]!.isLegalFormOnly };
  }

  /**
   * Whether an organisation of another sector starts with `text` ("Sheffield" for Sheffield City Council): then it is a place, not a PCN's name.
   * Built-in trusts and ICBs do not count: nearly every place in England names one, and that says nothing about what else it names.
   */
  namesOtherThan(text: string, sector: SectorId): boolean {
    return (
      this.organisations.prefixed(text).some((e) => e.sector !== sector) ||
      (this.directory?.findByPrefix(text, Infinity).some((r) => r.sector !== sector && r.source !== 'builtin') ?? false)
    );
  }
}

/** Where one spoken sentence ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.!?;])\s+/;

/** Kinds of workplace people name by their place alone when they talk about their own ("at Moorside", "at Kaye's"). */
const NAMED_IN_PASSING: ReadonlySet<SectorId> = new Set([...SHORT_NAMED, 'social_care_provider', 'hospice']);
/**
 * Where the speaker works, said in passing: "we at Matlock Eyecare", "for us at Wear Valley", "here at Kaye's",
 * "the same at Moorside", "I'm on the front desk at Westbury Park", "at Hodge's in Kendal we've…". Not "we're
 * opening a hub at Riverside": what an organisation does at a place says nothing of who works there.
 */
const MY_PLACE_BEFORE = /(?:\b(?:we|us|I)(?: all)?(?: here)?|\bhere|\bthe same(?: thing)?(?: here)?|\b(?:I'm|I am|I've been|i'm|im)(?: [\p{L}-]+){0,4}?(?: over)?)\s+at\s+$/iu;
const MY_PLACE_AFTER = /^,?\s+(?:we(?!['’](?:ll|d)\b|\s+(?:will|would|might|could|may)\b)|our)\b/i;
/** "at Oyster Bay", "at the Grange"; in a caption with no capitals, up to three words after "at". */
const AT_PLACE = /\b[Aa]t (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})/gu;
const AT_PLACE_LOWER = /\bat (?:the )?([a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,2})/g;

/**
 * The one workplace a speaker names, in passing, as theirs ("we had exactly the same at Moorside last week"),
 * known only as the start of one directory or meeting name; null when they name none, or more than one.
 */
function workplaceInPassing(
  own: readonly { readonly text: string; readonly startMs: number }[],
  reader: Reader,
): (Classified & { quote: string; atMs: number }) | null {
  let found: (Classified & { quote: string; atMs: number }) | null = null;
  for (const utterance of own) {
    if (!/\b[Aa]t /.test(utterance.text)) continue;
    for (const sentence of utterance.text.split(SENTENCE_BREAK)) {
      const isLowerCase = !/\p{Lu}/u.test(sentence.replace(/\bI\b/g, ''));
      // Every place the sentence names after "at", and whether the speaker says it as theirs.
      const places: { place: Classified; isMine: boolean }[] = [];
      for (const match of sentence.matchAll(isLowerCase ? AT_PLACE_LOWER : AT_PLACE)) {
        const words = match[1]!.split(' ');
        for (let count = words.length; count >= 1; count -= 1) {
          const said = words.slice(0, count).join(' ');
          const place = reader.classify(said.replace(/['’]s$/, ''));
          if (!place?.sector || place.strength < 1.5 || !NAMED_IN_PASSING.has(place.sector)) continue;
          const before = sentence.slice(0, match.index + 3);
          const after = sentence.slice(match.index + match[0].length - match[1]!.length + said.length).replace(/^\s+(?:in|on) [\p{L}'’ ]{2,30}?(?=,?\s+we)/u, '');
          // "I used to be a partner at Witham Lodge": somewhere they were.
          const wasThere = /\b(?:was|were|used to|previously|formerly)\b/i.test(before.slice(-53));
          places.push({ place, isMine: !wasThere && (MY_PLACE_BEFORE.test(before) || MY_PLACE_AFTER.test(after)) });
          break;
        }
      }
      const mine = places.find((p) => p.isMine)?.place;
      if (!mine) continue;
      // "the same at Thornbury Lane and at Ashgrove": more than one place, none of them surely theirs.
      if (places.some((p) => p.place.text !== mine.text) || (found && found.text !== mine.text)) return null;
      found ??= { ...mine, quote: quoteOf(sentence), atMs: utterance.startMs };
    }
  }
  return found;
}

const OUR_SIDE_AT = /\b(?:[Ff]rom |[Oo]n )?our side,? at (?<org>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4})/u;
/**
 * What someone says of themselves in a form the cues above do not read: "I'm the ICB's planned care lead",
 * "I'm the county's assistant director", "my practice, Marshgate Health Centre, has…", "as chair of the LMC, …".
 */
const OWN_STATEMENTS: readonly RegExp[] = [
  /\b(?:I'm|I am)\s+(?:now\s+|also\s+)?(?:the|a|an|one of the)\s+(?<org>(?:\p{Lu}[\p{L}-]*\s+){0,4}?\p{Lu}[\p{L}-]*|county|city|borough|council|trust|federation|hospice|practice|network)['’]s?\s+(?<role>[\p{Ll}][\p{L} -]{1,50}?)(?=\s*(?:[,.;]|$)|\s+(?:and|so|but|for|at|on|in)\b)/u,
  /\b(?:[Mm]y|[Oo]ur) (?:practice|surgery|PCN|network|pharmacy|trust|hospice|federation|council|organisation|charity),?\s+(?<org>\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|and|of|&|on|upon)){0,6}),/u,
  /\b[Aa]s (?:the )?(?:chair|vice[- ]chair|secretary|treasurer|chief (?:executive|officer)|medical director|clinical director|director|clinical lead|lead|manager) (?:of|for) (?<org>the [\p{L}'’ &-]{2,50}?|\p{Lu}[\p{L}'’ &,-]{1,70}?)(?=\s*(?:[;.]|$|,\s+(?:not|and|so|but|I|we|that|which|it's)\b)|\s+(?:I|we|that)\b|\s+and\s+(?!\p{Lu}))/u,
  // "from our side at Greyfriars, the crisis team…" (the one name of any kind it starts: the words say it is theirs)
  OUR_SIDE_AT,
  // "I'm in the LMC office at Foxley House", "we're at the council offices today"
  /\b(?:I'm|I am|[Ww]e're|[Ww]e are) (?:in|at) the (?<org>ICB|LMC|LPC|PCN|CCG|council|trust|federation|hospice|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]?s? (?:office|offices|building|HQ|headquarters|base)\b/u,
  // "from the dom care side, we're Calder Home Support, we've got…" (only a name recognised as an organisation)
  /\b(?:[Ww]e're|[Ww]e are) (?<org>\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|and|of|&)){0,5})(?=\s*(?:[,.;]|$))/u,
  // "I've been in the ICB's primary care contracting team since September"
  /\b(?:I've been|I have been|I'm|I am|I work|I'm now) in (?:the )?(?<org>ICB|council|trust|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s\s+[a-z][\p{L} -]{1,50}?\b(?:team|department|service|directorate|unit|office)\b/u,
];
/** The place words people use for their own council: "the county's", "at the city". */
const COUNCIL_PLACE: Readonly<Record<string, RegExp>> = { county: /\bcounty council$/i, city: /\bcity council$/i, borough: /\bborough(?: council)?$|^london borough of\b|\bborough council$/i, council: /\bcouncil$/i };

/** The organisation someone names as theirs in one of {@link OWN_STATEMENTS}, when it is recognised. */
function ownStatement(
  own: readonly { readonly text: string; readonly startMs: number }[],
  reader: Reader,
  councils: readonly string[],
): (Classified & { quote: string; atMs: number }) | null {
  for (const utterance of own) {
    for (const pattern of OWN_STATEMENTS) {
      const match = pattern.exec(utterance.text);
      const said = match?.groups?.org?.replace(/^the\s+/i, '').replace(/s$/, (end) => (/^[A-Z]+s$/.test(match!.groups!.org!) ? '' : end));
      if (!match || !said) continue;
      const quote = quoteOf(utterance.text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40));
      const place = COUNCIL_PLACE[said.toLowerCase()];
      if (place) {
        const named = councils.filter((name) => place.test(name));
        return { text: named.length === 1 ? named[0]! : `the ${said.toLowerCase()} council`.replace('council council', 'council'), sector: 'local_authority', basis: named.length === 1 ? 'directory' : 'organisation', strength: 1.5, isLegalFormOnly: false, quote, atMs: utterance.startMs };
      }
      const found = reader.classify(said) ?? (pattern === OUR_SIDE_AT ? reader.uniquePrefixOfAnyKind(said) : null);
      if (found?.sector) return { ...found, quote, atMs: utterance.startMs };
    }
  }
  return null;
}

/** A GP saying they work as a locum or sessional GP. */
const SELF_LOCUM = /\bI(?: (?:locum|do locum (?:work|sessions)|work as a (?:locum|sessional GP))|['’]m (?:a )?(?:locum(?:ing)?|sessional GP)\b(?! (?:agency|cover|budget|rates?|bank|chambers|pharmacist|nurse|physio\w*|paramedic|optometrist|optician|dentist|practitioner|manager|receptionist|consultant)))|\bmy (?:locum|sessional) (?:session|sessions|shift|shifts|list|work|diary)\b/iu;
/** A GP partner saying so: "Nadia Baptiste, partner, elected for the north locality", "I'm one of the partners here". */
const SELF_PARTNER = /^\W*(?:(?:hi|hello|evening|morning|afternoon|good \w+)[,.!]?\s+)?(?:(?:Dr|Doctor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?,\s+(?:(?:a|senior|managing|salaried|GP|full-time|part-time)\s+)*partner\b(?!\s+(?:organisations?|agenc(?:y|ies)|orgs?|bodies|body))|\b(?:I'm|I am)\s+one of the\s+(?:GP\s+)?partners\s+here\b/iu;

/** "Owen's PCN is ready", "Sue's practice has…": the kind of organisation someone is from, said by another. */
const SAID_KIND_OF_THEIRS: Readonly<Record<string, SectorId>> = { pcn: 'pcn', network: 'pcn', practice: 'general_practice', surgery: 'general_practice', council: 'local_authority', hospice: 'hospice', pharmacy: 'community_pharmacy', federation: 'gp_provider_org' };

/** A task given to an office or team of a body: "an action on the LMC office", "the ICB team to …". */
const GIVEN_TO_OFFICE = /\b(?:action (?:on|for)|over to) (?:the )?(?<body>LMC|LPC|ICB|PCN|federation|council|hospice)(?:['’]s)? (?:office|team|secretariat)\b|\b(?:the )?(?<body2>LMC|LPC|ICB|PCN|federation|council|hospice) (?:office|team|secretariat) (?:to|will|can)\b/i;
/** Taking it on at once, in the first words of the next turn. */
const TAKEN_ON_AT_ONCE = /^\W*(?:will do|yes,? (?:will do|I'll|I will|we'll|of course|no problem)|yep,? (?:will do|I'll)|I'll (?:do|sort|get|make sure)|on it|leave (?:it|that) with me)\b/i;
/** The sector of a body whose office or team is given a task. */
const OFFICE_OF: Readonly<Record<string, SectorId>> = { lmc: 'primary_care_rep_body', lpc: 'primary_care_rep_body', icb: 'icb', pcn: 'pcn', federation: 'gp_provider_org', council: 'local_authority', hospice: 'hospice' };

/** "Joanne Pugh is a practice manager and…": a person said to be one of a kind of worker, with no organisation named. */
const IS_A_ROLE = /^\s+(?:is|'s)\s+(?:a|an|the|our|one of (?:the|our))\s+(?<role>[a-z][a-z' -]{2,40}?)(?=\s*(?:[,.;!?]|$)|\s+(?:and|who|she|he|they|so|but|here)\b)/;

/** "From the ICB we have Neil Ferraby, …, and Martin Oyelaran, …": a list of people, all from one organisation. */
const FROM_X_WE_HAVE = /\b[Ff]rom (?<org>(?:the )?[\p{L}'’&-]+(?: [\p{L}'’&-]+){0,6}?),? (?:we(?:'ve got| have| are joined by|'re joined by)|there's|there are|we have with us)\s+(?<list>.+)$/u;

/** Said to someone: "how's …", "you run …", "…, aren't you?". */
const SPOKEN_TO = /\b(?:you|your|you're)\b/i;
/** What comes before a place named as the listener's own: "how's Elm Tree", "the view from Castlegate", "you run Peakland". */
const YOUR_PLACE_BEFORE = /(?:\bhow(?:'s|’s| is| are)(?: (?:things|it|life|everything|the \w+) (?:at|in|over at|down at|up at))?|\bview from|\byou(?:'re|’re| are)(?: still| now)?(?: at| from| with)?|\byou (?:run|manage|look after)|\bin for|\bfor|\bover at)\s+(?:the\s+)?$/i;
/** "Mo, Sussex Partnership's view on the crisis line?": the place whose view the listener is asked for. */
const YOUR_PLACE_AFTER = /^['’]s\s+(?:view|position|take|perspective|update|thoughts|side)\b/i;
/** "Raj, how are things at Millbrook?": a question put to someone by name, at its start. */
const ASKED_BY_NAME = /^\W*\p{Lu}[\p{L}'’-]+,\s.*\?\s*$/u;
/** "Hotwells are the practice that…, aren't you?": the place as the subject of a tag question to its listener. */
const PLACE_TAG_QUESTION = /\b(?:aren't|weren't|isn't|wasn't|haven't|hasn't|didn't|don't) you\b/i;
const CAPITALISED_RUN = /(?<![\p{L}'’])\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}/gu;

/** The one workplace named to someone in `sentence` as theirs, known only as the start of one directory or meeting name. */
function workplaceSaidTo(sentence: string, reader: Reader): Classified | null {
  let found: Classified | null = null;
  for (const run of sentence.matchAll(CAPITALISED_RUN)) {
    const before = sentence.slice(Math.max(0, run.index - 24), run.index);
    const isSubject = PLACE_TAG_QUESTION.test(sentence) && /^(?:[\p{L}'’ -]{1,30},\s*)?$/u.test(sentence.slice(0, run.index));
    const isTheirView = ASKED_BY_NAME.test(sentence) && YOUR_PLACE_AFTER.test(`${/['’]s$/.test(run[0]) ? "'s" : ''}${sentence.slice(run.index + run[0].length)}`);
    if (!isSubject && !isTheirView && !YOUR_PLACE_BEFORE.test(before)) continue;
    const words = run[0].split(' ');
    for (let count = words.length; count >= 1; count -= 1) {
      const place = reader.classify(words.slice(0, count).join(' ').replace(/['’]s$/, ''));
      // Any kind of organisation when its view is what they are asked for; else only the kinds people name in passing.
      if (!place?.sector || place.strength < 1.5 || (!NAMED_IN_PASSING.has(place.sector) && !isTheirView)) continue;
      if (found && found.text !== place.text) return null;
      found = place;
      break;
    }
  }
  return found;
}

/** A run of capitalised words starting at `text`, with what follows it. */
interface Run {
  readonly text: string;
  readonly isPossessive: boolean;
  /** The next word, lower case, if the run did not end at punctuation. */
  readonly follower: string | null;
}

function capitalisedRun(text: string): Run | null {
  const wordRe = /\S+/g;
  const words: string[] = [];
  let follower: string | null = null;
  let isPossessive = false;
  let match: RegExpExecArray | null;
  while ((match = wordRe.exec(text))) {
    const raw = match[0];
    const word = raw.replace(/[,.;:!?)"”]+$/, '');
    const bare = word.replace(/['’]s$/, '');
    const lower = bare.toLowerCase();
    const isCapitalised = /^[\p{Lu}\p{N}]/u.test(bare);
    const isStart = words.length === 0;
    if (isStart && lower === 'the') {
      words.push(word);
      continue;
    }
    const hasName = words.some((w) => /^[\p{Lu}\p{N}]/u.test(w));
    if (/^(?:i|i'm|i've|i'll|i'd)$/.test(lower)) {
      follower = hasName ? 'i' : null;
      break;
    }
    const fits = isCapitalised ? !(words.length <= 1 && NOT_A_NAME_START.has(lower)) : hasName && (CONNECTORS.has(lower) || ABSORBED_TYPE.test(lower));
    if (!fits || !bare) {
      // "Wrekin View we've": the word, not its contraction.
      follower = hasName ? lower.replace(/[^\p{L}'’-]/gu, '').replace(/['’](?:ve|re|ll|d|m)$/, '') || null : null;
      break;
    }
    words.push(bare);
    if (word !== bare) isPossessive = true;
    if (word !== raw || isPossessive) break;
  }
  while (words.length && CONNECTORS.has(words[words.length - 1]!.toLowerCase())) follower = words.pop()!.toLowerCase();
  const phrase = words.join(' ');
  if (!/[\p{Lu}\p{N}]/u.test(phrase.replace(/^the\s+/i, ''))) return null;
  return { text: phrase, isPossessive, follower };
}

/** Where a job title said as "<title> (hat )?(for|at|of|with) " ends right before `index`. */
/** The rest of a role after a title that leads it: one or two plain words, no preposition. */
const ROLE_REST = /^(?!.*\b(?:for|at|of|with|in|and|but|from|to)\b)[a-z][a-z'-]*(?: [a-z][a-z'-]*)?$/;

function titleAttachedAt(block: string, index: number): { sector: SectorId; matched: string } | null {
  const before = block.slice(Math.max(0, index - 120), index);
  const joint = /\s+(?:hat\s+(?:on\s+)?)?(?:for|at|of|with|in)\s+(?:the\s+)?$/i.exec(before);
  // "clinical director Stowmarket", "practice manager, Riverside": the title right before the name.
  const bare = joint ? null : /\s*,?\s+$/.exec(before);
  if (!joint && !bare) return null;
  const head = before.slice(0, (joint ?? bare)!.index);
  const hint = classifyJobTitle(head.slice(-60));
  if (!hint) return null;
  const tail = head.slice(-60);
  // The title may end the role or lead it: "ARRS physio for…", "PCN clinical pharmacist for…".
  const rest = tail.slice(hint.index + hint.matched.length).trim();
  return rest === '' || (joint && ROLE_REST.test(rest)) ? { sector: hint.sector, matched: hint.matched } : null;
}

/** The organisation said at `start` in `block`, if any. */
/** A sentence that is only a name or two: "Herefordshire Carers' Network." */
function listedOnly(sentence: string): boolean {
  return sentence.split(/\s+/).length <= 6 && /^\W*\p{Lu}/u.test(sentence);
}

/** A kind of organisation in the plural: "the PCNs", "the practices". */
const SEVERAL_OF_A_KIND = /^(?:the\s+|our\s+|all\s+(?:the\s+)?)?(?:pcns|practices|trusts|councils|federations|surgeries|pharmacies|hospitals|icbs|networks|hospices)$/i;

/** A representative body said by its kind, and how its name shows that kind. */
const REP_BODY_KINDS: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:lmc|local medical committee)$/i, /\b(?:LMCs?|local medical committees?)\b/i],
  [/^(?:lpc|local pharmaceutical committee)$/i, /\b(?:LPC|local pharmaceutical committee|community pharmacy)\b/i],
  [/^(?:ldc|local dental committee)$/i, /\b(?:LDC|local dental committee)\b/i],
  [/^(?:loc|local optical committee)$/i, /\b(?:LOC|local optical committee)\b/i],
];

/** Kinds of organisation a meeting usually has one of, said by their kind ("the federation", "the hospice", "the LMC"). */
const ONE_OF_A_KIND: ReadonlySet<SectorId> = new Set(['gp_provider_org', 'hospice', 'primary_care_rep_body', 'healthwatch_patient_voice']);

/** Someone's own people, and where they are: "Nicola's crisis team at …", "Rosie's lot in …". */
const THEIR_TEAM_AT = /^['’]s (?:[\p{Ll}-]+ ){0,2}(?:team|teams|lot|staff|volunteers|department|service|nurses|people|colleagues|crew) (?:at|in|from) /u;

/** Kinds of place said in lower case after a name: "Ashgrove House care home". */
const KIND_AFTER_NAME = /^\s+(care home|nursing home|residential home|hospice|pharmacy|chemist|surgery|medical practice|health centre|medical centre)\b/i;
/** A council's department, after the place the council is named for. */
const COUNCIL_DEPARTMENT = /^\s+(?:public health|adult social (?:care|services)|social services|children['’]s services)\b/;

function organisationAt(block: string, start: number, reader: Reader, isRepresenting: boolean, questionSector: SectorId | null): Candidate | null {
  const rest = block.slice(start);
  const spoken = SPOKEN_ORGANISATION.exec(rest);
  const run = capitalisedRun(rest);
  if (spoken && (!run || run.text.length <= spoken[0].length || /^the\s+(?:city|county|borough|district|local|unitary)\b/i.test(spoken[0]))) {
    if (!/^the\s/i.test(spoken[0]) && NEEDS_ARTICLE.test(spoken[1]!)) return null;
    const after = rest.slice(spoken[0].length);
    const next = /^(['’]s)?\s+([a-z][\w'-]*)/.exec(after);
    // "the LMC rep": a role in the organisation said is still that organisation.
    if (next && !next[1] && !FOLLOWERS.has(next[2]!) && !PART_FOLLOWERS.has(next[2]!) && !ROLE_NOUN.test(next[2]!)) return null;
    const found = reader.classify(spoken[0]);
    return found ? { ...found, strength: Math.min(found.strength, found.basis === 'directory' ? 3 : 1), index: start, isRepresenting } : null;
  }
  if (!run) return null;
  // "Wednesford's one of my patches": "is", not a possessive, and not who the speaker is with.
  if (run.isPossessive && new RegExp(`^${escapeRegExp(run.text)}['’]s\\s+(?:one|part|in|on|my|our|a|an|not|also|just|where|what|been|got|going|quite|very|really|fine|ok|okay|covered|different)\\b`, 'i').test(rest.replace(/^\s+/, ''))) return null;
  const text = run.text.replace(/^the\s+/i, '');
  const words = text.split(' ');
  // "Director of Adult Social Services for Northby": a job title, then the organisation.
  if (ROLE_START.test(words[0]!)) {
    const lead = /\s(?:for|at|of)\s(?!.*\s(?:for|at|of)\s)/.exec(text);
    if (!lead) return null;
    const offset = rest.indexOf(text) + lead.index + lead[0].length;
    return organisationAt(block, start + offset, reader, isRepresenting, questionSector);
  }
  const follower = run.follower;
  // "who runs Ashgrove House care home": the kind of place, said in lower case after its name.
  const kindAfter = follower && !ORGANISATION_WORDS.test(text) ? KIND_AFTER_NAME.exec(rest.slice(rest.indexOf(text) + text.length)) : null;
  const ofKind = kindAfter ? reader.classify(`${text} ${kindAfter[1]}`) : null;
  if (ofKind?.sector) return { ...ofKind, text, index: start, isRepresenting };
  // "Rukhsana from Kirklees public health": a council's department, said after the council's place.
  if (follower && !ORGANISATION_WORDS.test(text) && COUNCIL_DEPARTMENT.test(rest.slice(rest.indexOf(text) + text.length))) {
    return { text: `${text} Council`, sector: 'local_authority', basis: 'organisation', strength: 1.2, isLegalFormOnly: false, index: start, isRepresenting };
  }
  // "the Cheshire LMC chief exec": a job title in the organisation, starting with a word such as "chief" or "deputy".
  const isModifier = !!follower && (ROLE_NOUN.test(follower) || (ROLE_START.test(follower) && ROLE_AFTER_START.test(rest.slice(rest.indexOf(text) + text.length))));
  if (follower && !isModifier && !FOLLOWERS.has(follower) && !PART_FOLLOWERS.has(follower)) return null;
  // "Elm Tree Surgery in Ashby", "Willow Bank in the town centre": the name before the place, when that is a name on its own.
  const inPlace = /\sin\s/.exec(text);
  // "the LPC and Tom from the federation": a list, not one name, when what follows "and" names no organisation.
  // ("NHS Tame and Stour" is one name: an ICB is called after its places.)
  const listed = /^NHS\s/.test(text) ? null : /\sand\s/.exec(text);
  const beforeAnd = listed && !ORGANISATION_WORDS.test(text.slice(listed.index + listed[0].length)) ? reader.classify(run.text.slice(0, run.text.indexOf(listed[0]))) : null;
  // "the North Hull network": in primary care, a network said by its place is the PCN.
  // Not a network of people or groups: "Herefordshire Carers' Network", "the Voluntary Sector Network".
  const asNetwork = / network$/i.test(text) && !/\b(?:carers?|carers'|voluntary|community|patients?|patients'|parents?|women's|men's|young|youth|food|support|faith|advice|sector|learning|research|alliance|providers?)\b/i.test(text) ? reader.classify(text.replace(/ network$/i, ' PCN')) : null;
  let found = asNetwork ?? (inPlace ? reader.classify(text.slice(0, inPlace.index)) : null) ?? (beforeAnd?.sector ? beforeAnd : null) ?? reader.classify(text) ?? reader.classify(run.text);
  if (!found) {
    const cut = /\s(?:for|on|to)\s/.exec(text);
    if (cut) found = reader.classify(text.slice(0, cut.index));
  }
  if (found && follower && PART_FOLLOWERS.has(follower) && found.strength < 1.5) return null;
  // "Riverside Health, the GP federation": what the organisation is, said right after its name.
  const explained = SPOKEN_ORGANISATION.exec(rest.slice(rest.indexOf(text) + text.length).replace(/^['’]s/, '').replace(/^\s*,\s*(?:so\s+)?/, ''));
  const explanation = explained && /^the\s/i.test(explained[0]) ? reader.classify(explained[0]) : null;
  if (found?.isLegalFormOnly && explanation?.sector) found = { ...found, sector: explanation.sector, isLegalFormOnly: false };
  if (isModifier) {
    if (!found?.sector) return null;
    return { ...found, strength: Math.min(found.strength, 1), index: start, isRepresenting };
  }
  if (found) {
    // "clinical director Stowmarket": a title of the same kind makes the one name starting with the place more than a guess.
    const isGuess = !!found.isPrefixGuess && titleAttachedAt(block, start)?.sector !== found.sector;
    return { ...found, isPrefixGuess: isGuess, index: start, isRepresenting };
  }
  if (follower && PART_FOLLOWERS.has(follower)) return null;
  const titled = titleAttachedAt(block, start);
  const known = titled ? reader.uniquePrefixIn(text, titled.sector) : null;
  if (known) return { ...known, index: start, isRepresenting };
  // "senior partner at Plas Ffynnon in Oswestry": the name, without the town it is in.
  const named = inPlace ? text.slice(0, inPlace.index) : text;
  // "a partner at Darwen Healthcare", "business manager at Cirencester Health Group": a name the title says the kind of.
  const isKindless = !!titled && titled.sector !== 'pcn' && /\b(?:health|healthcare|medical|group|partnership|partners|centre|clinic|care)\b/i.test(named) && !/\b(?:team|board|committee|network|council|trust|nhs|university|hospitals?|foundation)\b/i.test(named);
  if (titled && (!ORGANISATION_WORDS.test(named) || isKindless) && !run.isPossessive && !reader.namesOtherThan(named, titled.sector)) {
    return {
      text: titled.sector === 'pcn' ? `${named} PCN` : named,
      sector: titled.sector,
      basis: 'job-title',
      strength: 1.2,
      isLegalFormOnly: false,
      index: start,
      isRepresenting,
    };
  }
  if (explanation?.sector) return { text, sector: explanation.sector, basis: 'organisation', strength: 2, isLegalFormOnly: false, index: start, isRepresenting };
  if (questionSector && !ORGANISATION_WORDS.test(text)) {
    return { text, sector: questionSector, basis: 'organisation', strength: 1.2, isLegalFormOnly: false, index: start, isRepresenting };
  }
  return { text, sector: null, basis: 'organisation', strength: 0, isLegalFormOnly: false, index: start, isRepresenting };
}

/** "practice manager up": a job title with at most a word of its own, not an organisation. */
function isJobTitleOnly(text: string): boolean {
  const title = classifyJobTitle(text);
  return !!title && text.replace(/^the\s+/i, '').length - title.matched.length <= 4;
}

/** "wearing my LMC hat", "with my federation hat on". */
const HAT = /\b(?:wearing|with|in|putting on|putting|got|having) my ([\w' -]{1,40}?) hat\b/i;

/** What may come before "with" when it says where someone works. */
const WITH_BEFORE =
  /(?:\b(?:i'm|i am|here|i work|i'm here|currently|now|also)|[,.;:]|^|\b(?:geriatrician|physician|psychiatrist|paediatrician|pediatrician|surgeon|radiologist|psychologist|epidemiologist|lead|manager|director|officer|nurse|pharmacist|coordinator|co-ordinator|worker|partner|consultant|volunteer|member|secretary|chair|administrator|analyst|practitioner|therapist|gp|navigator|paramedic|physio|physiotherapist|prescriber|technician|tutor|lecturer|adviser|advisor|assistant|associate|inspector|assessor|auditor)|\b(?:consultant|lead|manager|director|officer|nurse|specialist|practitioner|registrar|head|matron) (?:in|of|for) (?:[a-z&-]+ ){0,3}[a-z-]+)\s*$/i;

/** Whether `text` ends with the speaker's own name ("…, Kate" before "with Age UK"). */
function endsWithName(text: string, ownName: RegExp | null): boolean {
  if (!ownName) return false;
  const trimmed = text.trimEnd();
  for (const match of trimmed.matchAll(ownName)) if (match.index + match[0].length === trimmed.length) return true;
  return false;
}

/** Where job titles are in a sentence: "of" inside "Director of Public Health" leads to no organisation. */
function titleSpans(sentence: string): [number, number][] {
  if (!/\b(?:director|head|chief|lead|officer|member|manager|consultant|holder)\b/i.test(sentence)) return [];
  const spans: [number, number][] = [];
  for (const hint of ALL_TITLE_HINTS) for (const match of sentence.matchAll(hint)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** Every sector's job titles, to find them all in a sentence. */
const ALL_TITLE_HINTS: readonly RegExp[] = SECTORS.flatMap((sector) => ('titleHints' in sector ? sector.titleHints : []).map((hint: RegExp) => new RegExp(hint.source, 'gi')));

/** A job title the speaker gives themselves ("I'm a practice manager", "as the clinical director"). */
function ownTitle(block: string, isNamed: boolean): { sector: SectorId; matched: string } | null {
  const hint = classifyJobTitle(block);
  if (!hint) return null;
  // "my daughter is a dental nurse": someone else's job.
  if (SOMEONE_ELSES_JOB.test(block.slice(Math.max(0, hint.index - 50), hint.index))) return null;
  if (isNamed) return { sector: hint.sector, matched: hint.matched };
  const before = block.slice(Math.max(0, hint.index - 50), hint.index);
  return /\b(?:i'm|i am|i work as|as|started as)\s+(?:(?:a|an|the|one of the|our|their|my)\s+)?(?:[a-z-]+\s+){0,3}$/i.test(before) ? { sector: hint.sector, matched: hint.matched } : null;
}

function isRoleCue(sentence: string): boolean {
  const role = ROLE_CUE.exec(sentence)?.[1];
  return !!role && ROLE_WORDS.test(role) && !NOT_A_ROLE.test(role);
}

function explanationOf(block: string): SectorId | null {
  // "we run the, erm, the same-day hubs": a word said twice, once.
  const said = block.replace(/\b(\w+),?\s+(?:(?:um+|erm?|uh+m?),?\s+)?\1\b/gi, '$1');
  for (const [pattern, sector] of EXPLANATIONS) if (pattern.test(said)) return sector;
  return null;
}

/** Type words that make a lower-case phrase an organisation's name: "the lee surgery", "well street pcn". */
const TYPE_WORDS = /\b(?:surgery|practice|medical (?:centre|group)|health centre|pcn|council|hospice|trust|hospitals?|infirmary|pharmacy|federation|gp alliance|lmc|lpc|ldc|loc|healthwatch|icb|ambulance|care home|carers|cvs|mind|university|age uk|citizens advice|public health|social care|boots|lloydspharmacy|rowlands|day lewis|weldricks|cohens|specsavers|vision express)\b/i;

/** A phrase ending in what someone is, not where: "pharmacy technician", "care home manager". */
const ROLE_AT_END = /\b(?:technician|pharmacist|manager|lead|coordinator|co-ordinator|nurse|director|officer|assistant|partner|practitioner|navigator|receptionist|administrator|secretary|worker|adviser|advisor|champion|trainee|registrar|physician|paramedic|therapist|clinician|student|tutor|rep|representative)s?$/i;

/**
 * An organisation written in lower case, as captions sometimes write one,
 * from `start` to the next comma: named only with a type word of its own,
 * given capitals for the record ("the lee surgery" → "The Lee Surgery").
 */
/** Each word given a capital, but not the letter after an apostrophe ("icb's finance team" → "Icb's Finance Team", not "Icb'S"). */
function withCapitals(text: string): string {
  return text.replace(/(?<!['’])\b[a-z]/g, (c) => c.toUpperCase());
}

function lowerCaseOrganisationAt(sentence: string, start: number, reader: Reader): Candidate | null {
  const phrase = /^(?:the\s+)?[a-z][a-zA-Z' -]{1,50}?(?=\s*(?:[,.;:!?]|$)|\s+(?:I|I'm|im|ive|I've|we|we're|so|and|but|sorry|first|just|today|tonight|who|which)\b)/.exec(sentence.slice(start))?.[0];
  // "adult social care at the council": the organisation is what comes after the last "at", "for" or "with";
  // "castle surgery in malton": the part with a type word.
  const parts = phrase?.split(/\s+(?:at|for|with|from|in|of|by)\s+/).map((part) => part.replace(/^(?:at|for|with|from|in|of|by)\s+/i, '')) ?? [];
  // "employed by the PCN direct": how, not part of the name.
  const said = (parts.findLast((part) => TYPE_WORDS.test(part) && !isJobTitleOnly(part)) ?? parts.at(-1))?.replace(/\s+(?:direct|directly|itself|though|really|actually)$/i, '');
  // "they sort of lend me to the PCN": words about the speaker, not a name; "which is the federation for …" describes one.
  if (said && /\b(?:me|us|them|they|we|you|i|it|my|our|sort of|kind of)\b|^(?:which|who|that|where|whose|a|an)\b/i.test(said)) return null;
  // A short word in lower case is not an acronym said ("for, gosh, nearly four years" is not GOSH).
  if (said && !TYPE_WORDS.test(said) && parts.length === 1 && said.split(/\s+/).length <= 4 && !/^\w{1,5}$/.test(said)) {
    // "practice manager at heanor park": a name the directory knows, said in lower case.
    const known = reader.classify(withCapitals(said));
    if (known?.sector && known.basis === 'directory') return { ...known, strength: Math.min(known.strength, 1.5), index: start, isRepresenting: false };
  }
  if (!said || !TYPE_WORDS.test(said) || said.split(/\s+/).length > 6) return null;
  // "pharmacy technician" is what someone does; "not the practice" says where they are not; "surgery this morning" is when.
  if (ROLE_AT_END.test(said) || /\b(?:side|end|bit|part|aspect|element)$/i.test(said) || /^(?:not|no|never|nor)\b/i.test(said) || /\b(?:this|last|next|since|ago|tomorrow|today|tonight|yesterday|morning|afternoon|evening|week|weekend|month|months|year|years)\b/i.test(said)) return null;
  // "practice manager" is what someone does, not where.
  const asTitle = classifyJobTitle(said);
  if (asTitle && asTitle.matched.length >= said.replace(/^the\s+/i, '').length - 2) return null;
  const byName = classifyOrganisationName(said);
  if (!byName || byName.isLegalFormOnly) return null;
  const text = withCapitals(said.replace(/^the\s+/i, '')).replace(/\b(And|Of|The|On|Upon|In|For)\b/g, (w) => w.toLowerCase()).replace(/\b(Pcn|Lmc|Lpc|Ldc|Loc|Icb|Uk|Cvs|Nhs|Gp)\b/g, (w) => w.toUpperCase());
  // "the surgery" alone names no surgery.
  if (SPOKEN_ORGANISATION.test(said) && SPOKEN_ORGANISATION.exec(said)![0].length >= said.length - 1) return null;
  return { text, sector: byName.sector, basis: 'organisation', strength: 1.5, isLegalFormOnly: false, index: start, isRepresenting: false };
}

/**
 * Reads one introduction: the sentences from where it starts, the
 * organisations named after "at", "from", "on behalf of" and the like (or
 * right after the speaker's own name), the job title, and what they say the
 * organisation does. The organisation said in a representing capacity wins,
 * then the strongest, then the first.
 */
/** An opening that gives, again and in full, what the sentence before said: "Well, ", "Or rather, ", "Officially, ". */
const PUT_RIGHT_OPENING = /^(?:well|or rather|rather|sorry|I mean|officially|formally|properly|strictly)[,.]?\s+(?:it's\s+|that's\s+)?(?=\p{Lu})/iu;

/** A speaker taking back where they said they were from. */
const WITHDRAWN = /^(?:(?:oh|um|er|sorry|no|actually|wait),?\s+)*(?:sorry|no)[,.!]\s+(?:no[,.!]\s+)?(?:what am I saying|I mean|I meant|scratch that|not any ?more|I left)|\bI (?:left|moved on from) (?:there|them|that job)\b/i;

function readIntroduction(
  sentences: readonly string[],
  ownName: RegExp | null,
  reader: Reader,
  questionSector: SectorId | null,
  isNamed: boolean,
  isStrong: boolean,
  isAnswer = false,
): Reading {
  const candidates: (Candidate & { sentence: string; sentenceAt: number })[] = [];
  const ownWhole = ownName ? new RegExp(`^(?:${ownName.source})$`, 'u') : null;
  const ownStart = ownName ? new RegExp(`^(?:${ownName.source})\\s+(?:practice|surgery|pharmacy)\\b`, 'iu') : null;
  let title: Reading['title'] = null;
  let explanation: SectorId | null = null;
  let titleSentence = '';
  let namedBefore = false;
  let introducedBefore = false;
  for (const [sentenceAt, sentence] of sentences.entries()) {
    const starts = new Map<number, boolean>();
    const titles = titleSpans(sentence);
    // Read loosely (a list after commas, a name in lower case) only where the speaker names themself:
    // "it's Brian. … people get their medicines from the dispensing surgery" says nothing of Brian.
    const namesSelf = isNamed && !!ownName && sentence.search(ownName) >= 0;
    // "It's Tomasz. Herefordshire Carers' Network.", "Tariq Hussain. I own Hadley's, the pharmacy…": said straight after the name.
    const followsName = namedBefore && (listedOnly(sentence) || /^(?:and\s+|so\s+)?(?:I|we)(?:'m|'re|\s+(?:am|are|own|run|work|manage|lead))\b/i.test(sentence));
    namedBefore = namesSelf;
    const readsLoosely = namesSelf || followsName || (sentence === sentences[0] ? isStrong : STRONG_CUE.test(sentence) || WITH_NAME_CUE.test(sentence) || isRoleCue(sentence));
    // "I'm operations director at the Alliance. Well, Harrowfield Primary Care Alliance Limited, …": the name in full, put right.
    const putsRight = introducedBefore && PUT_RIGHT_OPENING.exec(sentence);
    introducedBefore = readsLoosely;
    for (const match of sentence.matchAll(ORGANISATION_LEAD)) {
      const at = match.index + match[0].length;
      if (titles.some(([from, to]) => match.index > from && at < to)) continue;
      // "I came over from West Mids Ambulance in the summer": where they were, not where they are.
      if (/^(?:from|at|with)\b/i.test(match[0]) && FORMERLY_BEFORE.test(sentence.slice(Math.max(0, match.index - 30), match.index))) continue;
      // "I'm a public governor of Kingsfen Hospitals", "my daughter is a dental nurse at a practice": an interest declared, not where they work.
      if (INTEREST_BEFORE.test(sentence.slice(Math.max(0, match.index - 60), match.index))) continue;
      // "Gary, you're representing CNTW", "she's from the trust": someone else's organisation, not the speaker's.
      if (/\b(?:you(?:'re| are)?|s?he(?:'s| is)|they(?:'re| are))\s+(?:(?:just|now|also|still|actually|here|today)\s+)?$/i.test(sentence.slice(Math.max(0, match.index - 24), match.index))) continue;
      // "Kate with Age UK", "I'm with the ICB", "manager with Ashgrove", but not "I agree with the LMC".
      if (/^with\b/i.test(match[0]) && !WITH_BEFORE.test(sentence.slice(Math.max(0, match.index - 40), match.index)) && !endsWithName(sentence.slice(0, match.index), ownName)) continue;
      const isRepresenting = REPRESENTING_LEAD.test(match[0]) || REPRESENTING_BEFORE.test(sentence.slice(0, at));
      starts.set(at, isRepresenting);
      // "here for my practice, Long Eaton Health Centre": the name said after the generic one is what they are here for.
      const generic = /^(?:(?:my|our|the) (?:(?:hospital|acute|mental health|community|ambulance|local) )?(?:practice|surgery|pcn|network|trust|council|federation|pharmacy|charity|organisation|hospice)|(?:my|our|the) [a-z][a-z' -]{0,40}?\b(?:team|service|department|unit))\s*,\s*(?=\p{Lu})/u.exec(sentence.slice(at));
      if (generic) starts.set(at + generic[0].length, isRepresenting);
    }
    if (ownName) {
      for (const named of sentence.matchAll(ownName)) {
        // "Phil Brook, STH", and "phil brook STH" with no comma before the initials.
        const comma = /^\s*,\s*(?:(?:also|so|and)\s+)?|^\s+(?=[A-Z]{2,6}\b)/.exec(sentence.slice(named.index + named[0].length));
        if (comma) starts.set(named.index + named[0].length + comma[0].length, false);
      }
    }
    // "Femi Adeyemi clinical director Stowmarket": a place right after the title, in a sentence naming the speaker.
    if (isNamed) {
      for (const hint of ALL_TITLE_HINTS) {
        for (const match of sentence.matchAll(hint)) {
          const gap = /^\s*,?\s+(?=\p{Lu})/u.exec(sentence.slice(match.index + match[0].length));
          if (gap) starts.set(match.index + match[0].length + gap[0].length, false);
        }
      }
    }
    // "with my LMC hat on": the capacity, said before the word "hat".
    const hat = HAT.exec(sentence);
    // "my PCN manager hat": the organisation, not the job.
    const worn = hat ? reader.classify(hat[1]!.replace(/\s+(?:manager|lead|rep|representative|chair|director|officer|secretary|member)s?$/i, '')) : null;
    // ("…practice manager at Meadowside Surgery, and I'm here wearing my practice managers' forum hat as well": a second capacity.)
    const isSecondHat = !!hat && /^\s*(?:on\s+)?(?:as well|too)\b/i.test(sentence.slice(hat.index + hat[0].length));
    if (hat && worn?.sector) candidates.push({ ...worn, index: hat.index, isRepresenting: !isSecondHat, sentence, sentenceAt });
    // In a sentence where someone names themselves, a known name anywhere in a list counts: "Northby LMC, Paul Kent here"; "Jo Bell, contracts manager, also ICB".
    const listed = new Set<number>();
    if (putsRight) starts.set(putsRight[0].length, false);
    // "Which practice are you?" "Oh, Aylestone Lane, sorry": an answer can open with the name, or give it after a comma.
    // "I'm the service manager for the older adults CMHT, LYPFT, and …": after a job said as theirs, a name in the list.
    if (namesSelf || followsName || (isAnswer && sentence === sentences[0]) || isRoleCue(sentence)) {
      const filler = LEADING_FILLERS.exec(sentence)?.[0].length ?? 0;
      // "Jo Kettering, social prescribing lead. We're Kestlemoor Community Action, …": who "we" are, straight after the name.
      const opening = filler + (followsName ? (/^(?:we're|we are)\s+(?=\p{Lu})/iu.exec(sentence.slice(filler))?.[0].length ?? 0) : 0);
      for (const at of [opening, ...[...sentence.matchAll(/,\s*(?:(?:also|so|and)\s+)?/g)].map((m) => m.index + m[0].length)]) {
        if (!starts.has(at)) {
          starts.set(at, false);
          listed.add(at);
        }
      }
    }
    for (const [start, isRepresenting] of [...starts].sort((a, b) => a[0] - b[0])) {
      // "not for the practice", "rather than for my own practice": the capacity they are not here in.
      if (/\b(?:not|rather than|instead of)\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, start - 24), start))) continue;
      const candidate = organisationAt(sentence, start, reader, isRepresenting, questionSector) ?? (readsLoosely ? lowerCaseOrganisationAt(sentence, start, reader) : null);
      // The speaker's own name, read at a comma, is not an organisation, nor the start of one ("tracey practice manager …").
      if (candidate && (ownWhole?.test(candidate.text) || ownStart?.test(candidate.text))) continue;
      // "on behalf of the PCNs": several organisations of a kind, not one the speaker belongs to.
      if (candidate && SEVERAL_OF_A_KIND.test(candidate.text)) continue;
      // "here for the PCN, sorry, no, for the practice": put right straight away.
      if (candidate && /^[^.?!,]{0,40},\s*(?:sorry|no|I mean)[,.]?\s+(?:no[,.]?\s+)?(?:for|at|with|from|in)\b/i.test(sentence.slice(start))) continue;
      if (candidate && (!listed.has(start) || candidate.strength >= 1)) candidates.push({ ...candidate, sentence, sentenceAt });
    }
    const said = ownTitle(sentence, isNamed);
    if (said && !title) {
      title = said;
      titleSentence = sentence;
    }
    // ("my daughter-in-law works in the pharmacy": a relative's work says nothing of theirs;
    // "as we've got pharmacy under item six": the agenda's business, not theirs.)
    if (!RELATIVE.test(sentence) && !/\bwe(?:'ve got| have got| have) [\w -]{2,30}? (?:under|at|as) (?:agenda )?item\b|\bon the agenda\b/i.test(sentence)) explanation ??= explanationOf(sentence);
  }
  // "director of place for Stourminster at the ICB": the place after "for" is the patch, the organisation after "at" the employer.
  for (let i = candidates.length - 1; i >= 0; i -= 1) {
    const c = candidates[i]!;
    const isPatch = /\bfor\s+$/i.test(c.sentence.slice(Math.max(0, c.index - 5), c.index)) && /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:at|with)\s+(?:the\s+)?\p{Lu}/u.test(c.sentence.slice(c.index));
    if (isPatch && candidates.some((d) => d !== c && d.sentence === c.sentence && d.index > c.index && d.sector)) candidates.splice(i, 1);
  }
  // "I'm clinical lead at Clitheroe PCN. Sorry, no, I left there in March. I'm at Ribble Valley Federation now.": what was said before is withdrawn.
  const withdrawnAt = sentences.findIndex((sentence, i) => i > 0 && WITHDRAWN.test(sentence));
  if (withdrawnAt > 0 && candidates.some((c) => c.sentenceAt >= withdrawnAt && c.sector)) candidates.splice(0, candidates.length, ...candidates.filter((c) => c.sentenceAt >= withdrawnAt));
  const firstUnknown = candidates.find((c) => !c.sector);
  const weighed = candidates.map((c) => {
    // A legal form ("Ltd", "CIC") says nothing of what a company does: what the person says about it wins.
    if (c.sector && c.isLegalFormOnly && explanation) return { ...c, sector: explanation, isLegalFormOnly: false };
    // "Holt, so we're a dispensing practice": the one practice in the directory called Holt.
    if (c === firstUnknown && explanation) return { ...c, ...(reader.uniquePrefixIn(c.text, explanation) ?? {}), sector: explanation, strength: 1.2 };
    return c;
  });
  // "…at Bodmin Eyecare… today I'm here for the practice": a generic name after a specific one is that one, not a capacity of its own.
  const hasSpecific = weighed.some((c) => c.sector && c.strength > 1);
  const represents = (c: (typeof weighed)[number]): number => Number(c.isRepresenting && (c.strength > 1 || !hasSpecific || !/^the\s/i.test(c.text)));
  const best = weighed
    // "I'm at the hospital this afternoon": a generic name counts only in a plain introduction.
    .filter((c) => c.sector && (isStrong || c.strength > 1))
    // Said first wins a tie: "regional manager for Meridian Primary Care. We hold the contract for Dockside Health Centre."
    .sort((a, b) => represents(b) - represents(a) || b.strength - a.strength || a.sentenceAt - b.sentenceAt || a.index - b.index)[0];
  const quote = best?.sentence ?? (title ? titleSentence : sentences[0]!);
  return { candidate: best ?? null, title, explanation, quote: quoteOf(quote) };
}

function claimFrom(reading: Reading, base: { speaker: string; atMs: number; saidBy: 'self' | 'other'; personName?: string | null }): IntroductionClaim | null {
  const { title, explanation } = reading;
  // "I'm a PCN clinical director so I'll come at this from the practice end": a kind of organisation said only as
  // a point of view gives way to the job they said is theirs.
  const isViewpoint =
    !!reading.candidate &&
    !!title &&
    title.sector !== reading.candidate.sector &&
    /^(?:the|our|my) [a-z][a-z' ]*$/.test(reading.candidate.text) &&
    new RegExp(`\\b${escapeRegExp(reading.candidate.text)}(?:['’]s)? (?:end|side|angle|perspective|point of view)\\b`, 'i').test(reading.quote);
  const candidate = isViewpoint ? null : reading.candidate;
  const extra = {
    ...(base.personName !== undefined ? { personName: base.personName } : {}),
    ...(base.saidBy === 'other' ? { saidBy: 'other' as const } : {}),
  };
  if (candidate?.sector) {
    return {
      speaker: base.speaker,
      ...extra,
      organisationText: candidate.text,
      sector: candidate.sector,
      basis: candidate.basis,
      title: title?.matched ?? null,
      quote: reading.quote,
      atMs: base.atMs,
      ...(candidate.isRepresenting ? { isRepresenting: true } : {}),
      ...(candidate.isPrefixGuess ? { isNameGuessed: true } : {}),
    };
  }
  const sector = explanation ?? title?.sector ?? null;
  if (!sector) return null;
  return {
    speaker: base.speaker,
    ...extra,
    organisationText: null,
    sector,
    basis: explanation ? 'organisation' : 'job-title',
    title: title?.matched ?? null,
    quote: reading.quote,
    atMs: base.atMs,
  };
}

/** 4: self, with an organisation; 3: by another, with one; 2 and 1: a job title or description only. */
function rankOf(claim: IntroductionClaim): number {
  // A name only guessed from its start ("our lot at Fenwick Street") gives way to one said in full by anyone.
  return (claim.organisationText ? 2 : 0) + (claim.saidBy === 'other' ? 1 : 2) - (claim.isNameGuessed ? 1.5 : 0);
}

/** A person's name said through a shared device: "it's Councillor Jenna Trebilcock here", "Chair, Sam Okoro, Healthwatch Northby". */
const NAME_SAID =
  /(?:\b(?:[Ii]t's|[Ii]t is|[Tt]his is|I'm|I am|[Mm]y name is|[Mm]y name's|(?:[Tt]hat's|[Tt]hat is|[Ii]t's) me,)\s+)(?:(?<title>[Dd]r|[Dd]octor|[Cc]ouncillor|[Cc]llr|[Pp]rofessor|[Pp]rof|Mrs|Mr|Ms|Miss|Mx)\.?\s+)?(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=\s*(?:[,.;:!?]|$)|\s+(?:here|speaking|now|from|at|with|for|of|in|again|and|on)\b)/u;
/** The first word of a job title said straight after a name, without a comma: "Femi Adeyemi clinical director Stowmarket". */
const TITLE_AFTER_NAME =
  '(?:clinical|practice|pcn|network|medical|managing|senior|chief|head|director|deputy|associate|interim|lead|gp|cd|salaried|locum|partner|business|registered|reception|nurse|paramedic|pharmacist|optometrist|dentist|consultant|commissioning|contracts|programme|locality|operations|engagement|public health|adult social care|social care|children.s services|care coordinator|social prescrib\\w*|finance|estates|digital|quality|safeguarding|medicines)\\b';
const LEADING_FILLERS = /^(?:(?:and|also|hello|hi|hiya|yes|yeah|sorry|chair|morning|afternoon|evening|good \w+|thanks|thank you|so|um|uh|oh|right|okay|ok)[,.!]?\s+)*/i;
const NAME_FIRST = /^(?:(?<title>Dr|Doctor|Councillor|Cllr|Professor)\.?\s+)?(?<name>\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+),\s/u;

function saidName(sentence: string): { name: string; title: string | null } | null {
  const match = NAME_SAID.exec(sentence) ?? NAME_FIRST.exec(sentence.replace(LEADING_FILLERS, ''));
  if (!match?.groups) return null;
  const name = match.groups.name!;
  const words = name.split(/\s+/);
  if (words.some((w) => NOT_A_NAME_START.has(w.toLowerCase()))) return null;
  if (classifyOrganisationName(name) || SPOKEN_ORGANISATION.test(name) || /\b(?:room|chamber|hall|house|centre)\b/i.test(name)) return null;
  return { name, title: match.groups.title ?? null };
}

/** "same LMC", "the same network": the organisation of the person who spoke just before. */
const SAME_ORGANISATION = /\b(?:the )?same (lmc|lpc|pcn|network|practice|surgery|trust|council|icb|federation|organisation|hospice)\b/i;
const SAME_KIND_SECTOR: Readonly<Record<string, SectorId>> = {
  lmc: 'primary_care_rep_body',
  lpc: 'primary_care_rep_body',
  pcn: 'pcn',
  network: 'pcn',
  practice: 'general_practice',
  surgery: 'general_practice',
  icb: 'icb',
  council: 'local_authority',
  federation: 'gp_provider_org',
  hospice: 'hospice',
};

/** A council named in full: "Sunderland City Council", "Kent County Council", "London Borough of Harrow". */
const COUNCIL_SAID = /\b(?:(?:(?!(?:Council|City|County|Borough|District|Metropolitan|The)\b)[A-Z][a-z]+(?:[ -](?:(?:and|upon|on|under)[ -])?(?!(?:Council|City|County|Borough|District|Metropolitan)\b)[A-Z][a-z]+){0,3}) (?:City |County |Borough |District |Metropolitan Borough |Metropolitan District )?Council|City of [A-Z][a-z]+ Council|London Borough of [A-Z][a-z]+(?: and [A-Z][a-z]+)?)\b(?!\s+(?:tax|house|chamber|offices?|meeting))/g;

/** Handing the floor to someone: "over to", "I'll bring in", "can I ask". */
const HANDED_OVER = /\b(?:over to|hand(?:ing)? over to|pass(?:ing)? (?:it )?(?:over )?to|bring in|come to|turn to|move to)\s+$/i;
/** What someone is handed the floor for: "for the Barnsley Hospital update", "with the trust's report". */
const SPEAKS_FOR = /^\s*,?\s*(?:for|with) (?:the |an? )?(?<organisation>[A-Z][\w'&-]*(?: (?:and |of |& )?[A-Z][\w'&-]*){0,5}?)(?:['’]s)? (?:update|report|paper|item|bit|position|perspective|view|slides|presentation)\b/;

/** "From the trust side", "from the county's point of view", "from a community pharmacy perspective", near the start of a turn. */
const SPEAKS_AS =
  /^(?:(?:yeah|yes|thanks|thank you|so|and|well|just|um|uh|right|okay|ok|no worries)\b[\w ,]{0,30}?[,.]?\s+)?(?:so\s+|and\s+|just\s+)?(?:(?:from|speaking from|on)\s+(?:the\s+|our\s+|a\s+|an\s+|my\s+)?(?<org>[\w'’ -]{2,40}?)\s+(?:side|perspective|point of view|end|angle)\b|(?:(?<addressed>[A-Z][a-z]+),\s+)?from\s+(?<named>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w&'’-]*){0,4}|the\s+(?:[a-z]+\s+)?(?:trust|council|federation|hospice|icb|lmc|lpc|pcn|practice|surgery)),)/i;

/** A cheap look for a chair bringing someone in for an organisation. */
const BRINGS_IN = /\b(?:go to|going to go to|hear from|come to|turn to|bring in|anything from|over to you for|from|with us|joining us)\b|, are you (?:with us|there|on)\b|['’]s (?:view|position|take|perspective|response|answer|thoughts)\b|(?:^|[.?!]\s+)(?:and |so )?for the\b/i;
/** "I'll go to the ICB for a response", "let's hear from Archway", "and from the hospice, Marion?", "EMAS, are you with us?". */
const ORG_SAID = "(?<org>(?:the )?[A-Z][\\w'&-]*(?: (?:and |of |& |upon )?[A-Z][\\w'&-]*){0,5}|the [a-z]+(?: [a-z]+)?)";
const BRING_IN_FRAMES: readonly RegExp[] = [
  new RegExp(`\\b(?:I'll|I will|I'm going to|let me|can I|could I|we'll|let's)\\s+(?:now\\s+)?(?:go to|come to|turn to|hear from|bring in)\\s+${ORG_SAID}`),
  new RegExp(`\\b(?:let's|can we|could we|I'd like to)\\s+hear from\\s+${ORG_SAID}`),
  new RegExp(`^(?:and\\s+|so\\s+|now\\s+)?(?:anything\\s+|something\\s+)?from\\s+${ORG_SAID}\\s*[,?]`, 'i'),
  new RegExp(`^(?:and\\s+|so\\s+|now\\s+)?anything\\s+from\\s+${ORG_SAID}`, 'i'),
  new RegExp(`^${ORG_SAID},\\s+are you (?:with us|there|on)\\b`),
  new RegExp(`\\bover to you for\\s+${ORG_SAID}`),
  new RegExp(`\\b(?:we've got|we have|joining us (?:from|is)|welcome to)\\s+${ORG_SAID}\\s+(?:with us|here|joining us|today)\\b`),
  // "and the council's view, Mike?", "Can we have the trust's view on the paediatric beds, Dr Pillai?"
  new RegExp(`\\b(?:have|and|what's|what is|hear)\\s+${ORG_SAID}['’]s\\s+(?:view|position|take|perspective|response|answer|thoughts)\\b`, 'i'),
  // "and for the ICB, Hannah, what's the position on the hub?"
  new RegExp(`^(?:and\\s+|so\\s+)?for\\s+${ORG_SAID},\\s`, 'i'),
  // "And Neil, you're still with us from the ICB?": asked, and answered by them next.
  new RegExp(`\\byou(?:'re| are)\\s+(?:still\\s+)?(?:with us\\s+)?(?:here\\s+)?from\\s+${ORG_SAID}\\s*\\?`),
];

/** A participant called a councillor by name: "Councillor Mwangi", "Cllr Oyelaran". */
const CALLED_COUNCILLOR = /\b(?:Councillor|Cllr)\.?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;
/** A councillor's display name: "Cllr Kevin Marr", "Councillor Amir Hussain". */
const COUNCILLOR = /^(?:cllr|councillor)\.?\s/i;

/** Tail after another participant's name that says where they are from: ", who's the community lead at", "'s joined us from", " runs". */
const INTRODUCED_TAIL =
  /^(?:\s+along)?(?:,\s*who (?:most|many|all|some) of (?:you|us) (?:will )?know,)?\s*,?\s*(?:(?:who(?:'s| is| has)?|she's|he's|they're|you're|you are|she is|he is|they are|is|'s|has)\s+)?(?:(?:just|recently|now|also|kindly)\s+)?(?:(?:joined(?:\s+us)?|joining(?:\s+us)?|joins(?:\s+us)?|with\s+us|here|on|come\s+along|come|started|stepped\s+in|deputising|deputizing|standing\s+in|sitting\s+in)(?:\s+(?:tonight|today|this\s+(?:morning|afternoon|evening|week|month|year)|last\s+(?:week|month)))?\s+)?(?:(?:as\s+)?(?:(?:the|our|a|an|their|his|her|one of (?:the|our|their))\s+)?(?<role>(?:[A-Z]{2,4}\s+)?(?!(?:as|from|at|with|for|of|representing|on|who|runs|leads|chairs|manages|heads|joined|to|and|but|is)\s)[a-z](?:(?!\sas\s)[a-z' -]){0,50}?)\s+)?(?<prep>from|at|with|for|of|representing|on behalf of|who runs|runs|leads|chairs|manages|heads up|joined)\s+/;
/** "I've brought Priya along, she's our new clinical pharmacist": the same organisation as whoever said it. */
const OURS_TAIL = /^(?:\s+(?:along|with me|with us|too))?\s*,?\s*(?:(?:she|he|they)(?:'s|'re| is| are)|who(?:'s| is)|'s|\s+is)\s+(?:one of\s+)?(?:our|my)\s+(?<role>[a-z][a-z' -]{0,40}?)(?=[,.;!?]|\s+(?:and|who|she|he|started|joined)\b|\s+(?:at|in|for|with)\s+\p{Lu}|$)/u;
const OURS_BEFORE = /\b(?:[Mm]y|[Oo]ur) (?:colleague|new [a-z ]{1,30}|[a-z ]{0,30}(?:lead|manager|director|pharmacist|nurse|coordinator|co-ordinator|practitioner|secretary|officer)),?\s*$/;
/** The end of a tail that says someone is there for a body: "is here for ", "is deputising for ". */
const STANDS_FOR = /\b(?:here|with us|deputising|deputizing|standing in|sitting in)\s+for\s+$/;
/** After a name: "and Dr Yeo from " (someone else named with them, then where they are both from). */
const JOINED_WITH_ANOTHER = /^\s+and\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Prof|Professor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+from\s+/u;
/** Before a name: "the Director of Public Health for Rochdale Borough Council, " (a role at an organisation, then who). */
const ROLE_AND_ORGANISATION_BEFORE = /\b(?:[Tt]he|[Oo]ur|[Aa]|[Aa]n)\s+(?<role>[\p{L}' -]{2,50})\s+(?:for|at|from|of|with)\s+(?<rest>(?:the\s+)?\p{Lu}[^,.;?!]{2,80}),\s*$/u;
/** Disowning what the display name shows: "ignore what it says next to my name", "I'm not with the ICB, that's just where my email lives". */
const DISOWNS_DISPLAY_NAME =
  /\b(?:ignore|don't go by|never mind|disregard) what it says (?:next to|by|under|after|on) my name\b|\b(?:I'm|I am) not (?:actually )?(?:with|from|part of|employed by) (?<org>(?:the )?[\p{L}'’&-]+(?: [\p{L}'’&-]+){0,4}?)(?=\s*[,;.]\s*(?:that's|it's|that is|it is) (?:just |only )?(?:where|my|an?|the)\b)/iu;
/** "'s Dearne Valley," after a name: a place said for where someone is from, up to a comma, "and" or the end. */
const ROLL_CALL_PLACE = /^['’]s\s+(?<place>(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})(?=\s*(?:[,.;!?]|and\b|$))/u;
/** Before a name, where they are from: "joining us from the ambulance service is ", "and from the ICB, ". */
const ORGANISATION_FIRST = /(?:^|\b(?:joining us|joined by|with us|welcome|and|also|plus|then)\s+)from\s+(?<rest>(?:the\s+)?[^,.;?!]{2,60}?)(?<!\s(?:and|or|but|with))(?:\s+(?:is|we(?:'ve| have) got|we have)\s*|\s*,\s*)$/iu;
/** Words of someone introducing others: "we've got", "welcome", "joining us", "apologies from". */
const INTRODUCING =
  /\b(?:(?:we['’]re|we are|we['’]ve been|we have been) joined by|(?:I )?(?:now )?call(?:ing)? (?:on |upon )?(?=[A-Z])|we['’]ve got|we have got|we have|we['’]ve|i['’]ve got|i have got|welcome|welcoming|joining|join us|joined us|with us|introduce|introducing|apologies|here today|here from|on the line|new (?:member|members|faces?|colleagues?)|invited|brought|meet|say hello|over to|hand over|for the record|that['’]s|this is|(?:don['’]t|doesn['’]t) know)\b/i;
/** Words of an introduction by someone else that needs no "welcome": "Precious runs…", "who's the lead at…", "she's our…". */
const INTRODUCED_WORDS =
  /\b(?:runs|leads|chairs|manages|heads up|representing|behalf|joined|deputising|deputizing|standing in for|(?:is|['’]s) here for|our|my colleague|who['’]s|who is|she['’]s|he['’]s|they['’]re)\b|['’]s from (?:the )?\p{Lu}|\p{Lu}[\p{L}'’-]+,? from (?:the )?\p{L}|, you['’]re (?:still |now |based )?(?:(?:here|with us) )?(?:at|with|from|for) |\bas\s+(?:(?:Dr|Mr|Mrs|Ms|Cllr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+from\b|['’]s (?:[\p{Ll}-]+ ){0,2}(?:team|teams|lot|staff|volunteers|department|service|nurses|people|colleagues|crew) (?:at|in|from) |\b(?:are|were) (?:both |all )?from\b|['’]s from the [a-z]+\b|(?:lead|manager|director|chair|officer|secretary|nurse|pharmacist|coordinator|partner|consultant|councillor|member|practitioner|representative|worker|owner) (?:at|from|for|of|with) /iu;
/** A cheap look before reading a question properly. */
const QUESTION_WORDS = /introduce|who you are|who['’]s that|who is that|who are you|where are you|where you['’]re|where you are|where['’]re you|which (?:practice|surgery|pcn|network|trust|council|organisation|federation|team|pharmacy|hospital)/i;
const ROLE_WORDS = /\b(?:geriatrician|physician|psychiatrist|paediatrician|pediatrician|surgeon|radiologist|anaesthetist|psychologist|epidemiologist|observer|lead|holder|manager|director|chair|officer|secretary|nurse|gp|doctor|pharmacist|coordinator|co-ordinator|head|chief|exec|executive|partner|consultant|councillor|member|clinician|practitioner|representative|rep|worker|owner|volunteer|trustee|governor|cd|dentist|optometrist|researcher|analyst|administrator|physio|physiotherapist|paramedic|technician|navigator|therapist|matron|midwife|visitor|dietitian|podiatrist|receptionist|registrar|adviser|advisor|commissioner|specialist|inspector|assessor|auditor)s?\b/;
const NOT_A_ROLE = /\b(?:you|me|us|update|item|point|paper|report|figures|slides|screen|numbers)\b/;

/**
 * Finds who people in a meeting are from what is said: their own
 * introductions ("Morning all, Tom Richards, clinical director of Townships 1
 * PCN"; "It's Hamid, I'm the clinical director at Three Rivers"; "sorry, I
 * should have said, I'm from the LPC"), at any point in the meeting, and
 * introductions by others ("we've got Carla from Age UK with us", "Precious
 * runs Tyneside Carers Link").
 *
 * Through a shared room device, each person who says who they are gets a
 * claim of their own (keyed by the room's display name, a NUL and when they
 * said it), with their name in `personName`; through a phone or other device
 * joined under its own name, the claim is the device's, with the name said.
 *
 * Precision matters more than recall. A speaker's first few utterances may
 * introduce them with a light touch ("I'm the practice manager at…"); later
 * on, only their own name ("Lena Marsh, chief operating officer at Riverside
 * Health") or a plain introduction phrase counts. An organisation must be
 * one the directory or the meeting knows, or one the taxonomy recognises; a
 * place said without its type word ("at Three Rivers") is completed from the
 * directory and the organisations already in the meeting, or from a job
 * title said with it ("clinical director at Three Rivers" is Three Rivers
 * PCN). A job title alone is kept only when no organisation is said.
 */
export function findIntroductions(
  utterances: readonly { readonly speaker: string; readonly text: string; readonly startMs: number; readonly isSpeakerUnknown?: boolean }[],
  meetingStartMs: number,
  directory: OrganisationIndex | null = null,
  options: IntroductionOptions = {},
): Map<string, IntroductionClaim> {
  const ordered = [...utterances].filter((u) => !u.isSpeakerUnknown && u.text).sort((a, b) => a.startMs - b.startMs);
  const people = new Map<string, Person>();
  for (const name of [...(options.participants ?? []), ...ordered.map((u) => u.speaker)]) if (!people.has(name)) people.set(name, personOf(name));

  const speakers = new Set(ordered.map((u) => u.speaker));
  /** The councils the directory and the meeting know: "the county's" is the one county council among them. */
  const councilNames = (): string[] => [...(directory?.inSector('local_authority') ?? []).map((r) => r.name), ...organisations.named('local_authority')];
  const organisations = new MeetingOrganisations(ordered.map((u) => u.text));
  const reader = new Reader(directory, organisations);
  /** Words that name an organisation: the directory's or the meeting's (in full or as the start of a name), or said with a type word. */
  const isKnownOrganisation = (said: string): boolean => {
    // "practice manager": a role, not a place.
    if (ROLE_WORDS.test(said.toLowerCase())) return false;
    if (directory?.findByName(said) ?? directory?.findUniqueByPrefix(said) ?? organisations.exact(said) ?? organisations.uniquePrefix(said)) return true;
    // "leicester city council": a type word with a place before it ("Practice" alone names nothing).
    const byType = classifyOrganisationName(said);
    return !!byType && byType.matched.length < said.length;
  };
  for (const person of people.values()) {
    if (!person.organisationText) continue;
    const record = directory?.findByName(person.organisationText);
    const byName = record ? null : classifyOrganisationName(person.organisationText);
    organisations.add(person.organisationText, record?.sector ?? byName?.sector ?? null, !record && !!byName?.isLegalFormOnly);
  }

  // Other people's names, for introductions by someone else: full names always, a first name only when nobody else shares it.
  const firstNameCount = new Map<string, number>();
  for (const p of people.values()) if (p.kind === 'person' && p.first) firstNameCount.set(p.first, (firstNameCount.get(p.first) ?? 0) + 1);
  const byMention = new Map<string, Person>();
  const mentions: string[] = [];
  for (const p of people.values()) {
    if (p.kind !== 'person' || !p.first) continue;
    // "I've brought Jo along from the hospice": a short form of the one participant it can stand for.
    const shortForms = shortFormsOf(p.first)
      .map((short) => short.charAt(0).toUpperCase() + short.slice(1))
      .filter((short) => !firstNameCount.has(short) && [...people.values()].filter((other) => other.kind === 'person' && other.first && shortFormsOf(other.first).includes(short.toLowerCase())).length === 1);
    const forms = [p.name, p.first && p.last ? `${p.first} ${p.last}` : null, firstNameCount.get(p.first) === 1 && p.first.length >= 2 ? p.first : null, ...shortForms];
    for (const form of forms) {
      if (!form || byMention.has(form) || !/^\p{Lu}/u.test(form)) continue;
      byMention.set(form, p);
      mentions.push(form);
    }
    if (p.last && p.last.length >= 3) {
      for (const titled of [`Dr ${p.last}`, `Mr ${p.last}`, `Mrs ${p.last}`, `Ms ${p.last}`, `Miss ${p.last}`, `Cllr ${p.last}`, `Councillor ${p.last}`, `Professor ${p.last}`, `Prof ${p.last}`, `Reverend ${p.last}`, `Rev ${p.last}`]) {
        if (byMention.has(titled)) continue;
        byMention.set(titled, p);
        mentions.push(titled);
      }
    }
  }
  // Each form under its first word, longest first, so a sentence is read word by word.
  const mentionsByFirstWord = new Map<string, string[]>();
  for (const form of mentions.sort((a, b) => b.length - a.length)) {
    const first = form.split(' ')[0]!;
    mentionsByFirstWord.set(first, [...(mentionsByFirstWord.get(first) ?? []), form]);
  }
  const firstWords = [...mentionsByFirstWord.keys()];
  const hasMention = (text: string): boolean => firstWords.some((word) => text.includes(word));
  const mentionsIn = (sentence: string): { index: number; end: number; person: Person }[] => {
    const found: { index: number; end: number; person: Person }[] = [];
    if (!mentionsByFirstWord.size) return found;
    for (const word of sentence.matchAll(/\p{Lu}[\p{L}-]*/gu)) {
      if (word.index > 0 && /[\p{L}']/u.test(sentence[word.index - 1]!)) continue;
      for (const form of mentionsByFirstWord.get(word[0]) ?? []) {
        const end = word.index + form.length;
        if (sentence.startsWith(form, word.index) && !/\p{L}/u.test(sentence[end] ?? '')) {
          found.push({ index: word.index, end, person: byMention.get(form)! });
          break;
        }
      }
    }
    return found;
  };

  const rooms = [...people.values()].filter((p) => p.kind === 'room');
  const claims = new Map<string, IntroductionClaim>();
  const ownNames = new Map<string, { intro: RegExp; anywhere: RegExp } | null>();
  const spoken = new Map<string, number>();
  const roomVoices = new Map<string, IntroductionClaim[]>();
  /** A question of who someone is, waiting for its answer (`isRollCall`: only their name was called). */
  let pendingQuestion: { addressee: string | null; asker: string; sector: SectorId | null; isRollCall?: boolean } | null = null;
  const oursPending: { speaker: string; introducer: string; quote: string; atMs: number; role: string }[] = [];
  const samePending: { speaker: string; previous: string; kind: string; quote: string; atMs: number }[] = [];
  /** "Priya, you're at Hollins Lane, aren't you?": kept when Priya next speaks, unless she says no. */
  const askedPending = new Map<string, IntroductionClaim>();
  let previousSpeaker: string | null = null;
  /** Who is calling the roll, and until when. */
  let rollCall: { asker: string; untilMs: number } | null = null;

  const keep = (claim: IntroductionClaim): void => {
    const existing = claims.get(claim.speaker);
    if (!existing || rankOf(claim) > rankOf(existing)) claims.set(claim.speaker, claim);
  };

  for (const utterance of ordered) {
    const speaker = people.get(utterance.speaker)!;
    // "Joe, business manager, same LMC": the organisation of whoever spoke just before.
    const same = speaker.kind === 'person' && previousSpeaker && previousSpeaker !== speaker.displayName ? SAME_ORGANISATION.exec(utterance.text) : null;
    if (same) samePending.push({ speaker: speaker.displayName, previous: previousSpeaker!, kind: same[1]!.toLowerCase(), quote: quoteOf(same.input), atMs: utterance.startMs });
    previousSpeaker = speaker.displayName;
    const askedOf = askedPending.get(speaker.displayName);
    if (askedOf) {
      askedPending.delete(speaker.displayName);
      if (!/^\W*(?:no|nope|not|actually)\b/i.test(utterance.text)) keep(askedOf);
    }
    const count = (spoken.get(speaker.displayName) ?? 0) + 1;
    spoken.set(speaker.displayName, count);
    const isEarly = count <= EARLY_UTTERANCES_PER_SPEAKER || utterance.startMs - meetingStartMs <= OPENING_ROUND_MS;
    const asked = pendingQuestion && pendingQuestion.asker !== speaker.displayName && (pendingQuestion.addressee === null || pendingQuestion.addressee === speaker.displayName) ? pendingQuestion : null;
    if (asked || (pendingQuestion && pendingQuestion.asker !== speaker.displayName)) pendingQuestion = null;

    // "Quick roll call … Dr Ahmed?": the name called alone asks that person where they are from.
    if (ROLL_CALL.test(utterance.text)) rollCall = { asker: speaker.displayName, untilMs: utterance.startMs + ROLL_CALL_MS };
    if (rollCall?.asker === speaker.displayName && utterance.startMs <= rollCall.untilMs && /\?\s*$/.test(utterance.text)) {
      const last = utterance.text.trim().split(SENTENCE_BREAK).at(-1)!;
      const called = mentionsIn(last).filter((m) => m.person.displayName !== speaker.displayName);
      if (called.length === 1 && CALLED_WITH_NAME.test(`${last.slice(0, called[0]!.index)}${last.slice(called[0]!.end)}`.trim())) {
        pendingQuestion = { addressee: called[0]!.person.displayName, asker: speaker.displayName, sector: null, isRollCall: true };
      }
    }

    // Cheap looks first: most of a long meeting introduces nobody.
    const existing = claims.get(speaker.displayName);
    // Someone who has said who they are already: a declaration of interest later says what else they are.
    const said = existing?.sector ? withoutDeclarations(utterance.text) : utterance.text;
    const raw = speaker.kind === 'person' ? withOwnNameCased(withLowerCaseIntroductionCased(said, speaker, isKnownOrganisation), speaker) : said;
    const readsSelf =
      speaker.kind !== 'person' ||
      ((!existing || existing.saidBy === 'other' || !existing.organisationText) &&
        (!!asked || (!!speaker.first && raw.includes(speaker.first)) || (!!speaker.last && raw.includes(speaker.last)) || CUE_WORDS.test(raw) || isInPassing(raw) || explanationOf(raw) !== null));
    const readsOthers = hasMention(raw) && (INTRODUCING.test(raw) || INTRODUCED_WORDS.test(raw));
    const readsRoom = speaker.kind === 'person' && rooms.length === 1 && /room|chamber/i.test(raw);
    const readsQuestion = /\?|introduc|who you are/i.test(raw) && QUESTION_WORDS.test(raw);
    if (!readsSelf && !readsOthers && !readsRoom && !readsQuestion) continue;
    const spaced = /\s\s|[\t\n\r]/.test(raw) ? normaliseSpaces(raw) : raw.trim();
    // "Tariq — pharmacy — two shops": dashes said as pauses part a list as commas do.
    const text = withoutFillers(withApostrophes(spaced.includes('’') ? spaced.replace(/’/g, "'") : spaced))
      .replace(/\s+[—–]\s*|\s*[—–]\s+|\s+-\s+/g, ', ')
      // "I'm, sorry, let me get this right, head of primary care contracting": the speaker's own words, put right as they go.
      .replace(SELF_REPAIR, '$1 ');
    const sentences = text.split(SENTENCE_BREAK);

    if (speaker.kind === 'person') {
      if (readsSelf) {
        if (!ownNames.has(speaker.displayName)) {
          const alternatives = nameAlternatives(speaker);
          ownNames.set(
            speaker.displayName,
            alternatives
              ? {
                  intro: new RegExp(
                    // A greeting before the name only with a stop or "all" after it: "Hi Tom," greets another Tom. "And Tess Morgan, …" goes on a round of introductions.
                    // Or with nothing after the greeting when a job title follows the name, as unpunctuated captions say it: "afternoon Femi Adeyemi clinical director".
                    `(?:^(?:[Aa]nd\\s+|[Aa]lso\\s+)?(?:(?:[Hh]i|[Hh]iya|[Hh]ello|[Mm]orning|[Aa]fternoon|[Ee]vening|[Gg]ood \\w+)(?:[,.!]|\\s+(?:all|everyone|everybody|folks)[,.!]?)\\s+)*|^(?:(?:[Hh]i|[Hh]iya|[Hh]ello|[Mm]orning|[Aa]fternoon|[Ee]vening|[Gg]ood \\w+|[Yy]es|[Yy]eah|[Ss]orry|[Ss]o|[Oo]h|[Rr]ight|[Oo]kay|[Oo]k|[Tt]hank you|[Tt]hanks|[Cc]hair|all|everyone|everybody|folks)[,.!]?\\s+)+(?=(?:(?:[Dd]r|[Dd]octor|[Cc]ouncillor|[Cc]llr|[Pp]rofessor)\\.?\\s+)?(?:${alternatives})\\s+${TITLE_AFTER_NAME})|[,.;:!?]\\s*|\\b(?:[Ii]t's|[Ii]ts|[Ii]t is|[Tt]his is|[Ii]'m|[Ii] am|[Mm]y name is|[Mm]y name's)\\s+)(?:(?:[Dd]r|[Dd]octor|[Cc]ouncillor|[Cc]llr|[Pp]rofessor)\\.?\\s+)?(?:${alternatives})(?=\\s*(?:[,.;:!?]|$)|\\s+(?:here|speaking|from|at|with|for|of|representing|on behalf|and I|I'm|again)\\b|\\s+[A-Z]{2,6}\\b|\\s+${TITLE_AFTER_NAME})`,
                    'u',
                  ),
                  anywhere: new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'u'),
                }
              : null,
          );
        }
        const own = ownNames.get(speaker.displayName)!;
        const isStrongAt = (sentence: string, index: number): boolean =>
          (own?.intro.test(sentence) ?? false) || STRONG_CUE.test(sentence) || WITH_NAME_CUE.test(sentence) || isRoleCue(sentence) || (!!asked && !asked.isRollCall && index === 0);
        const found = sentences.findIndex((s, i) => isStrongAt(s, i) || (isEarly && ((own?.anywhere.test(s) ?? false) || WEAK_CUE.test(s))) || isInPassing(s) || explanationOf(s) !== null);
        // Answering a roll call ("Dr Ahmed?" "Yep, here, Greenford Road."): read as an answer only when nothing else reads as an introduction.
        const isRollCallAnswer = found < 0 && !!asked?.isRollCall;
        const start = isRollCallAnswer ? 0 : found;
        if (start >= 0) {
          // "I'm Sunita, place director for the ICB. Couple of guests: Les from Healthwatch and Dr Obi from Cleveside Hospice.": who the others are is not the speaker's introduction.
          const following = sentences.slice(start, start + SENTENCES_PER_INTRODUCTION);
          const othersAt = following.findIndex((s, i) => i > 0 && mentionsIn(s).some((m) => m.person.displayName !== speaker.displayName));
          const block = othersAt > 0 ? following.slice(0, othersAt) : following;
          const isNamed = own?.intro.test(block[0]!) ?? false;
          const ownComma = own ? new RegExp(own.anywhere.source, 'gu') : null;
          const reading = readIntroduction(block, ownComma, reader, asked?.sector ?? null, isNamed, isRollCallAnswer || isStrongAt(block[0]!, start), isRollCallAnswer || (!!asked && !asked.isRollCall && start === 0));
          const claim = claimFrom(reading, { speaker: speaker.displayName, atMs: utterance.startMs, saidBy: 'self' });
          if (claim) keep(claim);
        }
      }
    } else {
      // A room device or a phone: the person speaking says their name.
      const known = roomVoices.get(speaker.displayName) ?? [];
      for (let i = 0; i < sentences.length; i += 1) {
        const sentence = sentences[i]!;
        const named = /it's|it is|this is|i'm|i am|my name|^\W*\w+,|^\W*\p{Lu}\S* \p{Lu}/iu.test(sentence) ? saidName(sentence) : null;
        if (!named && speaker.kind === 'device' && !CUE_WORDS.test(sentence) && !(asked && i === 0)) continue;
        const isAnonymous = !named && speaker.kind === 'room' && ANONYMOUS_VOICE.test(sentence);
        const isIntroduction = speaker.kind === 'device' && ((asked && i === 0) || STRONG_CUE.test(sentence) || isRoleCue(sentence));
        if (!named && !isAnonymous && !isIntroduction) continue;
        const block = sentences.slice(i, i + SENTENCES_PER_INTRODUCTION);
        const nameRe = named ? new RegExp(`(?<![\\p{L}])${escapeRegExp(named.name)}(?![\\p{L}])`, 'gu') : null;
        const reading = isAnonymous ? null : readIntroduction(block, nameRe, reader, asked?.sector ?? null, !!named, true);
        const earlier = named ? known.find((v) => v.personName === named.name || v.personName?.split(' ')[0] === named.name) : undefined;
        // "It's Femi here": a first name alone is the one participant of that first name who never spoke on a device of their own.
        const firstOnly = named && !/\s/.test(named.name) ? [...people.values()].filter((p) => p.kind === 'person' && p.first?.toLowerCase() === named.name.toLowerCase() && p.last && !speakers.has(p.displayName)) : [];
        // "It's Mandy. Mandy Slee.": the full name said straight after.
        const saidInFull = named && !/\s/.test(named.name) ? new RegExp(`^\\W*${escapeRegExp(named.name)} (\\p{Lu}[\\p{L}'’-]+)\\W*$`, 'u').exec(sentences[i + 1] ?? '') : null;
        const fullName = saidInFull ? `${named!.name} ${saidInFull[1]}` : firstOnly.length === 1 ? parseDisplayName(firstOnly[0]!.displayName).personName : null;
        const personName = named ? (earlier?.personName ?? fullName ?? [named.title, named.name].filter(Boolean).join(' ')) : '';
        const read = reading ? claimFrom(reading, { speaker: speaker.displayName, atMs: utterance.startMs, saidBy: 'self', personName }) : null;
        // "It's Jo Pettifer, I'm in the LMC office": where they are said in the words of someone's own workplace.
        const own = !read?.organisationText && personName ? ownStatement([{ text: block.join(' '), startMs: utterance.startMs }], reader, councilNames()) : null;
        const claim: IntroductionClaim | null = own ? { speaker: speaker.displayName, saidBy: 'self', personName, organisationText: own.text, sector: own.sector, basis: own.basis, title: read?.title ?? null, quote: own.quote, atMs: utterance.startMs } : read;
        const voice: IntroductionClaim =
          claim ??
          (earlier
            ? { ...earlier, quote: quoteOf(sentence), atMs: utterance.startMs }
            : { speaker: speaker.displayName, personName, organisationText: null, sector: null, basis: 'organisation', title: null, quote: quoteOf(sentence), atMs: utterance.startMs });
        if (speaker.kind === 'device') {
          if (voice.personName || voice.sector) keep(voice);
        } else {
          known.push(voice);
          roomVoices.set(speaker.displayName, known);
        }
        break;
      }
    }

    // Introductions by someone else: "we've got Carla from Age UK with us".
    if (readsOthers) {
      let lastMentioned: Person[] = [];
      for (const sentence of sentences) {
        const mentioned = mentionsIn(sentence);
        // "Do you know Alison? She's the district nursing lead at…": the pronoun is the one person just named.
        const others = [...new Set(lastMentioned.filter((p) => p.displayName !== speaker.displayName))];
        const pronoun = /^(?:she|he|they)(?='s|'re| is| are| has| have)/i.exec(sentence);
        const matches = [...mentioned];
        if (pronoun && !mentioned.length && others.length === 1) matches.push({ index: 0, end: pronoun[0].length, person: others[0]! });
        // Not the person spoken to: "Kerry, do you know Alison?".
        lastMentioned = mentioned.filter((m) => !(/^[\s,]*$/.test(sentence.slice(0, m.index)) && sentence[m.end] === ',')).map((m) => m.person);
        for (const match of matches) {
          const person = match.person;
          if (person.displayName === speaker.displayName) continue;
          // "Nikki's joined us, she's the workforce lead at …": read as "joined us as the workforce lead at …".
          const said = sentence.slice(match.end);
          const after = said.replace(/^(\s*(?:'s|has|have)\s+(?:just\s+|now\s+)?joined(?:\s+us)?(?:\s+(?:today|tonight|this\s+\w+))?)\s*,?\s*(?:and\s+)?(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+(?=(?:the|our|a|an|one of)\s)/i, '$1 as ');
          /** Where a place in `after` is in the sentence (the words changed above are all before it). */
          const inSentence = (afterIndex: number): number => match.end + afterIndex - (after.length - said.length);
          /** This person, said by the speaker to be from `found`. */
          const keepSaidOf = (found: { readonly text: string; readonly sector: SectorId | null; readonly basis: IntroductionClaim['basis'] }, isRepresenting?: true): void =>
            keep({ speaker: person.displayName, saidBy: 'other', organisationText: found.text, sector: found.sector, basis: found.basis, title: null, quote: quoteOf(sentence), atMs: utterance.startMs, ...(isRepresenting ? { isRepresenting } : {}) });
          // "Lisa and Mark are both from the hospice": each of the two.
          const pairedWith = matches.find((m) => m.index > match.end && /^\s*and\s+$/.test(sentence.slice(match.end, m.index)));
          const groupEnd = pairedWith?.end ?? match.end;
          const together = /^\s+(?:are|were)\s+(?:both\s+|all\s+)?(?:from|with)\s+/.exec(sentence.slice(groupEnd));
          const fromTogether = together ? organisationAt(sentence, groupEnd + together[0].length, reader, false, null) : null;
          if (fromTogether?.sector) {
            keepSaidOf(fromTogether);
            continue;
          }
          // "We're joined by Mr Grant and Dr Yeo from Dorset County Hospital": a guest named with someone not in the call.
          const joinedWith = INTRODUCING.test(sentence) ? JOINED_WITH_ANOTHER.exec(after) : null;
          const fromJoined = joinedWith ? organisationAt(sentence, inSentence(joinedWith[0].length), reader, false, null) : null;
          if (fromJoined?.sector) {
            keepSaidOf(fromJoined);
            continue;
          }
          // "Joining us from the ambulance service is Lee Trotter", "…and from the ICB, Dr Wendy Cho": where they are from, first.
          const fromBefore = INTRODUCING.test(sentence) ? ORGANISATION_FIRST.exec(sentence.slice(0, match.index)) : null;
          const firstAt = fromBefore?.groups ? fromBefore.index + fromBefore[0].indexOf(fromBefore.groups.rest!) : -1;
          // Read up to the end of the organisation's words: "is Jon Reeve" after them is not part of it.
          const placedFirst = fromBefore?.groups ? organisationAt(sentence.slice(0, firstAt + fromBefore.groups.rest!.length), firstAt, reader, false, null) : null;
          if (placedFirst?.sector) {
            keepSaidOf(placedFirst);
            continue;
          }
          // "the Director of Public Health for Rochdale Borough Council, Dr Eze": the role and organisation first.
          const rolePlaced = ROLE_AND_ORGANISATION_BEFORE.exec(sentence.slice(0, match.index));
          const rolePlacedBefore = rolePlaced?.groups?.role?.toLowerCase() ?? '';
          const placedBefore = rolePlaced?.groups && ROLE_WORDS.test(rolePlacedBefore) && !NOT_A_ROLE.test(rolePlacedBefore) ? organisationAt(sentence, rolePlaced.index + rolePlaced[0].lastIndexOf(rolePlaced.groups.rest!), reader, false, null) : null;
          if (placedBefore?.sector && placedBefore.text.length <= rolePlaced!.groups!.rest!.length) {
            keepSaidOf(placedBefore);
            continue;
          }
          // "Nicola's crisis team at Tyneside and Wear", "Lucy's team at the fed", "Rosie's lot in Levels and Moors PCN".
          const theirs = THEIR_TEAM_AT.exec(after);
          const ofTheirs = theirs ? organisationAt(sentence, inSentence(theirs[0].length), reader, false, null) : null;
          if (ofTheirs?.sector) {
            keepSaidOf(ofTheirs);
            continue;
          }
          // "Mo's Dearne Valley, Ellie's Oaks Park": a roll call of where each is from, said as a place alone, and only
          // a place the user's directory holds ("Mo's Monday clinic" names nothing).
          const rollCall = ROLL_CALL_PLACE.exec(after);
          const calledFrom = rollCall ? organisationAt(sentence, inSentence(rollCall[0].length - rollCall.groups!.place!.length), reader, false, null) : null;
          if (calledFrom?.sector && calledFrom.basis === 'directory') {
            keepSaidOf(calledFrom);
            continue;
          }
          // "Rav Gill, who's our new Healthwatch Northby rep": the organisation inside the role.
          // ("Helen Coates has joined us, she's the LMC's medical secretary", read as "has joined us as the LMC's …".)
          const inRole = /^(?:\s*,?\s*(?:who(?:'s| is)|she's|he's|they're|she is|he is|is|'s)|\s+(?:has|'s)\s+(?:just\s+)?joined(?:\s+us)?\s+as)\s+(?:our|the|a|an|their)\s+(?:new\s+|local\s+)?(?=\p{Lu})/u.exec(after);
          const held = inRole ? organisationAt(sentence, inSentence(inRole[0].length), reader, true, null) : null;
          if (held?.sector) {
            keepSaidOf(held, true);
            continue;
          }
          const ours = OURS_TAIL.exec(after);
          // "he's one of our paramedics at Fellside PCN": where, when said, rather than the speaker's own organisation.
          const oursAt = ours ? /^\s+(?:at|in|for|with)\s+(?=\p{Lu})/u.exec(after.slice(ours[0].length)) : null;
          if (ours && oursAt) {
            const placed = organisationAt(sentence, inSentence(ours[0].length + oursAt[0].length), reader, false, null);
            if (placed?.sector) keepSaidOf(placed);
            continue;
          }
          // "Marcus from our hospital discharge hub has joined": the introducer's own organisation.
          const fromOurs = /^\s+from (?:our|my) (?:own )?[a-z][a-z' -]{1,40}?(?=\s*[,.;!?]|\s+(?:has|have|is|who|and|he|she|they|joining|joined|with)\b|$)/.exec(after);
          if (fromOurs) {
            oursPending.push({ speaker: person.displayName, introducer: speaker.displayName, quote: quoteOf(sentence), atMs: utterance.startMs, role: '' });
            continue;
          }
          if (ours || OURS_BEFORE.test(sentence.slice(0, match.index))) {
            oursPending.push({ speaker: person.displayName, introducer: speaker.displayName, quote: quoteOf(sentence), atMs: utterance.startMs, role: ours?.groups?.role ?? '' });
            continue;
          }
          // "Over to Priya for the Barnsley Hospital update": handed the floor to speak for an organisation.
          const handedFor = HANDED_OVER.test(sentence.slice(0, match.index)) ? SPEAKS_FOR.exec(after) : null;
          const spokenFor = handedFor ? reader.classify(handedFor.groups!.organisation!) : null;
          if (spokenFor?.sector) {
            keepSaidOf(spokenFor);
            continue;
          }
          // "Joanne Pugh is a practice manager and she's kindly come along": a job title that says the kind of organisation.
          const isA = IS_A_ROLE.exec(after);
          const roleSaid = isA ? classifyJobTitle(isA.groups!.role!) : null;
          if (roleSaid && !/\s(?:at|for|with|from|of|in)\s/i.test(isA!.groups!.role!)) {
            keep({ speaker: person.displayName, saidBy: 'other', organisationText: null, sector: roleSaid.sector, basis: 'job-title', title: roleSaid.matched, quote: quoteOf(sentence), atMs: utterance.startMs });
            continue;
          }
          const tail = INTRODUCED_TAIL.exec(after);
          if (!tail?.groups) continue;
          const role = tail.groups.role ?? '';
          const prep = tail.groups.prep!;
          if (role && (!ROLE_WORDS.test(role) || NOT_A_ROLE.test(role))) continue;
          // "thanks to Priya for the update" is no introduction; "Dr Khan is here for the LMC", "is deputising for" is.
          if (!role && /^(?:for|of)$/.test(prep) && !(prep === 'for' && STANDS_FOR.test(tail[0]))) continue;
          // "talking to Priya at the trust" says where Priya was, not who she is.
          // "Fiona's from the hospice" says who she is: being from somewhere is where she works.
          const isFrom = prep === 'from' && /^(?:\s*,?\s*)(?:who(?:'s| is)|she's|he's|they're|she is|he is|they are|is|'s)\s+from\s+$/.test(tail[0]);
          // "As Ian from the acute trust said, …", "as Priya from the LPC mentioned": who someone is, recalled.
          const isRecalled = prep === 'from' && /\bas\s+(?:(?:Dr|Mr|Mrs|Ms|Cllr|Councillor|Professor)\.?\s+)?$/i.test(sentence.slice(Math.max(0, match.index - 20), match.index)) && /^[^,.;]{2,60}?\s(?:said|says|mentioned|was saying|put it|pointed out)\b/i.test(sentence.slice(inSentence(tail[0].length)));
          // "I'll bring in David Wray from the ICB": a name then "from" says where they work, whoever says it.
          // ("Bev, from UHL, you wanted to come in?": the same, said to them.)
          const isNamedFrom = prep === 'from' && /^\s*,?\s+from\s+$/.test(tail[0]);
          // "Ifeoma, you're at Sandwich Bay Surgery, how did the visit go?": told to the person named.
          // Asked ("…, aren't you?"), it stands once they answer without a "no".
          // ("Leanne, you're here for the LPC, aren't you?")
          const isToldYou = /^\s*,\s*you(?:'re| are)\s+(?:(?:still|now|based)\s+)?(?:(?:at|with|from)|(?:here|with\s+us)\s+(?:for|from|with))\s+$/.test(tail[0]) && /^(?:(?:and|so|now|right|ok|okay)[,\s]+)?$/i.test(sentence.slice(0, match.index).trim());
          const isAskedYou = isToldYou && /\b(?:aren't|are|isn't|is|weren't) (?:you|it)\?/i.test(sentence);
          if (!role && /^(?:from|at|with)$/.test(prep) && !/\b(?:joined|joining)\b/.test(tail[0]) && !INTRODUCING.test(text) && !isFrom && !isRecalled && !isNamedFrom && !isToldYou) continue;
          const orgStart = inSentence(tail[0].length);
          // "the new cabinet member for adult social care at Wiltshire Council": the organisation after the role's own "for".
          const further = /^[a-z][a-z' -]{0,60}?\s(?:at|for|with|from)\s+(?=(?:the\s+)?\p{Lu}|the\s+(?:integrated care board|icb|council|county council|city council|trust|hospice|lmc|federation)\b)/u.exec(sentence.slice(orgStart));
          // "joined us from the district nursing team, Birmingham Community Healthcare": the team, then whose it is.
          const team = /^(?:the|their|our) [a-z][a-z' -]{0,40}?\b(?:team|service|services|side|department|unit)\s*,\s*(?=\p{Lu})/u.exec(sentence.slice(orgStart));
          const teamOf = team ? organisationAt(sentence, orgStart + team[0].length, reader, false, null) : null;
          const candidate =
            (teamOf?.sector ? teamOf : null) ??
            organisationAt(sentence, orgStart, reader, /^(?:representing|on behalf of)$/.test(prep), null) ??
            (further ? organisationAt(sentence, orgStart + further[0].length, reader, false, null) : null);
          const title = role ? classifyJobTitle(role) : null;
          const completed =
            candidate && !candidate.sector && title && !ORGANISATION_WORDS.test(candidate.text)
              ? { ...candidate, text: title.sector === 'pcn' ? `${candidate.text} PCN` : candidate.text, sector: title.sector, basis: 'job-title' as const, strength: 1.2 }
              : candidate;
          if (!completed?.sector) continue;
          const claim: IntroductionClaim = {
            speaker: person.displayName,
            saidBy: 'other',
            organisationText: completed.text,
            sector: completed.sector,
            basis: completed.basis,
            title: title?.matched ?? (role || null),
            quote: quoteOf(sentence),
            atMs: utterance.startMs,
          };
          if (isAskedYou) askedPending.set(person.displayName, claim);
          else keep(claim);
        }
      }
    }

    // People in a room, introduced by whoever is chairing: "in the room we've got Councillor Nasreen Hussain, and Bev Armstrong from the council".
    if (readsRoom && IN_THE_ROOM.test(text)) {
      const room = rooms[0]!;
      const known = roomVoices.get(room.displayName) ?? [];
      for (const sentence of sentences) {
        if (!IN_THE_ROOM.test(sentence)) continue;
        for (const match of sentence.matchAll(/(?:(?<title>Councillor|Cllr|Dr|Doctor|Professor)\s+)?(?<name>\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)(?![\p{L}])/gu)) {
          const name = match.groups!.name!;
          if (byMention.has(name) || name.split(' ').some((w) => NOT_A_NAME_START.has(w.toLowerCase()))) continue;
          if (classifyOrganisationName(name) || /\b(?:room|chamber|hall|house|centre)\b/i.test(name)) continue;
          const title = match.groups!.title ?? null;
          const after = sentence.slice(match.index + match[0].length);
          const tail = INTRODUCED_TAIL.exec(after);
          const candidate = tail && !tail.groups!.role ? organisationAt(sentence, match.index + match[0].length + tail[0].length, reader, false, null) : null;
          const titleHint = title ? classifyJobTitle(title) : null;
          const sector = candidate?.sector ?? titleHint?.sector ?? null;
          if (!sector) continue;
          const personName = [title, name].filter(Boolean).join(' ');
          if (known.some((v) => v.personName === personName)) continue;
          known.push({
            speaker: room.displayName,
            personName,
            saidBy: 'other',
            organisationText: candidate?.sector ? candidate.text : null,
            sector,
            basis: candidate?.sector ? candidate.basis : 'job-title',
            title: titleHint?.matched ?? null,
            quote: quoteOf(sentence),
            atMs: utterance.startMs,
          });
        }
      }
      roomVoices.set(room.displayName, known);
    }

    if (readsQuestion && INTRODUCTION_QUESTION.test(text)) {
      const addressed = [...new Set(mentionsIn(text).map((m) => m.person.displayName))].filter((n) => n !== speaker.displayName);
      pendingQuestion = {
        addressee: addressed.length === 1 ? addressed[0]! : null,
        asker: speaker.displayName,
        sector: QUESTION_TYPE.find(([pattern]) => pattern.test(text))?.[1] ?? null,
      };
    }
  }

  for (const same of samePending) {
    if (claims.get(same.speaker)?.organisationText) continue;
    const previous = people.get(same.previous)!;
    const own = claims.get(same.previous);
    const fromName = previous.organisationText ? reader.classify(previous.organisationText) : null;
    const organisation = own?.organisationText && own.sector ? { text: own.organisationText, sector: own.sector, basis: own.basis } : fromName?.sector ? { ...fromName, text: previous.organisationText! } : null;
    // The kind said must fit: "same network" is a PCN, "same LMC" a representative body; "same organisation" fits any.
    const kindSector = SAME_KIND_SECTOR[same.kind];
    if (!organisation?.sector || (kindSector && kindSector !== organisation.sector)) continue;
    keep({ speaker: same.speaker, saidBy: 'self', organisationText: organisation.text, sector: organisation.sector, basis: organisation.basis, title: null, quote: same.quote, atMs: same.atMs });
  }

  // "I'll go to the ICB for a response. Mr Perrins?", "And from the hospice, Marion?": whoever the chair brings in
  // for an organisation, when they are the next to speak. Weaker than anything they say themselves.
  ordered.forEach((utterance, i) => {
    const next = ordered[i + 1];
    const asker = people.get(utterance.speaker);
    if (!next || !asker || asker.kind !== 'person' || next.speaker === utterance.speaker || !BRINGS_IN.test(utterance.text)) return;
    const person = people.get(next.speaker);
    if (!person || person.kind !== 'person' || claims.get(person.displayName)?.organisationText) return;
    const sentences = utterance.text.split(SENTENCE_BREAK);
    // The person is named at the end of the turn, or as "over to you for …".
    const tail = sentences.slice(-2).join(' ');
    if (!mentionsIn(tail).some((m) => m.person === person)) return;
    for (const sentence of sentences) {
      const frame = BRING_IN_FRAMES.map((pattern) => pattern.exec(sentence)).find((m) => m?.groups?.org);
      if (!frame?.groups) continue;
      const said = frame.groups.org!.replace(/\s+(?:first|now|next|then|please|for (?:a|the|this) \w+.*)$/i, '').trim();
      // "the trusts", "the council's": several organisations, or not one named.
      if (/s$/i.test(said.split(/\s+/).at(-1)!) && /^the\s/i.test(said) && !/(?:services|hospitals|partners|links)$/i.test(said)) continue;
      const found = reader.classify(said);
      if (!found?.sector) continue;
      keep({ speaker: person.displayName, saidBy: 'other', organisationText: found.text, sector: found.sector, basis: found.basis, title: null, quote: quoteOf(sentence), atMs: utterance.startMs });
      break;
    }
  });

  // "From the trust side…", "from a community pharmacy perspective": the capacity someone speaks in, when nothing better was said.
  for (const utterance of ordered) {
    const person = people.get(utterance.speaker);
    if (!person || person.kind !== 'person' || claims.get(person.displayName)?.sector) continue;
    const capacity = SPEAKS_AS.exec(utterance.text.slice(0, 160));
    if (!capacity?.groups) continue;
    // "as Kiran from the LPC said": someone else's organisation, recalled.
    if (/\bas\s+(?:(?:Dr|Mr|Mrs|Ms|Cllr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+from\s/.test(utterance.text.slice(0, capacity.index + capacity[0].length))) continue;
    // "Lisa, from the hospice, over to you": Lisa is from the hospice, not whoever named her.
    const addressed = capacity.groups.addressed;
    if (addressed && !/^(?:so|and|yes|yeah|well|right|okay|ok|now|then|just|sorry|hi|hello|morning|look|um|uh|er|erm)$/i.test(addressed) && !person.displayName.toLowerCase().split(/[\s,()]+/).includes(addressed.toLowerCase())) continue;
    const found = reader.classify((capacity.groups.org ?? capacity.groups.named!).replace(/['’]s$/, ''));
    if (!found?.sector) continue;
    keep({ speaker: person.displayName, saidBy: 'self', organisationText: found.text, sector: found.sector, basis: found.basis, title: null, quote: quoteOf(utterance.text), atMs: utterance.startMs });
  }

  // "From the ICB we have Neil Ferraby, our director of primary care, Priya Chandaria, head of commissioning, and
  // Martin Oyelaran…": everyone in the list is from there; and "our" says the speaker is too.
  for (const utterance of ordered) {
    if (!/\bfrom\b/i.test(utterance.text)) continue;
    for (const sentence of utterance.text.split(SENTENCE_BREAK)) {
      const listed = FROM_X_WE_HAVE.exec(sentence);
      if (!listed?.groups) continue;
      const found = reader.classify(listed.groups.org!);
      if (!found?.sector) continue;
      const list = listed.groups.list!;
      const named = [...new Set(mentionsIn(list).map((m) => m.person))].filter((p) => p.kind === 'person' && p.displayName !== utterance.speaker);
      if (named.length < 2) continue;
      for (const person of named) {
        if (!claims.get(person.displayName)?.organisationText) keep({ speaker: person.displayName, saidBy: 'other', organisationText: found.text, sector: found.sector, basis: found.basis, title: null, quote: quoteOf(sentence), atMs: utterance.startMs });
      }
      const speaker = people.get(utterance.speaker);
      if (speaker?.kind === 'person' && !speaker.organisationText && !claims.has(speaker.displayName) && /,\s+(?:our|my)\s+[a-z]/i.test(list)) {
        keep({ speaker: speaker.displayName, saidBy: 'self', organisationText: found.text, sector: found.sector, basis: found.basis, title: null, quote: quoteOf(sentence), atMs: utterance.startMs, isNameGuessed: true });
      }
    }
  }

  // "She's our new clinical pharmacist": the organisation of whoever said it.
  for (const ours of oursPending) {
    const introducer = people.get(ours.introducer)!;
    const own = claims.get(ours.introducer);
    const fromName = introducer.organisationText ? reader.classify(introducer.organisationText) : null;
    const organisation = own?.saidBy !== 'other' && own?.organisationText && own.sector ? { text: own.organisationText, sector: own.sector, basis: own.basis } : fromName?.sector ? fromName : null;
    if (!organisation?.sector) continue;
    keep({
      speaker: ours.speaker,
      saidBy: 'other',
      organisationText: introducer.organisationText && fromName?.sector ? introducer.organisationText : organisation.text,
      sector: organisation.sector,
      basis: organisation.basis,
      title: ours.role.trim() || null,
      quote: ours.quote,
      atMs: ours.atMs,
    });
  }

  // "Cllr Kevin Marr": a councillor is a member of a council. The weakest evidence there is: anything
  // said or shown wins. The council is the one the meeting names, when it names only one.
  // "Councillor Mwangi is substituting today", "a proposal from Councillor Oyelaran": a plain display name called a councillor.
  const calledCouncillor = new Set<string>();
  for (const utterance of ordered) {
    for (const called of utterance.text.matchAll(CALLED_COUNCILLOR)) {
      const said = called[1]!.toLowerCase().replace(/['’]s$/, '');
      const matching = [...people.values()].filter((p) => p.kind === 'person' && (p.last?.toLowerCase() === said || p.name.toLowerCase() === said));
      if (matching.length === 1) calledCouncillor.add(matching[0]!.displayName);
    }
  }
  const councillors = [...people.values()].filter((p) => p.kind === 'person' && (COUNCILLOR.test(p.displayName) || calledCouncillor.has(p.displayName)) && !p.organisationText && !claims.has(p.displayName));
  if (councillors.length) {
    // A council, not one of its departments ("Democratic Services", "Public Health").
    const isCouncil = (name: string): boolean => !/^the\b/i.test(name) && !/\b(?:services|team|department|directorate|office|public health)$/i.test(name);
    const councils = new Set([...claims.values()].filter((c) => c.sector === 'local_authority' && c.organisationText && isCouncil(c.organisationText)).map((c) => c.organisationText!));
    for (const named of organisations.named('local_authority')) if (isCouncil(named)) councils.add(named);
    // "Welcome to Sunderland City Council's scrutiny committee": a council named in full in the meeting.
    if (!councils.size) for (const said of ordered.map((u) => u.text).join('\n').matchAll(COUNCIL_SAID)) councils.add(said[0].replace(/['’]s$/, ''));
    const council = councils.size === 1 ? [...councils][0]! : null;
    for (const person of councillors) {
      claims.set(person.displayName, { speaker: person.displayName, saidBy: 'other', organisationText: council, sector: 'local_authority', basis: 'job-title', title: 'Councillor', quote: person.displayName, atMs: meetingStartMs });
    }
  }

  // What each person said, for the two readings below that look only at someone's own words.
  const spokenBy = new Map<string, (typeof ordered)[number][]>();
  for (const utterance of ordered) {
    const said = spokenBy.get(utterance.speaker);
    if (said) said.push(utterance);
    else spokenBy.set(utterance.speaker, [utterance]);
  }

  // "I'm the ICB's planned care lead", "my practice, Marshgate Health Centre, …", "as chair of the LMC, …".
  const councils = councilNames();
  for (const person of people.values()) {
    if (person.kind !== 'person' || person.organisationText || claims.get(person.displayName)?.sector) continue;
    const found = ownStatement(spokenBy.get(person.displayName) ?? [], reader, councils);
    if (found) {
      keep({ speaker: person.displayName, saidBy: 'self', organisationText: found.text, sector: found.sector, basis: found.basis, title: null, quote: found.quote, atMs: found.atMs });
      continue;
    }
    // "I locum mostly round the Fenside practices": a GP with no one practice of their own.
    const locum = (spokenBy.get(person.displayName) ?? []).find((u) => SELF_LOCUM.test(u.text));
    if (locum) {
      const said = SELF_LOCUM.exec(locum.text)![0];
      keep({ speaker: person.displayName, saidBy: 'self', organisationText: null, sector: 'general_practice', basis: 'job-title', title: 'locum GP', quote: quoteOf(said), atMs: locum.startMs });
      continue;
    }
    // Said by someone else, by a first name nobody else in the meeting has.
    if (!person.first || [...people.values()].some((other) => other !== person && other.first?.toLowerCase() === person.first!.toLowerCase())) continue;
    const theirs = new RegExp(`\\b${escapeRegExp(person.first)}['’]s (?<kind>PCN|network|practice|surgery|council|hospice|pharmacy|federation)\\b`, 'i');
    for (const utterance of ordered) {
      const found = utterance.speaker === person.displayName ? null : theirs.exec(utterance.text);
      if (!found) continue;
      keep({ speaker: person.displayName, saidBy: 'other', organisationText: null, sector: SAID_KIND_OF_THEIRS[found.groups!.kind!.toLowerCase()]!, basis: 'job-title', title: null, quote: quoteOf(found[0]), atMs: utterance.startMs, isNameGuessed: true });
      break;
    }
  }

  // "That's an action on the LMC office." "Will do.": whoever takes on at once what was given to an office of a body
  // works there. Weak, and only for people nothing else placed.
  ordered.forEach((utterance, i) => {
    const given = GIVEN_TO_OFFICE.exec(utterance.text);
    const reply = ordered[i + 1];
    if (!given || !reply || reply.speaker === utterance.speaker || !TAKEN_ON_AT_ONCE.test(reply.text)) return;
    const person = people.get(reply.speaker);
    if (!person || person.kind !== 'person' || person.organisationText || claims.has(person.displayName)) return;
    const sector = OFFICE_OF[(given.groups!.body ?? given.groups!.body2)!.toLowerCase()];
    if (sector) keep({ speaker: person.displayName, saidBy: 'other', organisationText: null, sector, basis: 'job-title', title: null, quote: quoteOf(`${given[0]} … ${reply.text}`), atMs: reply.startMs, isNameGuessed: true });
  });

  // "Nadia Baptiste, partner, elected for the north locality": a practice's partner, the practice not said. Read last.
  for (const person of people.values()) {
    if (person.kind !== 'person' || person.organisationText || claims.has(person.displayName)) continue;
    const partner = (spokenBy.get(person.displayName) ?? []).find((u) => SELF_PARTNER.test(u.text));
    if (partner) keep({ speaker: person.displayName, saidBy: 'self', organisationText: null, sector: 'general_practice', basis: 'job-title', title: 'GP partner', quote: quoteOf(SELF_PARTNER.exec(partner.text)![0]), atMs: partner.startMs });
  }

  // "we've had the same at Moorside", "our residents at Meadowbank": a workplace named in passing, known only by
  // the one directory or meeting name it starts. The weakest evidence of all, so read last, for people nothing else placed.
  for (const person of people.values()) {
    if (person.kind !== 'person' || person.organisationText || claims.has(person.displayName)) continue;
    const found = workplaceInPassing(spokenBy.get(person.displayName) ?? [], reader);
    if (found) keep({ speaker: person.displayName, saidBy: 'self', organisationText: found.text, sector: found.sector, basis: found.basis, title: null, quote: found.quote, atMs: found.atMs, isNameGuessed: true });
  }

  // "Marcia, how's Elm Tree coping?", "Kelly, you run Peakland, don't you?": someone's workplace named to them, known only
  // by the one name it starts; taken when one person is spoken to and one such place is named.
  ordered.forEach((utterance, i) => {
    if (!/\byou|\?/i.test(utterance.text)) return;
    for (const sentence of utterance.text.split(SENTENCE_BREAK)) {
      if (!SPOKEN_TO.test(sentence) && !ASKED_BY_NAME.test(sentence)) continue;
      const addressed = [...new Set(mentionsIn(sentence).map((m) => m.person))].filter((p) => p.displayName !== utterance.speaker);
      const person = addressed.length === 1 ? addressed[0]! : null;
      if (!person || person.kind !== 'person' || person.organisationText || claims.has(person.displayName)) continue;
      // Asked, it stands unless they answer "no".
      const answer = ordered.slice(i + 1).find((u) => u.speaker === person.displayName);
      if (sentence.includes('?') && answer && /^\W*(?:no|nope|not (?:any ?more|now|really))\b/i.test(answer.text)) continue;
      const place = workplaceSaidTo(sentence, reader);
      // "Sam, how's things at Bowland Road?" "She's not at Bowland Road any more": put right by someone in the next turns.
      const placeWord = place?.text.split(/\s+/)[0] ?? '';
      const isPutRight = !!place && ordered.slice(i + 1, i + 3).some((u) => new RegExp(`\\b(?:not|isn't|is not|no longer|left)\\b[^.?!]{0,24}\\b${escapeRegExp(placeWord)}\\b`, 'i').test(u.text));
      if (place && !isPutRight) keep({ speaker: person.displayName, saidBy: 'other', organisationText: place.text, sector: place.sector, basis: place.basis, title: null, quote: quoteOf(sentence), atMs: utterance.startMs, isNameGuessed: true });
    }
  });

  /** What someone said of their own workplace, or that they locum, whatever their display name shows. */
  const ownClaimOf = (speaker: string): IntroductionClaim | null => {
    const spoken = spokenBy.get(speaker) ?? [];
    const found = ownStatement(spoken, reader, councilNames());
    if (found) return { speaker, saidBy: 'self', organisationText: found.text, sector: found.sector, basis: found.basis, title: null, quote: found.quote, atMs: found.atMs };
    const locum = spoken.find((u) => SELF_LOCUM.test(u.text));
    return locum ? { speaker, saidBy: 'self', organisationText: null, sector: 'general_practice', basis: 'job-title', title: 'locum GP', quote: quoteOf(SELF_LOCUM.exec(locum.text)![0]), atMs: locum.startMs } : null;
  };
  // "Please ignore what it says next to my name, I'm not with the ICB": the display name's organisation, disowned.
  for (const utterance of ordered) {
    const denied = DISOWNS_DISPLAY_NAME.exec(utterance.text);
    if (!denied) continue;
    // With an organisation in their display name, what they said of themselves was not read above: read it now.
    const claim = claims.get(utterance.speaker) ?? ownClaimOf(utterance.speaker);
    if (!claim?.sector || claim.saidBy === 'other' || claim.deniesDisplayName) continue;
    const shown = parseDisplayName(utterance.speaker).organisationText;
    const named = denied.groups?.org ? reader.classify(denied.groups.org) : null;
    // "I'm not with the ICB" disowns the display name only when it names the ICB; "ignore what it says by my name" always does.
    const isTheShownOne = !denied.groups?.org || (!!shown && !!named?.sector && reader.classify(shown)?.sector === named.sector);
    if (shown && isTheShownOne && claim.sector !== named?.sector) claims.set(utterance.speaker, { ...claim, deniesDisplayName: true });
  }

  for (const [room, voices] of roomVoices) {
    voices.forEach((voice, index) => claims.set(`${room}\u0000${voice.atMs}\u0000${index}`, voice));
  }
  return claims;
}
