import type { DueDate, DueDateParser, SentenceTagger } from './language';
import type { Memo } from './memo';
import { cleanSpeech, placeWords, sentencesOf, wordAt, type PlacedWord } from './speech';

export type { DueDate, DueDateParser } from './language';

/** What a sentence in the captions was found to be. */
export type ActionKind = 'action' | 'decision';

/** How a suggestion was found, for the user ("Why suggested?") and for tests. */
export type SuggestionRule =
  | 'explicit'
  | 'request'
  | 'commitment'
  | 'assignment'
  | 'passive'
  | 'recap'
  | 'decision';

/** Where a suggested owner comes from. */
export type OwnerSource =
  /** The person speaking ("I'll", "leave it with me"). */
  | 'speaker'
  /** Someone spoken to by name ("Marie, can you …"), or a person or body named as doing it ("the ICB to confirm …"). */
  | 'named'
  /** The person who answered a request ("Can you …?" — "Leave that with me."). */
  | 'responder'
  /** Nobody is named. */
  | 'none';

/** A suggested action or decision, kept until the user confirms, edits or dismisses it. */
export interface ActionSuggestion {
  /** Stable across re-reads: the utterance id and the sentence's position. */
  readonly id: string;
  readonly kind: ActionKind;
  /** The action or decision, tidied: "Circulate the utilisation data by PCN…". */
  readonly text: string;
  /** The sentence as said. */
  readonly quote: string;
  readonly utteranceId: string;
  readonly speaker: string;
  readonly atMs: number;
  /** Who should do it: a participant's display name (speaker or responder), a name or body as said ("Tom", "the ICB"), or null. */
  readonly owner: string | null;
  readonly ownerSource: OwnerSource;
  readonly due: DueDate | null;
  readonly rule: SuggestionRule;
  /** Why it was suggested, in words: "Marie was asked: “can you send …?”". */
  readonly reason: string;
}

/** What detection needs besides the captions. */
export interface DetectionOptions {
  readonly meetingStartMs: number;
  readonly parseDue: DueDateParser;
  readonly tagSentence: SentenceTagger;
  /** The next meeting's date when the meeting said it. */
  readonly nextMeetingMs?: number | null;
  /** How a speaker is named in an action's wording ("send me" → "send Asha Mistry"): their person name. */
  readonly personNameOf?: (displayName: string) => string;
  /** The names of the people in the meeting, so a request to "North West Ambulance" is known to be to a body, not a person. */
  readonly peopleNames?: readonly string[];
  /** A speaker's organisation and sector, so a request to "the trust" passes to someone from the trust who answers, and to nobody else. */
  readonly organisationOf?: (displayName: string) => { readonly name: string | null; readonly sector: string } | null;
  /** What sentences were read as before: a live meeting is analysed again every second, and reads each sentence once. */
  readonly readings?: Memo<SentenceReading>;
}

/** One finalised caption utterance. */
export interface DetectionUtterance {
  readonly id: string;
  readonly speaker: string;
  readonly text: string;
  readonly startMs: number;
  readonly isSpeakerUnknown?: boolean;
}

// ---------------------------------------------------------------------------
// Words and names

/** A person's name as said: "Raj", "Dr Patel", "Sarah Jane Okafor". */
const NAME = "(?:(?:Dr|Cllr|Councillor|Prof|Mr|Mrs|Ms|Miss) )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}";
const PEOPLE = `${NAME}(?:(?:, | and | & )${NAME})*`;
/** Words that open a sentence like a name but are not one ("Right, can you …"). */
const NOT_A_NAME =
  /^(?:right|ok|okay|so|thanks|thank you|yes|yeah|no|well|great|sorry|now|also|and|then|please|honestly|actually|just|fine|good|perfect|lovely|sure|agreed|brilliant|chair|members|everyone|folks|colleagues|guys|again|look|listen|anyway|oh|hi|hello|morning|afternoon|sorry|apologies|noted|excellent|super|cheers|ta|fab|wonderful|absolutely|exactly|correct|indeed|alright|all right|mind you|otherwise|finally|first|second|secondly|lastly|meanwhile|overall|personally|realistically|similarly|ideally|likewise|hopefully|obviously|basically|clearly|frankly|today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|happy|content|keen|course|of course|understood|minutes|apologies|welcome|approved|carried|seconded|true|fair|quite|definitely|certainly|item|agenda|paper|section|page|appendix|slide|option|annex)$/i;

/** Someone named by role or team: "the governance lead", "the medicines optimisation team", "all clinical directors". */
const ROLE_OWNER =
  "(?:(?:[Tt]he|[Oo]ur|[Aa]ll|[Ee]ach|[Ee]very|[Yy]our|[Mm]y) )?(?:[A-Za-z][\\w'&-]* ){0,3}(?:team|teams|lead|leads|manager|managers|director|directors|officer|officers|secretariat|secretary|chair|office|colleagues|partners|clinicians|pharmacists|practices|clerk|group|committee|unit|service|hub|network|board|alliance|federation|forum|panel|coordinators|co-ordinators|navigators|nurses|matrons|paramedics|receptionists|administrators|connectors|prescribers|analysts|commissioners)";
const DEPARTMENTS = ['democratic services', 'finance', 'estates', 'comms', 'communications', 'contracting', 'contracts', 'commissioning', 'digital', 'workforce', 'governance', 'quality', 'ops', 'operations', 'business intelligence', 'medicines optimisation', 'public health', 'primary care', 'social care', 'adult social care', 'safeguarding', 'procurement', 'IT', 'BI', 'HR', 'IG'];
const DEPARTMENT = `(?:${DEPARTMENTS.map((d) => `[${d.charAt(0).toUpperCase()}${d.charAt(0).toLowerCase()}]${d.slice(1)}`).join('|')})`;
/** A body named the way people say it: "the ICB", "the trust", "the county council", "Healthwatch", "NHS England", "the LMC". */
const BODY = "(?:[Tt]he )?(?:[A-Z][\\w'&-]*(?: (?:and|of|&) | ))*(?:(?:city|county|borough|district|town|parish|unitary|acute|community|ambulance|hospital|GP) )?(?:ICB|LMC|LPC|LDC|LOC|PCN|CCG|Healthwatch|NHS England|NHSE|[Tt]rust|[Cc]ouncil|[Ff]ederation|[Hh]ospice|[Pp]ractice|[Ss]urgery|[Aa]lliance|BI team|[A-Z]{2,6})";
const OWNER = `(?:${ROLE_OWNER}|${BODY}|${DEPARTMENT}(?: team)?|${PEOPLE})`;

/** People of a role, as an owner: "the district nurses", "our care coordinators". */
const ROLE_PLURAL_OWNER = /\b(?:coordinators|co-ordinators|navigators|nurses|matrons|paramedics|receptionists|administrators|connectors|prescribers|analysts|commissioners)$/i;
/** How work is routinely done, not a task given: "twice a year", "as part of the pathway", "as usual". */
const ROUTINE = /\b(?:twice|once|three times) a (?:day|week|month|year)\b|\b(?:every|each) (?:day|week|month|quarter|year|time)\b|\bas (?:part of|usual|standard|normal)\b|\bunder the (?:new )?(?:model|pathway|service|scheme|contract)\b|\broutinely\b|\bregularly\b/i;

/** Subjects that describe a plan for others rather than give anyone a task. */
const GENERIC_SUBJECT = /^(?:the )?(?:practices|patients?|people|residents|members of the public|services?|things|it|this|that|there|they|GPs?|clinicians|staff|everyone|everybody|nobody|somebody|someone|one|which|who|what|he|she|you|we|I|paper|report)$/i;

/**
 * Verbs that do not name something to deliver: talk in the meeting itself,
 * thinking, being. "I'll be brief", "we'll see", "I'll just say".
 */
const NOT_A_TASK = new Set([
  'be', 'say', 'mention', 'think', 'know', 'hear', 'listen', 'see', 'wait', 'hope', 'wonder', 'feel', 'believe', 'guess', 'suppose',
  'come', 'go', 'move', 'hand', 'pause', 'stop', 'start', 'keep', 'leave', 'join', 'speak', 'talk', 'introduce', 'repeat', 'mute', 'unmute',
  'skip', 'apologise', 'apologize', 'thank', 'welcome', 'note', 'finish', 'wrap', 'try', 'want', 'need', 'like', 'love', 'mean', 'remember',
  'forget', 'agree', 'disagree', 'support', 'accept', 'understand', 'appreciate', 'recognise', 'recognize', 'admit', 'expect', 'assume', 'bear',
  'stay', 'sit', 'stand', 'pop', 'step', 'jump', 'turn', 'look', 'let', 'allow', 'give', 'take', 'put', 'open', 'close', 'pass',
  'suggest', 'propose', 'recommend', 'declare', 'hold', 'break', 'make', 'reckon', 'doubt', 'worry', 'struggle', 'manage', 'cope', 'lose',
  'record', 'minute', 'read', 'chair', 'host', 'attend', 'vote', 'abstain', 'second', 'object', 'argue', 'ask', 'withdraw', 'carry',
]);
/** Verbs from that list that do name a task when their object says what ("take that away", "look into it", "give us the figures"). */
const TASK_WITH_OBJECT: readonly RegExp[] = [
  /^take (?:(?:that|this|it|those)(?: one)? )?(?:away|forward|on|back)\b/i,
  /^take (?:an?|the) action\b/i,
  /^turn (?:\S+ ){1,4}?(?:round|around)\b/i,
  /^take (?:\S+ ){1,4}(?:to (?:the|our|their|next|your)|back to)\b/i,
  /^look (?:into|at (?:(?:the|whether|how|why|what|options|it|that|this)\b))/i,
  /^give (?:us|me|members|the committee|the board|you|them) (?:\S+ ){0,3}?(?:figures|numbers|data|update|breakdown|view|response|answer|list|report|summary|comments|feedback|confirmation|date|dates|analysis|briefing|note|timeline|estimate|assurance|position)\b/i,
  /^put (?:\S+ ){0,4}?(?:together|out|forward|in (?:writing|(?:\S+ ){0,2}?(?:bulletin|newsletter|email|pack|minutes|papers|report|briefing))|on the (?:agenda|website|bulletin|action log|intranet|forward plan))\b/i,
  /^go (?:back to (?:the |them|him|her|practices|NHS|[A-Z])|and (?:ask|check|speak|talk|find))\b/i,
  /^come back (?:to (?:you|the (?:committee|board|group|panel|meeting|forum)|members|us|next)|with)\b/i,
  /^keep (?:\S+ ){0,4}?(?:updated|informed|posted|in the loop)\b/i,
  /^let (?:\S+ ){0,3}know\b/i,
  /^let (?:us|me|members|the committee|the board|the group|everyone) (?:have|see)\b/i,
  /^pop (?:\S+ ){0,5}?(?:into|in|over|round|across|on)\b/i,
  /^talk (?:to|with) (?!you\b|us\b)/i,
  /^speak (?:to|with) (?!you\b|us\b)/i,
  /^open (?:\S+ ){0,3}?(?:conversations?|discussions?|talks)\b/i,
  /^make (?:sure|contact|a (?:referral|booking|note of|plan|list|decision on the)|the (?:changes?|case|arrangements?|booking|referral|introductions?))\b/i,
  /^ask (?!(?:a|the|any|some|that) questions?\b)(?:\S+ ){1,5}?(?:to|for|about|whether|if)\b/i,
  /^(?:answer|respond to|reply to) (?:\S+ ){0,4}?(?:questions?|letter|email|query|queries|complaint|points?)\b/i,
  /^record (?:\S+ ){1,4}?(?:on the (?:system|register|log)|in the (?:register|log|risk register))\b/i,
  /^make (?:\S+ ){0,2}?(?:available|clear to)\b/i,
  /^make (?:\S+ ){0,2}?(?:amendments?|changes?|edits?|corrections?|revisions?|tweaks?)\b/i,
  // "finish the board report", not "finish the meeting".
  /^finish (?:off )?(?:the |that |this |your |my |our )?(?:\S+ ){0,3}?(?:report|paper|draft|audit|review|plan|spec|specification|case|bid|return|analysis|template|submission|slides|document|letter|form|survey|briefing|summary|list|rota|costings?|model)\b/i,
  /^close (?:\S+ ){0,3}?(?:off|down)\b/i,
  // "carry out the audit", not "Funmi, carry on".
  /^carry (?:out|forward|over)\b/i,
];

/** "Please keep us informed": a courtesy with nothing to deliver, unless it says what about. */
const COURTESY = /\bkeep (?:us|me|everyone|everybody|members|colleagues|the (?:committee|board|group|meeting|forum)) (?:informed|posted|updated|in the loop|sighted|abreast)\b(?!\s+(?:on|about|of|with|as|when|if)\b)|\b(?:I'll|I will|we'll|we will) let (?:you|them|him|her) go\b/i;

/** Things done in the meeting itself, now: "share my screen", "go back a slide". */
const IN_MEETING =
  /\b(?:chip in\b|get (?:my|the) papers? up|(?:bring|raise) (?:it|that|this) (?:up )?(?:properly |again )?(?:under|when we (?:get|come) to)\b|(?:let me|I'll|I will|I'm going to|I'm just going to) (?:just )?(?:find|pull up|bring up|get up) (?:the |my )?(?:right )?(?:slide|tab|page|document|link|spreadsheet|chart|graph|one)\b|\bon screen\b|take (?:that|this|it|those|your points?|the points?)(?: all)? on board|(?:I'll|I will|let me) (?:just )?(?:flag|mention|say|point out) (?:that )?(?:it's|it is|there's|there is|we're|we are|this is|that's)\b|(?:ask|invite) (?:[A-Z][\w'-]+ ){1,2}to (?:start|begin|kick (?:us |things )?off|go first|open|introduce|present|take us through|talk us through|say a few words|update us)\b(?![^.]*\b(?:next|future) (?:meeting|board|committee|time|month)\b)|set the scene|(?:bring|give) (?:(?:us|me|members|the (?:committee|board|meeting)) )?(?:the|a|an|your) (?:wider |broader |quick |brief )?(?:[\w-]+ )?(?:view|perspective|take)\b(?! (?:in writing|by|before|at the next|next time|to the next))|\bcount (?:the |those |these )?(?:votes?|hands|online ones|ones online|ones in the room|(?:online|room) votes)\b|\bcount for me\b|\bcall (?:it|the vote)\b(?! (?:off|in|back))|not (?:be )?part of the decision|(?:my|your|the) screen|(?:next|previous|last|that|this|a) slide\b|slide (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|(?:in|into|on) the chat\b|(?:your|my) (?:hand|camera|mic|microphone|video)|on mute|the recording|take (?:it|that|the (?:paper|report|minutes|item)) as read|(?:bring|hand|pass) (?:in|over)\b|(?:hand|pass) (?:it |you )?(?:over|back)\b|take (?:questions|comments)|(?:take|walk|talk) (?:us|you|members|the committee|the board|everyone) through|come in (?:on|here|now)|bring (?:in|you in|(?:others|other people|people|colleagues|members|everyone|you all) in)\b|go round the (?:room|table)|introduce (?:myself|yourself|themselves)|be (?:brief|quick)|keep (?:it|this) (?:brief|short)|(?:get|have) a (?:quick )?(?:drink|coffee|break)|take a (?:break|minute|moment)|dial (?:in|back)|(?:log|sign) (?:off|out|in)|(?:come|be) back (?:at|in) (?:\w+ )?(?:past|to|minutes|o'clock)|(?:at|by) (?:ten|five|twenty|quarter|half) (?:past|to)\b|(?:record|minute|note) (?:it|that|this) (?:that way|as (?:a|an|the)|in the minutes|for the minutes)|(?:bring|take|move|put) (?:item|agenda item|items) \w+|item \w+ (?:forward|first|next|now)|(?:declare|declaring) (?:an )?interest|(?:you're|you are) breaking up|(?:make|take) a (?:chair's )?decision|drop (?:off|out)\b|have to (?:leave|go|dash|run|drop)|bear with me|(?:answer|speak|respond) (?:for|on behalf of) (?:the|my|our)\b|(?:pull|bring|put) up (?:the|my|a|that) |in a (?:second|minute|moment|bit|sec)\b|later (?:in the meeting|on in the (?:meeting|agenda))|(?:change|amend|reword) (?:it|that|the wording|this) to\b|(?:share|show|put up|present) (?:the |my |a |our )?(?:\w+ )?slides?\b|(?:we're|we are|is the meeting|we remain) quorate|speak to (?:the|that|this) (?:\w+ )?(?:side|point|issue|item|question|paper|aspect|part)\b|speak to (?:agenda )?item \w+|(?:a |quick )?round of (?:names|introductions)|invite (?:\w+ ){1,3}to (?:introduce (?:herself|himself|themselves|yourself|yourselves)|say a few words)|now invite\b|(?:run|go|whizz|skip) through (?:the|my|our|these|those|this|it)\b(?!.*\b(?:with|by|before|for (?:the|next))\b)|when we (?:get|come) to (?:it|that|them|the item|that item)\b|(?:do|have) a (?:really |very )?(?:quick )?round\b|\bask (?:the new (?:folk|people|members|faces)|everyone|people|you) to (?:say hello|introduce)|\b(?:just )?(?:do|give you|take you through) the (?:headlines|highlights|key points)\b|\bget (?:that|it|this) (?:changed|corrected|amended|fixed)\b|kick (?:off|us off)(?=\s+(?:and|then|with)\b|[,.]|$)|fill in (?:the )?(?:\w+ )?bits\b|(?:get|take|took|have) your item\b|your item (?:first|next|before)\b|which (?:organisation|practice|trust|team|PCN) you(?:'re| are) (?:from|with))/i;

/**
 * Running the meeting, or an offer to nobody in particular: "we'll have Joanne joining us later", "I'll ask you
 * both to stay silent on this one", "I'll talk through the survey results", "I'll keep an eye on the clock",
 * "I'll pick that up, it's in the slides", "happy to share it with anyone who wants it", "check your junk folder",
 * "I'll ask East Lancs to go first", "let's do the round", "I'll try and answer the ED questions first", "we'll sort it out offline".
 */
const RUNNING_THE_MEETING = new RegExp(
  [
    // "Mark, I can't hear you. We'll come back to you.": later in the meeting, not a task
    /\b(?:we'll|I'll|we will|I will|let's|let me) come back to you(?:,? (?:in a (?:minute|moment|bit|sec|second)|later|shortly|afterwards|after (?:that|this|the \w+)|once (?:you|we) \S+.*|when (?:you|we) \S+.*))?\s*[.!]?$/,
    // "we'll have Joanne joining us later"
    /\b(?:we'll|we will) have [A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?:joining|with) us\b/,
    // "I'll ask you both to stay silent on this one"
    /\bask (?:you|you both|you all|both of you|them|members) (?:not to (?:contribute|speak|vote|take part)|to (?:stay silent|step out|sit out|leave the (?:room|meeting|call)|not (?:contribute|vote)))\b/,
    // "I'll talk through the survey results"
    /\b(?:talk|take) (?:you |us |everyone )?through (?:the |my |our |these |those )?(?:survey |results|slides|figures|paper|report|presentation|data|numbers)/,
    // "I'll keep an eye on the clock"
    /\bkeep an eye on the (?:clock|time)\b/,
    // "We'll send Councillor Boase our best wishes": a kindness, not a task
    /\bsend (?:[\w'-]+ ){0,3}(?:our|my|the committee's|the board's) (?:very )?(?:best wishes|regards|thanks|condolences|congratulations|love)\b/,
    // "I'm going to use my casting vote", "I'll flag you to the chair", "Gemma, can you capture that?"
    /\b(?:use|using) my casting vote\b|\bflag you to the chair\b|\b(?:capture|minute) (?:that|this|it)\s*\??\s*$/,
    // "I'll do the roll call", "I'll do the apologies: …", "so I'll send my apologies", "I'll catch up with the minutes"
    /\b(?:do|take) the (?:roll ?call|apologies|register|introductions)\b|\b(?:send|give|offer) (?:my|our|his|her|their) apologies\b|\bcatch up (?:with|on) the (?:minutes|papers|recording|notes|pack)\b/,
    // "we'll pick him up when he arrives": someone joining late
    /\bpick (?:him|her|them) up when (?:he|she|they)(?:'s|'re| is| are)? ?(?:arrives?|joins?|gets? (?:here|in|on)|here)\b/,
    // "I'll do the update on the sign-up, I've got the list": an update given now, not one to bring
    /\b(?:I'll|I will) (?:just )?do the update\b(?![^.]*\b(?:next|future) (?:meeting|board|committee|time|month)\b)/,
    // "We'll find out in August, apparently": news that will come, not a task
    /\b(?:we'll|we will) (?:find out|hear|know)(?: more)? (?:in|when|after)\b/,
    // "I'll pick that up, it's in the slides"
    /\bit's (?:all )?in (?:the|my) slides\b/,
    // "happy to share it with anyone who wants it"
    /\bwith anyone who (?:wants|would like|needs) (?:it|one|a copy)\b/,
    // "check your junk folder"
    /\bcheck (?:your|the) (?:junk|spam|inbox|emails?)\b/,
    // "I'll just pick out the headlines"
    /\bpick out (?:the |a few |some |three |two )?(?:headlines|highlights|key points|main points|things)\b/,
    // "we'll juggle things around"
    /\b(?:shuffle|move|juggle) (?:things|the agenda|items) (?:about|around|round)\b/,
    // "I'll ask East Lancs to go first"
    /\bask (?:[\w' -]{1,40}?) to (?:go first|say hello|introduce (?:themselves|yourselves|herself|himself)|kick (?:us |things )?off|start us off|speak first)\b/,
    // "let's do the round", "let's do a super quick round, just names"
    /\b(?:let's|let us) do (?:the|a) (?:[\w-]+ ){0,2}round\b/,
    // "I'll come on to the workforce numbers in a minute", "I'll just recap where we got to in December"
    /\b(?:come on to|come to|get to|turn to) (?:[\w'-]+ ){1,4}(?:in a (?:minute|moment|bit|sec(?:ond)?)|shortly|later on|after(?:wards)?)\b|\brecap (?:where|what)\b/,
    // "I'll just share this quickly..."
    // (Not "I'll share it.", taking on a request to share something.)
    /\b(?:I'm going to|I'll|let me) (?:just )?share (?:this|that|it)(?: (?:quickly|now|briefly|up)\b|\s*(?:\.{3}|…))/,
    // "…, and then I'll ask Tom for the LMC's view": who speaks next, in the meeting.
    /\bask (?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms) )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? for (?:the |their |his |her |your |a )?(?:[\w'’-]+ ){0,2}(?:view|views|thoughts|perspective|comments)\b(?! (?:in writing|by|before))/,
    // "I'll invite Healthwatch to comment before the trust responds", "I'll ask Carmel to take that one": the floor handed on
    /\b(?:invite|ask) (?:[\w' -]{1,40}?) to (?:comment|respond|come in|speak|answer|take (?:that|this) (?:one|question))\b(?![^.]*\b(?:in writing|by|next (?:meeting|time|month))\b)/,
    // "so we'll do the pharmacy item first and come back to GP access": the running order
    /\b(?:do|take|have|hear) the [\w' -]{2,40}? (?:item|paper|report|update) (?:first|next|now|before|after)\b/,
    // "I'll take questions on the estates paper first", "I'll just add at the end, chair"
    /\b(?:I'll|I will) (?:just )?(?:take questions\b|add (?:something |one thing |a point )?at the end\b)/,
    // "we'll crack on"
    /\bcrack on\b/,
    // "I'll take that on the chin", "I'll take that as agreed": taking something said, not a task
    /\btake (?:that|it|this) (?:on the chin|as (?:agreed|approved|read|noted|a yes|a no|consent|given))\b/,
    // "I'll pick that up under access", "we'll pick up the task and finish group under the work programme": a later item
    /\bpick (?:it|that|this|them|(?:the|a|an) [\w' -]{2,40}?) up under\b|\bpick up (?:the |a |an )?[\w' -]{2,40}? under (?:the |item |any other business\b)/,
    // "we'll make sure you get the dental item before you go": the running order
    /\b(?:get|have|take) (?:the|your) [\w' -]{2,30}? item (?:before|after|first|next|early|earlier|now)\b/,
    // "…that's rolled into the workload item, so we'll pick it up there": later in the meeting
    /\bpick (?:it|that|this|them) up (?:there|then|later on|in (?:that|the) item)\s*[.!]?$/,
    // "I'll run through what we've got"
    /\brun through what we've got\b/,
    // "I'll share the risk log"
    /\bshare the (?:risk log|slides?|screen|deck)\b/,
    // "I'll try and answer the ED questions first"
    /\banswer the (?:[\w-]+ ){0,3}questions?\b/,
    // "I'll pick up the finance question after"
    /\bpick up the (?:[\w-]+ ){0,3}question (?:after|later|next|in a minute|at the end)\b/,
    // "…and then I'll pick up the estates question": answered in the meeting (not "the question of X with the ICB")
    /\b(?:I'll|I will) pick up the (?:[\w-]+ ){0,3}questions?\b(?!,? (?:of|about|with|on)\b)/,
    // "let me check what the deadline is"
    /^(?:(?:ok|okay|right|so),? )?let me (?:just )?check (?:what|when|whether|if|who)\b/,
    // "we'll sort out who offline"
    /\b(?:sort|work) (?:it |that |this |out )?(?:out )?(?:who |it )?offline\b/,
    // "can you tell us roughly how many …"
    /\b(?:tell|remind) (?:us|me|people|members|everyone|the (?:committee|board|meeting))\b(?! (?:by|before|in writing|after|next|when))/,
    // "can we have the trust's view on …"
    /\b(?:have|hear|get) (?:the |your )?(?:[\w'’]+ )?(?:view|views|thoughts|take|perspective|position) (?:on|about)\b/,
    // "can we have the numbers minuted?"
    /\bminuted\?/,
    // "can somebody explain that?"
    /\bexplain (?:that|this|it|why|how|what)\b/,
    // "anything anyone wants to raise?"
    /\bwants? to raise\b/,
    // "can you live with option two?"
    /\blive with\b/,
    // "would the council consider …"
    /\bwould (?:[\w'’]+ ){0,3}consider\b/,
    // "I'll tell you, …"
    /\bI'll tell you(?: what)?\s*[,.—–-]/,
    // "I'll sign them at the end"
    /\bsign (?:them|the minutes|it) (?:at the end|after the meeting)\b/,
    // "I'm going to talk to the paper"
    /\btalk to the (?:paper|report|slides)\b/,
    // "we'll have something like three hundred calls"
    /\bwe(?:'ll| will) have (?:something like|about|around|over|up to|nearly|roughly|\d)/,
    // "we'll find out soon enough"
    /\bwe(?:'ll| will) (?:find out|see) (?:soon enough|then|how it goes)\b/,
    // "we'll bring it back in January, we'll sort it properly at the away day"
    /\bwe(?:'ll| will) (?:bring (?:it|this|that) back(?! to )|sort (?:it|this|that) (?:out )?properly)\b/,
    // "I'm going to share…" (the screen, trailing off)
    /\b(?:I'm going to|I'll|let me) (?:just )?share\s*(?:\.{3}|…|$)/,
    // "we'll pick up with the pharmacy item when we come back"
    /\bpick (?:up|it up|things up) (?:again )?(?:with|at|from) the (?:[\w-]+ ){0,3}(?:item|paper|slide|bit|point|agenda)\b/,
    // "I'll bring Tom in too", "I'm going to bring Sam in now": asking someone to speak
    /\bbring (?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Professor) )?(?!(?:it|this|that|them|those|these|the|a|an|in|things|costs|spend|money)\b)[\w'-]+(?: [A-Z][\w'-]+)? in\b(?! (?:line|house|budget|time|scope|from|for)\b)/,
    // "I'll cover the hub side under item five", "I'll just do the headlines"
    /\b(?:cover|come on to|come to|deal with|talk about|pick up) (?:[\w'-]+ ){0,4}(?:under|in) (?:agenda )?(?:item \w+|the (?:[\w-]+ ){1,3}item\b(?! (?:next|later))|my (?:report|update|slides?|paper)|the (?:[\w-]+ )?(?:item|paper|report|slides?) (?:later|after|next))\b/,
    /\bdo the headlines\b/,
    // "I'll save my pharmacy points for item five"
    /\bsave (?:my|our|the|those|these) (?:[\w-]+ ){0,2}(?:points?|questions?|comments?) (?:for|until|till)\b/,
    // "shall I carry on from the bit about …"
    /\b(?:shall|should|can) I (?:just )?(?:carry on|keep going|go on|continue|pick up)\b(?! (?:with|doing) (?:the|that|this) (?:work|audit|review))/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
  'i',
);

/** Refreshments are hospitality, not a task: "I'll bring mince pies", "chair to bring biscuits". */
const REFRESHMENTS = /\b(?:biscuits|cakes?|mince pies|chocolates?|chocolate eggs|doughnuts|donuts|sweets|quality streets|celebrations|cookies|croissants|bacon (?:butties|sandwiches|rolls)|the teas?|the coffees?|brews?)\b/i;

/** Putting something off is not an action: "we'll come back to that in January", "let's park it". */
const DEFERRAL =
  /\b(?:(?:push|move|put) (?:it|that|this)(?: one)? (?:back )?to (?:January|February|March|April|May|June|July|August|September|October|November|December|next (?:month|time|meeting)|the next meeting)\b|come back to (?:(?:that|this|it|those|these)(?!\s+(?:committee|board|group|meeting|panel|forum|partnership|with))|item \w+|the \w+ (?:point|question|issue))(?! with)|return to (?:that|this|it)|revisit (?:that|this|it)|revisit (?:it |that |this )?(?:in|after|at|next) (?:the )?(?:spring|summer|autumn|winter|new year|January|February|March|April|May|June|July|August|September|October|November|December|next|a (?:few|couple)|six months|three months)|park (?:that|this|it)|defer (?:that|this|it|the)|pick (?:that|this|it) up (?:under|in|at|with) (?:agenda )?item\b|(?:cover|take|discuss|deal with) (?:that|this|it) (?:under|in|at) (?:agenda )?item\b|pick (?:that|this|it) up (?:later|next time|another time|after (?:Christmas|Easter|the (?:break|holidays|new year|summer|election|recess)|(?:the )?New Year|January|February|March|April|May|June|July|August|September|October|November|December)|in (?:January|February|March|April|May|June|July|August|September|October|November|December|the new year|the spring|the summer|the autumn)|at the next)|leave (?:that|it|this) (?:there|for now|for today|until)|let's leave (?:that|it|this)(?! with)|deal with (?:that|it|this) (?:when|later|then|if)|when we get there|hold (?:that|this|it|fire) (?:for now|until|over)|not (?:today|for today)|look at (?:(?:the|that|this|it|those|these)\b(?:\s[\w'-]+){0,3}?) again\b|pick (?:it|that|this) (?:back )?up again\b|cross that bridge)\b/i;

/** "We'll pick estates up properly in February": the subject taken up again later, not a task now. */
const TAKEN_UP_LATER = /\bpick (?:[\w'-]+ ){1,3}up (?:properly |again |in full |in more detail )?(?:in|at|after|next|from) (?:the )?(?:spring|summer|autumn|winter|new year|January|February|March|April|May|June|July|August|September|October|November|December|next (?:meeting|month|time)|away day|development session)\b/i;

/** "…we're going to defer to January", "deferred until the new year". */
const DEFERRED_TO = /\bdefer(?:ring|red)? (?:it |that |this |them |the item )?(?:to|until|till) (?:the )?(?:next|January|February|March|April|May|June|July|August|September|October|November|December|new year|spring|summer|autumn)\b/i;

/** Words that make what follows a forecast: "I'm sure we'll…", "no doubt we'll…", "I expect we'll…". */
const FORECAST = /\b(?:I'm sure|I am sure|no doubt|I expect|I imagine|I suspect|I bet|I'd imagine|I would imagine|chances are|presumably|I dare say)\s*,?\s*(?:that\s+)?$/i;

/** "Sarah, sorry, Sanjay, could you…": the name put right is the one meant. */
const MISNAMED = /^((?:(?:[Ss]o|[Aa]nd|[Rr]ight|[Oo]kay|[Oo]k),?\s+)?)[A-Z][a-z'-]+,\s*sorry,?\s*(?:I mean\s+)?([A-Z][a-z'-]+),/;

/** A clause that sets a condition or a hypothesis: "if the board agreed to fund it". */
const CONDITIONAL = /(?:^|[,;]\s*|\b(?:but|and|so|is|was)\s+)(?:if|unless|assuming|supposing|provided|in case|should the|were the|were we|even if|whether)\b/i;

/** Someone else's words or the past: not a new action. */
const REPORTED = /\b(?:said|says|saying|told|tells|promised|thought|mentioned|was going to|were going to|had agreed|had asked|last (?:time|week|month|meeting|year|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)|previously|already|the other day|way back|earlier this (?:year|month))\b/i;

/** "So just to confirm what we've said: …": a recap of this meeting, not a report of another. */
const RECAP_LEAD = /^.{0,40}?\bwhat (?:we've|we have|we|I've|I have|I) (?:just )?(?:said|agreed|discussed)\s*[:–—]\s*|^.{0,20}?\bwhat I was (?:going to|gonna) say (?:is|was),?\s*/i;

/** Going through the action log: "Action fourteen, the estates review, is still amber." */
const LOG_REVIEW = /^(?:(?:and|so|then|next|ok|okay|right),? )*(?:action|item on the action log|actions?) (?:number )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty[\w-]*)\b/i;

/** A task that is the meeting deciding: "ratify", "approve the award of the contract". */
const TAKING_A_DECISION = /^(?:approve|ratify|endorse|vote (?:on|for|against))\b/i;
/** The action log kept up to date: "we'll mark that complete", "I'll close that one". */
const MARKED_DONE = /\b(?:mark|marking|close|closing) (?:that|this|it|them|those)(?: one| off)? (?:as )?(?:complete|completed|closed|done|green|off)\b|\b(?:close|closing) (?:that|this|it)(?: one)?(?: off)?\s*[.!]?$/i;

/** "no action needed", "no actions from this item". */
const NO_ACTION = /\bno (?:further )?actions?\b|\bnothing (?:for|to) (?:action|do)\b|\bmake sure (?:it|that|this) (?:gets|goes) to the right (?:people|person|team|place)\b/i;

/** Requests that are not actions: checking the line, disbelief, asking for a repeat. */
const NOT_A_REQUEST =
  /\b(?:(?:can|could|would|will) (?:you|we|everyone|anyone)|if you could) (?:all )?(?:(?:just )?(?:live with (?:that|it|this)|believe|imagine|hear|see|repeat|say that|mute|unmute|speak up|go back|give me a second|bear with|remind (?:me|us) (?:what|who|which|when|where|how)|introduce|explain|clarify (?:what|who|which)|tell (?:us|me) (?:what|who|which|how|why|a bit|more)|say (?:a few words|a bit|who)|confirm (?:you|that you)'?r?e? ?(?:can|there|here)|turn (?:your|the|off|on)|stop sharing|share (?:your|the) screen|see (?:my|the) screen|take (?:us|me) through|talk (?:us|me) through|walk (?:us|me) through|come in|go ahead|start|kick off|lead us|say hello|keep it brief|wrap up))\b/i;

/** A question that is not a request: "Can you see my screen?", "Will you be at the forum?". */
function isPlainQuestion(sentence: string): boolean {
  return /\?\s*$/.test(sentence);
}

/**
 * Every match of a global pattern, as `matchAll` gives them, without the copy
 * of the pattern `matchAll` makes (and compiles) on each call.
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The body of an action, tidied for the log: no leading "and", no tag question, no trailing "please". */
function tidy(body: string): string {
  const clean = body
    .replace(/^\s*(?:and|then|also|please|just|so)\s+/i, '')
    .replace(/(?:,\s*|\s+)\b(?:would you|could you|can you|will you|won't you|yeah|yes|right|okay|ok|please|if that's (?:ok|okay|alright|all right|possible)|if (?:you|we) can|if possible|thanks?(?: you)?|cheers|ta)\b(?:,?\s*[A-Z][a-z'-]+)?\s*[?.!]*\s*$/i, '')
    .replace(/,?\s*(?:please|thanks?(?: you)?)\s*[?.!]*\s*$/i, '')
    // "…, that's the commitment": said about the task, not part of it.
    .replace(/,\s*(?:that's|that is) (?:my|the|our) commitment\b.*$/i, '')
    .replace(/\s*[?.!,;:]+\s*$/, '')
    .trim();
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

// ---------------------------------------------------------------------------
// Verbs

/** A sentence's tagged words, read only when a rule first needs them: most sentences match no rule and are never tagged. */
interface Checked {
  readonly words: readonly PlacedWord[];
}

function lazyWords(sentence: string, tag: SentenceTagger): Checked {
  let words: readonly PlacedWord[] | null = null;
  return {
    get words() {
      words ??= placeWords(sentence, tag);
      return words;
    },
  };
}

/** Whether the words from `offset` start with a verb that names a task ("send", "pick up", "look into it"). */
function startsWithTask(checked: Checked, sentence: string, offset: number): boolean {
  const first = wordAt(checked.words, offset);
  if (!first) return false;
  const rest = sentence.slice(first.start);
  if (first.pos !== 'VERB' && !(first.pos === 'AUX' && /^(?:do|have|get)$/i.test(first.lemma))) {
    // Taggers read an imperative at the start of a clause as a noun now and then ("Chase the trust").
    if (!(first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'ADJ') || !COMMON_TASK_VERB.test(rest)) return false;
  }
  if (first.isNegated) return false;
  // "Bethan, can you confirm?": a fact asked for now, with nothing to deliver.
  if (/^(?:confirm|check|clarify|explain)\s*(?:that|this|it)?\s*[?.!]?$/i.test(rest)) return false;
  if (NOT_A_TASK.has(first.lemma)) return TASK_WITH_OBJECT.some((p) => p.test(rest));
  // "I'll have a word with the practice managers and get back to you by close of play": with a time, a task.
  if (first.lemma === 'have' && /^have a (?:word|chat) with\b/i.test(rest) && hasDeadline(sentence)) return true;
  if (first.lemma === 'have') return /^have (?:a look|(?:\S+ ){1,6}?(?:to (?:you|members|the|him|her|them|[A-Z])|with (?:you|members|the|[A-Z])|for (?:the|next|you|members)|ready|done|finished|sorted|over|across|back|round|out|final|in place|(?:set|put|drawn|written|made|run|sent) (?:up|together|out|in|off|over|round)|\w+ed(?: up| out| off)?) ?)/i.test(rest) && !/^have (?:a (?:think|chat|word|picture|sense|feeling|go|conversation)|to|had|been)\b/i.test(rest);
  // "get draft subcontracts to the practices": something taken somewhere.
  if (first.lemma === 'get' && /^get (?:[a-z-]+ ){2,3}?(?:to|over|round|across) (?:the|all|every|each|you|us|members|practices|[A-Z])/.test(rest)) return true;
  if (first.lemma === 'do' || first.lemma === 'get') return /^(?:do|get)\s+(?:(?:me|us|you|him|her|them|members|everyone|the committee|the board)\s+)?(?:(?:a|the|an|that|this|it|them|those|some|your|our|my|their|his|her|any|all)\b|\S+ (?:done|sorted|sent|to|over|round|back|out|finished|ready|across)|(?:[\w-]+ ){0,2}(?:reviews?|audits?|checks?|visits?|assessments?|searches|training|sessions?|calls)\b)/i.test(rest) && !/^do (?:a bit|my best|what (?:I|we) can)\b/i.test(rest);
  return true;
}

/**
 * What someone else is said to be going to do that counts as a task given in
 * the meeting: writing, sending, confirming, bringing back, finding out.
 * Running a service or holding clinics describes a plan.
 */
const DELIVERABLE =
  /^(?:[a-z]+ly )?(?:do (?:[\w-]+ ){0,2}(?:reviews?|audits?|checks?|visits?|assessments?|searches)\b|send|sending|circulate|circulating|share|sharing|write|writing|draft|drafting|confirm|confirming|bring|bringing|provide|providing|publish|publishing|update|updating|review|reviewing|check|checking|chase|chasing|email|emailing|contact|contacting|look (?:into|at)|looking (?:into|at)|find out|finding out|report|reporting|feed back|come back|coming back|get back|getting back|respond|responding|reply|replying|set up|setting up|arrange|arranging|organise|organising|book|booking|prepare|preparing|produce|producing|pull|pulling|put together|putting together|design|designing|compile|compiling|collate|collating|speak to|speaking to|talk to|talking to|meet|meeting|liaise|liaising|escalate|escalating|raise|raising|submit|submitting|forward|forwarding|invite|inviting|schedule|scheduling|issue|issuing|notify|notifying|let (?:\S+ ){0,3}know|lead on|take (?:\S+ ){0,4}?(?:back|to|forward)|follow up|following up|pick (?:\S+ ){0,3}?up|picking (?:\S+ ){0,3}?up|work up|model|map|audit|investigate|clarify|agree|amend|finalise|complete|return|distribute|present|give|refresh|refreshing|add|adding|survey|surveying|re-?run|re-?audit|re-?(?:draft|write|issue|send|circulate|submit|work|calculate|model|price|cost)|analyse|analysing|evaluate|evaluating|visit|visiting|reconcile|reconciling|get (?:\S+ ){1,6}?(?:out|over|across|round|back|in|up (?:on|in)|sent|done|signed off|finished|loaded|reconciled|to (?:the|all|every|each|you|us|members|practices|[A-Z]))|phone|phoning|ring round|ringing round|launch|launching|have (?:\S+ ){1,6}?(?:loaded|uploaded|reconciled|analysed|done|finished|ready|signed off|sent out|out|in place|agreed)|go through|write up|roll out|train|do (?:the|a|an|our|their|his|her) [a-z]+)\b/i;

/** Besides {@link DELIVERABLE}, what a speaker promises to do for the meeting: "I'll ask Democratic Services to…", "I'll get you the rota", "I'll drop them a line". */
const PROMISED_TASK = /^(?:[a-z]+ly )?(?:re-?(?:do|vise|write|run|work|fresh|issue|send|draft|circulate|check|calculate|visit)|tidy|finish|change|correct|create|build|develop|start|ask|get|find|remind|drop|make sure|ensure|write|sort|fix|run|re-?run|put|pass|feed|link up|contact|ring|phone|call|nudge|text|message|chat|catch up|pop|flag|copy|include|cover|do (?:it|that|this) (?:myself|then)|do (?:the|a|an|some)\b)/i;

/** Verbs common in actions that a tagger may misread at the start of a clause. */
const COMMON_TASK_VERB = /^(?:brief|re-?circulate|re-?send|re-?issue|re-?share|re-?draft|re-?write|re-?run|re-?do|re-?check|re-?submit|re-?calculate|send|circulate|share|chase|email|check|confirm|draft|write|update|book|ring|call|forward|contact|schedule|arrange|review|escalate|publish|submit|prepare|produce|provide|bring|return|pull|compile|collate|amend|flag|invite|notify|complete|finalise|visit|reconcile)\b/i;

/** The gerund or -ing form at the start of a body as its base verb ("drafting a note" → "draft a note"). */
function baseForm(body: string, words: readonly PlacedWord[], offset: number): string {
  const first = wordAt(words, offset);
  if (!first || !/ing$/i.test(first.text) || first.lemma === first.text.toLowerCase()) return body;
  return body.replace(new RegExp(`^${escapeRegExp(first.text)}`, 'i'), first.lemma);
}

// ---------------------------------------------------------------------------
// Actions

interface Hit {
  readonly kind: ActionKind;
  /** A decision said as its outcome only ("That's carried", "I'll take that as agreed"): its wording is the proposal before it. */
  readonly isBareOutcome?: boolean;
  readonly text: string;
  readonly owner: string | null;
  readonly ownerSource: OwnerSource;
  readonly rule: SuggestionRule;
  readonly reason: string;
  /** The request is put to the room or to someone unnamed: the person who answers owns it. */
  readonly awaitsResponder?: boolean;
  /** "Who can pick this up?": only an action if somebody does. */
  readonly needsVolunteer?: boolean;
  /** "Leave that with me": the offer points back at what was just said. */
  readonly pointsBack?: boolean;
  /** "I'd like the comms team to …": given to a team by name, so whoever speaks next does not take it over. */
  readonly keepsOwner?: boolean;
  /** "Can I leave that with you, Claire?": the task is what the speaker said just before. */
  readonly takesPrevious?: boolean;
  /** The clause the action was found in, when the sentence has several: its date, if it says one, is the action's. */
  readonly dueFrom?: string;
  /** Only `dueFrom` may give the date: the sentence's other clauses hold tasks of their own, with their own dates. */
  readonly isDueOnlyFrom?: boolean;
}

const EXPLICIT = /\bACTION(?:\s+point)?\s*[:–—-]\s*(?<body>.+)$/i;
const ACTION_ON = new RegExp(`\\b(?:[Aa]ction|ACTION)(?: is| will be|'s)? (?:on|for|to) (?<owner>me|us|${OWNER})(?:\\b[^:]*:\\s*|,?\\s*(?:please,?\\s*)?to )(?<body>.+)$`);
const LOG_MARKER = /\b(?:for the (?:action log|actions?)|as an action)\s*[:,]\s*(?<body>.+)$/i;
const ASSIGNED_BODY = new RegExp(`^(?<owner>${OWNER}) (?:to|will|are to|is to|should) (?<body>[a-z][\\w'-]*\\b.*)$`);

const REQUEST_YOU = /\b(?:can|could|would|will) you(?: (?:all|both|two|guys|lot)| and (?:[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)??|the [a-z]+(?: [a-z]+)??|your (?:team|colleagues)))?(?: (?:please|also|just|perhaps|possibly|kindly|maybe|then))*(?: be able to)? (?<body>[a-z][\w'-]*\b.*)$/i;
const REQUEST_MIND = /\b(?:would|do) you mind (?<body>[a-z]+ing\b.*)$/i;
/** "Tom, I'm going to give you the job of writing up the options": a task given to the listener. */
const GIVE_YOU_THE_JOB = /\b(?:I'm going to|I am going to|I'll|I will|can I|could I|I'd like to|let me) (?:give|hand) you the (?:job|action|task) of (?<body>[a-z]+ing\b.*)$/i;
/** "Could I ask you to share the handover data?": asking the listener, in other words. */
const REQUEST_ASK_YOU = /\b(?:(?:can|could|may|might) I (?:just )?ask you|I'd like to ask you|I want to ask you|I'm going to ask you)(?: all| both)? (?:please )?to (?<body>[a-z][\w'-]*\b.*)$/i;
const REQUEST_IF = /\bif you (?:could|can|would|wouldn't mind|don't mind)(?: (?:please|also|just|possibly))? (?<body>[a-z][\w'-]*\b.*?)(?:,? (?:that would|that'd|it would|it'd|that will|that'll) be (?:great|brilliant|helpful|good|lovely|really helpful|much appreciated|appreciated|fab|fantastic|super|ideal|perfect|amazing|wonderful)\b.*)?$/i;
const REQUEST_ABLE = /\b(?:are|would) you (?:be )?(?:okay|ok|happy|able|willing|alright|all right|free) to(?: please)? (?<body>[a-z][\w'-]*\b.*)$/i;
const REQUEST_WONDER = /\b(?:I wonder|I was wondering|is there any chance|any chance)(?: if| whether)? you (?:could|can|might|would) (?<body>[a-z][\w'-]*\b.*)$/i;
const REQUEST_YOU_WILL = /\byou(?:'ll| will|'re going to| are going to| can) (?<body>[a-z][\w'-]*\b.*?),?\s*(?:yeah|yes|right|ok|okay|won't you|will you|can't you|isn't it|is that (?:ok|okay|alright|right))?\s*\?\s*$/i;
const REQUEST_HAVE_THAT = /\b(?:can|could|may) (?:we|I) (?:please )?(?:have|get|see) (?:that|those|it|them|this)(?: (?:back|over|through|sent round|circulated|done))? (?=(?:by|before|within|no later than|ahead of|in time for) )/i;
const REQUEST_HAVE = /\b(?:can|could|may) (?:we|I) (?:please )?(?:have|get|see|receive|ask for) (?<thing>(?:\S+ ){0,8}?(?:figures|numbers|data|update|breakdown|view|response|answer|list|report|summary|comments|feedback|confirmation|dates?|analysis|briefing|note|timeline|estimate|assurance|position|return|template|names|details|plan|paper|proposal|draft|version|copy|slides|spreadsheet|trajectory|bid|submission|costs?|prices|split|results|minutes)\b.*)$/i;
/**
 * The ways a task's doer is named, tried one at a time from the most
 * particular, so "could the ICB provide the committee with …" reads the ICB
 * as the doer, not "the ICB provide the committee".
 */
const OWNER_FORMS = [BODY, `${DEPARTMENT}(?: team)?`, PEOPLE, ROLE_OWNER, 'someone(?: from [\\w ]+?)?|somebody(?: from [\\w ]+?)?|anyone(?: from [\\w ]+?)?'];
/** One request form with each way of naming its doer; `lead` is the words before the doer, which every form needs. */
interface OwnerForms {
  readonly lead: RegExp;
  readonly forms: readonly RegExp[];
}
const byOwnerForm = (before: string, after: string): OwnerForms => ({ lead: new RegExp(before), forms: OWNER_FORMS.map((form) => new RegExp(`${before}(?<owner>${form})${after}`)) });
const REQUEST_THIRD = byOwnerForm(
  `^(?:(?:[Aa]nd|[Ss]o|[Pp]lease|[Yy]eah|[Yy]es|[Oo]k|[Oo]kay|[Rr]ight|[Tt]hen),? )*(?:${NAME},\\s*)?(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill|[Ii]s|[Aa]re) `,
  ` (?:please |also |just |kindly )*(?:be able to |able to |happy to |in a position to )?(?<body>[a-z][\\w'-]*\\b.*)$`,
);
const ASK_SOMEONE = byOwnerForm(`\\b(?:(?:[Cc]an|[Cc]ould|[Ss]hall|[Ss]hould) we|[Ll]et's) (?:please )?(?:ask|invite|get) `, ` to (?<body>[a-z][\\w'-]*\\b.*)$`);
/** "I'd like the comms team to put out some messaging": the chair's wish, said of someone, is asked of them. */
const WANT_SOMEONE = byOwnerForm(`\\b(?:I'd|I would|[Ww]e'd|[Ww]e would) (?:really )?like `, ` to (?<body>[a-z][\\w'-]*\\b.*)$`);
const ASK_THAT = byOwnerForm(
  `\\b(?:(?:[Cc]an|[Cc]ould|[Mm]ay) I|I'd|I would|[Ww]e'd|[Ww]e would|[Ww]e'll|[Ww]e will|[Ww]e want to|I want to)(?: like to)? (?:please )?ask (?:that )?`,
  ` (?:to )?(?<body>[a-z][\\w'-]*\\b.*)$`,
);
const BODY_ASKS = byOwnerForm(
  `\\b(?:committee|board|group|members|meeting|panel|forum|partnership|LMC|we)(?: has| have)? (?:asks?|asked|requests?|requested|agreed to ask|resolved to ask|to ask) `,
  ` to (?<body>[a-z][\\w'-]*\\b.*)$`,
);
/** Someone other than the listener asked to do it, tried in this order. */
const ASKED_OF_SOMEONE = [BODY_ASKS, ASK_SOMEONE, ASK_THAT, REQUEST_THIRD, WANT_SOMEONE];

const COMMITMENT = /\b(?<subject>I|we)(?<modal>'ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna| can|'d be happy to| would be happy to|'m happy to| am happy to|'re happy to| are happy to|'ll happily| will happily|'m planning to| am planning to|'ll make sure (?:to|that we|we|I)|'ll try and|'ll try to|'ll aim to|'d like to| would like to|'ll need to| will need to| need to)(?: (?:also|then|just|now|certainly|definitely|happily|personally|quickly|probably|try and|try to|aim to|be able to|separately|both|all))* (?<body>[a-z][\w'-]*\b.*)$/i;
const LET_ME = /^(?:(?:and|so|right|ok|okay|yes|yeah|then),? )*let (?:me|us) (?<body>[a-z][\w'-]*\b.*)$/i;
/** "I send you the UDA figures on Monday": the first person and a verb in the present, with a time to come. */
/** Whether a promise's words name something to deliver, one of the usual things promised, or come with a time. */
function promisesSomething(body: string, sentence: string): boolean {
  return DELIVERABLE.test(body) || PROMISED_TASK.test(body) || hasDeadline(sentence);
}

/** A time a promise said in the present runs to ("tomorrow, first thing"), not "employed by the PCN" or the town of March. */
const PRESENT_PROMISE_TIME = /\b(?:today|tomorrow|tonight|first thing|this (?:afternoon|morning|evening)|(?:by|before) (?:the end of|end of|close of|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|lunchtime|christmas|the (?:next|\d)|\d)|end of (?:the )?(?:day|week))\b/i;
/** "What I usually do is I'll ring the surgery": a habit described, not a promise. */
const HABIT = /\b(?:usually|normally|typically|generally|tend to|what (?:I|we) do is|whenever|every time)\b/i;
/** The same, said at the start so that it covers every clause after it. */
const HABIT_LEAD = /^(?:\W*(?:so|and|well|honestly|yeah),?\s+)*(?:what (?:I|we) (?:usually |normally |typically |generally )?do is|(?:I|we) (?:usually|normally|typically|generally|tend to)\b)/i;
const PRESENT_PROMISE = /(?:^|[,;:.]\s*|\b(?:and|so|then|ok|okay|yes)\s+)I (?:also |just )?(?<body>[a-z]+ (?:you|it|them|the|this|that|a|an|my|our)\b.*)$/i;

/** Where a commitment can start: "I'll", "we will", "let me", "let's". */
const COMMITMENT_START = /\b(?:I|we)(?=(?:'ll|'m|'re|'d)\b|\s+(?:will|shall|am|are|can|would|need)\b)|\blet(?:'s|\s+(?:me|us))\b/gi;
/** "Let's get the risk register updated": the meeting gives itself a task, with nobody named. */
const LETS = /^(?:(?:and|so|right|ok|okay|yes|yeah|then|can we),? )*let's (?<body>[a-z][\w'-]*\b.*)$/i;
const LEAVE_WITH_ME = /\bleave (?:that|it|this|those|them)(?: one| bit)? with (?:me|us)\b/i;
/** "I'll do it if I get to choose the music", "I'll do it when I retire": terms that make an offer a joke or not an offer yet. */
const JOKING_TERMS = /\b(?:do|take) (?:it|that|this)(?: one)? (?:if|when|once|as long as|provided) (?:I|we)\b/i;
const POINTS_BACK =
  /\b(?:(?:I'll|I will|I can|I'm happy to|happy to|we'll|we will|we can|we're happy to|I'd be happy to) (?:do|action|sort|pick up|own|look into|follow up|chase|take on|get on with|organise|arrange) (?:that|it|this|them|those)(?: one)?(?! now\b)|(?:I'll|I will|we'll|we will|happy to|I can|we can) take (?:that|this|it)(?: one)? (?:away|forward|on|back)|(?:I'll|I will) take (?:an|the|that) action|^(?:yes,? |yeah,? |sure,? )?will do\b|(?:I'll|I will|we'll|we will|I can|we can) (?:get|send|have) (?:that|it|them|those|this) (?:to you|to [A-Z][a-z]+|over|across|round|through|out|with you|back to you|done)\b|(?:I'll|I will|we'll|we will) (?:send|share|circulate|forward|email) (?:that|it|them|those|this)(?: (?:over|across|round|on|through|out|to you))?\b)/i;
const OFFER_QUESTION = /\b(?:do you want me to|would you like me to|shall I|shall we|should I|would it help if I|I can|I could|happy to) (?<body>[a-z][\w'-]*\b.*?)\?\s*$/i;

/** What every {@link ASSIGNMENT} says after its owner: " to", "'ll", " will", "'s going to" …. */
const ASSIGNMENT_VERB = /(?: to|'ll| will|going to| is to| are to) /;
const ASSIGNMENT = new RegExp(`(?:^|[:;,]\\s+|\\s[–—-]\\s+|\\b(?:[Aa]nd|[Tt]hen|[Ss]o|[Oo]kay|[Oo]k|[Rr]ight|agreed|decided|resolved)\\s+)(?<owner>${OWNER})(?<modal> to|'ll| will|'s going to| is going to| are going to|'re going to| has agreed to| have agreed to| is to| are to| has offered to| have offered to| is happy to| are happy to| will be) (?:also |then |now |just |kindly |happily )*(?<body>[a-z][\\w'-]*\\b.*)$`);
const PASSIVE_DELIVERABLE =
  /\b(?:a|the|an|our|their) (?:written |full |further |short |progress |final |revised |updated |detailed )?(?:paper|report|update|proposal|business case|options appraisal|evaluation|briefing|plan|review|response|recommendation|item|draft|analysis|case|summary)(?: on [\w' -]+?)? (?:will|is going to|'ll|is to|needs to|will need to|should) (?:come back|be brought(?: back)?|be presented|go|be circulated|be shared|be sent|return|be tabled|come)\b/i;
const GOES_TO_COMMITTEE = /\b(?:it|this|that)(?:'ll| will)(?: (?:need|have) to)? (?:go|come back|be taken|be referred) to (?:the |this |our |a )?(?:[\w-]+ ){0,2}(?:committee|board|group|panel|meeting|forum|partnership)\b/i;
const RECAP = new RegExp(`(?:^|[;:]\\s*|,\\s*(?:and\\s+)?|\\band\\s+)(?<owner>${NAME}),\\s*you(?:'re| are| will be|'ll be) (?<body>[a-z]+ing\\b[^;]*)`, 'g');
/** "Tariq, you'll do the SMR audit.": a task given, said as a statement to someone named first. */
const YOU_WILL_DO = new RegExp(`^(?:(?:[Ss]o|[Aa]nd|[Rr]ight|[Oo]k(?:ay)?|[Tt]hen)[,.]? )*(?<owner>${NAME}),\\s*you(?:'ll| will|'re going to| are going to) (?:also |then |now |just )?(?<body>[a-z][\\w'-]*\\b[^?]*?)[.!]?$`);
/** What "you'll" says of someone that gives them nothing to do: "you'll know", "you'll remember". */
const NOT_GIVEN_BY_YOU_WILL = /^(?:know|remember|recall|see|have seen|have heard|be aware|notice|appreciate|hear|find(?! out)|agree|understand|recognise|be pleased|be glad|be delighted|all|probably|want|need|have to|be)\b/i;
/** A request's opening: the person asked, by name, after a word or two of lead-in ("So Tracey, …"). */
const SAID_TO_FIRST = `^(?:(?:[Ss]o|[Aa]nd|[Rr]ight|[Oo]k(?:ay)?)[,.]? )*(?<owner>${NAME}),\\s*`;
/** "Tracey, the premises survey. Monday week, please." (said as one): a name, what is wanted, and when. */
const VERBLESS_REQUEST = new RegExp(`${SAID_TO_FIRST}(?<thing>(?:the|your|our|a|an|that|those) (?:[\\w'-]+ ){0,7}?[\\w'-]+)[,.]?\\s*(?<rest>(?:by|before|for|no later than|within|on|close of play|end of|monday|tuesday|wednesday|thursday|friday|the end|next)\\b[^?]*?)[,.]?\\s*(?:please|yes|yeah|ok|okay|right)?\\s*[?.!]?$`, 'i');
/** "Sunil, close of play Thursday for the bid, please": the time first, then the thing, asked of someone. */
const DEADLINE_FIRST_REQUEST = new RegExp(`${SAID_TO_FIRST}(?<rest>(?:by |before )?(?:(?:close|end) of play|end of (?:the )?(?:day|week|month)|COB|COP|EOD|(?:monday|tuesday|wednesday|thursday|friday)(?: week)?|tomorrow|next week)(?: [\\w-]+){0,2}?) for (?<thing>(?:the|your|our|a|an|that) [^,?.]{2,60}?)[,.]?\\s*(?:please|yes|yeah|ok|okay|right|is that (?:realistic|ok|okay|alright|all right|possible|doable|feasible))\\b`, 'i');
/** "Could the trust's written response be with us by the 30th?": a body's thing, wanted by a time. */
const THING_WANTED_BY = new RegExp(`^(?:(?<owner>${NAME}),\\s*)?(?:can|could|will|would) (?:the )?(?<body>[\\w'-]+(?: [\\w'-]+){0,3}?)['’]s (?<thing>[^?]{2,60}?) (?:be with (?:us|me|you|the [\\w-]+)|come (?:back )?to (?:us|me|you|the [\\w-]+)|reach (?:us|me)|be (?:in|ready|sent|circulated|shared))\\b(?<rest>[^?]*)\\??$`, 'i');
/** "Nikhil, can we have the enhanced access audit by the end of Q3?" */
const HAVE_BY = new RegExp(`${SAID_TO_FIRST}(?:(?<topic>(?:the|your|our) [^,—–?]{3,60}?)(?:,|\\s+[—–-])\\s+)?(?:can|could|may) (?:we|I) (?:please )?(?:(?<verb>have|get|see) (?<thing>[^?]{2,80}?)|say) (?<rest>(?:(?:by|before|for|within|no later than|on|in) |(?:(?:this|next) )?(?:monday|tuesday|wednesday|thursday|friday)\\b|(?:the )?end of |tomorrow\\b|next week\\b)[^?]*)\\??$`, 'i');
/** "Carla, could the audit be done by the end of next month?": a thing to be done, asked of someone, with a time. */
const DONE_BY = new RegExp(`${SAID_TO_FIRST}(?:can|could|will|would) (?<thing>(?:the|your|our) [^?]{3,80}?) be (?<done>done|finished|ready|completed|sent (?:out|round|over)|circulated|updated|shared|signed off|with (?:us|me))\\b(?<rest>[^?]*)\\??$`, 'i');
/** "Can we have it by the eighteenth?", "Can that be done by the end of Q3?": asking for a thing named just before. */
const ASKED_BACK = /^(?:(?:and|so|ok|okay),?\s+)?(?:(?:can|could|may) (?:we|I) (?:please )?(?:have|get|see) (?:it|that|them|this|those)\b|(?:can|could) (?:that|it|this) be (?<done>done|finished|ready|sorted|completed|updated|with (?:us|me))\b)(?<rest>[^?]*)\??$/i;
/** What the sentence before named, after the person spoken to: its first "the …" (the subject) and its last (the object). */
const THING_NAMED = /\b(?:the|your|our) (?:[\w'-]+ ){0,5}?[\w'-]+(?= (?:needs?|is|are|will|has|have|for|from|off|by)\b|[,.;:!?]|$)/gi;

/** "your audit" asked of someone is "the audit" in the task they are given. */
function asTheThing(thing: string): string {
  return thing.replace(/^your\b/i, 'the');
}

/** "the committee", "your board": the meeting itself, never the thing asked for. */
const THE_MEETING_ITSELF = /^(?:the|your) (?:committee|board|meeting|group|members|panel|forum)$/i;

/** A sentence said to one person by name ("Nadia, the committee will need the Q2 data."): who, and the things it names after the name. */
function saidToOneBefore(before: string): { owner: string; things: string[] } | null {
  const owner = VOCATIVE_BEFORE.exec(before)?.groups?.owner;
  if (!owner || !isName(owner) || /\b(?:and|&)\b|,/.test(owner)) return null;
  return { owner, things: before.slice(owner.length).match(THING_NAMED) ?? [] };
}

/**
 * "Nadia, the committee will need the Q2 activity data. Can we have it by
 * the eighteenth?": the request is in the second sentence, what and who in
 * the first. Only with a time, and only when the first is said to someone
 * by name.
 */
function askedOfTheThingBefore(sentence: string, sentenceBefore: () => string): Hit | null {
  const asked = ASKED_BACK.exec(sentence);
  if (!asked?.groups || !hasDeadline(asked.groups.rest ?? '')) return null;
  const said = saidToOneBefore(sentenceBefore());
  if (!said) return null;
  const { owner, things } = said;
  const done = asked.groups.done;
  const thing = (done ? things[0] : things.at(-1));
  if (!thing || THE_MEETING_ITSELF.test(thing)) return null;
  return {
    kind: 'action',
    text: tidy(done ? `Get ${asTheThing(thing)} ${done}` : `Provide ${asTheThing(thing)}`),
    owner,
    ownerSource: 'named',
    rule: 'request',
    reason: `${owner} was asked for it, with a time.`,
  };
}

/**
 * "Aaron, the MP's letter needs a reply within ten working days. Can you
 * draft it for me?": "it" is the thing the sentence before named to the same
 * person, and that sentence's time is the request's when it gives none
 * ("Martin, the returns have to be in by the end of the quarter. Can your
 * team chase the outstanding ones?"). Says which thing filled in "it", if one did.
 */
function withWhatWasSaidBefore(hit: Hit, sentence: string, sentenceBefore: () => string): { hit: Hit; thing: string | null } {
  if (hit.kind !== 'action' || hit.rule !== 'request') return { hit, thing: null };
  const before = sentenceBefore();
  const said = saidToOneBefore(before);
  if (!said) return { hit, thing: null };
  const dueFrom = hit.dueFrom ?? (!hasDeadline(sentence) && hasDeadline(before) ? before : undefined);
  const found = /^[\w'-]+ (?:it|that|them)\b/i.test(hit.text) ? said.things[0] : undefined;
  const thing = found && !THE_MEETING_ITSELF.test(found) ? asTheThing(found) : null;
  const text = thing ? hit.text.replace(/\b(?:it|that|them)\b/i, thing) : hit.text;
  return { hit: text === hit.text && dueFrom === hit.dueFrom ? hit : { ...hit, text, dueFrom }, thing };
}

/** A deliverable's time stated: "was due by", "is on the log as due", "have to be in by". */
const DUE_STATEMENT = /\b(?:is|was|are|were)(?: [\w'-]+){0,4}? (?:due|overdue)\b|\b(?:has|have|needs?) to be (?:in|done|submitted|sent|returned|back|ready|completed|finished|signed off)\b/i;

/** "Dafydd, can the updated dispersal plan come to me by the fifth of January?": a thing to send, asked of someone, with a time. */
const SENT_BY = new RegExp(`${SAID_TO_FIRST}(?:can|could|will|would) (?<thing>(?:the|your|our) [^?]{3,80}?) (?:come|get) (?:back |over |through )?to (?<to>me|us)\\b(?<rest>[^?]*)\\??$`, 'i');
/** "Kofi, I need the workforce survey return off you by close of play Thursday." */
const NEEDED_FROM_YOU = new RegExp(`${SAID_TO_FIRST}(?:I|we) (?:really )?(?:need|'ll need|will need|'d like|would like|want) (?<thing>(?:the|your|that|those|a|an) [^,?.]{3,80}?) (?:off|from) you\\b(?<rest>[^?]*)[.?!]?$`, 'i');

/** "We need somebody to …", "Who can pick up …?". */
const NEED_SOMEONE = /\b(?:we (?:need|want|'d like) (?:somebody|someone|a volunteer|a lead|someone from [\w ]+?) to |(?<!\b(?:see|find out|check|ask|asking|know|sure|wonder|wondering|decide|work out) )(?:who|anyone|anybody) (?:can|could|would|will|wants to|is happy to|'s happy to|able to|willing to|is going to|'s going to) (?:help us )?)(?<body>[a-z][\w'-]*\b.*?)[?.!]?$/i;

/** "The committee would like a written response within ten working days": something wanted from whoever answers, by a time. */
const WANTED_BY_A_TIME =
  /^(?:(?:so|and|ok|okay|right|then),? )*(?:the (?:committee|board|panel|group|partnership|forum|members)|we)(?:'d| would) (?:like|want|expect|need) (?<body>(?:a|an|the) (?:written |full |formal |short |brief |further |detailed |progress )?(?:response|reply|report|update|paper|briefing|note|breakdown|answer|plan|explanation)\b.*?\b(?:by|within|before|no later than|ahead of)\b.*?)[.!]?$/i;
/** "so Deepa, please notify …", "Bilal, send me …": a name, then the imperative. */
const VOCATIVE_IMPERATIVE = new RegExp(`(?:^|[,;:]\\s*|\\b(?:so|and|then|right|okay|ok)\\s+)(?<owner>${NAME}),\\s*(?:please\\s+|can you just\\s+|just\\s+)?(?<body>[a-z][\\w'-]*\\b.*)$`);
/** Words that open what is said to someone by name but never an instruction. */
const NOT_AN_IMPERATIVE_START = /^(?:you|we|I|it|that|this|there|thanks?|thank|hang on|hold on|bear with|enjoy|safe travels|travel safely|take care|get well|rest up|have a (?:good|great|lovely|nice|safe)|is|are|was|were|do|does|did|can|could|would|will|have|has|had|what|how|why|when|where|who|which|sorry|yes|no|yeah|yep|so|and|but|the|a|an|my|your|our|if|as|in|on|at|for|of|not|absolutely|exactly|great|good|lovely|brilliant|welcome|hi|hello|morning|afternoon|evening|sure|okay|ok|right|well|i'm|i've|i'll|you're|you've|you'll|we're|we've|we'll|it's|that's|there's|he|she|they|he's|she's|they're)\b/i;
const IMPERATIVE_PLEASE = /^(?:(?:and|so|then|also|right|ok|okay),? )*(?:please,? )?(?<body>[a-z][\w'-]*\b.*?)(?:,?\s*(?<tag>please|would you|could you|can you|will you)(?:,?\s*(?<owner>[A-Z][a-z'-]+))?)?\s*[.?!]?$/i;
const TRAILING_NAME = new RegExp(`,\\s*(?:please,?\\s*)?(?<owner>${NAME})\\s*[.!?]?$`);

const VOCATIVE_BEFORE = new RegExp(`^(?:(?:[Aa]nd|[Ss]o|[Tt]hen|[Aa]lso|[Oo]k|[Oo]kay|[Rr]ight|[Yy]es|[Yy]eah|[Nn]ow),? )?(?<owner>${PEOPLE}),\\s`);
const VOCATIVE_AFTER = new RegExp(`,\\s*(?<owner>${PEOPLE})\\s*[?.!]?\\s*$`);
const VOCATIVE_INLINE = new RegExp(`(?:^|[,.;:]\\s*|\\b(?:and|so|um|then)\\s+)(?<owner>${NAME}),?\\s+(?:can|could|would|will) you\\b`);

/** Whether the words at `offset` are a proper name, as the tagger reads them (not "Approved", "I've", "Right"). */
function isProperName(checked: Checked, offset: number): boolean {
  const first = wordAt(checked.words, offset);
  if (!first) return false;
  if (first.pos === 'PROPN') return true;
  // Titles come before the name: "Dr Patel".
  if (/^(?:dr|cllr|councillor|prof|mr|mrs|ms|miss)$/i.test(first.text)) return true;
  return false;
}

/** Where a sentence may say a name to someone: "Rachel, would you …" or "…, Daniel?", before the words are read. */
function namesSaidTo(sentence: string): { named: string; at: number }[] {
  const found: { named: string; at: number }[] = [];
  for (const pattern of [VOCATIVE_BEFORE, VOCATIVE_INLINE, VOCATIVE_AFTER]) {
    const match = pattern.exec(sentence);
    const named = match?.groups?.owner;
    // "Hello, I'm Aisha Malik": the speaker's own name, not someone spoken to.
    if (named && !NOT_A_NAME.test(named) && !NOT_A_NAME.test(named.split(' ')[0]!) && !/^I\b/.test(named)) found.push({ named, at: groupOffset(match!, 'owner') });
  }
  return found;
}

/** A name said to someone, read as a proper name. */
function addressee(sentence: string, checked: Checked): string | null {
  return namesSaidTo(sentence).find(({ at }) => isProperName(checked, at))?.named ?? null;
}

/** Whether the words of an owner are a name or a noun phrase ("the ICB primary care team"), not a clause ("the paper asks the committee"). */
function isNominal(checked: Checked, start: number, end: number): boolean {
  const said = checked.words.filter((w) => w.start >= start && w.end <= end);
  // One word that names a body or department ("finance", "estates", "Healthwatch"): taggers misread these as verbs.
  if (said.length === 1 && new RegExp(`^(?:${DEPARTMENT}|${BODY})$`).test(said[0]!.text)) return true;
  // "the social prescribing team", "the home visiting service": a word in -ing before a team's name describes the team.
  const isTeamName = /^(?:team|service|unit|hub|group)$/i.test(said.at(-1)?.text ?? '');
  return checked.words.filter((w) => w.start >= start && w.end <= end).every((w) => !['VERB', 'AUX', 'PRON', 'SCONJ', 'INTJ'].includes(w.pos) || /^(?:team|lead|leads|chair)$/i.test(w.text) || isTeamName && w.pos === 'VERB' && /ing$/i.test(w.text));
}

/** Whether a sentence gives a time: only then is "we can …" a promise. */
function hasDeadline(sentence: string): boolean {
  return /\b(?:by|before|within|until|no later than|today|tomorrow|tonight|this (?:week|afternoon|morning|evening)|next (?:week|month|meeting|time|board|committee)|end of|close of play|(?:on )?(?:monday|tuesday|wednesday|thursday|friday)|january|february|march|april|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)|after (?:the|this) meeting|afterwards|straight after|asap|as soon as)\b/i.test(sentence);
}

function isName(owner: string): boolean {
  return !NOT_A_NAME.test(owner) && !NOT_A_NAME.test(owner.split(/\s+/)[0]!) && !GENERIC_SUBJECT.test(owner);
}

/** Offset in `sentence` where a named group's text starts (the group is the last one to match its text in the match). */
function groupOffset(match: RegExpExecArray, group: string): number {
  const text = match.groups![group]!;
  const at = match[0].lastIndexOf(text);
  return match.index + (at >= 0 ? at : 0);
}

/** Finds an action in one sentence (or a clause of it). */
function findAction(sentence: string, checked: Checked): Hit | null {
  // Most sentences hold no action: the rules that would set one aside are read only once one is found.
  const recorded = findRecordedAction(sentence);
  if (recorded) return isNotATask(sentence) ? null : recorded;
  const hit = findSpokenAction(sentence, checked);
  if (!hit || isNotATask(sentence)) return null;
  // "Is the committee happy to ratify?": a decision the meeting is asked to take, not a task.
  if (hit.kind === 'action' && TAKING_A_DECISION.test(hit.text)) return null;
  if (IN_MEETING.test(sentence) || RUNNING_THE_MEETING.test(sentence) || DECIDED_BEFORE.test(sentence) || DEFERRAL.test(sentence) || DEFERRED_TO.test(sentence) || TAKEN_UP_LATER.test(sentence) || LOG_REVIEW.test(sentence) || MARKED_DONE.test(sentence) || PUT_TO_THE_MEETING.test(sentence) || COURTESY.test(sentence)) return null;
  // Reported speech can still hold a request after it ("Jo said the data's late; could you chase it?").
  if (REPORTED.test(sentence.replace(RECAP_LEAD, '')) && !/\?\s*$/.test(sentence)) return null;
  return hit;
}

/** Refreshments, or a decision to come: "If the figures come back, we'll approve it in December". */
function isNotATask(sentence: string): boolean {
  if (REFRESHMENTS.test(sentence) && !/\b(?:order|budget|invoice|catering|procure)\b/i.test(sentence)) return true;
  // "We can do that in the office, although we'd need the activity data": offered on a condition.
  if (/\b(?:we|I) (?:can|could) do (?:that|it|this)\b[^.?!]*\b(?:although|though|but) (?:we'd|we would|I'd|I would) need\b/i.test(sentence)) return true;
  return /\bwe(?:'ll| will| can| could| would)\s+(?:then\s+)?(?:approve|endorse|ratify|agree|decide|sign (?:it |that )?off)\b/i.test(sentence) && !/\?\s*$/.test(sentence);
}

/** An action recorded as one: "Action: …", "for the action log: …", "action on the ICB to …". */
function findRecordedAction(sentence: string): Hit | null {
  const explicit = EXPLICIT.exec(sentence) ?? LOG_MARKER.exec(sentence);
  if (explicit?.groups) {
    const inner = explicit.groups.body!;
    const assigned = ASSIGNED_BODY.exec(inner);
    if (assigned?.groups && isName(assigned.groups.owner!.replace(/^the /i, '')) || (assigned?.groups && /^the /i.test(assigned.groups.owner!))) {
      return { kind: 'action', text: tidy(assigned.groups!.body!), owner: assigned.groups!.owner!, ownerSource: 'named', rule: 'explicit', reason: `Recorded as an action for ${assigned.groups!.owner!}.` };
    }
    return { kind: 'action', text: tidy(inner), owner: null, ownerSource: 'none', rule: 'explicit', reason: 'Recorded as an action.' };
  }
  const actionOn = ACTION_ON.exec(sentence);
  if (actionOn?.groups) {
    const owner = actionOn.groups.owner!;
    const isMe = /^(?:me|us)$/i.test(owner);
    return { kind: 'action', text: tidy(actionOn.groups.body!), owner: isMe ? null : owner, ownerSource: isMe ? 'speaker' : 'named', rule: 'explicit', reason: isMe ? 'The speaker took the action.' : `Recorded as an action on ${owner}.` };
  }
  return null;
}

/** An action as people say it: a request, an offer, a task given or a passive. */
function findSpokenAction(sentence: string, checked: Checked): Hit | null {
  return findRequest(sentence, checked) ?? findCommitment(sentence, checked) ?? findAssignment(sentence, checked) ?? findPassive(sentence);
}

/** Words every request has one of; a sentence without any is not read further. */
const MAY_REQUEST = /\b(?:you|your|we|I|please|can|could|would|will|is|are|ask|let|minute|action)\b|,\s*[A-Z]/i;

/** "Can I leave that with you, Claire?", "I'll leave that one with you, Sunita". */
const LEAVE_WITH_YOU = new RegExp(`\\b(?:(?:can|could|may) I|I'll|I will|I'm going to|I'd like to) leave (?:that|this|it)(?: one)? with you\\b(?:,?\\s*(?<owner>${NAME}))?`, 'i');

function findRequest(sentence: string, checked: Checked): Hit | null {
  const left = LEAVE_WITH_YOU.exec(sentence);
  if (left) {
    const owner = left.groups?.owner && isName(left.groups.owner) ? left.groups.owner : addressee(sentence, checked);
    return { kind: 'action', text: '', owner, ownerSource: owner ? 'named' : 'none', rule: 'request', reason: owner ? `${owner} was asked to take it on.` : 'Asked to take it on.', awaitsResponder: !owner, takesPrevious: true };
  }
  if (!MAY_REQUEST.test(sentence) || NOT_A_REQUEST.test(sentence)) return null;
  // Who is spoken to is worked out only once a request form has matched: it needs the sentence tagged.
  let addressed: string | null | undefined;
  const spokenToOf = (): string | null => (addressed === undefined ? (addressed = addressee(sentence, checked)) : addressed);
  const ask = (match: RegExpExecArray | null, kind: string): Hit | null => {
    if (!match?.groups) return null;
    const offset = groupOffset(match, 'body');
    // "Can you hear me?" is caught above; "can you let us know when…" is a request.
    if (CONDITIONAL.test(sentence.slice(0, match.index))) return null;
    if (!startsWithTask(checked, sentence, offset)) return null;
    const said = baseForm(match.groups.body!, checked.words, offset);
    const spokenTo = spokenToOf();
    const text = spokenTo ? said.replace(new RegExp(`,\\s*${escapeRegExp(spokenTo)}\\s*[?.!]?\\s*$`), '') : said;
    return {
      kind: 'action',
      text: tidy(text),
      owner: spokenTo,
      ownerSource: spokenTo ? 'named' : 'none',
      rule: 'request',
      reason: spokenTo ? `${spokenTo} was asked ${kind}.` : `Asked ${kind}.`,
      awaitsResponder: !spokenTo,
    };
  };
  // "Would you mind sending…" before "would you …": the task is the sending, not the minding.
  const direct =
    ask(REQUEST_MIND.exec(sentence), 'to do it') ??
    ask(REQUEST_ASK_YOU.exec(sentence), 'to do it') ??
    ask(GIVE_YOU_THE_JOB.exec(sentence), 'to do it') ??
    ask(REQUEST_YOU.exec(sentence), 'to do it') ??
    ask(REQUEST_IF.exec(sentence), 'to do it') ??
    ask(REQUEST_ABLE.exec(sentence), 'to do it') ??
    ask(REQUEST_WONDER.exec(sentence), 'to do it');
  if (direct) return direct;
  const confirming = REQUEST_YOU_WILL.exec(sentence);
  if (confirming && spokenToOf()) {
    const hit = ask(confirming, 'to confirm they will do it');
    if (hit) return hit;
  }
  // "Tariq, you'll do the SMR audit": the chair gives the task to the one named.
  const given = YOU_WILL_DO.exec(sentence);
  // (A name the tagger does not know, "Chidi, you're going to …", is still a name where it opens the sentence so.)
  if (given?.groups && isName(given.groups.owner!)) {
    const offset = groupOffset(given, 'body');
    if (startsWithTask(checked, sentence, offset) && !NOT_GIVEN_BY_YOU_WILL.test(given.groups.body!)) {
      const owner = given.groups.owner!;
      return { kind: 'action', text: tidy(baseForm(given.groups.body!, checked.words, offset)), owner, ownerSource: 'named', rule: 'assignment', reason: `${owner} was given it.` };
    }
  }
  const have = REQUEST_HAVE.exec(sentence);
  if (have?.groups && !CONDITIONAL.test(sentence.slice(0, have.index))) {
    const spokenTo = spokenToOf();
    const thing = have.groups.thing!.replace(/\?\s*$/, '');
    return {
      kind: 'action',
      text: tidy(`Provide ${thing.replace(/^(?:your|the)\s+/i, (w) => (w.toLowerCase().startsWith('your') ? 'the ' : w))}`),
      owner: spokenTo,
      ownerSource: spokenTo ? 'named' : 'none',
      rule: 'request',
      reason: spokenTo ? `${spokenTo} was asked for it.` : 'Asked for it.',
      awaitsResponder: !spokenTo,
    };
  }
  for (const family of ASKED_OF_SOMEONE) {
    // Most sentences have none of the words a form starts with: its doers are then not tried one by one.
    if (!family.lead.test(sentence)) continue;
    for (const pattern of family.forms) {
      const asked = pattern.exec(sentence);
      if (!asked?.groups) continue;
      const owner = asked.groups.owner!;
      if (!isName(owner.replace(/^the /i, '')) && !/^(?:someone|somebody|anyone)/i.test(owner)) continue;
      const ownerAt = groupOffset(asked, 'owner');
      if (!/^(?:someone|somebody|anyone)/i.test(owner) && !isNominal(checked, ownerAt, ownerAt + owner.length)) continue;
      if (/^(?:you|we|I|they|it|there|this|that)$/i.test(owner)) continue;
      const offset = groupOffset(asked, 'body');
      let said = asked.groups.body!;
      // "that Dev follows up": the verb in the third person.
      if (family === ASK_THAT) said = said.replace(/^(\w+?)(?:es|s)\b/, (whole, stem: string) => (COMMON_TASK_VERB.test(stem) || /^(?:follow|pick|look|write|draft|update)$/i.test(stem) ? stem : whole));
      if (!startsWithTask(checked, sentence, offset) && !COMMON_TASK_VERB.test(said)) continue;
      // "Can someone from the ICB confirm …": the ICB, whoever from it answers.
      const fromBody = /^(?:someone|somebody|anyone) from (?<body>.+)$/i.exec(owner)?.groups?.body;
      if (fromBody) return { kind: 'action', text: tidy(said), owner: /^the\s/i.test(fromBody) ? fromBody : `the ${fromBody}`, ownerSource: 'named', rule: 'request', reason: `Someone from ${fromBody} was asked to do it.`, awaitsResponder: true };
      const isSomeone = /^(?:someone|somebody|anyone)/i.test(owner);
      // "Joanne, could the council get us the figures?": Joanne is asked, for the council.
      const addressed = family === REQUEST_THIRD ? VOCATIVE_BEFORE.exec(sentence)?.groups?.owner : undefined;
      if (addressed && isName(addressed) && isProperName(checked, sentence.indexOf(addressed))) {
        // A team does the work as a team ("Ann, could the contracting team…"); an organisation answers through the person asked.
        const isTeam = /\bteam$/i.test(owner);
        return { kind: 'action', text: tidy(said), owner: isTeam ? owner : addressed, ownerSource: 'named', rule: 'request', reason: `${addressed} was asked, for ${owner}.` };
      }
      // "I'd like the estates team to do a survey": wished of a team or a person, not of an organisation that answers through whoever speaks next.
      if (family === WANT_SOMEONE) {
        if (!/\b(?:team|group|office|unit|secretariat)$/i.test(owner) && !isProperName(checked, ownerAt)) continue;
        return { kind: 'action', text: tidy(said), owner, ownerSource: 'named', rule: 'request', reason: `${owner} was asked to do it.`, keepsOwner: true };
      }
      return { kind: 'action', text: tidy(said), owner: isSomeone ? null : owner, ownerSource: isSomeone ? 'none' : 'named', rule: 'request', reason: `${isSomeone ? 'Someone' : owner} was asked to do it.`, awaitsResponder: true };
    }
  }
  // "Tracey, the premises survey by Monday week, please"; "Nikhil, can we have the audit by the end of Q3?": a thing and a time, asked of someone.
  // Without a verb of its own the thing must be only a thing: "Aaron, the MP's letter needs a reply within ten days" states a need.
  const verbless = VERBLESS_REQUEST.exec(sentence);
  // "Ravi, the letter to the trust was due by the 20th": a deliverable's time, said to its owner, is asked of them.
  const isThingOnly = verbless?.groups ? isNominal(checked, groupOffset(verbless, 'thing'), groupOffset(verbless, 'thing') + verbless.groups.thing!.length) || DUE_STATEMENT.test(sentence) : false;
  const wanted = (isThingOnly ? verbless : null) ?? HAVE_BY.exec(sentence);
  if (wanted?.groups && isProperName(checked, groupOffset(wanted, 'owner')) && isName(wanted.groups.owner!) && hasDeadline(wanted.groups.rest ?? wanted.groups.thing ?? '')) {
    // "Kiran, the workforce plan — can we have it by …": "it" is the thing named first.
    const said = (wanted.groups.thing ?? 'it').replace(/\s+$/, '');
    const topic = wanted.groups.topic;
    const thing = topic && /^(?:it|them|those|that|this|these)\b/i.test(said) ? said.replace(/^\w+/, topic) : said;
    if (wanted.groups.verb?.toLowerCase() === 'get' && /\b(?:out|over|round|back|across)\b/i.test(thing)) {
      return { kind: 'action', text: tidy(`Get ${thing} ${wanted.groups.rest}`), owner: wanted.groups.owner!, ownerSource: 'named', rule: 'request', reason: `${wanted.groups.owner} was asked for it, with a time.` };
    }
    const dueSaid = wanted === verbless ? DUE_STATEMENT.exec(sentence) : null;
    const asked = dueSaid ? `${sentence.slice(groupOffset(wanted, 'thing'), dueSaid.index).trim()}` : `${thing}${wanted.groups.rest ? ` ${wanted.groups.rest}` : ''}`;
    return { kind: 'action', text: tidy(`${/^(?:the|your|our|a|an)\b/i.test(thing) ? 'Provide ' : ''}${asked}`.replace(/^Provide your\b/i, 'Provide the')), owner: wanted.groups.owner!, ownerSource: 'named', rule: 'request', reason: `${wanted.groups.owner} was asked for it, with a time.` };
  }
  const done = DONE_BY.exec(sentence);
  if (done?.groups && isName(done.groups.owner!) && hasDeadline(done.groups.rest!) && isProperName(checked, groupOffset(done, 'owner'))) {
    return { kind: 'action', text: tidy(`Get ${done.groups.thing} ${done.groups.done}${done.groups.rest}`), owner: done.groups.owner!, ownerSource: 'named', rule: 'request', reason: `${done.groups.owner} was asked to get it done, with a time.` };
  }
  const sent = SENT_BY.exec(sentence) ?? NEEDED_FROM_YOU.exec(sentence);
  if (sent?.groups && isName(sent.groups.owner!) && hasDeadline(sent.groups.rest!) && isProperName(checked, groupOffset(sent, 'owner'))) {
    const thing = asTheThing(sent.groups.thing!);
    const text = sent.groups.to ? `Send ${thing} to ${sent.groups.to}${sent.groups.rest}` : `Provide ${thing}${sent.groups.rest}`;
    return { kind: 'action', text: tidy(text), owner: sent.groups.owner!, ownerSource: 'named', rule: 'request', reason: `${sent.groups.owner} was asked for it, with a time.` };
  }
  const wantedBy = THING_WANTED_BY.exec(sentence);
  if (wantedBy?.groups && hasDeadline(wantedBy.groups.rest!)) {
    const spokenTo = wantedBy.groups.owner && isName(wantedBy.groups.owner) ? wantedBy.groups.owner : null;
    const body = `the ${wantedBy.groups.body!.replace(/^the\s+/i, '')}`;
    return {
      kind: 'action',
      text: tidy(`Provide ${body}'s ${wantedBy.groups.thing}`),
      owner: spokenTo ?? body,
      ownerSource: 'named',
      rule: 'request',
      reason: spokenTo ? `${spokenTo} was asked for it, with a time.` : `${body} was asked for it, with a time.`,
      awaitsResponder: !spokenTo,
    };
  }
  const timeFirst = DEADLINE_FIRST_REQUEST.exec(sentence);
  if (timeFirst?.groups && isProperName(checked, groupOffset(timeFirst, 'owner')) && isName(timeFirst.groups.owner!)) {
    const thing = asTheThing(timeFirst.groups.thing!);
    return { kind: 'action', text: tidy(`Provide ${thing} ${/^(?:by|before)\b/i.test(timeFirst.groups.rest!) ? '' : 'by '}${timeFirst.groups.rest}`), owner: timeFirst.groups.owner!, ownerSource: 'named', rule: 'request', reason: `${timeFirst.groups.owner} was asked for it, with a time.` };
  }
  // "We need somebody to pull together …", "who can pick this up?": whoever answers takes it on.
  const needed = CONDITIONAL.test(sentence) ? null : NEED_SOMEONE.exec(sentence);
  if (needed?.groups) {
    const offset = groupOffset(needed, 'body');
    if (startsWithTask(checked, sentence, offset)) {
      return { kind: 'action', text: tidy(needed.groups.body!), owner: null, ownerSource: 'none', rule: 'request', reason: 'The meeting asked for someone to take it on.', awaitsResponder: true, needsVolunteer: true };
    }
  }
  // "The committee would like a written response within ten working days.": asked of whoever answers for it.
  const wantedByATime = WANTED_BY_A_TIME.exec(sentence);
  if (wantedByATime?.groups) {
    return { kind: 'action', text: tidy(`Provide ${wantedByATime.groups.body!}`), owner: null, ownerSource: 'none', rule: 'request', reason: 'The meeting asked for it, with a time.', awaitsResponder: true, needsVolunteer: true };
  }
  const told = VOCATIVE_IMPERATIVE.exec(sentence);
  // Only then read the words: "Tom, you've …", "Sarah, thanks", "Ian, is that right?" are spoken to someone, and no task.
  if (told?.groups && isName(told.groups.owner!) && !NOT_AN_IMPERATIVE_START.test(told.groups.body!) && !isPlainQuestion(sentence.replace(/,?\s*(?:would|could|can|will) you\??\s*$/i, '.')) && isProperName(checked, groupOffset(told, 'owner'))) {
    const offset = groupOffset(told, 'body');
    const first = wordAt(checked.words, offset);
    // An imperative is the verb's base form: "send", not "representing" (someone saying who they are).
    if (first && first.text.toLowerCase() === first.lemma && startsWithTask(checked, sentence, offset) && (first.pos === 'VERB' || COMMON_TASK_VERB.test(told.groups.body!)) && !/^(?:you|we|I)\b/i.test(told.groups.body!)) {
      return { kind: 'action', text: tidy(told.groups.body!), owner: told.groups.owner!, ownerSource: 'named', rule: 'request', reason: `${told.groups.owner} was asked to do it.` };
    }
  }
  const imperative = IMPERATIVE_PLEASE.exec(sentence);
  const trailing = imperative?.groups ? TRAILING_NAME.exec(sentence)?.groups?.owner : undefined;
  const isPolite = !!imperative?.groups?.tag || /\bplease\b/i.test(sentence);
  const named = imperative?.groups ? (imperative.groups.owner ?? (trailing && isName(trailing) && !/^I\b/.test(trailing) ? trailing : null)) : null;
  // An imperative is a request only with "please", a tag ("…, would you?") or a name: only then are its words read.
  const mayBeAsked = imperative?.groups && (isPolite || imperative.groups.owner || trailing || VOCATIVE_BEFORE.test(sentence));
  // Without "please", someone must be spoken to by name ("Hello, I'm Aisha" asks nobody).
  // "Helen, …" is someone spoken to (the vocative rule above reads that), not an imperative.
  if (imperative?.groups && mayBeAsked && !NOT_AN_IMPERATIVE_START.test(imperative.groups.body!) && !/^[A-Z][\w'-]*,/.test(imperative.groups.body!) && (isPolite || named || namesSaidTo(sentence).length)) {
    const offset = groupOffset(imperative, 'body');
    const first = wordAt(checked.words, offset);
    const owner = named ?? spokenToOf();
    if (first && first.start === offset && (isPolite || owner) && first.text.toLowerCase() === first.lemma && startsWithTask(checked, sentence, offset) && first.pos === 'VERB') {
      let text = imperative.groups.body!;
      if (owner) text = text.replace(new RegExp(`,\\s*(?:please,?\\s*)?${escapeRegExp(owner)}\\s*$`), '');
      return { kind: 'action', text: tidy(text), owner, ownerSource: owner ? 'named' : 'none', rule: 'request', reason: owner ? `${owner} was asked to do it.` : 'Asked for it, please.', awaitsResponder: !owner };
    }
  }
  // "Can we have that by Christmas, Sam?": what was just asked for, of the person named, by a time.
  const haveThat = REQUEST_HAVE_THAT.exec(sentence);
  const askedOf = haveThat && !CONDITIONAL.test(sentence.slice(0, haveThat.index)) && !/,/.test(sentence.slice(0, haveThat.index)) ? spokenToOf() : null;
  if (askedOf) return { kind: 'action', text: '', owner: askedOf, ownerSource: 'named', rule: 'request', reason: `${askedOf} was asked for it, with a time.`, pointsBack: true };
  return null;
}

/** "…, that's the commitment I'm making today": the speaker takes it on, in other words. */
const MY_COMMITMENT = /,?\s*(?:that's|that is|and that's) (?:my|the|our) commitment(?: (?:I'm|I am|we're|we are) (?:making|giving))?(?: today| to (?:you|the committee|the board|members))?[.!]?$/i;

/** "If it helps, I'm happy to share our data": a courtesy before an offer, not a condition on it. */
const IF_IT_HELPS = /^(?:(?:and|so|well|look),?\s+)*if (?:it|that|this) (?:helps|would help|is helpful|'s helpful|is useful|'s useful)\b,?\s*/i;

function findCommitment(sentence: string, checked: Checked): Hit | null {
  const committed = MY_COMMITMENT.exec(sentence);
  // "So the finance team will complete it by Q4, that's the commitment": the team's, not the speaker's.
  const isOthers = committed ? /^(?:(?:so|and|right|ok(?:ay)?),?\s+)*(?:the|our) [\w' -]{2,40}? (?:team|teams|ICB|LMC|PCN|trust|council|federation|practices?|office|service) (?:will|'ll|are going to|is going to)\b/i.test(sentence.slice(0, committed.index)) : false;
  if (committed && committed.index > 10 && !isOthers) {
    return { kind: 'action', text: tidy(sentence.slice(0, committed.index)), owner: null, ownerSource: 'speaker', rule: 'commitment', reason: 'The speaker said it was their commitment.' };
  }
  const offer = OFFER_QUESTION.exec(sentence);
  if (offer?.groups && /^(?:do you want me|would you like me|shall I|should I|would it help if I)/i.test(offer[0])) {
    const offset = groupOffset(offer, 'body');
    if (startsWithTask(checked, sentence, offset)) {
      return { kind: 'action', text: tidy(baseForm(offer.groups.body!, checked.words, offset)), owner: null, ownerSource: 'speaker', rule: 'commitment', reason: 'The speaker offered to do it.' };
    }
  }
  // "I don't think we can do it justice today" points back at nothing.
  const pointsBack = (LEAVE_WITH_ME.test(sentence) || POINTS_BACK.test(sentence)) && !/\b(?:n't|not|never) (?:think|sure|know|able)\b|\bjustice\b/i.test(sentence) && !RELUCTANT.test(sentence);
  if (isPlainQuestion(sentence) && !pointsBack) return null;
  // Every "I'll …" in the sentence, first to last: "I'm happy to take that one: I'll write to NHS England …".
  for (const start of allMatches(COMMITMENT_START, sentence)) {
    const from = start.index;
    const rest = sentence.slice(from);
    for (const pattern of [COMMITMENT, LET_ME, LETS]) {
      const match = pattern.exec(rest);
      if (!match?.groups || match.index !== 0) continue;
      const modal = (match.groups.modal ?? '').trim().toLowerCase();
      // "I could circulate it if anyone wanted it": an offer on a condition, not an action.
      if (/^(?:could|would|might|'d like to|would like to)$/.test(modal)) continue;
      if (/^(?:need to|'ll need to|will need to)$/.test(modal) && match.groups.subject?.toLowerCase() === 'we') continue;
      // "…so we can book the locums": what something else would let them do, not a promise.
      if (modal === 'can' && /\bso(?: that)?\s*$/i.test(sentence.slice(0, from))) continue;
      // "We can deliver it" says what is possible; it is a promise only with a time to it.
      if (modal === 'can' && !hasDeadline(sentence)) continue;
      // "I need to send the return tonight" is someone's own errand, not something taken on here.
      if (/need to$/.test(modal)) continue;
      // "Ha, we'll fix that": a task that is only a pronoun, with no time to it, is too thin to suggest.
      if (/^\w+(?: \w+)? (?:it|that|this|them|those)(?: up| out| back| off)?[.!]?$/i.test(match.groups.body!) && !hasDeadline(sentence)) continue;
      if (CONDITIONAL.test(sentence.slice(0, from).replace(IF_IT_HELPS, '')) || /\bif (?:anyone|you|people|members|colleagues) (?:want|wanted|would like|need|needed)\b/i.test(sentence)) continue;
      // "I'm sure we'll have plenty to say": a forecast, not a promise; "I think we can fold that in": a possibility.
      if (FORECAST.test(sentence.slice(0, from)) || HABIT.test(sentence.slice(0, from))) continue;
      if (modal === 'can' && /\b(?:I think|I suppose|I guess|I reckon|probably|maybe|perhaps)\s*,?\s*$/i.test(sentence.slice(0, from))) continue;
      // "…for the board to adopt the pathway so we can roll it out": what a decision would let them do, not a promise.
      if (/\b(?:so|so that|in order that)\s*$/i.test(sentence.slice(0, from)) && /\b(?:what (?:we're|we are|I'm|I am) asking|asking (?:the|this) (?:board|committee|group|panel|meeting)|for (?:the|this) (?:board|committee|group|panel) to)\b/i.test(sentence)) continue;
      const offset = from + groupOffset(match, 'body');
      // "I'll be brief", "we'll not …": no task, and no need to read the words.
      if (/^(?:be|not|never)\b/i.test(match.groups.body!)) continue;
      if (!startsWithTask(checked, sentence, offset)) continue;
      // "I can confirm the meeting is quorate" states a fact; it promises nothing.
      if (modal === 'can' && /^(?:confirm|report|tell|say|assure|see|hear|share with you|update you that)\b/i.test(match.groups.body!)) continue;
      // "We'll do that", "I'll get that done": pointing back, not a task of its own.
      if (/^(?:do|sort|action|own|handle|get (?:that|it|this|them) (?:done|sorted|over|across|to you)|go (?:with|for)|try)(?: (?:that|this|it|them))?\b(?:[\s,.]*(?:chair|then|yeah|yes|thanks|no problem|of course|definitely)?)*[.!]?$/i.test(match.groups.body!)) continue;
      if (JOKING_TERMS.test(sentence)) continue;
      // "asking if we can find some volunteers": a question reported, not a promise.
      if (/\b(?:if|whether)\s+$/i.test(sentence.slice(0, from))) continue;
      // "I'd be happy to put my name forward, but I'm not nominating myself": willing, then held back.
      if (/\b(?:I'd|I would|we'd|we would) (?:be )?(?:happy|glad|willing) to\b[^.?!]*?,?\s+but\b/i.test(sentence)) continue;
      // "And I'll just add, from the PCN end, we'd prefer option two": a remark about to be made, not a task.
      if (/^(?:just |also |quickly )*(?:add|say|echo|comment)\s*[,:]/i.test(match.groups.body!)) continue;
      // "So what I'd say is, whatever we endorse today, let's make sure the evidence is there": advice.
      if (pattern === LETS && /\b(?:what I'd say is|I'd say|I would say|my advice (?:is|would be))\b/i.test(sentence.slice(0, from))) continue;
      // "We'll look at it as part of next year's grant allocation, but I can't promise the money is there": no promise.
      // "…, but I'd need to look at the rotas before I promise anything", "no promises": a hedge, not a promise.
      if (/\b(?:can't|cannot|can not|couldn't|won't) (?:promise|guarantee|commit to)\b|\bbefore (?:I|we) (?:promise|commit to|guarantee|sign up to) anything\b|\bno promises\b/i.test(sentence)) continue;
      // "I'll pick up the discharge to assess bit after Sharon", "I'll ask you to leave us now for the decision": the running order, not a task.
      if (/^(?:pick up|cover|do|take) (?:the )?[^,.;]{0,40}\b(?:bit|point|part|side|question)s? after\b/i.test(match.groups.body!) || /^ask (?:you|them|him|her|\w+) to (?:leave|step out of|drop off) (?:us|the (?:meeting|call|room))\b/i.test(match.groups.body!)) continue;
      // "so I'll flag that now", "I'll declare it now": said there and then, not a task.
      if (/^(?:flag|mention|say|declare|note|raise|point out) (?:that|it|this)(?: up)? now\b/i.test(match.groups.body!)) continue;
      // "And I'll share the draft now so everyone can see it": done on screen there and then, not a task.
      if (/^(?:share|show|put up|pull up|bring up|pop up|put|pull|bring|pop) (?:(?:up|it up) )?(?:my|the|this|that|it|our)\b/i.test(match.groups.body!) && /\b(?:now|so (?:that )?(?:everyone|everybody|you all|people|we|you) can (?:see|follow))\b/i.test(match.groups.body!) && !hasDeadline(match.groups.body!)) continue;
      // "I'll let the team know": passing word on, with nothing said about what.
      if (/^let (?:the team|my team|them|everyone|everybody|colleagues|people|the practices|members) know[.!]?$/i.test(match.groups.body!)) continue;
      if (pattern === LETS && match.groups.body!.split(/\s+/).length < 3) continue;
      // "Let's get it done properly": a rallying call about the task just discussed, not a new one.
      if (pattern === LETS && isThin(tidy(match.groups.body!))) continue;
      // "I'm going to try and do this in ten minutes", "we'll work it out together": nothing to deliver, and no time.
      if (!promisesSomething(match.groups.body!, sentence)) continue;
      if (pattern === LETS) return { kind: 'action', text: tidy(match.groups.body!), owner: null, ownerSource: 'none', rule: 'commitment', reason: 'The meeting gave itself the task, with nobody named.' };
      return { kind: 'action', text: tidy(match.groups.body!), owner: null, ownerSource: 'speaker', rule: 'commitment', reason: 'The speaker said they would do it.' };
    }
  }
  // "I send you the list tomorrow, first thing": said in the present, meant as a promise.
  const present = PRESENT_PROMISE.exec(sentence);
  if (present?.groups && PRESENT_PROMISE_TIME.test(sentence) && !CONDITIONAL.test(sentence)) {
    const offset = groupOffset(present, 'body');
    const first = wordAt(checked.words, offset);
    if (first && first.pos === 'VERB' && first.text.toLowerCase() === first.lemma && startsWithTask(checked, sentence, offset) && !/^(?:think|know|mean|guess|hope|agree|see|feel)$/.test(first.lemma)) {
      return { kind: 'action', text: tidy(present.groups.body!), owner: null, ownerSource: 'speaker', rule: 'commitment', reason: 'The speaker said they would do it.' };
    }
  }
  // "I'll do it if I get to choose the music", "I'll do it when I retire": a joke, or a condition on doing it at all.
  if (pointsBack && !JOKING_TERMS.test(sentence)) return { kind: 'action', text: '', owner: null, ownerSource: 'speaker', rule: 'commitment', reason: 'The speaker offered to take it on.', pointsBack: true };
  return null;
}

/** Words that mark what follows or precedes as heard from elsewhere. */
const HEARSAY = /,\s*(?:I gather|I hear|I'm told|I am told|apparently|so I'm told|so I hear)\b|^(?:(?:and|so|well|but),?\s+)*(?:apparently|I gather|I hear|I'm told|I am told|rumour has it|word is)\b/i;

/** `isAgreed`: said as what the meeting agreed ("we agreed that the council will lead it"), so a plan is a task. */
function findAssignment(sentence: string, checked: Checked, isAgreed = false): Hit | null {
  // "Face to face is running at sixty-five per cent", "day to day", "Nice to meet you": a phrase, not someone to do something.
  if (/^(?:\w+,?\s+)?(\w+) to \1\b/i.test(sentence) || /^(?:\w+,?\s+)?(?:nice|good|great|lovely|happy|pleased|delighted|glad) to (?:meet|see|have|hear|be)\b/i.test(sentence)) return null;
  if (isPlainQuestion(sentence) && !/\b(?:aren't|isn't|won't) (?:you|they|we)\b/i.test(sentence)) return null;
  // The long pattern is tried only where one of its verbs is said.
  if (!ASSIGNMENT_VERB.test(sentence)) return null;
  // "The council's going to refresh its strategy next year, I gather": heard about, not given here.
  if (HEARSAY.test(sentence)) return null;
  ASSIGNMENT.lastIndex = 0;
  const match = ASSIGNMENT.exec(sentence.replace(/\b([A-Z][a-z'-]+)'s going to\b/g, '$1 is going to'));
  if (!match?.groups) return null;
  const named = match.groups.owner!.replace(/^(?:so|and|then|right|okay|ok),?\s+/i, '');
  // "Karen, Daniel will write to you": Karen is spoken to, Daniel does it, and "you" is Karen.
  const spokenTo = /^(?<to>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?),\s+(?<who>[^,]+)$/.exec(named)?.groups;
  const owner = spokenTo && !/\band\b/.test(spokenTo.who!) ? spokenTo.who! : named;
  const forThem = (text: string): string => (owner === named ? text : text.replace(/\byou\b/g, spokenTo!.to!).replace(/\byour\b/g, `${spokenTo!.to!}'s`));
  const bare = owner.replace(/^(?:the|our|all|each|every|your)\s+/i, '');
  // "we agreed Julie will get the advert out" gives Julie the task; "the committee agreed the LMC will write"
  // records what the meeting's body will do, which the decision already says.
  if (/^(?:agreed|decided|resolved)\s/.test(match[0]) && bare !== owner) return null;
  // "Practices to get their returns in before Christmas": the minute's form gives practices, as a body, the task.
  const isPracticesToDo = /^\s*to$/.test(match.groups.modal!) && /^(?:(?:all|the|our|member)\s+)*(?:practices|PCNs|pharmacies)$/i.test(owner);
  if (!isPracticesToDo && (GENERIC_SUBJECT.test(owner) || GENERIC_SUBJECT.test(bare) || !isName(bare) && !/^the /i.test(owner))) return null;
  if (/^(?:plan|idea|aim|hope|intention|expectation|ask|proposal|recommendation|thinking|danger|risk|problem|issue|worry|concern|point|reality|truth)$/i.test(bare)) return null;
  // "The board's going to look at the strategy in February": the meeting's own agenda, not anyone's task.
  if (/^(?:(?:this|the|our) )?(?:board|committee|meeting|group|forum|partnership|panel|sub-?committee|members)$/i.test(owner)) return null;
  const ownerAt = sentence.indexOf(owner, match.index);
  if (ownerAt >= 0 && !isNominal(checked, ownerAt, ownerAt + owner.length)) return null;
  // "Item three, the application from Lyth Hill Surgery and Pound Lane to merge their contracts": what they applied for, not a task.
  if (/^\s*to$/.test(match.groups.modal!) && ownerAt >= 0 && /\bthe [a-z]+ (?:from|of|by|between)\b[^,;:]*$/i.test(sentence.slice(0, ownerAt))) return null;
  // "The UEC board has agreed to fund it" reports another body; "Sarah has agreed to draft it" gives Sarah the task.
  if (/agreed to|offered to/.test(match.groups.modal!) && !(ownerAt >= 0 && isProperName(checked, ownerAt))) return null;
  const before = sentence.slice(0, match.index);
  if (/\b(?:should|would|could|might|may|hopefully|ideally|the plan is|the idea is|the aim is|in theory|presumably|probably|the expectation is|expected)\b/i.test(before) || CONDITIONAL.test(before)) return null;
  if (match.groups.modal!.trim() === 'will be' && !/^[a-z]+ing\b/i.test(match.groups.body!)) return null;
  // "The ICB will have the estates review finished by the end of Q4": a thing to have done, by a time.
  const haveDone = /^have (?:the|a|an|our|their|its|all the) [^,]{2,60}? (?:finished|done|completed|ready|written|signed off|in place|sorted|published|drafted|live|out|set up|up and running|sent(?: out| round)?|circulated|updated|booked|arranged|installed|rolled out|switched on)\b(?<rest>.*)$/i.exec(match.groups.body!);
  if (haveDone?.groups && hasDeadline(haveDone.groups.rest!) && /^\s*(?:will|'ll|is going to|are going to|is to|are to)$/.test(match.groups.modal!)) {
    return { kind: 'action', text: tidy(forThem(match.groups.body!.replace(/,\s*(?:and|but|so)\b.*$/, ''))), owner, ownerSource: 'named', rule: 'assignment', reason: `${owner} is to do it.` };
  }
  const normalised = sentence.replace(/\b([A-Z][a-z'-]+)'s going to\b/g, '$1 is going to');
  const offset = normalised.indexOf(match.groups.body!, match.index);
  const words = normalised === sentence ? checked.words : [];
  // "Obinna's going to speak to …": the task's words are the same in what was said, so read them there.
  const saidAt = words.length ? offset : sentence.indexOf(match.groups.body!.split(/\s+/).slice(0, 3).join(' '), Math.max(0, ownerAt));
  const startsWell = saidAt >= 0 && checked.words.length ? startsWithTask(checked, sentence, saidAt) : COMMON_TASK_VERB.test(match.groups.body!) || /^[a-z]+ing\b/i.test(match.groups.body!) || /^(?:pull|get|write|bring|send|share|look|set|sort|confirm|provide)\b/i.test(match.groups.body!);
  if (!startsWell) return null;
  // "The Alliance will run three hubs over Easter" describes a plan; "the ICB will write to practices" gives a task.
  const isMinuteForm = /^\s*(?:to|is to|are to|has agreed to|have agreed to|has offered to|have offered to)$/.test(match.groups.modal!);
  if (!isMinuteForm && !isAgreed && !DELIVERABLE.test(match.groups.body!)) return null;
  // "The district nurses will visit every housebound patient twice a year": people of a role doing their work, a plan;
  // "the care coordinators will pull the list in the first week of March": a task, with its time.
  if (!isMinuteForm && !isAgreed && ROLE_PLURAL_OWNER.test(owner) && (!hasDeadline(match.groups.body!) || ROUTINE.test(match.groups.body!))) return null;
  return {
    kind: 'action',
    text: tidy(forThem(baseForm(match.groups.body!, checked.words, offset))),
    owner,
    ownerSource: 'named',
    rule: 'assignment',
    reason: `${owner} is to do it.`,
  };
}

function findPassive(sentence: string): Hit | null {
  if (isPlainQuestion(sentence) || CONDITIONAL.test(sentence.split(/,\s+(?:and\s+)?if\b/i)[0]!)) return null;
  const generic = COMES_BACK.exec(sentence) ?? (WILL_BE_SENT.test(sentence) && hasDeadline(sentence) && !/\b(?:each|every) (?:quarter|month|week|year|day|time)\b|\bregularly\b|\broutinely\b/i.test(sentence) ? WILL_BE_SENT.exec(sentence) : null);
  const isSubjectSpeaker = generic ? /\b(?:I|we|you)\s*$/i.test(sentence.slice(0, generic.index)) : false;
  if (PASSIVE_DELIVERABLE.test(sentence) || GOES_TO_COMMITTEE.test(sentence) || (generic && !isSubjectSpeaker)) {
    // "A letter will go out from the ICB": the body it comes from does it.
    // "…circulated to all practices by the medicines team": a team, said in lower case.
    const said = /\b(?:from|by) (?<agent>(?:the )?(?:ICB|LMC|LPC|trust|council|federation|PCN|[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,4}))\b/.exec(sentence)?.groups?.agent ?? null;
    const team = /\b(?:from|by) (?<agent>the (?:[A-Za-z][\w'&-]* ){0,3}(?:team|office|secretariat|directorate|department))\b/.exec(sentence)?.groups?.agent ?? null;
    // "Circulated by Friday", "by Christmas": a time, not who does it.
    const agent = said && !DATE_WORD.test(said) ? said : team;
    const text = tidy(sentence.replace(/^(?:so|and|then|right|okay|ok|just so it's minuted|so it's minuted|for the minutes),?\s+/i, '').replace(/^(?:and )?just so it's minuted,?\s+/i, ''));
    return { kind: 'action', text, owner: agent, ownerSource: agent ? 'named' : 'none', rule: 'passive', reason: agent ? `Something is to come from ${agent}.` : 'Something is to come back, with nobody named to do it.' };
  }
  return null;
}

/** Words that make "by …" a time rather than someone doing it. */
const DATE_WORD = /^(?:(?:the )?(?:end|close|start|beginning|middle)\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|New Year|Q[1-4]\b|(?:the )?(?:next|first|last|\d))/i;

/** "The revised terms of reference will be circulated within a week": sent round, by a time. */
const WILL_BE_SENT = /\b(?:will|'ll|are going to|is going to) be (?:circulated|recirculated|re-?circulated|sent (?:out|round|around)|shared|issued|published)\b/i;

/** "A full refresh of the register will come back to the committee in March": something comes back, whoever brings it. */
const COMES_BACK = /\b(?:will|'ll|is going to|is to|are going to|are to|needs to|will need to) (?:come back|be brought back|be brought|return|go|go out|be sent out|be circulated|be published) (?:to (?:the|this|our|next|a future|all|every) (?:\w+ ){0,2}?(?:committee|board|meeting|group|panel|forum|partnership|practices|members|PCNs)|(?:out )?(?:from|by) (?:the )?[A-Z])/i;

/** Where a sentence holds a second thing to do: "send me the names by Friday, and I'll get them added"; "…; Farah, you're …". */
const CLAUSE_BREAK = /[;]\s+|(?<![A-Z][a-z'-]*),\s+(?=[A-Z][a-z'-]+,\s+(?:can|could|would|will) (?:you|we|I)\b)|,\s+(?:and|so)\s+(?=the [\w'-]+(?: [\w'-]+){0,2} (?:will|'ll|is going to|are going to|to) [a-z])|:\s+(?=(?:I|we)(?:'ll| will)\b)|\s+and\s+(?=[A-Z][a-z'-]+ (?:will|'ll|is going to|to) [a-z])|,\s+(?=[A-Z][a-z'-]+ to [a-z]+\b)|,?\s+(?:and|but|so|then)\s+(?=(?:I|we)(?:'ll| will|'m going to| am going to)\b)|,\s+(?=(?:I|we)(?:'ll| will)\b)|,\s+(?:and\s+)?(?=[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?,\s+you(?:'ll| will|'re going to| are going to)\b)|,\s+(?:and\s+)?(?=[A-Z][a-z'-]+(?:'s| is) going to [a-z])/g;

/** A clause that is a condition: what it is the condition of follows it. ("If you send me the list, I'll check it" is a promise on receipt.) */
const CONDITION_FIRST = /^\s*(?:(?:and|so|but|ok|okay|right),?\s+)*(?:if|unless|assuming|supposing|provided|in case|should|even if)\b(?!\s+(?:you|someone|anyone) (?:can |could )?(?:send|give|forward|share|get|let me have|pass)\b)/i;

/** The words of a sentence from `start` to `end`, placed as if it began at `start` (read only when asked for). */
function wordsBetween(checked: Checked, start: number, end = Infinity): Checked {
  let words: readonly PlacedWord[] | null = null;
  return {
    get words() {
      words ??= checked.words.filter((w) => w.start >= start && w.end <= end).map((w) => ({ ...w, start: w.start - start, end: w.end - start }));
      return words;
    },
  };
}

/** The clauses of a sentence, each with the words that fall in it (offsets made relative to the clause). */
function clausesOf(sentence: string, checked: Checked): { text: string; checked: Checked }[] {
  // "If we're still under ninety per cent, I'll let Rachel know": the condition and what follows it are one clause.
  const breaks = allMatches(CLAUSE_BREAK, sentence).filter((b, i, all) => !CONDITION_FIRST.test(sentence.slice(i ? all[i - 1]!.index + all[i - 1]![0].length : 0, b.index)));
  if (!breaks.length) return [{ text: sentence, checked }];
  const cuts = [0, ...breaks.map((m) => m.index + m[0].length), sentence.length];
  const clauses: { text: string; checked: Checked }[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const start = cuts[i]!;
    const end = i < breaks.length ? breaks[i]!.index : cuts[i + 1]!;
    const text = sentence.slice(start, end);
    if (!text.trim()) continue;
    clauses.push({ text, checked: wordsBetween(checked, start, end) });
  }
  return clauses;
}

/** Every action in a sentence, one per clause; a later "I'll …" that only goes on with the same task is not another. */
/** "So actions: Dev the rota, Amy the letter to the care homes, me the ICB": the chair's list, one action each. */
const ACTION_LIST = /\bactions?(?: (?:from|for) (?:that|this|today|this item))?(?: then)?\s*:\s*(?<list>.+)$/i;
const LISTED_ACTION = new RegExp(`^(?<owner>me|I|${NAME})(?:(?:'ll| will| to| is to| can)\\s+)?\\s*(?<task>(?:the|a|an|our|their|his|her|to|write|send|speak|update|draft|chase|do|sort|get|check|confirm|book|contact|share|circulate|bring)\\b.+)$`);

function findActionList(sentence: string): Hit[] {
  const list = ACTION_LIST.exec(sentence)?.groups?.list;
  if (!list) return [];
  const hits: Hit[] = [];
  for (const part of list.split(/,\s*(?:and\s+)?|\s+and\s+(?=(?:me|I|[A-Z][a-z]+)\s)|;\s*/)) {
    const said = part.trim().replace(/[.!]+$/, '');
    // "the office will update the website": a team, with what it will do.
    const team = /^(?<owner>the [a-z]+(?: [a-z]+)?) (?:will|'ll|to|is to|are to) (?<task>[a-z].+)$/i.exec(said);
    if (team?.groups) {
      hits.push({ kind: 'action', text: tidy(team.groups.task!), owner: team.groups.owner!, ownerSource: 'named', rule: 'explicit', reason: `The chair listed it as ${team.groups.owner}'s action.`, dueFrom: said });
      continue;
    }
    const item = LISTED_ACTION.exec(said);
    if (!item?.groups) continue;
    const owner = item.groups.owner!;
    const isMe = /^(?:me|I)$/.test(owner);
    if (!isMe && !isName(owner)) continue;
    const task = item.groups.task!.replace(/^to\s+/i, '');
    hits.push({ kind: 'action', text: tidy(task), owner: isMe ? null : owner, ownerSource: isMe ? 'speaker' : 'named', rule: 'explicit', reason: isMe ? 'The chair listed it as their own action.' : `The chair listed it as ${owner}'s action.`, dueFrom: said });
  }
  return hits.length >= 2 ? hits : [];
}

/**
 * A sentence after the chair's list that only gives dates: "All before the
 * next meeting", "Dev end of the week on the rota, and Amy and I before we
 * meet again". Sets them and says whether the sentence was only that.
 */
function datesForList(text: string, listed: readonly Mutable<ActionSuggestion>[], speaker: string | null, due: (sentence: string) => DueDate | null): boolean {
  if (/^(?:(?:and|so)\s+)?(?:all|everything|both|all of (?:those|them|that)|those|them)\b/i.test(text)) {
    const said = due(text);
    if (!said) return false;
    for (const s of listed) s.due ??= said;
    return true;
  }
  let isDatesOnly = false;
  for (const clause of text.split(/,\s*(?:and\s+)?/)) {
    const said = due(clause);
    if (!said) continue;
    const first = (name: string | null): string => (name ?? '').replace(/^(?:Dr|Mr|Mrs|Ms|Cllr)\s+/, '').split(/\s+/)[0]!.toLowerCase();
    const named = listed.filter((s) => {
      const owner = s.ownerSource === 'speaker' ? null : first(s.owner);
      return owner ? new RegExp(`\\b${escapeRegExp(owner)}\\b`, 'i').test(clause) : /\b(?:I|me|mine|ours)\b/.test(clause) && s.owner === speaker;
    });
    for (const s of named) s.due ??= said;
    if (named.length) isDatesOnly = true;
  }
  return isDatesOnly;
}

/** A chair's recap of the actions just given, before a colon: "Just to recap the actions on that item:", "so to pull that together:". */
const RECAP_OF_ACTIONS = /^.{0,40}?\b(?:to recap|recapping|to sum up|summing up|to pull (?:that|this|it) together|pulling (?:that|this) together|so the actions (?:are|were)|the actions (?:are|were|from (?:that|this)))\b[^:]{0,40}:/i;

/** Copying someone in on a task: "copy the LMC in", "cc Sarah", "keep the PCNs in the loop". */
const COPY_IN = /^(?:copy|cc|keep) (?:\S+ ){1,4}?(?:in|in on (?:it|that|this|them)|in the loop|informed|posted)$|^cc /i;

function findActionsInClauses(sentence: string, checked: Checked, isRecap: boolean): Hit[] {
  const listed = findActionList(sentence);
  if (listed.length) return listed;
  const clauses = clausesOf(sentence, checked);
  const hits: Hit[] = [];
  for (const clause of clauses.length > 1 ? clauses : [{ text: sentence, checked }]) {
    const found = (isRecap ? findRecap(clause.text, clause.checked) : []).concat();
    if (!found.length) {
      const action = findAction(clause.text, clause.checked);
      if (action) found.push(action);
    }
    // "To recap the actions: Fiona's going to share the dates, and Bilal will confirm the venue": each is a task given.
    if (!found.length && RECAP_OF_ACTIONS.test(sentence)) {
      // The first clause holds the lead-in: what is given starts after its colon (and the space after it).
      const colon = /:\s*/.exec(clause.text);
      const from = colon ? colon.index + colon[0].length : 0;
      const given = findAssignment(clause.text.slice(from), from ? wordsBetween(clause.checked, from) : clause.checked, true);
      if (given) found.push(given);
    }
    for (const said of found) {
      if (said.rule === 'commitment' && HABIT_LEAD.test(sentence)) continue;
      // Each clause of several may say its own date: "Jo to update the log by Friday, and the ICB to confirm it by the 22nd".
      const hit = clauses.length > 1 ? { ...said, dueFrom: clause.text } : said;
      const firstWord = (t: string): string => t.split(/\s+/)[0]!.toLowerCase();
      const isSameTask = hits.some((h) => h.ownerSource === hit.ownerSource && h.rule === hit.rule && (firstWord(h.text) === firstWord(hit.text) || /^(?:let (?:you|us|them|him|her) know|do (?:it|that)|get (?:it|that|them) (?:done|sorted))\b/i.test(hit.text)));
      // "Leave that with me, I'll speak to the LMC": the offer and the task are one.
      const isOfferForTask = hit.pointsBack && hits.some((h) => h.ownerSource === 'speaker') || hits.some((h) => h.pointsBack) && hit.ownerSource === 'speaker';
      // "…will write to both practices, and we'll copy the LMC in": who else hears of it, not a task of its own.
      const isCopyOfTask = hits.some((h) => h.kind === 'action') && COPY_IN.test(hit.text);
      if (isSameTask || isCopyOfTask) continue;
      if (isOfferForTask) {
        const offered = hits.findIndex((h) => h.pointsBack);
        if (offered >= 0) hits.splice(offered, 1, hit);
        continue;
      }
      hits.push(hit);
    }
  }
  // "Nadia to redo the rota, and Joel to chase the agency by Thursday": Thursday is Joel's, not Nadia's.
  const actions = hits.filter((h) => h.kind === 'action' && h.dueFrom !== undefined);
  // "…and Sam will do the survey, both by the ninth": one date for all of them.
  const isOneDateForAll = /\b(?:both|all(?: of (?:them|those|these))?|all (?:two|three|four)|each)\s*,?\s*(?:(?:back|in|done|finished|ready|returned|with (?:me|us))\s+)?(?:by|before|within|no later than|for)\b/i.test(sentence);
  return actions.length > 1 && !isOneDateForAll ? hits.map((h) => (actions.includes(h) ? { ...h, isDueOnlyFrom: true } : h)) : hits;
}

/** "Jenny, you're updating the frailty slides; Farah, you're picking up the discharge letters": one action each. */
function findRecap(sentence: string, checked: Checked): Hit[] {
  const hits: Hit[] = [];
  RECAP.lastIndex = 0;
  for (const match of allMatches(RECAP, sentence)) {
    const owner = match.groups!.owner!;
    if (!isName(owner) || !isProperName(checked, match.index + match[0].indexOf(owner))) continue;
    const offset = match.index + match[0].length - match.groups!.body!.length;
    if (!startsWithTask(checked, sentence, offset)) continue;
    hits.push({ kind: 'action', text: tidy(baseForm(match.groups!.body!.replace(/[,.]?\s*(?:and\s*)?$/i, ''), checked.words, offset)), owner, ownerSource: 'named', rule: 'recap', reason: `${owner} is down to do it.` });
  }
  return hits;
}

// ---------------------------------------------------------------------------
// Decisions

/** A second decision joined to the first: ", and item six noted", ", and received the risk register". */
const SECOND_DECISION = /,\s*and\s+(?<rest>(?:[\w'-]+\s+){0,4}?(?:approved|noted|agreed|endorsed|ratified|supported|received|accepted|rejected|deferred|adopted)\b.*)$/i;
/** A resolution said as a list: "The committee notes …, recommends …, and requests …". */
const RESOLUTION_LIST_SUBJECT = /^((?:the )?(?:committee|board|panel|sub-?committee|meeting|partnership|council|cabinet))\s+(?=(?:notes|approves|agrees|endorses|recommends|requests|asks|supports|welcomes|resolves)\b)/i;
const RESOLUTION_LIST_SPLIT = /,\s*(?:and\s+)?(?=(?:notes|approves|agrees|endorses|recommends|requests|asks|supports|welcomes)\b)/i;
const DECISION_VERB =
  'approved|agreed|resolved|noted|endorsed|supported|ratified|accepted|decided|received|rejected|declined|deferred|chose|adopted|delegated|approve|endorse|ratify|approves|agrees|resolves|notes|endorses|supports|ratifies|accepts|decides|receives|rejects|declines|adopts|delegates|RESOLVED';
/** The meeting itself, in the words a chair uses for it. */
const THIS_BODY = '(?:the )?(?:committee|board|group|meeting|forum|panel|partnership|members|sub-?committee|sub-?group|network|LMC|council|cabinet|team|executive|we|it)';
const BODY_DECIDED = new RegExp(`\\b${THIS_BODY}(?:(?:'ve|'d)?\\s+|(?=['’](?:s|re) )|(?<!\\bit)['’]s\\s+(?=(?:agreed|approved|decided|resolved|endorsed|ratified|accepted|adopted)\\b))(?:has |have |had )?(?:formally |also |therefore |unanimously |duly |now |on balance )?(?<verb>${DECISION_VERB}|chooses|(?:does not|doesn't|do not|don't) (?:approve|support|endorse|accept|ratify|adopt)(?= (?:the|this|that|these|those|it)\\b)|(?:is|are|'s|'re) (?:content|happy|pleased|minded|able) to (?:support|approve|endorse|accept|note|agree|adopt)|agrees? in principle)\\b(?<rest>.*)$`, 'i');
/** "It was agreed that …", "it was resolved to …": minute-style. */
const IT_WAS = /^(?:(?:so|and|then),? )?it (?:was|has been|is) (?:therefore |formally |unanimously )?(?:agreed|resolved|decided|approved)\b/i;
/** "… so that's supported": the outcome said after the discussion. */
const THATS_OUTCOME = /,\s*(?:so |and )?(?:that's|they're|it's|those are) (?:agreed|supported|approved|endorsed|ratified|carried|decided|settled)\s*[.!]?$/i;
const OUTCOME = /\b(?:minutes|notes|closure|merger|relocation|application|appointment|nomination|change|closure|request|recommendations?|proposals?|motion|business case|option \w+|the options?|report|plan|paper|policy|terms of reference|bid|request|application|amendment|changes?|approach|protocol|framework|strategy|budget|allocation|model|case|pilot|extension|item|position statement|statement|specification|variation|uplift|contract|award)\b.{0,60}?\b(?:is|are|'s|has been|have been|was|were|stands|stand) (?:therefore |formally |duly |then |now |hereby )?(?<outcome>approved|agreed|endorsed|supported|ratified|accepted|noted|carried(?! forward| over)|passed|rejected|declined|adopted|not supported|not approved|not agreed|deferred)\b/i;
const CARRIED = /^(?:(?:so|then|right|okay|ok|good|great|thank you|thanks|lovely),? )*(?:that(?:'s| is)|it(?:'s| is)|they(?:'re| are)|those are|the (?:motion|recommendation|resolution|proposal)(?:'s| is| has been)?|which is|that has been)\s+(?:therefore |then |now |duly )?(?<outcome>carried|passed|agreed|approved|ratified|endorsed|supported|adopted|settled|resolved|decided|accepted|formally noted|unanimous|signed off)\b|\bI (?:make|declare|take) (?:that|it|the (?:motion|recommendation|resolution)) (?:carried|passed|agreed|approved|unanimous)\b|^(?:(?:so|then|right|okay|ok|fine|good|great|lovely|excellent|done|aye),? )?(?:carried|passed|approved|ratified|endorsed|adopted|signed off|resolved|unanimous(?:ly)?)(?:[,.]| unanimously| with\b| subject\b| then\b| as\b|$)|\b(?:that|it|which) (?:looks|seems|sounds) (?:like it's )?(?:unanimous|carried)\b|,\s*so (?:agreed|approved|carried|ratified)(?=\s*(?:[.,!;]|$))|\b(?:option \w+|the (?:motion|proposal|amendment|recommendation)) (?:carries|is carried|passes|wins)\b|^(?:(?:so|then|right|okay|ok|good|great),? )*(?:both|all three|all four|all of them) (?:are|were) (?:therefore |then |now )?(?:approved|agreed|endorsed|ratified|accepted|noted|carried)\b|^(?:(?:ok|okay|right|so),?\s+)?decision made\b/i;
const EXPLICIT_DECISION = /(?:^|[,.;]\s*|\s[–—-]\s*|\ba (?:chair's |quick |formal )?)(?:(?:so )?that's a decision\s*[,:–—-]|DECISION(?: recorded| point| made| for the (?:minutes|record|log|action log|decision log|notes))?\s*[:–—-]|RESOLVED\s*[:–—-]\s*(?=that\b|we\b|the\b)|(?:so |and )?(?:the )?decision(?: is| then| then is)?(?: that)?\s*[:–—-]|(?:so |and )?the (?:decision|resolution) is(?: that)?\b|(?:the )?(?:committee|board|meeting|panel|partnership|group)['’]s decision(?: today| tonight| this (?:morning|afternoon|evening))? is(?: to| that)?\b)\s*(?<body>.+)$/i;
const FOR_THE_MINUTES = /\bfor the (?:minutes|record)\s*[:,–—-]\s*(?<body>.+)$|^(?:(?:so|and|then|thank you(?: all)?|thanks),? )*I(?:'ll| will|'d like to|'m going to) (?:record|minute|note|confirm)(?: that| for the minutes| for the record)?\s*[:,–—-]?\s*(?<recorded>.+)$/i;
const TAKE_AS = /\b(?:I'll|I will|I'm going to|we'll|we will|can I|I can|let's|I'd like to) take (?:that|this|it|them|those|these|the [a-z]+(?: [a-z]+)?) as (?<how>approved|agreed|noted|accepted|ratified|endorsed|supported|read|a yes|unanimous|(?:an? )?(?:accurate|true|correct|fair) record|(?:the (?:committee|board|meeting|group|panel|partnership|members) )?(?:approving|agreeing|endorsing|supporting|accepting|ratifying|noting))\b/i;
const SETTLED =
  /\b(?:(?:we're|we are) (?:all )?agreed|(?:partners|members|everyone|everybody|the (?:board|committee|partners)) (?:are|is) (?:all )?agreed|(?:we'll|we will) (?:keep|leave) (?:it|things|that) as (?:it is|they are)(?:,? then)?(?=[,.!]|\s+(?:then|for now)\b)|let's (?:do that|go (?:with|ahead)|proceed|take that forward)|let's go for (?:the |option )?[\w'-]+(?: [\w'-]+){0,3},? then\b|\bso we (?:go ahead|proceed) with\b|(?:we'll|we will|we're going to|we are going to|we'll) (?:go with|go ahead with|proceed with|adopt|stay with|use|fund|extend|commission|approve|support|endorse|accept|note|stick with|recommend|ask|move to|pause|stop|close|continue)|(?:we're|we are) (?:going ahead|proceeding|going) with|(?:we're|we are) (?:doing|going for|taking|going with) option \w+|(?:our|the (?:committee|board|LMC|group|meeting)['’]s) position(?:'s| is) agreed|(?:we're|we are) (?:approving|agreeing|endorsing|supporting|accepting|adopting|ratifying|noting)\b|(?:I'm|I am) hearing (?:a )?(?:consensus|agreement|no objections?)|there's (?:a )?consensus|that's a (?:no|yes) from the (?:group|committee|board|panel|forum)|that's what we'll do|that's (?:the|our) decision|hearing no objections|no objections,? so\b|(?:nobody|no-?one|no one)(?:'s| has)? objected|(?:we'll|we will) sign (?:it|that|this) off)/i;
const AGREED_THEN = /^(?:(?:so|ok|okay|right|fine|good|great|lovely),? )?agreed(?:,? then\s*[:;,–—-]|\s*[:;–—-]|,(?=\s*(?:we|the|so)\b))\s*(?<rest>.+)$/i;
/** "Agreed." "Noted, thanks." "Content." on its own. */
const BARE_ASSENT = /^(?:(?:so|then|ok|okay|right|yes|yeah|good),? )?(?:(?:that's|that is|all) )?(?:agreed|noted|approved|content|happy|fine|supported|seconded)(?:,? (?:then|by me|from me))?(?:[,.!]? (?:thank you|thanks|cheers)(?: (?:everyone|all|very much|\w+))?)?[.!]?$/i;
/** The chair asks the meeting to agree. */
const CALL_FOR_ASSENT =
  /\b(?:are (?:we|members|colleagues|people|you|the committee|the board)(?: all)? (?:content|happy|agreed|comfortable|okay|ok|in agreement|supportive|able to (?:approve|agree|support|note|endorse))|is (?:everyone|everybody|that|the committee|the board) (?:content|happy|agreed|comfortable|okay|ok|in agreement)|(?:everyone|everybody|all) (?:happy|content|agreed|okay|comfortable)|any (?:objections?|dissent|disagreement|comments? or objections?|one against|against)|(?:does|do) (?:anyone|anybody|members|colleagues) (?:disagree|object|dissent)|anyone (?:disagree|object|against)|can we (?:agree|approve|note|endorse|support|take that)|do we (?:agree|approve|support|endorse)|(?:those|all those) in favour|is that agreed|shall we (?:go with|agree|approve|proceed)|can I take (?:that|this|it) as|happy (?:to|with) (?:approve|agree|note|support|endorse|that|this|go with)|(?:is|are) (?:there )?(?:any )?(?:members|people) against|everyone in favour|hands up|all for|is it agreed|is the (?:[\w'-]+ ){1,4}agreed|are the (?:[\w'-]+ ){1,4}agreed|(?:^|[.,]\s*)(?:all )?agreed(?=\s*\?)|if (?:members|colleagues|everyone|everybody|the (?:committee|board|group)) (?:are|is) (?:content|happy|agreed|comfortable))\b/i;
/** "If members are content, we'll note the report": a call for agreement said as a condition. */
const CONDITIONAL_ASSENT = /\bif (?:members|colleagues|everyone|everybody|the (?:committee|board|group|panel)) (?:are|is) (?:content|happy|agreed|comfortable)\b/i;
/** A proposal that now goes ahead: "the change goes through", "the pilot will go ahead". */
const GOES_AHEAD = /^(?:(?:so|then|right|okay|ok|good|great|lovely|agreed)[,.]? )*(?:the|this|that|our) (?:[\w'-]+ ){0,4}?(?:change|proposal|plan|pilot|bid|recommendation|merger|application|scheme|policy|variation|business case|option)s? (?:goes|go|will go|can go|is going) (?:through|ahead)\b/i;

/** The chair closes a call for agreement. */
const CLOSURE =
  /^(?:(?:lovely|great|good|excellent|brilliant|perfect|right|okay|ok|fine|thank you|thanks|super|fab|wonderful|marvellous|done|hearing none|hearing no|not seeing any|seeing none|I see no|I'm seeing|that's|so|then|in that case|carried|agreed|approved)\b|.*\b(?:moving on|move on|next item|that's (?:agreed|approved|carried|settled|done|what we'll do|decided)|thank you(?: everyone| all| members| colleagues)?)\b)/i;
/** A member's view on a proposal is not the meeting's decision. */
const OPINION = /^(?:(?:yes|yeah|well|so|and|but|oh|ok|okay|right),? )*(?:I|I'd|I would|I'm|I am|personally|speaking for|for what it's worth|from (?:our|my) (?:side|point of view))\b(?! (?:think |believe )?(?:we(?:'re| are) (?:all )?agreed))(?!(?:'m| am)? (?:not )?(?:seeing|hearing|can see|see) )/i;
/** A decision taken at another time or place, or by another body, was not taken here. */
const DECIDED_ELSEWHERE =
  /\bat (?:their|its|the|our) (?:last|previous|own|December|November|October|September|January|February|March|April|May|June|July|August) (?:meeting|board|committee|session)\b|\b(?:by email|earlier this (?:year|month|week)|a (?:month|year|week|few weeks|couple of weeks) ago|last (?:week|month|year|time|meeting|board)|(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday)|in (?:January|February|March|April|May|June|July|August|September|October|November|December),? (?:we|the (?:committee|board|group))|previously|already|(?<!\b(?:come|comes|coming|brought|bring (?:it|this|that)|be) )back in|the other day)\b/i;
/** "The recommendation is that the committee approves …": put to the meeting, not yet decided. */
const PUT_TO_THE_MEETING =
  /\b(?:that's|that is|here's|this is) the (?:motion|proposal|recommendation)\s*[:,]|^(?:so,? )?(?:the|my|our) (?:recommendation|proposal|suggestion|motion) (?:is|would be)\b(?! (?:therefore )?(?:approved|agreed|endorsed|supported|accepted|carried|passed|adopted|noted|ratified|rejected|defeated|lost|not)\b)|^(?:so,? )?(?:I|we)(?:'d| would)? (?:propose|recommend|suggest|move)\b|\b(?:paper|report|committee|board|members) (?:recommends?|proposes?|asks?|is asked|are asked)\b|\bis (?:being )?asked to (?:approve|note|agree|endorse|support|ratify)\b|\bthe ask (?:today |here |of (?:the committee|the board|members) )?is\b|\bfor (?:approval|noting|decision|discussion|information)\b/i;
/** Other bodies deciding elsewhere: "the ICB board agreed the operating plan". */
const OTHER_BODY = /\b(?:ICB|trust|NHS England|NHSE|government|council's cabinet|cabinet|region|national|their|the other|another|health and wellbeing) (?:board|committee|team|executive|group)?\s*(?:has |have |had )?(?:formally |also )?(?:approved|agreed|decided|endorsed|signed off|ratified|supported|noted)\b/i;
/** "The UEC board has agreed …": a board known by its initials is another body. */
const ACRONYM_BODY = /\b[A-Z]{2,6} (?:[Bb]oard|[Cc]ommittee|[Ee]xecutive|[Gg]roup|[Pp]anel)\s+(?:has |have |had )?(?:formally |also )?(?:approved|agreed|decided|endorsed|signed off|ratified|supported|noted)\b/;

/** The kind of sentence a chair says before asking for agreement: "So the proposal is we …". */
const PROPOSAL = /\b(?:the proposal is|I propose|we propose|I'd propose|the suggestion is|the recommendation is|so we (?:would|will|'ll)|so we're|we (?:would|will|'ll) (?:keep|use|go|extend|fund|approve|close|commission|pause|stop|continue|move|adopt|write|ask|take)|so (?:that's|the plan is)|option (?:one|two|three|a|b|c|\d))\b/i;

/** "Right, done, notes approved": the outcome without a verb. */
/** "With that change, approved as an accurate record": the minutes, approved. */
const AS_A_RECORD = /\b(?:approved|agreed|accepted|signed off)\s+as\s+an?\s+(?:true|accurate|correct|fair)\s+record\b/i;
/** "Right, that's our position then": the meeting's position on what was just discussed. */
const OUR_POSITION = /^(?:(?:so|right|okay|ok|good),?\s+)*that(?:'s| is) (?:our|the (?:committee|board|LMC|group|meeting)['’]s) (?:position|view|decision|line)(?:,? then)?\s*[.!]?$/i;
/** "So option two it is": an option chosen, said as the choice. */
const OPTION_CHOSEN = /(?:^|[,.;:]\s*|\b(?:so|then|great|ok|okay|right|fine)\s+)option [A-Za-z0-9]+ it is\b(?:,? then)?(?!\s+(?:that|which|we|you|I)\b)/i;
/** "So that's the plan signed off", "that's the uplift agreed": the outcome said with the thing decided. */
const THATS_THE_THING_DECIDED = /(?:^|[,.;:]\s*|\b(?:so|then|great|ok|okay|right|good)\s+)that's (?:the|our) (?:[\w'-]+ ){1,3}(?:signed off|agreed|approved|endorsed|ratified|supported)(?:,? then)?\s*(?:[,.!]|$)/i;
const ELLIPTICAL = /\b(?:minutes|notes|recommendations?|proposals?|report|option \w+|paper|plan|budget|motion|terms of reference|item \w+|applications?|procurement|contract|bids?)\s+(?:both |all )?(?:approved|agreed|ratified|endorsed|carried|accepted|adopted|noted)\b/i;

function decisionText(text: string): string {
  // "So the LMC endorses the guidance, and I'll put it in the bulletin": the decision is the first part.
  // "OK so we'll go ahead with the clinics": the chair's "OK" first, so that what follows it is not cut off as a second clause.
  const decided = text
    .replace(/^(?:(?:ok|okay|right|well|good|great|lovely|thanks|thank you)[,.]?\s+)+/i, '')
    // "Hearing none, the committee approved …": how the chair closed it, not what was decided.
    .replace(/^(?:(?:hearing|seeing) (?:none|no objections?|nothing)|no objections?|none against)[,.]?\s+/i, '')
    .replace(/,?\s+(?:and|but|so)\s+(?:I|we|the (?:[\w'-]+ ){0,4}?(?:team|ICB|LMC|PCN|council|trust|federation|practices?))(?:'ll| will| can| shall| are to| is to)\b.*$/i, '')
    // "So the proposal is to commission the LES" decides "Commission the LES".
    .replace(/^(?:(?:so|and|right|okay|ok),?\s+)*(?:the|my|our) (?:proposal|recommendation|suggestion|motion) (?:is|would be)(?: (?:that|to))?\s+/i, '')
    .replace(/^(?:(?:so|and),?\s+)*I (?:would |'d )?(?:propose|move|suggest)(?: that)?\s+/i, '')
    // "So are we happy to support the LPC's position?" decides "Support the LPC's position".
    .replace(/^(?:(?:so|ok|okay|right|and),?\s+)*(?:are (?:we|members|you|colleagues)(?: all)?|is (?:everyone|everybody|the (?:committee|board|group))) (?:happy|content|agreed|okay|ok|able|willing)(?: to| with)?\s+(.+?)\??$/i, '$1');
  return tidy(decided.replace(/^(?:so|thank you|thanks|right|okay|ok|then|and|lovely|great)[,.]?\s+/i, '').replace(/\s*(?:are (?:we|members)[^?]*|is everyone[^?]*|everyone happy|any objections|does anyone disagree)\??\s*$/i, ''));
}

/**
 * A decision said with its lead first: "Decision is we don't renew…", "we're agreed then, …", "so we're signing off …".
 * Not "so the committee's position is …": chairs say that to put a position to the room before it is agreed.
 */
const DECISION_LEAD =
  /^(?:(?:right|okay|ok|so|good|then|great),?\s+)*(?:(?:the\s+)?decision is(?: that)?|(?:we're|we are) (?:all\s+)?agreed(?:,?\s+then)?|(?:we're|we are) signing off)[,:]?\s+(?<rest>.{8,})$/i;
/** "So where we've landed is the four practices keep the enhanced service." */
const LANDED = /\b(?:so )?(?:where we(?:'ve| have) landed|what we've landed on|where we've got to|the upshot) is(?: that)?,?\s+(?<rest>.+)$/i;
/** "We're not supporting that", "the committee isn't able to support the relocation as proposed": a decision against. */
const NO_SUPPORT_SEEN = /\b(?:I'm not seeing|I am not seeing|I don't see|there's no|there isn't) (?:any |much )?support for (?:that|it|this|the proposal)\b/i;
const NOT_SUPPORTED =
  /\b(?:I'm not seeing|I am not seeing|I don't see|there's no|there isn't) (?:any |much )?support for (?:that|it|this|the proposal)\b|\bwe (?:won't|will not) (?:be )?tak(?:e|ing) (?:\S+ ){1,4}?forward\b|^(?:(?:no|so|right|okay|ok|then|well)[,.]?\s+)*(?:we(?:'re| are)|the (?:committee|board|group|panel|LMC|meeting|partnership)(?:'s| is))\s+not\s+(?:supporting|approving|endorsing|agreeing to|able to (?:support|approve|endorse|agree to)|in a position to (?:support|approve|endorse|agree to)|going to (?:support|approve|endorse))\b|\b(?:the (?:committee|board|group|panel|LMC|meeting))\s+(?:isn't|is not|wasn't|was not)\s+able to (?:support|approve|endorse)\b/i;
/** A decision found, in the words the minutes would use. */
function decisionHit(text: string, reason: string): Hit {
  return { kind: 'decision', text: decisionText(text), owner: null, ownerSource: 'none', rule: 'decision', reason };
}

/** "The motion falls", "so that's three against, two for": lost on a vote. */
const MOTION_FALLS = /\bthe (?:motion|amendment|recommendation|proposal) (?:falls|fails|is lost|is defeated|is not carried|was lost|was defeated)\b|\bthat's (?:\w+|\d+) against,? (?:\w+|\d+) (?:for|in favour)\b/i;

/** A question tag after a decision said: "…, yeah?", "…, okay?". */
const DECISION_TAG = /,\s*(?:yeah|yes|okay|ok|right|all right|alright)\?$/i;
/** A vote lost: "So that's not carried." */
const NOT_CARRIED = /\b(?:(?:that's|that is|it's|it is|which is) not (?:carried|agreed|passed)|(?:isn't|wasn't|was not) (?:carried|passed)|(?:that|it|the motion|the proposal) (?:falls|fails)|(?:is|was) lost)\b/i;
/** A decision stated in one sentence ("The committee noted the report", "That's carried"). */
function findDecision(sentence: string): Hit | null {
  const marked = EXPLICIT_DECISION.exec(sentence);
  if (marked?.groups) return decisionHit(marked.groups.body!, 'Announced as a decision.');
  const minutes = FOR_THE_MINUTES.exec(sentence);
  const recorded = minutes?.groups?.body ?? minutes?.groups?.recorded;
  // "Just for the record, the board agreed last March that …": a reminder of an old decision, not a new one.
  if (recorded && !REPORTED.test(recorded) && !NOT_DECIDED_NOW.test(sentence) && (BODY_DECIDED.test(recorded) || OUTCOME.test(recorded) || AGREED_THEN.test(recorded))) return decisionHit(AGREED_THEN.exec(recorded)?.groups?.rest ?? recorded, 'Recorded for the minutes.');
  // "Decision is we don't renew …", "we're agreed then, the hub stays … and we look at it again after":
  // the decision said first; a review planned after it does not put it off.
  const lead = DECISION_LEAD.exec(sentence);
  if (lead?.groups && !isPlainQuestion(sentence) && !CONDITIONAL.test(sentence.replace(FORMAL_CONDITION, '')) && !REPORTED.test(lead.groups.rest!)) {
    return decisionHit(/signing off/i.test(lead[0]) ? sentence : lead.groups.rest!, 'The chair stated the decision.');
  }
  // Most sentences decide nothing: what sets a decision aside is read only once one is stated.
  const stated = findStatedDecision(sentence);
  if (!stated || isNotADecision(sentence)) return null;
  return stated;
}

/**
 * A recommendation or a proposal read out ("the recommendation on page eleven is that …", "One, that the LMC notes
 * …"), a reminder of how the meeting is run, and a fact everyone agrees ("I think we're all agreed the system is a
 * mess"): nothing decided.
 */
const NOT_YET_DECIDED =
  /\bI'd (?:suggest|propose|recommend)\b|\bI(?:'m| am) (?:proposing|suggesting|recommending)\b|\bI (?:propose|suggest|recommend) (?:that|we)\b|\bfrom what I'm hearing\b|^(?:one|two|three|four|five),\s+(?:that\s+)?the (?:committee|board)\b|\b(?:recommendation|proposal|motion)\b(?!\s+(?:passes|carries|is carried|was carried|has passed|has been carried)\b)[^.;]{0,40}\bis that\b|^(?:(?:so|and),? )?(?:one|two|three|four|first|second|third|firstly|secondly|thirdly),? that\b|^(?:just )?(?:a|as a) reminder\b|\b(?:we're|we are) (?:all )?agreed,? (?:that )?(?:the |this |it |our |that )?[^,.;]{0,60}?\b(?:is|are|isn't|aren't|'s) (?:a |an |the |just |really |completely |frankly )*(?:mess|disgrace|shambles|problem|nightmare|broken|scandal|not (?:working|good enough)|unacceptable|ridiculous|awful|terrible|a joke)\b/i;

/** A decision taken before this point, reminded of: "as we agreed under item three", "our board agreed in October", "the cabinet decides next week". */
const DECIDED_BEFORE = /\b(?:as (?:we|members may know|you may know|you know|members will know)\b[^.;]{0,40}\b(?:agreed|decided|approved|resolved)|(?:agreed|decided|approved|resolved) (?:earlier|at the (?:last|previous) meeting|in (?:January|February|March|April|May|June|July|August|September|October|November)|last (?:week|month|time|year))\b|\bour board (?:has )?(?:agreed|decided|approved)|\b(?:we )?agreed (?:it|that|this) (?:then|at the time|back then)\b|\bdecides? [^.;]{0,30}\bnext (?:week|month)\b|were approved at the)/i;

/** "It's approved, but …": said of something already decided, before a reservation. */
const APPROVED_BUT = /^(?:it's|it is|that's|that is) (?:approved|agreed|been approved|been agreed),\s*but\b/i;

/** Questions, conditions, deferrals, decisions of other bodies and reports of the past decide nothing here. */
/**
 * Decisions said again, or said of another forum: "So to recap, we've endorsed the principles…",
 * "earlier under item three the committee agreed…", "what we've agreed at the group is…",
 * "we'll note Tom's when he joins".
 */
const NOT_DECIDED_NOW = /\b(?:to recap|recapping|to sum up|summing up|in summary|to summari[sz]e)\b[^.?!]{0,40}\b(?:we've|we have|the (?:committee|board) (?:has|have))\b|\bearlier (?:under|on|in) (?:agenda )?item\b|\b(?:agreed|decided|approved|signed off) (?:at|in|by) the (?:[\w-]+ ){0,3}(?:group|forum|network|subgroup|sub-group|working group|programme board|steering group)\b|\b(?:we'll|we will) note (?:[\w'’]+ ){0,3}(?:when|once|if)\b|\b(?:once|when|until|after|before|if)\s+(?:the |these |those )?(?:minutes|notes|paper|report|plan|case|proposal|business case|recommendations?)\s+(?:are|is|have been|has been|get|gets)\s+(?:approved|agreed|signed off|ratified|endorsed|noted)\b/i;

/** "the flexibility Owen mentioned", "the point you raised": something said earlier, named inside a sentence. */
const RECALLED_REMARK = /\bthe (?:[\w'-]+ ){1,3}(?:(?:that|which) )?(?:[A-Z][a-z'-]+|you|we|they|he|she|I) (?:mentioned|said|raised|suggested|described)\b/g;
/** "Unless there are any questions on it, the committee notes…": a formality before a decision, not a condition on it. */
const FORMAL_CONDITION = /^(?:(?:so|and|then|right|okay|ok),?\s+)*(?:unless (?:there are|there's|anyone has|anybody has|we have|I hear) (?:any )?(?:questions|objections|comments|concerns)(?: on (?:it|that|this|the report))?|if there are no (?:more |further )?(?:questions|objections|comments|concerns)|unless (?:anyone|anybody|someone|somebody|members?) (?:objects?|disagrees?|says otherwise|feels otherwise)|if (?:nobody|no one|no-one) (?:objects|disagrees))\s*,\s*/i;
/** A decision said inside a clause about it, not made: "let's see what the group decides", "unless this committee agrees otherwise". */
const DECIDED_IN_A_CLAUSE = /\b(?:unless|until|whether|if|what|how|when|once)\s+(?:the |this |our |that )?(?:committee|board|group|meeting|panel|partnership|members|cabinet|council|we|they)\s+(?:\w+\s+)?(?:agrees?|decides?|approves?|resolves?|endorses?|supports?|ratif(?:y|ies))\b/i;

/**
 * "Recommendation one, that the committee notes the report": recommendations read out before they are put;
 * "Can I suggest instead that the committee notes the report…": a proposal, decided when the chair closes it.
 */
const PROPOSED_OR_READ_OUT = /^(?:(?:so|then|right|okay|ok|and),?\s+)*(?:recommendations? (?:one|two|three|four|five|six|\d+|[a-e])\b,?\s+(?:is\s+)?that\b|(?:can|could|may) I (?:suggest|propose)\b(?:\s+instead)?(?:\s+that)?\b.*\?\s*$)/i;

function isNotADecision(sentence: string): boolean {
  if (PROPOSED_OR_READ_OUT.test(sentence)) return true;
  const decided = sentence.replace(FORMAL_CONDITION, '');
  // "…with the flexibility Owen mentioned": a remark recalled inside the decision, not the decision reported.
  const told = decided.replace(RECALLED_REMARK, '');
  // "…we're going with option A, the hub at Tanner Street, yeah?": a tag asks for a nod, not a decision still open.
  // ("I think we're going with Harwood, yes?" still asks.)
  return isPlainQuestion(/\bI think\b/i.test(sentence) ? sentence : sentence.replace(DECISION_TAG, '.')) || DECIDED_IN_A_CLAUSE.test(sentence) || NOT_DECIDED_NOW.test(sentence) || NOT_YET_DECIDED.test(sentence) || DECIDED_BEFORE.test(sentence) || MARKED_DONE.test(sentence) || DEFERRED_TO.test(sentence) || APPROVED_BUT.test(sentence) || CONDITIONAL.test(decided) || DEFERRAL.test(sentence) || DECIDED_ELSEWHERE.test(sentence) || PUT_TO_THE_MEETING.test(sentence) || OTHER_BODY.test(sentence) || ACRONYM_BODY.test(sentence) || REPORTED.test(told);
}

/** A decision stated in the sentence, in any of the ways chairs state one. */
function findStatedDecision(sentence: string): Hit | null {
  const bare = (reason: string): Hit => ({ ...decisionHit(sentence, reason), isBareOutcome: true });
  const landed = LANDED.exec(sentence);
  if (landed?.groups && !/\b(?:I think|I guess|I suppose|maybe|perhaps)\s+$/i.test(sentence.slice(0, landed.index + landed[0].search(/where|what|the upshot/i)))) return decisionHit(landed.groups.rest!, 'The chair summed up where the meeting landed.');
  // "I'm not seeing support for that" is the chair reading the room, not an opinion.
  if (NOT_SUPPORTED.test(sentence) && (!OPINION.test(sentence) || NO_SUPPORT_SEEN.test(sentence))) return decisionHit(sentence, 'The meeting declined it.');
  if (MOTION_FALLS.test(sentence)) return bare('The vote went against it.');
  const take = TAKE_AS.exec(sentence);
  // "I'll take that as the committee approving the recommendation, which is to extend the contract": what was approved, said.
  const named = take?.groups ? /,\s*which (?:is|was) (?:to )?(?<what>.{8,})$/i.exec(sentence.slice(take.index)) : null;
  if (take?.groups && take.groups.how !== 'read' && named?.groups) return decisionHit(named.groups.what!, 'The chair took it as agreed.');
  if (take?.groups && take.groups.how !== 'read') return bare('The chair took it as agreed.');
  const agreedThen = AGREED_THEN.exec(sentence);
  if (agreedThen?.groups) return decisionHit(agreedThen.groups.rest!, 'The chair said it was agreed.');
  if (CARRIED.test(sentence)) return bare('The chair said it was carried or agreed.');
  // "…that's everyone, I think. So that's a yes.": the vote counted, and carried.
  if (/^(?:(?:so|right|okay|ok|then),? )*that's a (?:yes|unanimous yes)[.!]?$/i.test(sentence)) return bare('The chair said the vote was carried.');
  if (THATS_OUTCOME.test(sentence)) return decisionHit(sentence, 'The chair said it was carried or agreed.');
  if (THATS_THE_THING_DECIDED.test(sentence)) return decisionHit(sentence, 'The chair said it was agreed.');
  // "The formulary change goes through", "so the pilot goes ahead": the outcome said as what happens next.
  if (GOES_AHEAD.test(sentence)) return decisionHit(sentence, 'The outcome was stated.');
  if (IT_WAS.test(sentence)) return decisionHit(sentence, 'Recorded as agreed.');
  if (OUR_POSITION.test(sentence)) return bare('The chair said it was the meeting’s position.');
  if (ELLIPTICAL.test(sentence)) return bare('The chair said it was approved.');
  if (OPTION_CHOSEN.test(sentence)) return bare('The chair said which option was chosen.');
  if (OUTCOME.test(sentence)) return decisionHit(sentence, 'The outcome was stated.');
  const body = BODY_DECIDED.exec(sentence);
  // "agrees with the LMC" is agreeing with someone; "the board notes from last time" is a noun.
  if (body?.groups && !/^\s*(?:with|on|about|that we should|to (?:come back|revisit|look again)|who|whether|which|what|how|when|where)\b/i.test(body.groups.rest!) && !OPINION.test(sentence)) {
    const isNoun = /^notes$/i.test(body.groups.verb!) && /^\s+(?:are|were|is|was|from|of|for|on|have|had|will|should|can)\b/i.test(body.groups.rest!);
    const subject = sentence.slice(0, body.index + body[0].indexOf(body.groups.verb!)).trim();
    const isWeOnly = /\b(?:we|it)\s*(?:has|have|had)?\s*(?:formally |also |therefore |unanimously |duly |now )?$/i.test(subject);
    // "We approve the pilot" is the meeting deciding; "asks the board to approve" is a proposal.
    const isBareVerb = /^(?:approve|endorse|ratify)$/i.test(body.groups.verb!);
    // "That this committee does not support…": a motion read out, decided only once it is put and carried.
    const isMotion = /^(?:the motion(?: is)?[,:]?\s+)?that (?:this|the) /i.test(subject);
    // "whatever we endorse today, …": a decision to come, not one taken.
    const isToCome = /\b(?:whatever|whichever|if|once|when|unless|until|before|after)\s+(?:\S+\s+)?(?:we|it)$/i.test(subject);
    // "we're proposing that the committee approves …": put to the meeting, not yet decided.
    const isPutForward = /\b(?:propos|recommend|suggest)\w* that\b/i.test(subject);
    const isProposed = isMotion || isToCome || isPutForward || (isBareVerb && (!/\bwe$/i.test(subject) || /\b(?:recommend\w*|propos\w*|suggest\w*|motion|ask\w*|hope|want)\b/i.test(subject)));
    if (!isNoun && !isProposed && (!isWeOnly || /^(?:agreed|decided|resolved|approved|noted|endorsed|approve|endorse|ratify)$/i.test(body.groups.verb!))) return decisionHit(sentence, 'The meeting’s decision was stated.');
  }
  if (SETTLED.test(sentence) && !OPINION.test(sentence)) return decisionHit(sentence, 'The meeting settled on it.');
  // Said with no subject ("With that change, approved as an accurate record"): the minutes, approved.
  if (AS_A_RECORD.test(sentence)) return decisionHit('Minutes approved as an accurate record', 'The chair said the minutes were approved.');
  return null;
}

// ---------------------------------------------------------------------------
// The meeting as a conversation

interface SaidSentence {
  readonly utterance: DetectionUtterance;
  readonly index: number;
  readonly said: string;
  readonly text: string;
}

/** An action waiting for its owner or its content from the next turns. */
interface Pending {
  suggestion: Mutable<ActionSuggestion>;
  readonly speaker: string;
  readonly atMs: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A call for agreement waiting for the chair to close it. */
interface Call {
  readonly speaker: string;
  readonly atMs: number;
  readonly sentence: SaidSentence;
  readonly proposal: string;
  answered: boolean;
}

const REPLY_WINDOW_MS = 120_000;
const CALL_WINDOW_MS = 120_000;
const ACCEPTS = /^(?:(?:no,? let me|let me|go on(?: then)?,? (?:I'll|I will|I can|me)|yes|yeah|yep|yup|sure|of course|course|certainly|absolutely|definitely|no problem|no worries|will do|can do|happy to|fine|ok|okay|right|great|that's fine|that's no problem|that should be fine|that's doable|I can|I will|I'll|we can|we will|we'll|leave (?:that|it) with (?:me|us)|consider it done|on it)\b|.*\b(?:leave (?:that|it) with (?:me|us)|I'll (?:do|get|send|have|sort|pick)|we'll (?:do|get|send|have|sort|pick)|I can (?:do|get|send|have|sort)|we can (?:do|get|send|find|have|sort))\b)/i;
/** Thanks or approval, not taking anything on: "Okay, good.", "Great.", "Lovely, thank you." */
const ACKNOWLEDGED = /^(?:(?:okay|ok|good|great|lovely|brilliant|perfect|excellent|super|smashing|cheers|thanks|thank you|right|fab|fantastic)[\s,.!]*)+$/i;
const DECLINES = /^(?:(?:oh|um|sorry|I'm (?:really )?sorry|afraid),? )*(?:no(?:,| thanks| thank you|\.|$)|I can't|we can't|I can not|I'm not sure (?:I|we) can|not (?:me|us)\b|I won't|it's fine,? (?:thanks|no need)|no need|don't worry|there's no need|I don't think (?:we|you|I) (?:really |actually )?(?:need|want|have to)\b)/i;
/** A member objecting to what the chair put. */
const OBJECTS = /\b(?:I (?:must |have to |would |'d |do )?object|I'm not (?:happy|content|comfortable)|I (?:can't|cannot|couldn't|won't) support|I don't agree|I disagree|I'm against|not true|that's wrong|I have (?:a |serious )?concerns?|I'd want to see|not without|I'd (?:rather|prefer to) (?:wait|hold|not|leave|defer))\b/i;

/** "Honestly, not this month.", "Not right now, I'm afraid.": not now, from the one asked. */
const NOT_NOW = /^(?:(?:honestly|realistically|to be honest|sorry|um|er|oh|I'm afraid|afraid),?\s+)*not (?:this|that|next) (?:month|week|quarter|side of Christmas)|^(?:(?:honestly|realistically|to be honest|sorry|um|er|oh),?\s+)*not (?:right )?now\b|^(?:(?:honestly|realistically|to be honest|sorry),?\s+)*not at the moment\b/i;

/** "Peter, is that one for you?": the request passes to the person named, if they take it on. */
const HANDED_ON = new RegExp(`^(?:(?:yes|yeah|ok|okay|right|good idea|great)[,.]? )*(?<owner>${NAME}),\\s*(?:is (?:that|this) (?:one )?for you|could you (?:take|pick) (?:that|this|it)(?: one)?(?: up| on)?|can you (?:take|pick) (?:that|this|it)(?: one)?(?: up| on)?|is (?:that|this) (?:one )?yours|would you (?:mind )?(?:taking|picking) (?:that|this|it)(?: one)?(?: up| on)?|(?:is )?that (?:one )?(?:for|with) you|(?:would|could|can) you(?: mind)?(?: (?:do|take|pick up) (?:that|this|it)(?: one)?)?)\\s*\\??$`, 'i');
/** "I can, but honestly Priya's better placed": the one asked passes it to someone they name. */
const BETTER_PLACED = new RegExp(`\\b(?<owner>${NAME})(?:'s| is| would be| might be)(?: (?:probably|honestly|really|actually|much))* (?:better placed|best placed|the (?:right|best|better) person|better at (?:this|that|it)|closer to (?:this|that|it))\\b`);
/** "I'll ask Deepa in my team to do that": the one asked gives it to someone of theirs. */
const ASKED_ON = new RegExp(`\\bI(?:'ll| will|'m going to) (?:ask|get) (?<owner>${NAME})(?: (?:in|from|on) (?:my|our) team)? to (?:do|pick up|take|sort|look at|handle|cover) (?:that|it|this)(?: one)?\\b`);
/** "I'd rather not … Can someone else?": the one asked passes it back to the room. */
const HANDED_TO_ROOM = /\b(?:can|could|would) (?:someone|somebody|anyone|anybody) else\b(?: (?:do|take|pick up|go to) (?:it|that|this|one))?\s*\??$/i;

/** A reply that takes on something besides what was asked: "and I'll also …". */
const ANOTHER_TASK = /\b(?:also|as well|separately|another thing|on top of that|in addition)\b/i;
/** An utterance that goes over the actions agreed: "So just to recap the actions: Jenny, you're …". */
const RECAP_CUE = /\b(?:recap|summar(?:y|ise|ize)|sum up|summing up|where we've got to|so that's|to confirm the actions|the actions are|actions,? then|so the actions|just to be clear|to be clear|for the minutes|who's doing what)\b/i;

/** What one sentence says on its own, before the conversation around it is read: kept between analyses of a live meeting. */
export interface SentenceReading {
  /** The sentence as the rules read it ("um" gone, stutters said once). */
  readonly text: string;
  /** False when the sentence says there is no action ("no actions from that"): nothing in it is suggested. */
  readonly isRead: boolean;
  readonly actions: readonly Hit[];
  readonly decision: Hit | null;
}

/**
 * Words at least one of which every action or decision rule needs (a modal, a
 * request, a decision verb, a date), or someone spoken to by name: a cheap
 * first look. tests/core/actions-gate.test.ts checks that it lets through
 * every sentence of the development corpus in which a rule finds something.
 */

const MAY_HOLD_A_SUGGESTION_WORD =
  /\b(?:will|'ll|wil|going to|gonna|can|could|would|please|need|needs|want|action|actions|agree|agreed|approv\w*|decid\w*|decision|resolv\w*|note|noted|endorse\w*|support\w*|ratif\w*|accept\w*|let's|let me|shall|should|must|minute|minutes|record|deadline|volunteer\w*|leave|to do|is to|are to|carried|motion|propos\w*|recommend\w*|content|happy|objection|object\w*|against|passed|a yes|option \w+ it is|a no from|favour|defer\w*|park|signed off|sign off|settled|landed|upshot|go ahead|goes ahead|take it|take that|I'm|I am|we're|we are|you're|ask|asked|asking|over to|mind|if you|if we|by|before|within|end of|next|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|offer\w*|unanimous\w*|hands|all in favour|those in favour|everyone|come back|report back|bring back|circulat\w*|send|sent|share|write|confirm|update|chase|draft|provide|review|look into|follow up|pick up|take forward|to be|position|able to|anyone|anybody|someone|somebody|january|february|march|april|may|june|july|august|september|october|november|december|delegat\w*|reject\w*|declin\w*|adopt\w*|chose|choose|receiv\w*|decided|carried|carries|consensus|falls|fell|defeated)/i;

/**
 * "Nadia, …": a capital before the comma, so it cannot share the case-blind
 * pattern above (which let any word and comma through), and not a word that
 * opens a sentence ("So, …", "Thanks, …").
 */
const NAME_SPOKEN_TO = /\b(?!(?:So|Yes|Yeah|Yep|No|Nope|Right|Okay|Ok|OK|Well|Thanks|Thank|Sorry|And|But|Now|Then|Again|Also|Actually|Honestly|Look|Listen|Sure|Great|Lovely|Fine|Good|Brilliant|Perfect|Excellent|Absolutely|Indeed|Obviously|Basically|Firstly|Secondly|Thirdly|Finally|However|Equally|Similarly|Otherwise|Alright|Hi|Hello|Morning|Afternoon|Evening|Ah|Oh|Anyway|Interestingly|Frankly|Clearly|Personally|Unfortunately|Fortunately|Apparently|Hopefully|Currently|Overall|Meanwhile|Typically|Generally|Certainly|Definitely|Yesterday|Today|Plus|Just|Cheers)\b)[A-Z][a-z]+,/;

export function mayHoldASuggestion(text: string): boolean {
  return MAY_HOLD_A_SUGGESTION_WORD.test(text) || NAME_SPOKEN_TO.test(text);
}

/** Reads one sentence: the same words always read the same, so a live meeting's sentences are read once. */
export function readSentence(said: string, isRecap: boolean, tag: SentenceTagger, takesFirstLook = true): SentenceReading {
  const text = cleanSpeech(said).replace(MISNAMED, '$1$2,');
  if (!text || NO_ACTION.test(text)) return { text, isRead: false, actions: [], decision: null };
  // About half of what is said has none of the words any rule needs: it is not read further.
  if (takesFirstLook && !mayHoldASuggestion(text)) return { text, isRead: true, actions: [], decision: null };
  return { text, isRead: true, actions: findActionsInClauses(text, lazyWords(text, tag), isRecap), decision: findDecision(text) };
}

/**
 * Finds actions and decisions in finalised captions.
 *
 * Structure first: each sentence is read into words with their parts of
 * speech, and a suggestion needs both a form (an instruction, a request, an
 * offer, an assignment, something to come back, a decision a chair records)
 * and, for actions, a verb that names something to deliver. The meeting is
 * read as a conversation: the person who answers a request owns it ("Can you
 * …?" — "Leave that with me, Monday week"), and a chair's "Lovely, thank
 * you" after "Are we all content?" records the proposal as decided.
 * Deferrals, conditions, reports of the past, opinions and talk about the
 * meeting itself are left out.
 */
export function detectActions(utterances: readonly DetectionUtterance[], options: DetectionOptions): ActionSuggestion[] {
  const ordered = [...utterances].sort((a, b) => a.startMs - b.startMs);
  const suggestions: Mutable<ActionSuggestion>[] = [];
  const personName = (displayName: string): string => options.personNameOf?.(displayName) ?? displayName;
  // A sentence's date can be asked for more than once (as an action, then as the answer to a request): read it once.
  const dueRead = new Map<string, DueDate | null>();
  const due = (sentence: string): DueDate | null => {
    if (!dueRead.has(sentence)) dueRead.set(sentence, options.parseDue(sentence, options.meetingStartMs, { nextMeetingMs: options.nextMeetingMs ?? null }));
    return dueRead.get(sentence)!;
  };
  let pending: Pending[] = [];
  /** Requests the one asked passed to someone else, or back to the meeting. */
  const passedOn = new Set<ActionSuggestion>();
  let calls: Call[] = [];
  const recent: SaidSentence[] = [];
  /** The request the current turn is answering, if it began by taking one on. */
  let answering: Mutable<ActionSuggestion> | null = null;
  /** The other date the one answering offered ("could we say February?"), when they did. */
  let counterDate: DueDate | null = null;
  /** Asked of the room ("who can pick this up?"): dropped if nobody takes them on. */
  const volunteersWanted = new Set<ActionSuggestion>();
  /** Offers made "if that would help", by the turn they were made in: an action only once someone takes them up. */
  const offersOnCondition = new Map<ActionSuggestion, number>();

  ordered.forEach((utterance, turn) => {
    const sentences = sentencesOf(utterance.text);
    // "We'd be happy to run a survey, if that would help." "That's kind. Let's see what the group decides.": not taken up.
    for (const [offer, madeAt] of offersOnCondition) {
      if (madeAt !== turn - 1 || offer.speaker === utterance.speaker) continue;
      offersOnCondition.delete(offer);
      if (!OFFER_TAKEN_UP.test(utterance.text) || OFFER_PUT_OFF.test(utterance.text)) removeFrom(suggestions, offer);
    }
    const isRecap = RECAP_CUE.test(utterance.text);
    /** The chair's list of actions in this turn ("So actions: Dev the rota, …"): the dates said after it are theirs. */
    const listed: Mutable<ActionSuggestion>[] = [];
    sentences.forEach((said, index) => {
      const reading = options.readings ? options.readings(`${isRecap ? 'recap' : ''}|${said}`, () => readSentence(said, isRecap, options.tagSentence)) : readSentence(said, isRecap, options.tagSentence);
      const sentence: SaidSentence = { utterance, index, said, text: reading.text };
      const text = sentence.text;
      if (!text) return;
      const id = `${utterance.id}#${index}`;
      const speaker = utterance.isSpeakerUnknown ? null : utterance.speaker;
      if (listed.length && datesForList(text, listed, speaker, due)) return;
      pending = pending.filter((p) => utterance.startMs - p.atMs <= REPLY_WINDOW_MS);
      calls = calls.filter((c) => utterance.startMs - c.atMs <= CALL_WINDOW_MS);

      const make = (hit: Hit, suffix = ''): Mutable<ActionSuggestion> => ({
        id: `${id}${suffix}`,
        kind: hit.kind,
        text: hit.kind === 'action' && speaker ? hit.text.replace(/\bme\b/g, personName(speaker)).replace(/\bmy\b/g, `${personName(speaker)}'s`) : hit.text,
        quote: said,
        utteranceId: utterance.id,
        speaker: utterance.speaker,
        atMs: utterance.startMs,
        owner: hit.ownerSource === 'speaker' ? speaker : hit.owner,
        ownerSource: hit.ownerSource === 'speaker' && !speaker ? 'none' : hit.ownerSource,
        // A date from where the rule found it (its own clause, the sentence before), not from the rest of the sentence.
        due: hit.kind === 'action' ? ((hit.dueFrom ? due(hit.dueFrom) : null) ?? (hit.isDueOnlyFrom ? null : due(text))) : null,
        rule: hit.rule,
        reason: hit.reason,
      });

      // Someone answering a request just made of them or of the room, in the first words of their turn.
      const isOpeningOfTurn = index <= 2;
      if (index === 0) [answering, counterDate] = [null, null];
      if (!answering && isOpeningOfTurn) {
        const reply = answerTo(pending, sentence, speaker, (owner, who) => belongsTo(owner, options.organisationOf?.(who) ?? null), ordered[turn - 1], (owner, who) => isNamedSpeaker(owner, who, personName));
        if (reply?.isDone) {
          removeFrom(suggestions, reply.request);
          pending = pending.filter((p) => p.suggestion !== reply.request);
        } else if (reply?.isDeclined) {
          // "I'm sorry, I can't": the request stands without them; an offer turned down is no action.
          if (reply.request.rule === 'commitment') removeFrom(suggestions, reply.request);
          else if (reply.request.ownerSource === 'named' && speaker && ownerIsSpeaker(reply.request.owner, speaker, personName, options.peopleNames)) removeFrom(suggestions, reply.request);
          pending = pending.filter((p) => p.suggestion !== reply.request);
        } else if (reply) {
          answering = reply.request;
          counterDate = reply.hasCounterDate ? due(text) : null;
        }
      }
      // "Yes, good idea. Peter, is that one for you?": the request waits for Peter.
      // "I'm on leave, sorry. Fatima, would you?", "I can, but Priya's better placed", "Can someone else?".
      const handedOn = HANDED_ON.exec(text) ?? BETTER_PLACED.exec(text) ?? ASKED_ON.exec(text);
      const isHandedToRoom = !handedOn && HANDED_TO_ROOM.test(text);
      // The request being answered, or one just made of this speaker, or of the room.
      const handed = !handedOn?.groups && !isHandedToRoom
        ? null
        : (answering ??
          pending.findLast((p) => p.speaker !== utterance.speaker && (p.suggestion.ownerSource === 'none' || (speaker !== null && ownerIsSpeaker(p.suggestion.owner, speaker, personName, options.peopleNames))))?.suggestion ??
          null);
      if ((handedOn?.groups || isHandedToRoom) && handed && (!isHandedToRoom || handed.ownerSource !== 'none')) {
        const to = handedOn?.groups?.owner ?? null;
        handed.owner = to;
        handed.ownerSource = to ? 'named' : 'none';
        handed.reason = `${handed.reason.replace(/\s+[^.]+ answered that they would\.$/, '')} ${to ? `It was passed to ${to}.` : 'It was passed back to the meeting.'}`;
        passedOn.add(handed);
        pending = pending.filter((p) => p.suggestion !== handed);
        pending.push({ suggestion: handed, speaker: utterance.speaker, atMs: utterance.startMs });
        answering = null;
        recent.push(sentence);
        return;
      }
      const hits: Hit[] = [];
      if (reading.isRead) {
        hits.push(...reading.actions);
        const askedBack = index > 0 && !reading.actions.length ? askedOfTheThingBefore(text, () => cleanSpeech(sentences[index - 1]!)) : null;
        if (askedBack) hits.push(askedBack);
        if (index > 0) {
          hits.forEach((hit, h) => {
            const { hit: filled, thing } = withWhatWasSaidBefore(hit, text, () => cleanSpeech(sentences[index - 1]!));
            hits[h] = filled;
            if (!thing) return;
            // "Shona, the return is due by the 22nd. Can you get it over to me?": one task, asked twice.
            const first = suggestions.findLast((x) => x.utteranceId === utterance.id && x.rule === 'request' && x.owner !== null && filled.text.toLowerCase().includes(x.text.replace(/^Provide /, '').toLowerCase()));
            if (first) {
              removeFrom(suggestions, first);
              pending = pending.filter((p) => p.suggestion !== first);
            }
          });
        }
        const found = reading.decision;
        // "The LMC supports this", said by the LMC's own representative: their body's position, not the meeting's decision.
        const decision = found && speaker && isOwnBodysPosition(text, options.organisationOf?.(speaker) ?? null) ? null : found;
        if (decision) {
          // "So we're agreed, we'll pilot it in Dereham": the meeting's "we", not a promise by the speaker.
          // "I'll record that the board supports it": the chair minuting, not taking on a task.
          const isRecorded = decision.reason === 'Recorded for the minutes.';
          for (let h = hits.length - 1; h >= 0; h -= 1) {
            if (hits[h]!.rule === 'commitment' && (isRecorded || /\bwe(?:'ll| will|'re going to| are going to)\b/i.test(text))) {
              hits.splice(h, 1);
              if (!isRecorded) break;
            }
          }
          // "So that's item five approved, and item six noted": two decisions.
          // "…the terms of reference approved, and the new membership agreed": each names what it decides.
          const isTwoItems = decision.isBareOutcome && (/\bitem \w+ (?:approved|noted|agreed|ratified|endorsed)\b/i.test(decision.text) || /^(?:that's|that is) (?:the|our) [^,]{2,60}? (?:approved|noted|agreed|ratified|endorsed),\s*and (?:the|our) [^,]{2,60}? (?:approved|noted|agreed|ratified|endorsed)\b/i.test(decision.text));
          const second = decision.isBareOutcome && !isTwoItems ? null : SECOND_DECISION.exec(decision.text);
          // "The committee notes the report, recommends that the ICB publishes …, and requests a further report": one resolution each.
          const resolutions = RESOLUTION_LIST_SUBJECT.exec(decision.text);
          const listed = resolutions ? decision.text.slice(resolutions[0].length).split(RESOLUTION_LIST_SPLIT) : [];
          if (resolutions && listed.length > 1) {
            hits.push(...listed.map((part) => ({ ...decision, text: decisionText(`${resolutions[1]} ${part.trim()}`), isBareOutcome: false })));
          } else if (second?.groups && new RegExp(`\\b(?:${DECISION_VERB})\\b`, 'i').test(decision.text.slice(0, second.index))) {
            const parts = [decision.text.slice(0, second.index), second.groups.rest!].map((part) => ({ ...decision, text: decisionText(part), isBareOutcome: false }));
            hits.push(...parts);
          } else hits.push(decision);
          // "We agreed that the ICB will write to practices by 18 December": a decision that gives work.
          const verbAt = text.search(new RegExp(`\\b(?:${DECISION_VERB})\\b`, 'i'));
          const work = verbAt >= 0 ? /\b(?:that|to ask|and to ask|asking|and asked|asked)\b\s+(?<rest>.+)$/i.exec(text.slice(verbAt)) : null;
          if (work?.groups && !hits.some((h) => h.kind === 'action')) {
            const inner = work.groups.rest!;
            const given = findAssignment(inner, lazyWords(inner, options.tagSentence), true);
            const asked = /\bask(?:ing|ed)? (?<owner>.+?) to (?<body>[a-z][\w'-]*\b.*)$/i.exec(work[0]);
            if (given) hits.push(given);
            else if (asked?.groups) hits.push({ kind: 'action', text: tidy(asked.groups.body!), owner: asked.groups.owner!, ownerSource: 'named', rule: 'assignment', reason: `The meeting asked ${asked.groups.owner} to do it.` });
          }
          // "We approve the pilot, and the operations team will set up the first clinic"; "…, and Sade, you'll notify practices".
          const joined = verbAt >= 0 ? /,\s*(?:and|so)\s+(?<rest>.+)$/i.exec(text.slice(verbAt)) : null;
          // "…, and Dee, you'll let practices know": the clause's task, found already, is the work the decision gives.
          const foundInClause = joined?.groups ? hits.find((h) => h.kind === 'action' && h.ownerSource === 'named' && joined.groups!.rest!.startsWith(h.owner!)) : undefined;
          if (joined?.groups && (foundInClause || !hits.some((h) => h.kind === 'action'))) {
            const rest = joined.groups.rest!;
            const toYou = new RegExp(`^(?<owner>${NAME}),\\s+you(?:'ll| will| are going to|'re going to) (?<body>[a-z][\\w'-]*\\b.*)$`).exec(rest);
            const given = foundInClause ?? (toYou?.groups && isName(toYou.groups.owner!)
              ? ({ kind: 'action', text: tidy(toYou.groups.body!), owner: toYou.groups.owner!, ownerSource: 'named', rule: 'assignment', reason: `The meeting gave it to ${toYou.groups.owner}.` } satisfies Hit)
              : findAssignment(rest, lazyWords(rest, options.tagSentence), true));
            if (given) {
              // The decision first, then the work it gives.
              if (foundInClause) hits.splice(hits.indexOf(foundInClause), 1);
              hits.push(given);
              // The decision is what was decided; the work is its own action.
              const decided = hits.findIndex((h) => h.kind === 'decision');
              if (decided >= 0) hits[decided] = { ...hits[decided]!, text: decisionText(text.slice(0, verbAt + joined.index)) };
            }
          }
        }
      }

      const answered = answering && isOpeningOfTurn ? answering : null;
      if (answering && isOpeningOfTurn) {
        const request = answering;
        // A request to everyone ("all the practice managers") stays theirs; one to a body passes to whoever takes it on for it.
        const isGroup = /^(?:all|each|every|everyone|everybody)\b/i.test(request.owner ?? '');
        // "The ICB will confirm the envelope" … "Yes, fine": taken on. "The contracts team will get the letters out" …
        // "Great.": a plan said, only acknowledged.
        const isPlanSaid = new RegExp(`${escapeRegExp(request.owner ?? '')}(?:'ll| will| are going to| is going to)\\b`, 'i').test(request.quote);
        const takesItOn = !isPlanSaid || !ACKNOWLEDGED.test(text);
        const isTakenOn = request.rule === 'request' || request.rule === 'assignment' && /^(?:the\s)/i.test(request.owner ?? '') && ACCEPTS.test(text) && takesItOn;
        // A body's task passes only to someone from that body, when the meeting knows where they are from.
        const speakerOrganisation = speaker ? (options.organisationOf?.(speaker) ?? null) : null;
        const isBodyOwner = request.owner !== null && !isPersonNamed(request.owner, options.peopleNames ?? []) && !/^[A-Z][a-z'-]+$/.test(request.owner);
        const isRightBody = !isBodyOwner || !speakerOrganisation || belongsTo(request.owner!, speakerOrganisation) || speakerOrganisation.sector === 'unknown';
        // "The care coordinators will pull the list." "I'll let them know.": passed on to those given it, who keep it.
        // Read over the whole turn: "I'll make sure that's passed on. January's realistic." is passed on in both sentences.
        const isRelayed = isBodyOwner && request.ownerSource === 'named' && (RELAYED_TO_THEM.test(text) || RELAYED_TO_THEM.test(cleanSpeech(utterance.text)));
        // "Could Healthwatch share that survey?" "Yes, I'll send it to Mark by Friday." (from Healthwatch): the body asked, answered by one of its own.
        const isOwnBodyAsked = !!speakerOrganisation && request.ownerSource === 'named' && !!request.owner && !isPersonNamed(request.owner, options.peopleNames ?? []) && !PEOPLE_OF_A_KIND.test(request.owner) && belongsTo(request.owner, speakerOrganisation);
        if (speaker && request.ownerSource !== 'responder' && !isGroup && isRightBody && !isRelayed && (request.ownerSource === 'none' || request.ownerSource === 'named' && isTakenOn && (ownerIsSpeaker(request.owner, speaker, personName, options.peopleNames) || isOwnBodyAsked))) {
          // Asked of the room and taken on after others spoke ("I'll do it if no one else wants to." "No, let me."): settled by whoever took it.
          // Passed on and then taken: it is settled where it was taken.
          if ((request.ownerSource === 'none' && ordered[turn - 1]?.id !== request.utteranceId) || passedOn.has(request)) settleAt(request, utterance);
          request.owner = speaker;
          request.ownerSource = 'responder';
          request.reason = `${request.reason} ${personName(speaker)} answered that they would.`;
        }
        const said = due(text);
        // An answer's date fills one not given; another date offered instead replaces it.
        if (said && (!request.due || request.due.date === null && !request.due.isNextMeeting || counterDate !== null)) request.due = said;
        // The answer says how or when, or only points back: it is the same action, not a new one.
        // "Tom and Aisha, could you …?" "Yes, we can take that to the forum": Tom's answer is one of the pair's.
        const asked = request.ownerSource === 'named' ? (request.owner ?? '').split(/,\s*|\s+and\s+|\s*&\s*/) : [];
        const isOneOfThem = !!speaker && asked.length > 1 && asked.some((name) => ownerIsSpeaker(name, speaker, personName, options.peopleNames));
        for (const h of hits.filter((x) => x.kind === 'action' && (x.pointsBack || x.rule === 'commitment' && (request.owner === speaker || (!!speaker && request.ownerSource === 'named' && !!request.owner && isNamedSpeaker(request.owner, speaker, personName)) || isOneOfThem || isOwnBodyAsked || isRelayed)) && !ANOTHER_TASK.test(text))) hits.splice(hits.indexOf(h), 1);
      }

      // A for loop, not forEach: a carried proposal that gives work adds its action to `hits` as it goes.
      const suggestHit = (hit: Hit, i: number): void => {
        if (hit.isBareOutcome) {
          // "That's carried": what was carried is the proposal the chair put, or the last one made.
          const call = [...calls].reverse().find((c) => !c.answered);
          const proposal = call?.proposal ?? [...recent].reverse().find((r) => PROPOSAL.test(r.text) || /^(?:that|the motion is that)\b/i.test(r.text))?.text;
          if (call) call.answered = true;
          if (proposal) {
            hit = { ...hit, text: decisionText(proposal.replace(/^(?:the motion is )?that\s+/i, '')) };
            const work = workIn(proposal, options.tagSentence);
            if (work && !hits.some((h) => h.kind === 'action')) hits.push(work);
          }
        }
        let topicDue: DueDate | null = null;
        if (hit.takesPrevious) {
          // What the speaker said just before, in this turn or their last.
          const before = [...recent].reverse().find((r) => r.utterance.speaker === utterance.speaker && r.text.length > 15);
          if (!before) return;
          hit = { ...hit, text: tidy(before.said.replace(/^(?:so|and|right|okay|ok),?\s+/i, '')) };
          topicDue = due(before.text);
        }
        if (hit.pointsBack) {
          // "Leave that with me" with no request before it: the action is what was just said, by when it was asked.
          // The question or request it answers, when the other speaker asked one; else their last words.
          const others = [...recent].reverse().filter((r) => r.utterance.speaker !== utterance.speaker && r.text.length > 20);
          const lastOther = others[0]?.utterance;
          const topic = others.find((r) => r.utterance === lastOther && /\?\s*$/.test(r.text)) ?? others[0] ?? recent.at(-1);
          if (!topic) return;
          // "Copy me in as well please, Mark." "Will do.": whoever else hears of an action already taken, not a task of its own.
          // "Amir, can you take us through it?" "Will do.": running the meeting, not a task.
          if (PRESENT_NOW.test(topic.text) && !/\b(?:ask|invite|come along|come back|bring)\b/i.test(topic.text) && !hasDeadline(topic.text)) return;
          if (COPY_IN.test(tidy(topic.text.replace(/^(?:(?:and|can you|could you|please|just)\s+)+/i, '').replace(/(?:,?\s*(?:as well|too|please|[A-Z][a-z'-]+))+\s*[.!?]*$/, '')))) return;
          hit = { ...hit, text: tidy(`Follow up: ${topic.said}`) };
          topicDue = due(topic.text);
        }
        const decisionsBefore = hits.slice(0, i).filter((h) => h.kind === 'decision').length;
        const suggestion = make(hit, hit.kind === 'decision' ? (decisionsBefore ? `d${decisionsBefore + 1}` : 'd') : i === 0 ? '' : `.${i}`);
        if (!suggestion.due && topicDue) suggestion.due = topicDue;
        // "Jo, can you bring the breakdown to the next meeting? That's the eleventh of March.": the meeting's date, said next.
        // "to the January meeting? That's the twelfth.": the day said is in the meeting's month.
        const meetingMonth = suggestion.due && suggestion.due.date === null ? MONTHS_MEETING.exec(suggestion.due.text)?.[1] : undefined;
        const saidNext = (suggestion.due?.isNextMeeting || meetingMonth) && suggestion.due?.date === null && sentences[index + 1] ? MEETING_DATE_SAID.exec(cleanSpeech(sentences[index + 1]!)) : null;
        const dateSaid = saidNext?.groups?.date;
        const meetingOn = dateSaid ? due(`by ${dateSaid}${meetingMonth && !MONTH_NAME.test(dateSaid) ? ` of ${meetingMonth}` : ''}`) : null;
        if (meetingOn?.date && suggestion.due) suggestion.due = { ...suggestion.due, date: meetingOn.date, text: `${suggestion.due.text}: ${saidNext![0].charAt(0).toLowerCase()}${saidNext![0].slice(1).replace(/[.?!]+$/, '')}` };
        // "We've got to spend it by the end of the financial year. Tom, can you book the sessions?": the deadline just said is the task's.
        const previous = recent.at(-1);
        // (Not when that sentence gave its own task its date: "Martin, you'll confirm it by the end of the month. And Marie, you'll …".)
        const isDateOfAnotherTask = suggestions.some((s) => s.kind === 'action' && s.id.startsWith(`${utterance.id}#${index - 1}`) && s.due !== null);
        if (hit.kind === 'action' && !suggestion.due && index > 0 && previous?.utterance === utterance && !isDateOfAnotherTask) {
          const before = due(previous.text);
          if (before?.date && DEADLINE_WORDS.test(before.text)) suggestion.due = before;
        }
        // "Can the practices confirm by the 30th?" … "Yes, I'll chase them": the answer's task keeps the date asked for.
        // Only the one asked answers for it: "Lorna, you'll write to the practices by the 4th." "And I'll send Lorna the benchmarking." is Priya's own.
        const isAskedOfSpeaker = !!answered && (answered.ownerSource !== 'named' || (!!speaker && ownerIsSpeaker(answered.owner, speaker, personName, options.peopleNames)));
        if (answered && isAskedOfSpeaker && suggestion.kind === 'action' && !suggestion.due && answered.due) suggestion.due = answered.due;
        if (hit.kind === 'decision' && isDecidedJustBefore(suggestions, suggestion)) return;
        if (hit.kind === 'decision' && !hit.isBareOutcome) dropClosedCallsStatedAgain(suggestions, suggestion, ordered);
        // "Yes, we'll do an FAQ. I'll get it over to Jon by the end of the month.": the same task, said again with where it goes and when.
        if (hit.kind === 'action' && hit.rule === 'commitment' && hit.ownerSource === 'speaker' && speaker && /^\w+(?: \w+)? (?:it|that)\b/i.test(hit.text) && index > 0) {
          const same = [...suggestions].reverse().find((s) => s.kind === 'action' && s.utteranceId === utterance.id && s.id.startsWith(`${utterance.id}#${index - 1}`));
          if (same) {
            same.due ??= suggestion.due;
            // "We can do that, chair. We'll bring it back in the autumn.": the words that say what it is.
            if (isThin(same.text)) same.text = suggestion.text;
            if (!same.owner || !isPersonNamed(same.owner, options.peopleNames ?? []) && !ownerIsSpeaker(same.owner, speaker, personName, options.peopleNames) || same.ownerSource === 'none') {
              same.owner = speaker;
              same.ownerSource = 'speaker';
            }
            return;
          }
        }
        // "So we'll write again and copy the MPs. Katie, can you draft that for me by Monday?": the meeting's "we'll", given to Katie.
        if (hit.kind === 'action' && hit.rule === 'request' && hit.ownerSource === 'named' && /^\w+ (?:that|it|this)\b/i.test(hit.text)) {
          const ours = suggestions.find((s) => s.kind === 'action' && s.utteranceId === utterance.id && s.rule === 'commitment' && s.ownerSource === 'speaker' && s.id.startsWith(`${utterance.id}#${index - 1}`) && WE_WILL.test(s.quote));
          if (ours) {
            removeFrom(suggestions, ours);
            suggestion.text = `${suggestion.text} (${ours.text.charAt(0).toLowerCase()}${ours.text.slice(1)})`;
          }
        }
        suggestions.push(suggestion);
        // "Tariq, you'll do the audit, and Hannah, you'll sort the bookings. Both by Friday.": tasks given together take the dates said after them.
        const isGivenTogether = hit.kind === 'action' && hit.ownerSource === 'named' && hits.filter((h) => h.kind === 'action' && h.ownerSource === 'named').length > 1;
        if (hit.rule === 'explicit' && hit.reason.startsWith('The chair listed') || isGivenTogether) listed.push(suggestion);
        if (hit.needsVolunteer) volunteersWanted.add(suggestion);
        if (hit.rule === 'commitment' && OFFER_ON_CONDITION.test(text)) offersOnCondition.set(suggestion, turn);
        const isOffer = hit.rule === 'commitment' && /\?\s*$/.test(text);
        if (hit.kind === 'action' && !hit.keepsOwner && (hit.awaitsResponder || hit.ownerSource === 'named' || isOffer)) pending.push({ suggestion, speaker: utterance.speaker, atMs: utterance.startMs });
      };
      for (let i = 0; i < hits.length; i += 1) suggestHit(hits[i]!, i);

      // "Rachel, can you … by Friday week?" "Friday week's Christmas Day." "The twenty-third then.": the asker puts the terms right.
      const revised = isOpeningOfTurn && speaker && !hits.some((h) => h.kind === 'action') ? revisedRequest(pending, sentence, recent, due) : null;
      if (revised) {
        const { suggestion } = revised;
        // "…the draft survey by the twelfth" put right to the eleventh: the old date goes from the words too.
        if (revised.due && suggestion.due?.text && suggestion.text.includes(suggestion.due.text)) suggestion.text = tidy(suggestion.text.replace(suggestion.due.text, '').replace(/\s{2,}/g, ' '));
        if (revised.due) suggestion.due = revised.due;
        // The action is settled where its terms were last set.
        settleAt(suggestion, utterance);
        suggestion.reason = `${suggestion.reason} ${personName(utterance.speaker)} put it right after a question${revised.due ? `: ${revised.due.text}` : ''}.`;
      }
      // "End of February?", "By the end of January would be ideal.": a date said on its own is the last undated task's.
      else if (!hits.some((h) => h.kind === 'action') && speaker) {
        const target = dateOnlyTarget(text, suggestions, utterance, due);
        if (target) target.suggestion.due = target.due;
      }

      // Calls for agreement, and the chair closing them.
      const closed = closeCall(calls, sentence, suggestions);
      if (closed) {
        // "Great, we'll proceed on that basis": the chair's "we" closing the call is the meeting's, not a promise.
        for (let k = suggestions.length - 1; k >= 0; k -= 1) {
          const s = suggestions[k]!;
          if (s.id.startsWith(`${id}`) && s.rule === 'commitment' && /\bwe(?:'ll| will|'re going to| are going to)\b/i.test(text)) suggestions.splice(k, 1);
        }
        suggestions.push(closed.decision);
        // "Are people happy for Ifeoma to sign the agreement?" … "Great, agreed then": Ifeoma has a task.
        const work = workIn(closed.proposal, options.tagSentence);
        if (work && !suggestions.some((s) => s.kind === 'action' && s.atMs >= closed.decision.atMs - 120_000 && s.owner !== null && work.owner !== null && s.text.toLowerCase() === work.text.toLowerCase())) {
          suggestions.push(make(work, '.w'));
        }
      }
      // "So the proposal is to commission the winter LES": the chair's own "Agreed." then settles it.
      if (/\b(?:proposal|propose|motion|move|recommendation)\b/i.test(text) && !isPlainQuestion(text) && PUT_TO_THE_MEETING.test(text)) {
        calls.push({ speaker: utterance.speaker, atMs: utterance.startMs, sentence, proposal: text, answered: false });
      }
      if ((/\?|\bin favour\b/i.test(text) && CALL_FOR_ASSENT.test(text)) || CONDITIONAL_ASSENT.test(text)) {
        const proposal = proposalBefore(sentence, recent);
        calls.push({ speaker: utterance.speaker, atMs: utterance.startMs, sentence, proposal, answered: false });
      }
      recent.push(sentence);
      if (recent.length > 8) recent.shift();
    });
  });
  return mergeWithinTurns(suggestions.filter((s) => !volunteersWanted.has(s) || s.ownerSource === 'responder'));
}

/** Places a suggestion at the turn where it was settled (its words stay those first said). */
function settleAt(suggestion: Mutable<ActionSuggestion>, utterance: DetectionUtterance): void {
  suggestion.utteranceId = utterance.id;
  suggestion.atMs = utterance.startMs;
}

/** Takes one suggestion out of the list, if it is still there (it may have been merged into another already). */
function removeFrom(suggestions: ActionSuggestion[], suggestion: ActionSuggestion): void {
  const at = suggestions.indexOf(suggestion);
  if (at >= 0) suggestions.splice(at, 1);
}

/** The reasons of decisions read from a call for agreement the chair closed, which the chair may then state again in full. */
const CLOSED_CALL_REASONS = new Set(['The chair asked the meeting to agree, and closed it without objection.', 'The chair said it was carried or agreed.']);

/**
 * "All those in favour? … Thank you. So, resolved: the committee notes the
 * report and …": the chair stating the outcome after the vote is the one
 * decision to minute, in the chair's words; the vote closed just before is
 * dropped when it was about the same thing.
 */
function dropClosedCallsStatedAgain(suggestions: Mutable<ActionSuggestion>[], decision: ActionSuggestion, ordered: readonly DetectionUtterance[]): void {
  const words = contentWords(decision.text);
  for (let i = suggestions.length - 1; i >= 0; i -= 1) {
    const s = suggestions[i]!;
    if (decision.atMs - s.atMs > 120_000) return;
    if (s.kind !== 'decision' || s.speaker !== decision.speaker || !CLOSED_CALL_REASONS.has(s.reason)) continue;
    const theirs = contentWords(s.text);
    const shared = [...theirs].filter((w) => words.has(w)).length;
    // The same proposal, or a vote closed moments before the chair says what it decided (with nobody else speaking
    // in between: after "So that's carried" and Hannah's word on the slides, "the committee notes the report" is another).
    // ("Yep, in favour." between the vote and the chair's words is part of the vote.)
    const isOthersBetween = ordered.some((u) => u.startMs > s.atMs && u.startMs < decision.atMs && u.speaker !== decision.speaker && u.text.split(/\s+/).length > 6);
    if (shared >= 2 || (decision.atMs - s.atMs <= 45_000 && !isOthersBetween)) suggestions.splice(i, 1);
  }
}

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5));
}

function isDecidedJustBefore(suggestions: readonly ActionSuggestion[], decision: ActionSuggestion): boolean {
  const wording = decision.text.toLowerCase();
  for (let i = suggestions.length - 1; i >= 0; i -= 1) {
    const s = suggestions[i]!;
    if (decision.atMs - s.atMs > 120_000) return false;
    if (s.kind === 'decision' && s.text.toLowerCase() === wording) return true;
  }
  return false;
}

/** A reply that queries a request rather than taking it on: a question, or the date asked for put in doubt. */
const QUERIES_REQUEST = /\?\s*$|\b(?:is|'s) (?:Christmas(?: Eve| Day)?|Boxing Day|New Year(?:'s (?:Eve|Day))?|Good Friday|Easter Monday|a bank holiday|the bank holiday|a holiday|a Sunday|a Saturday|half[- ]term)\b|\b(?:which|what do you mean|do you mean)\b/i;
/** The asker's answer: short, a date or the person meant, with no task of its own. */
const REVISION_MAX_WORDS = 12;

/**
 * A request its owner queried ("Calendar or financial?", "Which Sarah?",
 * "Friday week's Christmas Day") and its asker then put right in the next
 * turn ("Financial, so end of June", "Sarah W.", "The twenty-third then"):
 * the request, with the date now said when there is one.
 */
function revisedRequest(
  pending: readonly Pending[],
  sentence: SaidSentence,
  recent: readonly SaidSentence[],
  due: (sentence: string) => DueDate | null,
): { suggestion: Mutable<ActionSuggestion>; due: DueDate | null } | null {
  if (sentence.text.split(' ', REVISION_MAX_WORDS + 1).length > REVISION_MAX_WORDS) return null;
  const asker = sentence.utterance.speaker;
  const request = pending.findLast((p) => p.speaker === asker && p.suggestion.rule === 'request' && p.suggestion.ownerSource !== 'responder');
  // The other speaker's turn just before this one ("Oh God, so it is." may come first in this turn).
  const reply = recent.findLast((r) => r.utterance !== sentence.utterance);
  if (!request || !reply || reply.utterance.speaker === asker || reply.utterance.startMs <= request.atMs) return null;
  // Put right once: the request is now settled in this turn.
  if (request.suggestion.utteranceId === sentence.utterance.id) return null;
  // Only the reply straight after the request, and it queried it.
  if (recent.some((r) => r.utterance.startMs > request.atMs && r.utterance.speaker !== reply.utterance.speaker && r.utterance.speaker !== asker)) return null;
  // "Marta, can I have it by Friday? Oh, hang on, Friday's Good Friday, isn't it." "It is, yeah.": the asker queried it, and the reply agrees.
  const requestTurn = recent.filter((r) => r.utterance.id === request.suggestion.utteranceId && r.text !== request.suggestion.quote).map((r) => r.text).join(' ');
  const isQueriedByAsker = QUERIES_REQUEST.test(requestTurn.replace(/\?\s*$/, '')) && /^(?:(?:oh|um|yes|yeah|yep),?\s+)*(?:it is|it's|yes|yeah|yep|so it is)\b/i.test(reply.text);
  if ((!QUERIES_REQUEST.test(reply.text) || ACCEPTS.test(reply.text)) && !isQueriedByAsker) return null;
  const day = BARE_DAY.exec(sentence.text)?.groups?.day;
  const bare = day ? due(`by the ${day.replace(/^[- ]/, '')}`) : null;
  const said = due(sentence.text) ?? (bare?.date ? { ...bare, text: sentence.text.replace(/[.!]+$/, '') } : null);
  const namesSomeone = /^(?:which|who)\b/i.test(reply.text) && /^(?:(?:sorry|oh|no|I mean)[,.!—–-]*\s+)*(?:[A-Z][a-z'-]+(?: [A-Z][a-z'.-]*)?)[.!]?(?:\s|$)/.test(sentence.text.replace(/\s+[—–-]\s+/g, ' '));
  if (!said?.date && !namesSomeone) return null;
  return { suggestion: request.suggestion, due: said?.date ? said : null };
}

/** "The twenty-third then", "the 23rd": a day of the month said on its own, read as "by" that day. */
const BARE_DAY = /^(?:(?:so|ok|okay|right|fine|then),?\s+)*(?:(?:monday|tuesday|wednesday|thursday|friday)\s+)?(?:the\s+)?(?<day>\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)?[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/i;

/** Words that make a date a deadline whatever the sentence it is in. */
const DEADLINE_WORDS = /^(?:by|before|within|no later than|in time for|ahead of)\b/i;

/** A sentence short enough to be about a date and nothing else: "End of February?", "The 14th is fine." */
const DATE_ONLY_MAX_WORDS = 9;
const DATE_AFTER_REQUEST_MAX_WORDS = 14;
/** The longer of the two: a sentence with more words answers nothing with its date. */
const DATE_ANSWER_MAX_WORDS = Math.max(DATE_ONLY_MAX_WORDS, DATE_AFTER_REQUEST_MAX_WORDS);

/** The undated action a date said on its own belongs to: the last action of the last two minutes. */
function dateOnlyTarget(
  text: string,
  suggestions: readonly Mutable<ActionSuggestion>[],
  utterance: DetectionUtterance,
  due: (sentence: string) => DueDate | null,
): { suggestion: Mutable<ActionSuggestion>; due: DueDate } | null {
  // Most sentences are too long to be a date on its own: counted before anything is looked up.
  const words = text.split(' ', DATE_ANSWER_MAX_WORDS + 1).length;
  if (words > DATE_ANSWER_MAX_WORDS) return null;
  const last = suggestions.findLast((s) => s.kind === 'action');
  // Straight after the request, in the same turn, a little more may be said with the date: "By Wednesday, if possible, so it can go in the pack."
  const maxWords = last?.utteranceId === utterance.id ? DATE_AFTER_REQUEST_MAX_WORDS : DATE_ONLY_MAX_WORDS;
  if (words > maxWords) return null;
  if (!last || utterance.startMs - last.atMs > REPLY_WINDOW_MS) return null;
  if (last.due && (last.due.date !== null || last.due.isNextMeeting)) return null;
  const said = due(text);
  return said?.date ? { suggestion: last, due: said } : null;
}

/**
 * One thing said more than once in a turn is one suggestion: "I'll chase it
 * for you. I'll ring the manager tomorrow." is one action (the one with
 * something to it, and the date); "I'll take that as approved. The budget
 * is approved." is one decision (the one that says what).
 */
/** The sentence a suggestion came from: its id without the suffix that tells several apart. */
function sentenceIdOf(s: ActionSuggestion): string {
  return s.id.replace(/(?:d\d*|\.\w+)$/, '');
}

function mergeWithinTurns(suggestions: readonly Mutable<ActionSuggestion>[]): ActionSuggestion[] {
  const kept: Mutable<ActionSuggestion>[] = [];
  for (const s of suggestions) {
    const twin = kept.find(
      (k) =>
        k.kind === s.kind &&
        k.utteranceId === s.utteranceId &&
        // Two decisions in one sentence ("item five approved, and item six noted") are two.
        ((s.kind === 'decision' && sentenceIdOf(k) !== sentenceIdOf(s)) || (k.rule === 'commitment' && s.rule === 'commitment' && (isThin(k.text) || isThin(s.text) || isReportBack(k.text) || isReportBack(s.text)))),
    );
    if (!twin) {
      kept.push(s);
      continue;
    }
    // "Let me check with the procurement lead, and I'll come back to you by Tuesday": the check, by Tuesday.
    const better = s.kind === 'decision' ? (decisionWeight(s) > decisionWeight(twin) ? s : twin) : isThin(twin.text) || (isReportBack(twin.text) && !isReportBack(s.text)) ? s : twin;
    const due = better.due ?? (better === s ? twin.due : s.due);
    kept.splice(kept.indexOf(twin), 1, { ...better, due });
  }
  return kept;
}

/** "Chase it for you", "do that": a task whose object is only a pronoun. */
/** Saying the answer will come back, after the work said just before in the same turn: "… and I'll come back to you by Tuesday". */
const REPORT_BACK = /^(?:come|get|report|feed|circle|loop) back(?: to (?:you|him|her|them|us|everyone|the (?:committee|board|group|meeting)|[A-Z][\w'-]+))?\b|^let (?:you|him|her|them|us|everyone|[A-Z][\w'-]+) know\b/i;

function isReportBack(text: string): boolean {
  return REPORT_BACK.test(text);
}

function isThin(text: string): boolean {
  // "Leave that with me" made into "Follow up: <what was asked>": thin beside the task said in full.
  if (text.startsWith('Follow up: ')) return true;
  if (!/^\w+(?: \w+)? (?:it|that|this|them|those)\b/i.test(text)) return false;
  // "Do that by the end of the week", "get that to him a week today": only when and to whom, nothing more.
  const bare = text.replace(THIN_TAIL, '');
  return bare.split(/\s+/).length <= 5;
}

/** When and to whom, after a pronoun task: these say nothing about what the task is. */
const THIN_TAIL =
  /(?:\s+(?:to|over|across|round|back)(?:\s+(?:to\s+)?(?:you|him|her|them|us|[A-Z][a-z'-]+))?)?(?:\s+(?:by|before|within|on|in|no later than|first thing|a week|a fortnight|next|tomorrow|today|tonight|this|over the)\b.*)?[.!]?$/;

/** A decision that says what was decided outweighs one that only says it was agreed. */
function decisionWeight(s: ActionSuggestion): number {
  return (/^(?:that's|nobody|I'll take|agreed|carried|approved|right)\b/i.test(s.text) ? 0 : 100) + s.text.length / 100;
}

const TITLE_WORD = /^(?:dr|cllr|councillor|mr|mrs|ms|miss|prof|professor)\.?\s+/;

/** Whether a name said is someone's in the meeting (all its words in one person's name). */
function isPersonNamed(said: string, peopleNames: readonly string[]): boolean {
  const words = said.toLowerCase().replace(TITLE_WORD, '').split(/\s+/);
  return peopleNames.some((name) => {
    const parts = name.toLowerCase().replace(TITLE_WORD, '').split(/\s+/);
    return words.every((w) => parts.includes(w));
  });
}

/**
 * Whether someone answering a request is the one it was made of: the person
 * named ("Marie, can you …" answered by Marie), or anyone from a body named
 * ("could the trust …?", "could North West Ambulance …?" — not the name of
 * anyone in the meeting).
 */
function ownerIsSpeaker(owner: string | null, speaker: string, personName: (displayName: string) => string, peopleNames: readonly string[] = []): boolean {
  if (!owner) return true;
  const said = owner.toLowerCase().replace(TITLE_WORD, '').split(/\s+/);
  const who = personName(speaker).toLowerCase().replace(TITLE_WORD, '').split(/\s+/);
  if (said.some((part) => who.includes(part))) return true;
  const isSomeonesName = peopleNames.some((name) => {
    const parts = name.toLowerCase().replace(TITLE_WORD, '').split(/\s+/);
    return said.every((part) => parts.includes(part));
  });
  return !isSomeonesName && (/^the\s/i.test(owner) || !/^[A-Z][a-z'-]+$/.test(owner));
}

/** "That's the eleventh of March.", "Which is the 27th.": the date of the meeting just named, said on its own. */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_NAME = new RegExp(String.raw`\b(?:${MONTHS})\b`, 'i');
/** "the January meeting", "March's board": a meeting named by its month. */
const MONTHS_MEETING = new RegExp(String.raw`\b(${MONTHS})(?:'s)? (?:meeting|committee|board|forum|session|panel|one|cabinet)\b`, 'i');
const MEETING_DATE_SAID = /^(?:(?:and|so)\s+)?(?:that's|that is|which is|it's|it is)\s+(?:on\s+)?(?<date>(?:(?:monday|tuesday|wednesday|thursday|friday)\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?(?:\s+\w+)?|(?:(?:monday|tuesday|wednesday|thursday|friday)\s+)?the\s+\w+(?:-\w+)?(?:\s+of\s+\w+)?)[.?!]?$/i;

/** The meeting's own "we'll", as a chair says what happens next. */
const WE_WILL = /\bwe(?:'ll| will| are going to|'re going to)\b/i;

/** Many people of a kind ("pharmacy colleagues", "the practices"): one of them answering takes on their own part, not the whole. */
const PEOPLE_OF_A_KIND = /\b(?:colleagues|practices|members|partners|contractors|managers|leads|directors|pharmacists|nurses|GPs|clinicians|coordinators|teams)$/i;

/** Whether a name said ("Marie", "Dr Lamb") is the speaker's own, by any word of their name. */
function isNamedSpeaker(owner: string, speaker: string, personName: (displayName: string) => string): boolean {
  const said = owner.toLowerCase().replace(TITLE_WORD, '').split(/\s+/).filter((w) => w.length > 1);
  const who = new Set(personName(speaker).toLowerCase().replace(TITLE_WORD, '').split(/[\s,()]+/));
  return said.length > 0 && said.every((w) => who.has(w));
}

/** The request or offer a reply answers, and whether it turns it down. */
function answerTo(
  pending: readonly Pending[],
  sentence: SaidSentence,
  speaker: string | null,
  isFromBody: (owner: string, speaker: string) => boolean,
  turnBefore?: DetectionUtterance,
  isNamed: (owner: string, speaker: string) => boolean = () => false,
): { request: Mutable<ActionSuggestion>; isDeclined: boolean; isDone?: boolean; hasCounterDate?: boolean } | null {
  if (!speaker) return null;
  const others = [...pending].reverse().filter((p) => p.speaker !== sentence.utterance.speaker);
  // "Femi, you'll get the data to Marie by Friday. … And Marie, you'll circulate the offer." "Friday's fine." (Femi): the replier's own task.
  // (Only when the last task was given to someone else by name; "…? And please send me the draft." "Yes to both." answers the last.)
  const isLastSomeoneElses = !!others[0] && others[0].suggestion.ownerSource === 'named' && !!others[0].suggestion.owner && !isNamed(others[0].suggestion.owner, speaker);
  const request = (isLastSomeoneElses ? others.find((p) => p.suggestion.ownerSource === 'named' && !!p.suggestion.owner && isNamed(p.suggestion.owner, speaker) && p.atMs === others[0]!.atMs) : undefined) ?? others[0];
  if (!request) return null;
  // "Lorna, you'll write to the practices." "Yep." "Could we have the list of sessions?" "Leave that with me, Amy.": the reply answers the question just asked by someone else.
  const isAnsweringAnother = !!turnBefore && turnBefore.startMs > request.atMs && turnBefore.speaker !== request.speaker && turnBefore.speaker !== sentence.utterance.speaker && sentencesOf(turnBefore.text).some(isQuestionOfItsOwn);
  if (isAnsweringAnother) return null;
  const text = sentence.text;
  // "Not by Christmas, honestly. Could we say the first week of February?": taken on, by another date.
  if (COUNTER_DATE.test(text)) return { request: request.suggestion, isDeclined: false, hasCounterDate: true };
  // "I'll do it if no one else wants to": offered, not yet taken on; "No, let me": taken on, not declined.
  if (RELUCTANT.test(text) || JOKING_TERMS.test(text)) return null;
  // "Would you mind?" "No, that's fine": not minding is taking it on (an offer answered so is turned down).
  const isNoBother = request.suggestion.rule !== 'commitment' && /^\W*(?:no,?\s+(?:that's|that is|it's) (?:fine|ok|okay|no problem)|not at all)\b/i.test(text);
  if (DECLINES.test(text) && !isNoBother && !/^\W*no,?\s+(?:let me|I'll|I will|I can|I'm happy to)\b/i.test(text)) return { request: request.suggestion, isDeclined: true };
  // "Honestly, not this month. I'm down two receptionists. Can we look at it in February?": put off by the one asked, nothing taken on.
  if (NOT_NOW.test(text) && !/\b(?:I'll|I will|I can|we'll|we will|we can|I could|happy to)\b/i.test(sentence.utterance.text)) return { request: request.suggestion, isDeclined: true };
  // "I sent them over on Monday", "I did it this morning": nothing is left to do.
  if (sentence.index === 0 && sentence.utterance.startMs - request.atMs <= 60_000 && ALREADY_DONE_REPLY.test(text)) return { request: request.suggestion, isDeclined: true, isDone: true };
  if (request.suggestion.ownerSource === 'responder' || request.suggestion.rule === 'commitment') return null;
  // Someone from the body asked ("could the trust …?") answers for it, whatever words they use.
  const isBodyAnswering = request.suggestion.ownerSource === 'named' && request.suggestion.owner !== null && isFromBody(request.suggestion.owner, speaker);
  return isBodyAnswering || isNoBother || ACCEPTS.test(text) || /^(?:fine|okay|ok|right|noted|understood|agreed|sure)\b/i.test(text) ? { request: request.suggestion, isDeclined: false } : null;
}

/** A question asking for something new, not one that passes on what was asked ("Ms Adebayo, is that possible?"). */
function isQuestionOfItsOwn(sentence: string): boolean {
  return /\?\s*$/.test(sentence) && sentence.split(/\s+/).length >= 6 && !/\b(?:that|this|it)(?: (?:possible|ok|okay|alright|all right|doable|realistic|feasible|something you could do))?\s*\?\s*$/i.test(sentence);
}

/** An offer made on condition that it is wanted: "happy to …, if that would help", "if people think that would be useful". */
const OFFER_ON_CONDITION = /\b(?:happy|glad|pleased|willing) to\b[^.?!]*\bif (?:(?:that|it)(?:'s| is| would be| would| 'd)? (?:help(?:s|ful)?|useful|of use|wanted)|(?:people|you|members|colleagues|the (?:group|committee|board|meeting)) (?:think|thinks|thought|want|wants|wanted|would like|'d like|feel|feels)\b)/i;
/** Someone taking such an offer up: "Yes please", "that'd be great". */
const OFFER_TAKEN_UP = /^\W*(?:(?:oh|ah),?\s+)?(?:yes|yeah|yep|please)\b|\b(?:that'd|that would|that will|it would|it'd|that'll) be (?:really |very |so )?(?:great|brilliant|lovely|helpful|useful|fab|fantastic|perfect|wonderful|much appreciated|good)\b|\bplease do\b|\bgo for it\b/i;
/** …or putting it off: "Let's see how the pilot goes first", "maybe in the spring". */
const OFFER_PUT_OFF = /\blet's see\b|\bnot (?:yet|just yet|now|at this stage)\b|\bmaybe (?:later|in the|next)\b|\bhold (?:off|fire)\b|\bfirst,? (?:let's|we)\b/i;

/** A reply that passes a task on to the body given it: "I'll let them know", "I'll pass that request on to them". */
const RELAYED_TO_THEM = /\b(?:let (?:them|the team|the \w+ team) know|(?:ask|check with) (?:them|the team)\b(?! (?:to|for|about)\b)|make sure (?:that|it|this)(?:'s| is| gets) passed (?:on|to them)|pass (?:it|that|this|the request|that request|this request) (?:on|back)(?: to (?:them|the team))?|tell them|feed (?:it|that|this) back to them|pass (?:it|that|this) to them)\b/i;

/** Taking something on only if nobody else does: the request is still open to others. */
const RELUCTANT = /\bif (?:no ?one|nobody|no-one)(?: else)? (?:wants|can|is|will|does)\b|\bif (?:I|we) (?:really )?(?:have to|must)\b|\bif needs must\b/i;

/** The one asked offering another date: "not by Christmas … could we say February?", "how about the 14th?". */
const COUNTER_DATE = /^(?:(?:um|oh|sorry|honestly|ah),? )*not by\b[^.?!]*[.?!,]\s*.*\b(?:could|can|shall) (?:we|I) (?:say|make it|do)\b|\b(?:could|can|shall) (?:we|I) (?:say|make it) (?:the |by )?(?:end of |first week of |\d|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next)/i;

/** "Amir, can you take us through it?": asked to present there and then. */
const PRESENT_NOW = /\b(?:take|walk|talk) (?:us|me|members|everyone|everybody|the (?:committee|board|group|panel|forum)) through (?:it|this|that|them|the [\w' -]{2,40}?)\??$/i;
const ALREADY_DONE_REPLY =
  /^(?:(?:oh|um|actually|yes|yeah|yep|yup|sure|well),? )*(?:I|we)(?:'ve| have)? (?:already |actually |just )?(?:did|done|sent|updated|circulated|added|put|emailed|shared|changed|amended|corrected|fixed|tweaked) (?:it|that|them|those|this)\b(?! (?:to you )?(?:by|before|later|tomorrow|next)\b)|\b(?:it's|they're|that's) already (?:done|up there|there|sent)\b|^(?:done|already done)\b[,.!]/i;

/** Sectors a body named in speech can mean. */
const BODY_SECTORS: readonly [RegExp, readonly string[]][] = [
  [/\btrusts?\b|\bhospital\b|\bambulance\b/i, ['acute_trust', 'community_mental_health_trust', 'ambulance_trust', 'other_nhs_trust']],
  [/\bICB\b|\bintegrated care board\b|\bcommissioners?\b/i, ['icb']],
  [/\bcouncil\b|\blocal authority\b|\bpublic health\b/i, ['local_authority']],
  [/\bLMC\b|\bLPC\b|\bLDC\b|\bLOC\b|\blocal (?:medical|pharmaceutical|dental|optical) committee\b/i, ['primary_care_rep_body']],
  [/\bhospice\b/i, ['hospice']],
  [/\bhealthwatch\b/i, ['healthwatch_patient_voice']],
  [/\bfederation\b|\balliance\b/i, ['gp_provider_org']],
  [/\bPCN\b|\bnetwork\b/i, ['pcn']],
  [/\bNHS England\b|\bNHSE\b|\bregion\b/i, ['nhs_england']],
];

/** Whether someone is from the body a task was given to ("the trust", "North West Ambulance"), by their organisation. */
/** Whether a body's decision is stated by someone from that body (other than the meeting itself, "we" or "the committee"). */
function isOwnBodysPosition(sentence: string, organisation: { readonly name: string | null; readonly sector: string } | null): boolean {
  const body = BODY_DECIDED.exec(sentence);
  if (!body?.groups || !organisation) return false;
  const subject = sentence.slice(0, body.index + body[0].indexOf(body.groups.verb!)).replace(/^(?:(?:so|and|then|well|yes|right|but),?\s+)*/i, '').trim();
  if (/^(?:we|it|the (?:committee|board|group|meeting|forum|panel|partnership|members|sub-?committee|sub-?group))$/i.test(subject)) return false;
  return belongsTo(subject, organisation);
}

function belongsTo(owner: string, organisation: { readonly name: string | null; readonly sector: string } | null): boolean {
  if (!organisation) return false;
  const sectors = BODY_SECTORS.find(([pattern]) => pattern.test(owner))?.[1];
  if (sectors?.includes(organisation.sector)) return true;
  const said = owner.toLowerCase().replace(/^the\s+/, '').replace(/\s+(?:team|colleagues)$/, '');
  return !!organisation.name && said.length >= 4 && organisation.name.toLowerCase().includes(said);
}

/** The proposal a call for agreement is about: the question itself, or what was proposed just before (by the chair first). */
function proposalBefore(sentence: SaidSentence, recent: readonly SaidSentence[]): string {
  const question = sentence.text.replace(CALL_FOR_ASSENT, '').replace(/[?.!,\s]+$/, '');
  if (PROPOSAL.test(sentence.text) || question.split(/\s+/).length >= 6) return sentence.text;
  const before = [...recent].reverse();
  // "Right. Care navigator training. All for?": what the chair named just before, in the same turn.
  const sameTurn = sentencesOf(sentence.utterance.text).slice(0, sentence.index).map(cleanSpeech).reverse().find((t) => t.split(/\s+/).length >= 2 && !/^(?:right|ok|okay|so|thanks|thank you)\b[.!]?$/i.test(t) && !/^(?:[Tt]hanks|[Tt]hank you)(?:,?\s+(?:Dr|Mr|Mrs|Ms|Cllr|Councillor)?\.?\s*[A-Z][\w'-]*){0,2}[.!]?$/.test(t));
  if (sameTurn && question.split(/\s+/).length <= 3 && !before.some((r) => r.utterance.speaker === sentence.utterance.speaker && PROPOSAL.test(r.text))) return sameTurn;
  const proposed =
    before.find((r) => r.utterance.speaker === sentence.utterance.speaker && (PROPOSAL.test(r.text) || r.text.split(/\s+/).length >= 8) && !isPlainQuestion(r.text)) ??
    before.find((r) => PROPOSAL.test(r.text) || /\b(?:suggestion|proposal|recommendation|propose|suggest)\b/i.test(r.text));
  return proposed?.text ?? sentence.text;
}

/** A chair's one-word prompts while taking a vote: "Against?", "Abstentions?", "Anyone?", "No?". */
const PROMPT = /^(?:(?:any(?:one|body)?|against|abstentions?|no|yes|none|nobody|objections?|all|everyone|agreed|content|happy|seconded|seconder|proposer|anyone else|any more|any others?)[?.!]?\s*)*(?:any(?:one|body)?|against|abstentions?|no|yes|none|nobody|objections?|all|everyone|agreed|content|happy|seconded|seconder|proposer|anyone else|any more|any others?)\?$/i;

const HOUSEKEEPING_CALL =
  /\b(?:close|closing|carry|carrying) (?:actions? )?(?:(?:number )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b|(?:that|those|these) (?:ones?|actions?))|\bout of order\b|\b(?:do|take) (?:item \w+|things) (?:next|first|now)\b|\b(?:nothing|not) (?:for|to) (?:decision|decide)\b|\b(?:it's|it is|that's|this is) for (?:assurance|information)\b|\bI'll move on\b/i;

/** A proposal to put the matter off to another meeting. */
const PUT_OFF_PROPOSAL = /\b(?:defer|deferring|postpone|postponing|put (?:it|this|that|the decision) off|hold (?:it|this|that|the decision) over)\b/i;

/** When the chair closes a call for agreement ("Lovely, thank you"), the proposal is decided. */
function closeCall(calls: Call[], sentence: SaidSentence, suggestions: readonly ActionSuggestion[]): { decision: Mutable<ActionSuggestion>; proposal: string } | null {
  const call = calls.findLast((c) => !c.answered);
  if (!call || sentence === call.sentence) return null;
  const isChair = sentence.utterance.speaker === call.speaker;
  const text = sentence.text;
  if (!isChair) {
    if (DECLINES.test(text) && !/^no\.?$|^no,? (?:none|objections?|not at all)/i.test(text) && !/any (?:objections?|against|dissent)|(?:disagree|object)\b/i.test(call.sentence.text)) call.answered = true;
    // "Sorry, I must object", "I can't support that": the call is not carried.
    if (OBJECTS.test(text)) call.answered = true;
    return null;
  }
  if (PROMPT.test(text) || isPlainQuestion(text) && text.split(/\s+/).length <= 3) return null;
  // "Good amendment, yes.": the proposal changes; the call stays open.
  if (/^(?:(?:a |that's a )?(?:good|fair|fine|sensible|helpful) (?:amendment|addition|point|suggestion)|(?:happy to |I'll )?accept (?:that|the) amendment)\b/i.test(text)) return null;
  // "OK. Let's leave it, then.": the chair puts it off; nothing was decided.
  if (DEFERRAL.test(text) || sentencesOf(sentence.utterance.text).slice(sentence.index + 1).some((s) => DEFERRAL.test(s))) {
    call.answered = true;
    return null;
  }
  // "No." "None." after "Any objections?": the chair answering for the room, not yet closing.
  if (/^(?:no|none|nobody|nothing|no one|nope|none at all|no objections?)[.!]?$/i.test(text)) return null;
  // "Thank you. For the minutes, the committee endorsed the plan": the decision said later in the turn is the one minuted.
  const later = sentencesOf(sentence.utterance.text).slice(sentence.index + 1).map(cleanSpeech);
  if (later.some((s) => findDecision(s))) return null;
  // "Thank you Councillor Ellery. All those in favour?": the vote is still to be taken.
  if (later.some((s) => /\b(?:all|those) in favour\b|\bany (?:against|abstentions?)\b/i.test(s))) return null;
  // "Fair point, we'll add a line on transport. Right, agreed then.": the chair closes it later in the turn.
  if (!CLOSURE.test(text) && !BARE_ASSENT.test(text) && later.some((s) => CLOSURE.test(s) || BARE_ASSENT.test(s))) return null;
  call.answered = true;
  // "…Abstentions, two. So that's not carried.": put to the vote and lost.
  if (NOT_CARRIED.test(text) || later.some((s) => NOT_CARRIED.test(s))) return null;
  // The chair's next words must close the call: a bare thanks, "that's agreed", moving on.
  if (!CLOSURE.test(text) && !BARE_ASSENT.test(text)) return null;
  const isDecidedAlready = suggestions.some((s) => s.kind === 'decision' && s.atMs >= call.atMs);
  if (isDecidedAlready) return null;
  // "Are we happy to close thirty-one and carry thirty-four?", "we'll do item five next … is that okay?": the action log and the running order, not decisions.
  if (HOUSEKEEPING_CALL.test(call.proposal)) return null;
  // "I'd propose we defer it to the next meeting … Are members content?": put off, not decided.
  if (PUT_OFF_PROPOSAL.test(call.proposal)) return null;
  // Minuted where the chair closed it: the meeting has decided only once the chair says so.
  const { utterance, index, said } = sentence;
  const decision: Mutable<ActionSuggestion> = {
    id: `${utterance.id}#${index}d`,
    kind: 'decision',
    text: decisionText(call.proposal),
    quote: `${call.proposal} … ${said}`,
    utteranceId: utterance.id,
    speaker: utterance.speaker,
    atMs: utterance.startMs,
    owner: null,
    ownerSource: 'none',
    due: null,
    rule: 'decision',
    reason: 'The chair asked the meeting to agree, and closed it without objection.',
  };
  return { decision, proposal: call.proposal };
}

/**
 * The task a decided proposal gives someone: "for Ifeoma to sign the data
 * sharing agreement", "that the LMC writes to the ICB", "the ICB to bring a
 * report back".
 */
function workIn(proposal: string, tag: SentenceTagger): Hit | null {
  const forSomeone = new RegExp(`\\bfor (?<owner>${NAME}|the [\\w' -]+?) to (?<body>[a-z][\\w'-]*\\b.*?)[?.!]?$`).exec(proposal);
  if (forSomeone?.groups && isName(forSomeone.groups.owner!.replace(/^the /i, ''))) {
    return { kind: 'action', text: tidy(forSomeone.groups.body!.replace(/,?\s*subject to\b.*$/i, '')), owner: forSomeone.groups.owner!, ownerSource: 'named', rule: 'assignment', reason: `The meeting agreed that ${forSomeone.groups.owner} would do it.` };
  }
  // "That the committee notes the update and asks the ICB to report back in April": the ICB's work.
  const asks = new RegExp(`\\bask(?:s|ing)? (?<owner>the [A-Z][\\w'&-]*(?: [\\w'&-]+){0,3}?|${NAME}) to (?<body>[a-z][\\w'-]*\\b.*?)[?.!]?$`).exec(proposal);
  if (asks?.groups && isName(asks.groups.owner!.replace(/^the /i, ''))) {
    return { kind: 'action', text: tidy(asks.groups.body!.replace(/\.\s.*$/, '').replace(/,?\s*(?:are|is) (?:members|colleagues|everyone|people) (?:content|happy|agreed)\b.*$/i, '')), owner: asks.groups.owner!, ownerSource: 'named', rule: 'assignment', reason: `The meeting asked ${asks.groups.owner} to do it.` };
  }
  const motion = new RegExp(`\\bthat (?<owner>the [\\w' -]+?|${NAME}) (?<verb>[a-z]+?)(?:es|s) (?<rest>.+?)[?.!]?$`).exec(proposal);
  if (motion?.groups && DELIVERABLE.test(`${motion.groups.verb} ${motion.groups.rest}`)) {
    return { kind: 'action', text: tidy(`${motion.groups.verb} ${motion.groups.rest}`.replace(/,\s*(?:asking|so|because)\b.*$/i, '')), owner: motion.groups.owner!, ownerSource: 'named', rule: 'assignment', reason: `The meeting agreed that ${motion.groups.owner} would do it.` };
  }
  const assigned = findAssignment(proposal, lazyWords(proposal, tag));
  // "The recommendation to the committee is to approve …": the decision itself, not work.
  return assigned && TAKING_A_DECISION.test(assigned.text) ? null : assigned;
}
