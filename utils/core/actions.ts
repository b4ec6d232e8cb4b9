import type { DueDate, DueDateParser } from './language';
import { normaliseSpaces } from './text';

/** What a sentence in the captions was found to be. */
export type ActionKind = 'action' | 'decision';

export type { DueDate, DueDateParser } from './language';

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
  /** Who should do it: a participant's display name, a name as said ("Tom and Aisha"), an organisation ("the ICB"), or null. */
  readonly owner: string | null;
  readonly due: DueDate | null;
  /** Which rule found it, for tests and the user ("explicit", "request"…). */
  readonly rule: 'explicit' | 'request' | 'commitment' | 'assignment' | 'ask' | 'decision';
}

/**
 * Verbs that name a deliverable: what an action is made of. Phrasal verbs
 * allow a few words inside them ("let the practices know", "set that up").
 */
const ACTION_VERBS = [
  'send|circulate|recirculate|share|confirm|check|chase|bring|provide|update|arrange|draft|write|produce|prepare|organise|organize',
  'book|email|e-mail|ask|speak to|talk to|raise|escalate|look into|find out|report back|feed back|get back|return|publish|submit',
  'review|test|contact|invite|schedule|distribute|present|agree|split|compile|collate|forward|liaise|meet|visit|complete',
  'finalise|finalize|issue|notify|model|map|make contact|work with|look at|investigate|audit|identify|develop|amend|refresh',
  'revise|clarify|seek|obtain|request|convene|nominate|flag|establish|explore|cost|analyse|analyze|sign off|reflect|make sure',
  'get together|work up|come back|lead on|lead|own|coordinate|co-ordinate|remind|double check|double-check|stand up|circulate',
  'get (?:\\S+ ){1,5}?(?:circulated|sent|done|updated|booked|sorted|arranged|drafted|written|shared|finished|signed off|out|over)\\b',
  "let (?:\\S+ ){0,3}know",
  '(?:set|draw|sort|follow|pick|write|line|tee) (?:\\S+ ){0,3}?up',
  'put (?:\\S+ ){0,3}?(?:together|out|forward)|pull (?:\\S+ ){0,3}?together',
  'take (?:\\S+ ){0,4}?(?:back|away|forward|to)',
  'go back to (?=the [A-Z]|[A-Z])',
  'add (?=(?:\\S+ ){1,8}to (?:the |next |our )?(?:\\w+ )?(?:agenda|action log|risk register|forward plan|work ?plan))',
  'get (?=(?:\\S+ ){1,7}to )',
].join('|');

/** The same verbs as said after "would you mind": "drafting" → "draft". */
const GERUND_TO_VERB: Readonly<Record<string, string>> = {
  sending: 'send', circulating: 'circulate', sharing: 'share', confirming: 'confirm', checking: 'check', chasing: 'chase',
  bringing: 'bring', providing: 'provide', updating: 'update', arranging: 'arrange', drafting: 'draft', writing: 'write',
  producing: 'produce', preparing: 'prepare', organising: 'organise', booking: 'book', emailing: 'email', asking: 'ask',
  speaking: 'speak', raising: 'raise', escalating: 'escalate', following: 'follow', looking: 'look', finding: 'find',
  setting: 'set', coming: 'come', reporting: 'report', putting: 'put', returning: 'return', reviewing: 'review',
  contacting: 'contact', inviting: 'invite', scheduling: 'schedule', presenting: 'present', compiling: 'compile',
  forwarding: 'forward', liaising: 'liaise', meeting: 'meet', completing: 'complete', picking: 'pick', taking: 'take',
  modelling: 'model', amending: 'amend', revising: 'revise', investigating: 'investigate', developing: 'develop',
};
const GERUND = `(?:${Object.keys(GERUND_TO_VERB).join('|')})`;

const VERB = `(?:${ACTION_VERBS})`;
const STARTS_WITH_VERB = new RegExp(`^${VERB}\\b`, 'i');

/** Requests that are not actions: checking the line, disbelief, asking for a repeat. */
const NOT_A_REQUEST = /\b(?:(?:can|could|would|will) (?:you|we)|if you could) (?:all )?(?:believe|imagine|hear|see|repeat|say that|mute|unmute|speak up|go back|give me a second|bear with|remind me)\b/i;

/** A commitment said of the past, or about someone else, is not a new action. */
const REPORTED = /\b(said|says|told|promised|thought|mentioned|was going to|were going to|last (time|week|month|meeting)|previously|already)\b/i;

/** "no action needed", "no actions from this item". */
const NO_ACTION = /\bno (further )?actions?\b/i;

/** "finance" or "Finance": the first letter either case, for patterns that are otherwise case-sensitive. */
function anyFirstCase(word: string): string {
  const first = word.charAt(0);
  return first.toUpperCase() === first.toLowerCase() ? word : `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`;
}

const NAME = "[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?";
const PEOPLE = `${NAME}(?:(?:, | and | & )${NAME})*`;
/** Words that open a sentence like a name but are not one ("Right, can you …"). */
const NOT_A_NAME = /^(right|ok|okay|so|thanks|thank you|yes|no|well|great|sorry|now|also|and|then|please|honestly|actually|just|fine|good|perfect|lovely|sure|agreed|brilliant)$/i;

/** Someone named by role: "the governance lead", "Medicines optimisation team", "all clinical directors". */
const ROLE_OWNER = "(?:(?:[Tt]he|[Oo]ur|[Aa]ll|[Ee]ach|[Ee]very) )?(?:[A-Za-z][\\w'&-]* ){0,3}(?:team|teams|lead|leads|manager|managers|director|directors|officer|officers|secretariat|chair|office|colleagues|partners|clinicians|pharmacists|practices)";
/** A department named on its own, as minutes do: "finance to reflect it". */
const DEPARTMENT = `(?:${['finance', 'estates', 'comms', 'communications', 'contracting', 'contracts', 'commissioning', 'digital', 'workforce', 'governance', 'quality', 'ops', 'operations', 'business intelligence', 'medicines optimisation', 'public health', 'primary care', 'dental', 'IT', 'BI', 'HR', 'IG'].map(anyFirstCase).join('|')})`;
/** Someone unnamed: "someone from the ICB", "each PCN", "all practices". */
const ANYONE = "(?:someone|somebody|anyone) from (?:the |our )?[\\w-]+(?: [\\w-]+){0,2}?|everyone|everybody|(?:[Ee]ach|[Ee]very|[Aa]ll) [A-Za-z]+(?: [A-Za-z]+)?";
const OWNER = `${ROLE_OWNER}|[Tt]he [A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*|[Tt]he (?:trust|council|practice|practices|committee|team|federation|board|secretariat)|${DEPARTMENT}|[A-Z]{2,6}|${PEOPLE}`;
/** How an assignment says who will do it: "the ICB to confirm", "the trust are going to share". */
const WILL = "(?:to|will|is going to|are going to|is to|are to|has agreed to|have agreed to)(?: also| then| now| just| kindly)?";

// Actions.
const EXPLICIT = /\bACTION(?:\s+point)?\s*[:–—-]\s*(?<body>.+)$/i;
/** "Action for Sarah: …", "Action on me to …", "So the action is for Healthwatch to …". */
const ACTION_FOR = new RegExp(`\\b(?:[Aa]ction|ACTION)(?: is| will be|'s)? (?:for|on) (?<owner>me|${PEOPLE}|[Tt]he [A-Za-z]+(?: [A-Za-z]+){0,3}?|[A-Z]{2,6})(?:\\b[^:]*:\\s*|,?\\s*(?:please,?\\s*)?to )(?<body>.+)$`);
/** After "ACTION:", whoever comes before "to" is the owner: "Practice managers to return …". */
const EXPLICIT_OWNER = new RegExp(`^(?:(?<owner>[A-Z][\\w'&-]*(?: [\\w'&-]+){0,4}?) (?:to|will) (?<body>[a-z][\\w-]*\\b.*)|(?<roleOwner>${ROLE_OWNER}|${DEPARTMENT}(?: team)?) (?:to|will) (?<roleBody>${VERB}\\b.*))$`);
const REQUEST = new RegExp(`\\b(?:(?:can|could|would|will) you(?: two| both| all| and (?:the )?[\\w-]+(?: [\\w-]+){0,2}?)?(?: (?:please|also|just|perhaps))*(?: be able to)?|(?:are|would) you (?:be )?(?:okay|ok|happy|able|willing|alright|all right) to(?: please)?) (?<body>${VERB}\\b.*)$`, 'i');
/** "Ben, if you could update the risk register …": the polite British request. */
const IF_YOU_COULD = new RegExp(`\\bif you (?:could|can|would|wouldn't mind)(?: (?:please|also|just))? (?<body>${VERB}\\b.*?)(?:,? (?:that would|that'd|it would|it'd) be (?:great|brilliant|helpful|good|lovely|really helpful|much appreciated)\\b.*)?$`, 'i');
const IF_YOU_COULD_NAME = new RegExp(`^(?<owner>${NAME}),? if you\\b`);
/** "Would you mind drafting …": a request in the gerund. */
const WOULD_YOU_MIND = new RegExp(`\\b(?:would|do) you mind (?<body>${GERUND}\\b.*)$`, 'i');
/** "Can the trust please provide …", "Please can all clinical directors return …". */
const THIRD_PARTY_REQUEST = new RegExp(`^(?:(?:[Aa]nd|[Ss]o|[Pp]lease|[Yy]eah|[Yy]es|[Oo]k|[Oo]kay|[Rr]ight),? )*(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill) (?<owner>${ANYONE}|${ROLE_OWNER}|${DEPARTMENT}(?: team)?|[Tt]he [A-Za-z]+(?: [A-Za-z]+){0,2}?|[A-Z]{2,6}) (?:please |also |just )*(?:be able to )?(?<body>${VERB}\\b.*)$`);
/** "Can we ask the finance team to model …": the meeting asks someone. */
const ASK_SOMEONE = new RegExp(`\\b(?:[Cc]an|[Cc]ould|[Ss]hall|[Ss]hould) we (?:please )?(?:ask|invite|get) (?<owner>${OWNER}) to (?<body>${VERB}\\b.*)$`);
/** "Can I ask that Dev follows up …", "Could I ask the LMC to …". */
const ASK_THAT = new RegExp(`\\b(?:(?:[Cc]an|[Cc]ould|[Mm]ay) I|I'd|I would|[Ww]e'd|[Ww]e would)(?: like to)? (?:please )?ask (?:that )?(?<owner>${OWNER}) (?:to )?(?<body>[a-z]\\w*\\b.*)$`);
/** "Send the slides round after the meeting, would you, Kevin?" */
const TAG_REQUEST = new RegExp(`^(?:(?:[Aa]nd|[Ss]o|[Pp]lease),? )*(?<body>${VERB}\\b.*?),\\s*(?:would|could|will|can) you(?:,\\s*(?<owner>${NAME}))?\\s*\\?`, 'i');
/** "… Dave can you do that by Wednesday": the task is the clause before the name. */
const PRONOUN_REQUEST = new RegExp(`^(?<task>.{12,}?)[,.;]?\\s+(?<owner>${NAME}),?\\s+(?:can|could|would|will) you (?:please )?(?:do|own|take on|lead on|pick up|handle|action|sort) (?:that|this|it)\\b`);
const VOCATIVE_BEFORE = new RegExp(`^(?:(?:[Aa]nd|[Ss]o|[Tt]hen|[Aa]lso|[Oo]k|[Oo]kay|[Rr]ight),? )?(?<owner>${PEOPLE}),\\s`);
const VOCATIVE_AFTER = new RegExp(`,\\s*(?<owner>${PEOPLE})\\s*\\?\\s*$`);
/** "…, and Sarah can you write to …": a name just before the request, comma or not. */
const VOCATIVE_INLINE = new RegExp(`(?:^|[,.;:]\\s*|\\b(?:and|so|um|then)\\s+)(?<owner>${NAME}),?\\s+(?:can|could|would|will) you\\b`);
const COMMITMENT = new RegExp(`\\b(?<who>I'll|I will|I'm happy to|I am happy to|I'd be happy to|I'm going to|I am going to|I can|let me|we'll|we will|we're going to|we are going to|we can|${NAME} and I will|${NAME} and I'll)(?: (?:also|then|just|now|certainly|happily))?(?: take (?:an|the|that) action to| do is)? (?<body>${VERB}\\b.*)$`, 'i');
const ASSIGNMENT = new RegExp(`(?:^|[:;,]\\s+|\\band\\s+|\\bthen\\s+|\\bwith\\s+|\\bso\\s+)(?<owner>${OWNER}) ${WILL} (?<body>${VERB}\\b.*)$`);
/** "Leave that with me": a commitment with no verb of its own. */
const LEAVE_WITH_ME = /\b(?:leave (?:that|it|this)(?: one)? with (?:me|us)|(?:I'll|I will|I can|happy to) (?:do|take on|pick up|own|action|sort) (?:it|that|this)(?! now\b))\b/i;
/** "…, so Deepa, please notify both providers …": a name, then the imperative. */
const VOCATIVE_IMPERATIVE = new RegExp(`(?:^|[,;:]\\s*|\\b(?:so|and|then)\\s+)(?<owner>${NAME}),\\s*(?:please\\s+)?(?<body>${VERB}\\b.*)$`);
/** "Bring the paper back in February, please, Jo.": an imperative with "please" or a name. */
const IMPERATIVE = new RegExp(`^(?:(?:[Aa]nd|[Ss]o|[Pp]lease),? )*(?<body>${VERB}\\b.*)$`, 'i');
const ENDS_WITH_NAME = new RegExp(`,\\s*(?:please,?\\s*)?(?<owner>${NAME})\\s*[.!?]?$`);
/** Things done in the meeting itself, not after it: "share my screen", "go back a slide". */
const IN_MEETING = /\b(?:(?:my|your|the) screen|(?:next|previous|last|that|this|a) slide\b|slide (?:\d+|\w+teen|one|two|three|four|five|six|seven|eight|nine|ten)|(?:in|into|on) the chat|(?:your|my) (?:hand|camera|mic|microphone|video)|on mute|the recording|under (?:item|agenda item) \w+|on (?:today's|the) agenda)\b/i;
const ASKS_FOR = /\b(?:asks?|asked|requests?|requested) (?:for )?(?:an?|the) (?<body>(?:update|report|paper|proposal|briefing|review)\b.*)$/i;

// Decisions.
const DECISION_VERB =
  'approved|agreed|resolved|noted|endorsed|supported|ratified|accepted|decided|received|rejected|deferred|chose|approves|agrees|resolves|notes|endorses|supports|ratifies|accepts|decides|receives|rejects|defers|chooses|(?:is|are) (?:content|happy) to (?:support|approve|endorse|accept|note)';
const DECISION_SUBJECT = new RegExp(`(?<!\\b(?:some|several|a few|many|most|other|two|three|regional|national|trust|their|its|council)\\s)\\b(?:the )?(?:committee|board|group|meeting|forum|panel|partnership|members|team|network|call|sub-group|subgroup)\\s+(?:has |have )?(?:formally |also |therefore )?(?<verb>${DECISION_VERB})\\b(?<rest>.*)$`, 'i');
const DECISION_WE = /\b(?:we(?:'ve)?|it was|it's been|it has been)\s+(?:have |has )?(?:now |all |formally )?(?<verb>agreed|approved|resolved|noted|decided|endorsed)\b(?<rest>.*)$/i;
/** "So we'll note the report", "as a board we agree that …" (not "I think we agree"). */
const DECISION_WE_NOW = /(?<!\b(?:think|if|whether|do|don't|hope|sure|suspect|feel)\s)\bwe(?:'ll| will| can)? (?:formally )?(?:note|approve|agree|endorse|accept|support|ratify) (?:that|the|this|it|option|to|in principle)\b/i;
const DECISION_PASSIVE = /\b(?:is|are|was|were|has been|have been|is now|are now)\s+(?<verb>approved|agreed|ratified|endorsed)\b/i;
/** "The proposal to merge the huddles is not supported": the outcome of a proposal. */
const PROPOSAL_OUTCOME = /\b(?:proposal|recommendation|option|bid|request|application|business case|motion)\b.{0,80}?\b(?:is|are) (?:not |therefore )?(?:supported|approved|agreed|rejected|declined|endorsed|deferred)\b/i;
const DECISION_STANDALONE = /^(?:so,? |then,? |ok(?:ay)?,? |right,? )?(?:that's |that is )?(?:all )?agreed(?:,? then)?(?:[,.]? (?:thank you|thanks)(?: (?:everyone|all|very much))?)?[.!]?$/i;
/** "Agreed, then: we'll extend the pilot …", "Agreed then, we pause …": the decision follows. */
const AGREED_THEN = /^(?:so,? |ok(?:ay)?,? )?agreed(?:,? then\s*[:;,–—-]|\s*[:;–—-]|,(?=\s*we(?:'ll| will| are going to|'re going to)\b))\s*(?<rest>.+)$/i;
/** "Decision: …", "Decision recorded: …", "so decision is we go with …". */
const EXPLICIT_DECISION = /\b(?:DECISION(?: recorded| point| made)?\s*[:–—-]|(?:the )?decision is(?: that)?)\s*(?<body>.+)$/i;
/** "we're agreed", "so that's resolved", "we'll go with option two", "I'm hearing consensus", "that's a no from the group". */
const SETTLED = /\b(?:(?:we're|we are) (?:all )?agreed|that's (?:agreed|resolved|approved|settled|supported|endorsed)|(?:we'll|we will|we're going to|we are going to) (?:go with|defer|proceed with|adopt|stay with)|(?:we're|we are) (?:going ahead|proceeding) with|(?:I'm|I am) hearing (?:a )?(?:consensus|agreement)|there's (?:a )?consensus|that's a (?:no|yes) from the (?:group|committee|board|panel|forum))\b/i;
/** "We'll take that as approved", "take the minutes as read". */
const TAKE_AS = /\btake (?:that|this|it|those|these|the [a-z]+) as (?:approved|agreed|read|noted|accepted|ratified)\b/i;
const PROPOSAL = /\b(?:the proposal is|i propose|we propose|are we happy to|is everyone happy (?:to|with)|can we agree|do we agree|so we (?:close|approve|agree|commission))\b/i;

/** Caption text as the rules read it: straight apostrophes, no "um" or "erm". */
function forMatching(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\b(?:um+|uh+|erm+|er)\b,?\s*/gi, '').replace(/\s{2,}/g, ' ').trim();
}

function sentencesOf(text: string): string[] {
  return normaliseSpaces(text)
    .split(/(?<=[.!?])\s+(?=[A-Z"“'‘])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function tidy(body: string): string {
  const clean = body.replace(/^\s*(?:and|then|also|please)\s+/i, '').replace(/\s*[?.!]+\s*$/, '').trim();
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

function isQuestion(sentence: string): boolean {
  return /\?\s*$/.test(sentence);
}

/** A decision's wording: the proposal it settles when the sentence itself says little ("Agreed."). */
function decisionText(sentence: string, previous: readonly string[]): string {
  if (!DECISION_STANDALONE.test(sentence)) return tidy(sentence.replace(/^(?:so|thank you|thanks)[,.]?\s+/i, ''));
  const proposal = [...previous].reverse().find((p) => PROPOSAL.test(p) || /\b(?:close|approve|agree|commission|support|fund|extend|adopt)s?\b/i.test(p));
  return proposal ? tidy(proposal) : 'Agreed';
}

/**
 * Finds actions and decisions in finalised captions.
 *
 * Precision matters more than recall (a list full of noise gets ignored):
 * each rule needs both a form ("ACTION:", "can you … ?", "I'll …", "X to …",
 * "the committee approved …") and, for actions, a verb that names a
 * deliverable. Questions that are not requests, reported speech, the past
 * tense and "no action needed" are left out.
 */
export function detectActions(
  utterances: readonly { readonly id: string; readonly speaker: string; readonly text: string; readonly startMs: number; readonly isSpeakerUnknown?: boolean }[],
  options: { readonly meetingStartMs: number; readonly parseDue: DueDateParser; readonly nextMeetingMs?: number | null },
): ActionSuggestion[] {
  const ordered = [...utterances].sort((a, b) => a.startMs - b.startMs);
  const suggestions: ActionSuggestion[] = [];
  // Recent sentences across speakers: a proposal, then "Content." "Yes." "Agreed."
  let recentSentences: string[] = [];
  for (const utterance of ordered) {
    const sentences = sentencesOf(utterance.text);
    const found: ActionSuggestion[] = [];
    sentences.forEach((sentence, index) => {
      const context = [...recentSentences, ...sentences.slice(0, index)].slice(-6).map(forMatching);
      const said = forMatching(sentence);
      for (const hit of detectInSentence(said, context)) {
        found.push({
          id: `${utterance.id}#${index}${hit.kind === 'decision' ? 'd' : ''}`,
          kind: hit.kind,
          // "Can you send me …": in the minutes, "me" is the person who asked.
          text: hit.rule === 'request' && !utterance.isSpeakerUnknown ? hit.text.replace(/\bme\b/g, utterance.speaker) : hit.text,
          quote: sentence,
          utteranceId: utterance.id,
          speaker: utterance.speaker,
          atMs: utterance.startMs,
          owner: hit.owner === 'speaker' ? (utterance.isSpeakerUnknown ? null : utterance.speaker) : hit.owner,
          due: hit.kind === 'action' ? options.parseDue(said, options.meetingStartMs, { nextMeetingMs: options.nextMeetingMs ?? null }) : null,
          rule: hit.rule,
        });
      }
    });
    // "Agreed. The minutes are approved …": the bare "Agreed" says the same as the decision after it.
    const decisions = found.filter((f) => f.kind === 'decision');
    const isBare = (f: ActionSuggestion): boolean => f.kind === 'decision' && DECISION_STANDALONE.test(forMatching(f.quote));
    suggestions.push(...(decisions.length > 1 && decisions.some((d) => !isBare(d)) ? found.filter((f) => !isBare(f)) : found));
    recentSentences = [...recentSentences, ...sentences].slice(-6);
  }
  return dropRepeats(dropRestatedDecisions(suggestions));
}

/** "The committee notes … and supports option three. Is everyone content?" … "Agreed.": one decision, not two. */
function dropRestatedDecisions(suggestions: ActionSuggestion[]): ActionSuggestion[] {
  return suggestions.filter(
    (s, i) =>
      s.kind !== 'decision' ||
      !suggestions.slice(0, i).some((earlier) => earlier.kind === 'decision' && earlier.text.toLowerCase() === s.text.toLowerCase() && s.atMs - earlier.atMs <= 120_000),
  );
}

/** An acceptance ("Yes, I'll send that over by Friday") repeats the request just made of its speaker. */
function dropRepeats(suggestions: ActionSuggestion[]): ActionSuggestion[] {
  return suggestions.filter((s, i) => {
    if (s.rule !== 'commitment' || !/^(yes|yep|sure|of course|will do|happy to|ok|okay)\b/i.test(s.quote)) return true;
    const request = suggestions
      .slice(0, i)
      .reverse()
      .find((r) => r.kind === 'action' && r.rule === 'request' && s.atMs - r.atMs <= 60_000);
    return !request || (request.owner !== null && !s.speaker.toLowerCase().includes(request.owner.split(' ')[0]!.toLowerCase()));
  });
}

type Found = { kind: ActionKind; text: string; owner: string | null; rule: ActionSuggestion['rule'] };

/** A sentence can hold an action and a decision ("We noted the report, and the committee asks for an update"). */
function detectInSentence(sentence: string, context: readonly string[]): Found[] {
  if (NO_ACTION.test(sentence)) return [];
  const found: Found[] = [];
  const action = findAction(sentence);
  if (action) found.push(action);
  const decision = findDecision(sentence, context);
  if (decision) found.push(decision);
  return found;
}

function findAction(sentence: string): Found | null {
  const actionFor = ACTION_FOR.exec(sentence);
  if (actionFor?.groups) {
    const owner = actionFor.groups.owner!;
    return { kind: 'action', text: tidy(actionFor.groups.body!), owner: owner === 'me' ? 'speaker' : owner, rule: 'explicit' };
  }
  const explicit = EXPLICIT.exec(sentence);
  if (explicit?.groups) {
    const named = EXPLICIT_OWNER.exec(explicit.groups.body!)?.groups;
    const assigned = named ? { owner: named.owner ?? named.roleOwner!, body: named.body ?? named.roleBody! } : ASSIGNMENT.exec(explicit.groups.body!)?.groups;
    return {
      kind: 'action',
      text: tidy(assigned ? assigned.body! : explicit.groups.body!),
      owner: assigned?.owner ?? null,
      rule: 'explicit',
    };
  }
  if (IN_MEETING.test(sentence)) return null;
  if (!isQuestion(sentence) || !REPORTED.test(sentence)) {
    const request = findRequest(sentence);
    if (request) return request;
  }
  if (isQuestion(sentence) || REPORTED.test(sentence)) return null;
  const commitment = COMMITMENT.exec(sentence);
  // "I can confirm the meeting is quorate" states a fact; it promises nothing.
  const statesAFact = /\bcan$/i.test(commitment?.groups?.who ?? '') && /^(?:confirm|report|tell|say|assure)\b/i.test(commitment!.groups!.body!);
  if (commitment?.groups && !statesAFact) return { kind: 'action', text: tidy(commitment.groups.body!), owner: 'speaker', rule: 'commitment' };
  if (LEAVE_WITH_ME.test(sentence)) return { kind: 'action', text: tidy(sentence), owner: 'speaker', rule: 'commitment' };
  const assignment = ASSIGNMENT.exec(sentence);
  const isHypothetical = assignment ? /\b(should|would|could|might|must)\b/i.test(sentence.slice(0, assignment.index + 1)) : false;
  if (assignment?.groups && !/\b(was|were|had been|is|are) for\b/i.test(sentence) && !isHypothetical) {
    // "Karen, Daniel will write to you formally": Karen is spoken to, Daniel does it, and "you" is Karen.
    const spokenTo = VOCATIVE_BEFORE.exec(sentence)?.groups?.owner;
    const owner = assignment.groups.owner!;
    if (spokenTo && !NOT_A_NAME.test(spokenTo) && owner.startsWith(`${spokenTo}, `)) {
      return { kind: 'action', text: tidy(assignment.groups.body!.replace(/\byou\b/g, spokenTo)), owner: owner.slice(spokenTo.length + 2), rule: 'assignment' };
    }
    return { kind: 'action', text: tidy(assignment.groups.body!), owner, rule: 'assignment' };
  }
  const imperative = findImperative(sentence);
  if (imperative) return imperative;
  const told = VOCATIVE_IMPERATIVE.exec(sentence);
  if (told?.groups && !NOT_A_NAME.test(told.groups.owner!)) return { kind: 'action', text: tidy(told.groups.body!), owner: told.groups.owner!, rule: 'request' };
  const asks = ASKS_FOR.exec(sentence);
  if (asks?.groups && /\b(committee|board|group|we)\b/i.test(sentence.slice(0, asks.index))) {
    const body = asks.groups.body!;
    return { kind: 'action', text: tidy(`Provide ${/^[aeiou]/i.test(body) ? 'an' : 'a'} ${body}`), owner: null, rule: 'ask' };
  }
  return null;
}

/** A name said to someone: "Rachel, would you …" or "…, Daniel?". */
function addressee(sentence: string): string | null {
  const candidates = [VOCATIVE_BEFORE, VOCATIVE_AFTER, VOCATIVE_INLINE].map((pattern) => pattern.exec(sentence)?.groups?.owner);
  return candidates.find((named): named is string => named !== undefined && !NOT_A_NAME.test(named)) ?? null;
}

/** "Can you …", "Would you mind …ing", "Can the trust please …", "Can we ask the team to …". */
function findRequest(sentence: string): Found | null {
  if (NOT_A_REQUEST.test(sentence) || /^\s*if\b/i.test(sentence)) return null;
  const byPronoun = PRONOUN_REQUEST.exec(sentence);
  if (byPronoun?.groups && !NOT_A_NAME.test(byPronoun.groups.owner!)) {
    const task = byPronoun.groups.task!.replace(/^(?:so|and|right|okay|ok)[, ]+/i, '').replace(/^(?:we|I)(?: will|'ll)? (?:need|want) (?:someone |somebody )?(?:to )?/i, '');
    return { kind: 'action', text: tidy(task), owner: byPronoun.groups.owner!, rule: 'request' };
  }
  const request = REQUEST.exec(sentence) ?? IF_YOU_COULD.exec(sentence);
  const mind = WOULD_YOU_MIND.exec(sentence);
  if (request?.groups || mind?.groups) {
    const owner = addressee(sentence) ?? IF_YOU_COULD_NAME.exec(sentence)?.groups?.owner ?? null;
    const said = request?.groups ? request.groups.body! : mind!.groups!.body!.replace(/^\w+/, (gerund) => GERUND_TO_VERB[gerund.toLowerCase()] ?? gerund);
    const body = owner ? said.replace(new RegExp(`,\\s*${owner}\\s*\\?\\s*$`), '') : said;
    return { kind: 'action', text: tidy(body), owner, rule: 'request' };
  }
  const asked = THIRD_PARTY_REQUEST.exec(sentence) ?? ASK_SOMEONE.exec(sentence);
  if (asked?.groups) return { kind: 'action', text: tidy(asked.groups.body!), owner: asked.groups.owner!, rule: 'request' };
  const askThat = ASK_THAT.exec(sentence);
  if (askThat?.groups) {
    // "that Dev follows up": the verb in the third person.
    const said = askThat.groups.body!;
    const body = [said, said.replace(/^(\w+?)s\b/, '$1'), said.replace(/^(\w+?)es\b/, '$1')].find((candidate) => STARTS_WITH_VERB.test(candidate)) ?? said;
    if (STARTS_WITH_VERB.test(body)) return { kind: 'action', text: tidy(body), owner: askThat.groups.owner!, rule: 'request' };
  }
  const tagged = TAG_REQUEST.exec(sentence);
  if (tagged?.groups) return { kind: 'action', text: tidy(tagged.groups.body!), owner: tagged.groups.owner ?? addressee(sentence), rule: 'request' };
  return null;
}

/** "Bring the paper back in February, please, Jo.": an imperative needs "please" or a name to be a request. */
function findImperative(sentence: string): Found | null {
  const lead = VOCATIVE_BEFORE.exec(sentence);
  const leadName = lead?.groups?.owner && !NOT_A_NAME.test(lead.groups.owner) ? lead.groups.owner : null;
  const rest = leadName ? sentence.slice(lead!.index + lead![0].length) : sentence;
  const imperative = IMPERATIVE.exec(rest);
  if (!imperative?.groups) return null;
  const trailing = ENDS_WITH_NAME.exec(imperative.groups.body!);
  const trailingName = trailing?.groups?.owner && !NOT_A_NAME.test(trailing.groups.owner) ? trailing.groups.owner : null;
  const owner = leadName ?? trailingName;
  if (!owner && !/\bplease\b/i.test(sentence)) return null;
  const body = (trailingName ? imperative.groups.body!.slice(0, trailing!.index) : imperative.groups.body!).replace(/,?\s*please[.!]?\s*$/i, '');
  return { kind: 'action', text: tidy(body), owner, rule: 'request' };
}

/** A decision taken at another time or place ("at their last meeting", "by email") was not taken here. */
const DECIDED_ELSEWHERE = /\bat (?:their|its) (?:last |previous |own )?(?:meeting|board|committee)\b|\b(?:by email|earlier this (?:year|month)|a (?:month|year|few weeks) ago)\b/i;

/** "The recommendation is that the committee approves …": put to the meeting, not yet decided. */
const PUT_TO_THE_MEETING = /^(?:so,? )?(?:the|my|our) (?:recommendation|proposal|suggestion|motion) is\b(?! (?:therefore )?(?:approved|agreed|endorsed|supported|accepted|carried|noted|ratified|rejected|not)\b)|^(?:so,? )?(?:I|we)(?:'d| would)? (?:propose|recommend|suggest)\b|^(?:so,? )?the paper (?:recommends|proposes|asks)\b/i;

function findDecision(sentence: string, context: readonly string[]): Found | null {
  if (isQuestion(sentence) || REPORTED.test(sentence) || DECIDED_ELSEWHERE.test(sentence) || PUT_TO_THE_MEETING.test(sentence)) return null;
  const decision = (): Found => ({ kind: 'decision', text: decisionText(sentence, context), owner: null, rule: 'decision' });
  const marked = EXPLICIT_DECISION.exec(sentence);
  if (marked?.groups) return { kind: 'decision', text: tidy(marked.groups.body!), owner: null, rule: 'decision' };
  if (DECISION_STANDALONE.test(sentence) || DECISION_PASSIVE.test(sentence) || TAKE_AS.test(sentence)) return decision();
  if ((SETTLED.test(sentence) || DECISION_WE_NOW.test(sentence) || PROPOSAL_OUTCOME.test(sentence)) && !/^\s*if\b/i.test(sentence)) return decision();
  const agreedThen = AGREED_THEN.exec(sentence);
  if (agreedThen?.groups) return { kind: 'decision', text: tidy(agreedThen.groups.rest!), owner: null, rule: 'decision' };
  const subject = DECISION_SUBJECT.exec(sentence);
  // "agrees with the LMC" is agreeing with someone; "the board notes from last time" is a noun.
  const isNoun = /^notes$/i.test(subject?.groups?.verb ?? '') && /^\s+(?:are|were|is|was|from|of|for|on|have|had|will|should|can)\b/i.test(subject!.groups!.rest!);
  if (subject?.groups && !/^\s*with\b/i.test(subject.groups.rest!) && !isNoun) return decision();
  const we = DECISION_WE.exec(sentence);
  // "as we agreed" recalls a decision; "we agreed with the LMC" is agreeing with someone.
  if (we?.groups && !/^\s*as\b/i.test(we.groups.rest!) && !/^\s*with\b/i.test(we.groups.rest!)) return decision();
  return null;
}
