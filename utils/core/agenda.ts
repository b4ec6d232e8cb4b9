/**
 * Where agenda items start, from what the chair says: "item four", "agenda
 * item 4", "moving on to item seven, the winter access scheme", "next on the
 * agenda is…", "we'll take the finance paper next", "any other business".
 *
 * A mention of an item is not a start: "I should declare for item four", "as
 * we said under item two", "we'll come back to item five". A number is a start
 * only when nothing but a lead-in ("so", "right", "moving on to", "back to")
 * comes before it in its sentence; that whitelist is what keeps mentions out.
 * Starts are taken from one voice, the chair's: the person who makes most of
 * them.
 *
 * Pure, without a language model, so it runs on every redraw of the side panel.
 * Tuned on the development meetings of tests/corpus; measured on the held-out ones.
 */

/** An utterance as detection reads it (a stored utterance satisfies this). */
export interface AgendaUtterance {
  readonly id: string;
  readonly speaker: string;
  readonly text: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly isSpeakerUnknown?: boolean;
}

/** A point where the chair started an agenda item. */
export interface SaidItemStart {
  /** Stable while the words are unchanged: `said:<utterance id>:<character offset>`. */
  readonly key: string;
  /** The item's number as announced ("item four" is 4), or null. */
  readonly number: number | null;
  /** The item's title from the sentence that starts it ("Winter access scheme"), or null. */
  readonly title: string | null;
  /** When the sentence that starts it was said (within a turn, in proportion to its place in the words). */
  readonly atMs: number;
  readonly utteranceId: string;
  readonly speaker: string;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const NUMBER = `(?:\\d{1,2}|${NUMBER_WORDS.join('|')})`;
/** "4.1", "eight point two", "four a", "12 (b)": a sub-item keeps its parent's number. */
const SUB_ITEM = `(?:\\s*(?:point|\\.)\\s*(?:\\d{1,2}|${NUMBER_WORDS.slice(0, 9).join('|')})\\b|\\s?[a-h](?=[:,.;)]|$|\\s+(?:then|now|first|next|the|our|is)\\b)|\\s?\\([a-h]\\))?`;
const ITEM_REFERENCE = new RegExp(`\\b(?:agenda\\s+)?items?\\s+(?:number\\s+|no\\.?\\s+)?(${NUMBER})${SUB_ITEM}\\b`, 'gi');
const ITEM_REFERENCE_ONCE = new RegExp(ITEM_REFERENCE.source, 'i');
/** A sentence that is a number and a title: "Seven, the PCN's winter vaccination team." "4.1, QOF income protection." */
const BARE_NUMBER = new RegExp(`^(${NUMBER})${SUB_ITEM}(?:\\s+(?:then|now|next))?\\s*(?:[,.:;—–]|\\s-\\s|\\s+is\\s+(?:just\\s+)?|['’]s\\s+(?=(?:the|our|your)\\s)|$)\\s*(?<title>.*)$`, 'i');

/** Openers a chair puts before anything ("Right, okay, so, item four"). */
const LEAD_IN =
  /^(?:(?:so|okay|ok|right|now|then|good|great|lovely|well|and|fine|howay|aye|brilliant|excellent|perfect|super|finally|lastly|last of all|members|colleagues|everyone|everybody|guys|folks|meanwhile|chair(?!['’])|madam chair|mr chairman|thank you(?: (?:all|everyone|both|very much))?|thanks(?: (?:all|everyone|both))?|all right|alright|okay then|right then|ha|um|er|as (?:agreed|planned|promised)(?: (?:earlier|at the start|before the break))?)\b[,.!]?\s*)+/i;
/** Fillers and question tags that captions keep and titles should not ("the, er, frailty one, isn't it"). */
const FILLERS = /,?\s*\b(?:um|umm|er|erm|uh)\b,?|,\s*(?:isn't it|aren't we|is it|are we|don't we|haven't we|isn't that right|shall we|should we)\s*(?=[,.?!]|$)/gi;

/** Words right after "item N" that say something about the item rather than start it. */
const SAID_ABOUT_AFTER = /^(?:\s+(?:done|finished|completed?|closed|dealt with|over|still)\b|\s+(?:we've|we have|we) (?:done|finished|covered|had|dealt with)\b|\s+on (?:the |their |next \w+'s )(?!agenda\b)[\w-]+(?: [\w-]+)? agenda\b|\s+(?:is|was|'s|has been) (?:done|finished|complete|completed|closed|ongoing|open|outstanding|in progress|on track|delayed|still open)\b|\s+as read\b|\s+from (?:last time|the last meeting|last month|last week)\b|['’]s\s(?!(?:the|a|an|our|your|my|their|just|now|next|from|on|for)\b)|\s+of (?:the )?(?:minutes|notes|action log|actions|paper|report|pack)\b|\s+is (?:where|when|why|how|what|the (?:right |best |better )?place|the (?:bit|part|one|thing|item) (?:I|we|you|they|that|which)\b)|\s*,?\s*(?:yes|yeah|yep),?\s+that(?:'s| is)\b|\s*,\s*(?:I|we)\s+(?:should|must|need to|have to)\s+declare\b)|^\s*(?:would|could|should|might|may|must|will|won't|wouldn't|couldn't|shouldn't|can't|cannot|isn't|is not|wasn't|was|were|weren't|has|had|hasn't|haven't|needs|needed|depends|says|said|covers|covered|links|linked|overlaps)\b/i;

/** The words of a chair reading the agenda out before starting it. */
const PREVIEW = /^(?:(?:members,? )?(?:you(?:'ll| will) see|as you(?:'ll| will)? (?:can )?see) (?:from|on) the agenda|after (?:this|that)(?: one| item)?,?\s+(?:we've got|we have|there's|it's|comes?)|today|tonight|this (?:morning|afternoon|evening)|(?:on )?the agenda|(?:so )?(?:we've got|we have)|the plan is|just to (?:run|go) through|(?:so,? )?(?:members,? )?we have (?:\w+ )?(?:substantive )?(?:items|reports|papers))\b/i;
/** "Item four is the merger, item five is dental access, and item six…": the running order read out, item by item. */
const RUNNING_ORDER = new RegExp(`\\bitems?\\s+\\w+(?:\\s+(?:and|to)\\s+\\w+)?\\s+(?:is|are|'s)\\s+(?:the\\s+)?[^,.;]{2,60}[,;]\\s+(?:and\\s+)?(?:then\\s+)?(?:items?\\s+\\w+|${NUMBER})(?:\\s+(?:and|to)\\s+\\w+)?\\s+(?:is|are|'s)\\b`, 'i');

/** "As I said before the break": an aside before the item it starts. */
const AS_SAID_ASIDE = /^(?:so |and )?as (?:I|we) (?:said|mentioned)(?: (?:before the break|before lunch|earlier|at the start|just now))?$/i;

/** An item the chair says is behind them. */
const ALREADY_DONE = /\b(?:we've|we have) (?:already )?(?:done|had|covered|taken|dealt with) (?:that|it|this|that one)\b|\bwe did (?:that|it|this)(?: one)?\b/i;
/** "Which item are we on?": the answer says where the meeting is, it starts nothing. */
const WHERE_ARE_WE = /\b(?:which|what) (?:item|paper|bit)\b|\bwhere are we\b/i;
/** The chair asking who presents next: "Who's next?", "who wants to go first?". */
const WHOS_NEXT = /\bwho(?:'s| is) (?:next|up(?: next)?|on next|going (?:first|next))\b|\bwho wants to (?:go|start|kick off)(?: first| next)?\b/i;
/** A presenter naming their own item: "So this is the cloud telephony rollout." */
const OWN_TOPIC = /^(?:so\s+)?(?:this|it)(?:'s| is)\s+(?!(?:me|us|you|him|her|them|fine|okay|ok|right|true|good|great)\b)(?:the\s+|our\s+|my\s+)?(?<title>[^,.;?!]{3,60}?)[.!]?$/i;
const WE_ARE_ON = /\b(?:we're|we are) (?:now |still |just )?on\b/i;

/** What may come before "item N" in a sentence that starts it (after the lead-in). */
const START_PREFIX = new RegExp(
  [
    '',
    // "moving on to", "can we move to", "let's go back to", "we'll now move on to", "onto", "let's get on to"
    "(?:(?:if |so )?(?:we can |can we |shall we |let's |let us |we'll |we will |I'd like to |I want to |I'll |I'm going to |I am going to |we're going to |we are going to |we now |we need to |I'm |I am |we're |we are |we )?(?:now )?(?:move|moving|go|going|turn|turning|come|coming|get|getting|skip|skipping|jump|jumping|press|pressing|return|returning)(?: on| straight| back| now| then| over| ahead| swiftly| quickly| briskly| rapidly)*|on|onward|onwards|back|straight|now|now straight|(?:and )?so|over) (?:on )?to",
    // "going back to the top, item two", "now straight to the main item tonight, item three"
    "(?:(?:going|go|get|getting|so|now) )?back to the (?:top|start|beginning)(?: of the agenda)?|(?:(?:going|go|getting|so|now) )?back to (?:where we were|the (?:running |printed )?order(?: on the (?:paper|agenda))?|the agenda as (?:it stands|printed|planned))|(?:(?:so |and )?(?:now )?straight )?to the (?:main|big|first|key) item(?: (?:tonight|today|this (?:morning|afternoon|evening)))?",
    // "So to item four" (the "so" read as a lead-in)
    'onto|now onto|to',
    // "we resume with item seven" (after a break), "we'll pick up at agenda item seven" (a vice-chair taking over part-way)
    "(?:so )?(?:we |let's |let us |we'll |we will )?(?:now )?(?:resume|restart|pick up again|pick up|start again|begin again) with|(?:so )?(?:we |let's |let us |we'll |we will )?(?:now )?(?:resume|restart|pick up|pick things up|start|begin|carry on) (?:again )?(?:at|from)",
    // "I'm going to suggest we take items seven and eight together"
    "(?:(?:I'm going to |I'd |I would |can I |may I )?(?:suggest|propose) (?:that )?we (?:take|do|have|look at))",
    // "that brings us to", "which takes us on to"
    '(?:(?:that|which|this) )?(?:brings|takes|moves) us(?: on)? to',
    // "let's do item six", "we'll have item six now"
    "(?:let's|let us|we'll|we will|we can|we shall|can we|could we) (?:now |quickly |just |briefly )?(?:do|have|take|look at|deal with|start with|begin with|consider|discuss|hear|come to)",
    // "I'll now ask Gemma to present item seven"
    "(?:I'll |I will |I'd like to |can I |could I )?(?:now )?(?:ask|invite) (?:[A-Z][\\w'-]+ ){1,2}to (?:present|introduce|take us through|talk us through|lead on|speak to)",
    // "next is item five", "the next item is item six", "next up is"
    '(?:the )?next (?:item |one |up |thing |paper |report )?(?:on the agenda |before (?:members|the board|the committee) )?is',
    // "next item, item six", "we move on to the next item, item 8"
    "(?:(?:we |let's |we'll |so )?(?:now )?(?:move|moving|go|going|come|coming|turn|turning)(?: on)? to )?(?:the )?next item",
    // "Next paper then, item nine", "Next up, item six" (not a bare "Next,": "In this item or the next one?" "Next, item 5.")
    '(?:the )?next (?:item|paper|report|one|thing|up)(?: (?:then|now|please))?',
    // "we're on item five now", "so this is item six"
    "(?:we're|we are) (?:now )?(?:on|at|on to|onto)|(?:so )?(?:this|that) is|(?:so )?(?:this|that)'s",
    // "Now it really is item five" (after a slip), "I'm item four, the ECG machines" (a presenter whose item it is)
    "(?:it|this)(?:'s| is) (?:really|actually|definitely|now)|(?:it|this) (?:really|actually|definitely) is|(?:I'm|I am)",
    // read from the agenda: "so, it says here, item six"
    "(?:it|the agenda) says(?: here)?",
    // a hand-over first: "Hamza, you're up, item 4"
    "you're up|you're on|over to you|your turn",
    // "I'm in the chair for item six" (a vice-chair taking over), "we were about to start item nine"
    "(?:I'm|I am|I'll be) (?:now )?in the chair for|(?:we were|we're|we are) (?:just )?about to (?:start|begin|take|do|come to|move (?:on )?to)",
    // "let's crack on with item 2", "with that, item 3"
    "(?:(?:so|right|okay|ok) )?(?:(?:let's|let us|we'll|we will|we can|I'll|I will) )?(?:crack on|press on|get going|kick off|get cracking) with|(?:(?:so|and|okay|ok|right) )?with that",
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'i',
);
const START_PREFIX_WHOLE = new RegExp(`^(?:${START_PREFIX.source})$`, 'i');
/** Said straight after an item is named, putting it off: "we agreed to push that to next month", "keep your powder dry for that". */
const PUT_OFF_NEXT = /\b(?:push|move|defer|put|hold|leave|park|carry)(?:ed)? (?:that|it|this)(?: one)?(?: item)? (?:to|until|till|back to|over to|off to|forward to|into) (?:next (?:month|time|meeting)|the next meeting|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|\bkeep your powder dry\b|\bpick (?:it|that) up (?:there|then|later)\b|\b(?:have|take|do|hear) (?:it|that|this)(?: one)? (?:next time|next month|at the next meeting|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;
/** "park that and do", "skip it for now and go to": an item put off and another taken instead. */
const PARK_AND_TAKE = /\b(?:park|skip|leave|hold|defer|put)\s+(?:that|it|this|them|those)(?:\s+(?:for now|for a (?:moment|minute|bit|second)|to one side|off|back))?\s+and\s+(?:(?:just|quickly)\s+)?(?:do|take|go to|move to|move on to|go on to|have|start with|jump to)$/i;
/** A start said at the end of a longer clause: "so with the committee's permission I'm going to jump to". */
const START_PREFIX_AT_END = new RegExp(`\\b(?:I'm going to|I am going to|I'd like to|I want to|we're going to|we'll|let's|can we|shall we)\\s+(?:now\\s+)?(?:${START_PREFIX.source.replace(/^\(\?:\)\|/, '')})$`, 'i');
/** "Let's get on to 5." A number alone after a cue that only a start has. */
const BARE_AFTER_CUE = new RegExp(`^(?:${START_PREFIX.source.replace("'',", '')})\\s+(${NUMBER})${SUB_ITEM}\\s*(?:[,.:;]|$)\\s*(?<title>.*)$`, 'i');
/** "I'm going to bring item five forward", "take items nine and ten together". */
const BRING_FORWARD_PREFIX = /^(?:(?:I'm|I am|we're|we are|I'll|we'll|I'd like to|let's)\s+)?(?:going to\s+)?(?:bring|bringing|take|taking|pull|pulling|move|moving)$/i;
/** "Before we go to item six I'm going to bring …": the bring-forward said after a clause about another item. */
const BRING_FORWARD_AT_END = /\b(?:I'm|I am|we're|we are|I'll|we'll|I'd like to|let's)\s+(?:going to\s+)?(?:bring|bringing|pull|pulling)$/i;
const BRING_FORWARD_AFTER = /^\s*(?:forward|up|now|next|first|together|(?:and|&) (?:item )?\w+ together)\b/i;
/** "…and we'll come back to five": the number of the item returned to. */
const COME_BACK_TO_NUMBER = new RegExp(`\\bcome back to\\s+(${NUMBER})\\b`, 'i');
/** "We'll come back to item four": a promise, not a start. */
const PROMISE_TO_RETURN = /\b(?:will|'ll|shall|going to|can|could|might|may|later)\b.*\bcome back to$/i;
/** "ARRS, which is item four" or "…the finance paper next, that's item five": what comes first names the item. */
const TITLE_FIRST = /(?:^|,\s*)(?<title>[^,]{2,80}?),?\s+(?:which is|that is|that's|this is)$/i;
/** "We'll take the finance paper next, that's item five": the title is what is taken. */
const TAKE_NEXT = /\b(?:we'll|we will|let's|let us|I'll|I will|I'm going to|we're going to|going to)\s+(?:take|do|have|hear|go to|turn to)\s+(?<title>.{2,80}?)\s+(?:next|now|first)\b/i;
/** "Can I suggest we take the dental item, which is item eight": the agenda changed, and the item taken now. */
const TAKE_SUGGESTED = /\b(?:suggest|propose)\s+(?:that\s+)?we\s+(?:take|do|have)\s+(?<title>.{2,80}?),?\s+(?:which is|that is|that's)$/i;
/** Before "item N": words that make it a mention of an item, not a start ("as we discussed", "I should declare"). */
/** Words of a declaration of interest: "I'm conflicted on that", "I'll sit out". */
const DECLARED = /\b(?:conflicted|conflict of interest|declare|declaring|an interest|pecuniary|sit out|step out|leave (?:the (?:room|call|meeting)|for it))\b/i;
const MENTION = /\b(?:declare|declaring|interest|under|discussed|said|mentioned|come back|later|defer|deferred|withdrawn|linked|part of|covered|asked|question)\b/i;
/** After "item N": words that make it a deferral rather than a start. */
const DEFERRED_AFTER = /^\s*,\s*(?:(?:Dr |Mr |Mrs |Ms |Cllr )?[A-Z][\w'-]+,\s*|(?:the |our )[^,]{2,60},\s*)?but\b|^\s+(?:for me|as well|too|in a way)\b|^\s*(?:,\s*)?(?:is|has been|was|will be|'s)\s+(?:deferred|withdrawn|postponed|moved|coming|taken|later|going to be)|^\s*(?:(?:straight|right|just) )?(?:later|after|afterwards|at the end|next time|shortly|soon|in due course|in a (?:minute|moment|bit|second|sec))\b|^\s*,\s*(?:it's|it is|which is|that's)\s+(?:(?:straight|right|just) )?(?:after|next)\b/i;
/** "…are both going to March", "…has been withdrawn by the ICB": items the agenda has moved or dropped, said of them. */
/** After an item put off, the chair moving on to the next: "…, so that brings us to", "…, so we'll go on to". */
const MOVES_ON_AFTER = /,\s*(?:and\s+)?so\s+(?:(?:that|which|this)\s+(?:brings|takes|moves)\s+us(?:\s+on)?\s+to|(?:we'll\s+|let's\s+|we\s+)?(?:move|go|turn|skip)\s+(?:on\s+|straight\s+)?to)\s+(?:agenda\s+)?item\b/i;
const SENT_ELSEWHERE = /\b(?:is|are|has been|have been)\s+(?:both\s+|all\s+)?(?:(?:going|moving|being moved|deferred|pushed|put back)\s+to\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the next|next)|deferred|withdrawn|postponed|pulled)\b/i;
/** Right after "item N": "… before item six", the order changed rather than the item started. */
const ORDER_CHANGED_AFTER = new RegExp(`^\\s+(?:before|after|ahead of)\\s+(?:item\\s+)?${NUMBER}\\b`, 'i');
/** Anywhere after "item N" in its sentence: the item is put off. */
const PUT_OFF = /\b(?:tack (?:it|that|this|them) on (?:to |at )?the (?:very )?end|(?:we'll|we will|we can|you can) (?:hear|cover) (?:it|that|this|them|about it)(?:\s+(?:then|there))?\s*$|finish (?:this|that)(?: one)? first|(?:we'll|we will|I'll) get (?:there|to (?:it|that|them))|(?:we'll|we will|I'll) (?:come|turn) to (?:it|that|this|them) (?:in a (?:minute|moment|bit|sec(?:ond)?)|later|shortly|after(?:wards)?)|take (?:it|that|this|them) (?:later|last|at the end)|fold(?:ed|ing)? (?:it |that )?into|keep your powder dry|save (?:it|that|your question) for|hold that thought|hold (?:it|that|this|them)(?: (?:for|until|till|over))?|save (?:it|that|this|them) (?:for|until|till)|leave (?:that|it|this) (?:to|until|till) (?:the end|later|last|after)|(?:hang|hold) on|not yet|come back to|not (?:going to )?tak(?:e|ing) (?:it|that|this)(?: (?:yet|now|today))?|not (?:joined|here|arrived|with us) yet|hasn't (?:joined|arrived)|defer|deferred(?! from\b)|postpone|park(?:ing|ed)? (?:it|that|this)|(?:till|until) (?:next (?:month|time|meeting)|the next meeting)|later on|after the break|withdrawn|(?:been|is|was) pulled|pulled (?:from|off)|taken off|dropped|(?:take|do|have|deal with|cover) (?:it|that|this|them) in (?:the )?(?:private|confidential|closed) (?:part|session|section)|skip (?:over )?(?:it|that|this)|(?:we'll|we will|we're going to|we are going to|I'll|I will|I'm going to|let's) skip\b(?! (?:to|ahead|forward|straight)\b))\b/i;
/** "…sorry, item four": the chair corrects the number. */
const NUMBER_FOR_ITEM = new RegExp(`(?:^|(?<=\\b(?:on to|onto|back to|straight to)\\s))number\\s+(?<n>${NUMBER})(?:\\s+on the agenda)?\\b(?=(?:,?\\s+(?:now|then))?(?:\\s*[,.:;]|\\s+is\\b))|\\bnumber\\s+(?<n2>${NUMBER})\\s+on the agenda\\b`, 'i');
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ORDINAL_ITEM = new RegExp(`\\bthe (${ORDINALS.join('|')}) item\\b(?!s)`, 'i');
/** A number taken back straight after it was said: ", the, um, sorry, I've skipped one", " is the, sorry, no.". */
// ("Item four. Oh, hang on, we haven't done matters arising", "Item six. Hang on, sorry, six is the one we've withdrawn".)
const TAKEN_BACK =
  /^\s*(?:is\s+)?(?:,?\s*(?:the|um|er|erm|uh)\b)*[,.]?\s*(?:oh,?\s+)?(?:sorry|no|oops|hang on|hold on|wait)\b[,.]?\s*(?:(?:sorry|oh)[,.]?\s*)*(?:no\b|I(?:'ve| have) (?:skipped|missed|jumped)|wrong|not that|that's (?:later|wrong)|we (?:haven't|have not|didn't) (?:done|had|taken)\b|\w+(?:'s| is) the one (?:we've|we have|that's|that has been) (?:withdrawn|deferred|dropped|pulled)\b|$|[.!])/i;
const CORRECTION = new RegExp(`^\\s*(?:\\.\\.\\.|…|,|[—–-])?\\s*(?:the,?\\s+)?(?:oh,?\\s+)?(?:(?:sorry|no|I mean|I beg your pardon)[,.]?\\s+)+(?:(?:it's|it is|that's|that is)\\s+)?(?:item\\s+)?(${NUMBER})\\b`, 'i');

/** Unnumbered starts; the title is what follows the cue. Chair only. */
/** "I'll hand over to Olamide for the performance report." */
const HAND_OVER_FOR =
  /^(?:[Aa]nd )?(?:I'll |I will |I'm going to |[Ll]et me |[Ss]o )?(?:[Nn]ow )?(?:(?:[Hh]and|[Hh]anding|[Pp]ass|[Pp]assing) (?:it )?)?[Oo]ver to (?:Dr |Mr |Mrs |Ms |Cllr )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?:for|with|to present|to take us through) (?<title>(?:the|our|her|his|their) .{2,80})$|^(?:[Aa]nd |[Ss]o )?(?:[Cc]an|[Cc]ould|[Mm]ay) I (?:now )?bring in (?:Dr |Mr |Mrs |Ms |Cllr )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?:now )?(?:for|with|on) (?<title2>(?:the|our|her|his|their) .{2,80}?)\??$/;
/** The unnumbered starts that other cue lists below also use, by name. */
const NEXT_ON_THE_AGENDA = /^(?:the )?next (?:item |thing |paper |report |one )?on (?:the|our|today's|my) (?:agenda|list(?! of\b))(?: today)?(?:,?\s+then,?(?=\s+is\b))?(?:,|:|\s+is|\s+we have|\s+we've got|\s+then)?\s*(?<title>.*)$/i;
const NEXT_ITEM = /^(?:(?:on )?to )?(?:the |our )?next (?:item|thing|paper|report|one)(?: on here| before (?:members|the board|the committee))?(?:,|:|\s+is|\s+we have|\s+we've got|[.!]?(?=$))\s*(?<title>.*)$/i;
const NEXT_UP = /^(?:next up|up next|next(?=\s+is\b))(?:,|:|\s+is|\s+we have|\s+we've got)?\s*(?<title>.+)$/i;
const FIRST_OR_LAST_ITEM = /^(?:the )?(?:first|last|final)(?: substantive| main| real| proper)? (?:item|paper|report)(?: on the agenda)?(?: today)?(?: proper)?(?: is|,|:)\s*(?<title>.+)$/i;
const BRINGS_US_TO = /^(?:that |which |this )?(?:brings|takes) us (?:\w+ly )?(?:on |back )?(?:\w+ly )?to\s+(?<title>.+)$/i;
// "Which leads nicely into the Healthwatch report, because…"
const LEADS_INTO = /^(?:that |which |this )?leads (?:us )?(?:\w+ly )?(?:on )?into\s+(?<title>.+)$/i;
const ON_TO = /^(?:and )?(?:now |straight |so )?(?:on to|onto)\s+(?<title>.+)$/i;
/** "We're picking up with the dental access plan", after a break. */
const PICKING_UP_WITH = /^(?:so )?(?:we're|we are|we'll|we will|let's) (?:now )?(?:picking|pick) (?:it )?up (?:again )?with\s+(?<title>(?:the|our) .+)$/i;
const WE_ARE_ON_TO = /^(?:I think |so )?(?:we're|we are) (?:now )?(?:on to|onto)\s+(?:paper [A-Z]\d?,\s+)?(?<title>.+)$/i;
const UNNUMBERED_STARTS: readonly RegExp[] = [
  NEXT_ON_THE_AGENDA,
  NEXT_ITEM,
  NEXT_UP,
  FIRST_OR_LAST_ITEM,
  /^(?:if we (?:can |could )?|can we |shall we |let's |let us |we'll |we will |we |I'll |so )?(?:now )?(?:move|moving)(?: swiftly| quickly| briskly| rapidly)? on(?: now)?(?:\s+to|,|:|\.|$)\s*(?<title>.*)$/i,
  /^(?:let's |let us |we'll |we will |we |I'd like to |so |shall we |can we |if we )?(?:now )?(?:turn|turning|come|coming|go|move) (?:now )?to\s+(?<title>.+)$/i,
  BRINGS_US_TO,
  LEADS_INTO,
  ON_TO,
  WE_ARE_ON_TO,
  PICKING_UP_WITH,
  /^(?:so )?(?:that|which) leaves\s+(?<title>.+)$/i,
  /^(?:so )?(?:we've got|we have|next we've got|next we have) (?<title>.{2,80}?) next\b.*$/i,
  /^(?:I'll|I will|I'd like to|can I|I'm going to|I am going to|I'm now going to) (?:ask|invite) [\w' -]{1,40}? to (?:introduce|present|take us through|take) (?:the next (?:paper|item|report)|the paper|the report|the item)?,?\s*(?:on|about|which is)?\s*(?<title>.+?)(?: as read\b.*)?$/i,
  // "I'm now going to open the item on public questions."
  /^(?:I'm |I am |we're |we are |I'll |we'll |let's |let me )?(?:now )?(?:going to )?(?:open|opening|start|starting|begin|beginning) (?:the |our )?(?:item|discussion|session) on\s+(?<title>.+)$/i,
  // "right so lets start with the extended access hub rota for january claire"
  /^(?:let's|lets|let us|we'll|can we|shall we|I'd like to) (?:start|begin|kick off) with\s+(?<title>(?:the|our) .{2,80})$/i,
  // "We've got Mark from the ICB with us to talk about the NHS App, so Mark, over to you."
  /^(?:we've got|we have|we're joined by|we are joined by) (?:(?:Dr|Mr|Mrs|Ms|Cllr) )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?: from (?:the )?[^,]{2,40}?)?(?: with us| here| today)* to (?:talk|speak|tell us|update us) (?:to us )?(?:about|on) (?<title>.+)$/,
  // "Next we've got the interface issues log, and then…"
  /^next,?\s+(?:we've got|we have|there's|is)\s+(?<title>.+)$/i,
  // "Shall we crack on with the workforce update?"
  /^(?:shall we |should we |can we |let's |let us |we'll |we will |so )?(?:crack|get|press|push|cracking|getting|pressing) on with\s+(?<title>.+)$/i,
  // "Over to you for the finance update", "Priya, over to you for the estates item": a hand-over that names the item.
  /^(?:(?:Dr |Mr |Mrs |Ms |Cllr )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?,?\s+)?[Oo]ver to you(?:,?\s+[A-Z][\w'-]+)?,?\s+(?:for|with|on)\s+(?<title>.+)$/,
  HAND_OVER_FOR,
  // "Next one's yours, Mo, the VCSE funding update", "Rebecca you're next with the care coordinator update".
  /^next one's yours,?\s+(?:[A-Z][\w'-]+,\s+)?(?<title>(?:the|our) .{2,80})$/i,
  /^(?:[A-Z][\w'-]+,?\s+)?you're (?:up )?next(?:,?\s+(?:with|on)\s+|,\s*(?=(?:the|our|your)\s))(?<title>.{2,80})$/,
  // "Siobhan, d'you want to take us through the workforce paper?", "Ravi, would you kick us off with the flu update?"
  /^(?:(?:Dr |Mr |Mrs |Ms |Cllr )?[A-Z][\w'-]+,?\s+)?(?:do you|d'you|would you|will you|can you|could you) (?:want to |like to |mind )?(?:take|talk|walk|kick|start) (?:us )?(?:through|off with) (?<title>(?:the|your|our) (?!(?:slides?|deck|screen|charts?|graphs?|presentation|numbers|figures|details?|data|rest)\b|(?:report|paper|action log|actions|open ones|ones|item|update|minutes)\b(?:\s+(?:really |very )?(?:quickly|briefly))?\??$)[^,.;?!]{2,80}?)\??$/i,
  // "We'll now receive the primary care quality report."
  /^(?:we'll|we will|we shall) (?:now )?(?:receive|consider) (?<title>(?:the|a|an|our) .{2,80})$/i,
  // "Paper D, please, the financial plan": a paper called by its letter, then named.
  /^[Pp]aper [A-Z]\d?,?\s+(?:(?:please|then),?\s+)*(?<title>(?:the|our) .{2,80})$/,
  // "Social prescribing, over to you", "The digital primary care update, then, over to you."
  /^(?<title>(?:the |our )?[\w'’ -]{2,60}?),?\s+(?:then,?\s+)?over to you\b[^.?!]*[.!]?$/i,
  // "Last thing is the social prescribing bit", "last item, the risk register".
  /^(?:and )?(?:the )?(?:last|final) (?:thing|item|one)(?: on the agenda)?(?: today| tonight)?(?: before we (?:close|finish|go|wrap up|end))?(?:,|:|\s+is|\s+then is)\s*(?<title>.+)$/i,
];
/** "Chair, the next item's mine, it's the collective action update": a presenter starting their own item, whoever chairs. */
const MINE = /^(?:the )?next (?:item|paper|one)(?:'s| is) mine,?\s+(?:(?:it's|it is|which is)\s+)?(?<title>[^.?!]{2,80})/i;
/** Cues that say "item" (the next item, the first substantive item): a start whatever else the sentence says. */
const ITEM_CUES: readonly RegExp[] = [NEXT_ON_THE_AGENDA, NEXT_ITEM, FIRST_OR_LAST_ITEM];
/** Cues that start an item even after a few words in the same sentence ("We'd done the minutes, so, onto the urgent care update"). */
const CLAUSE_CUES: readonly RegExp[] = [NEXT_UP, BRINGS_US_TO, LEADS_INTO, ON_TO, WE_ARE_ON_TO, HAND_OVER_FOR, NEXT_ITEM, NEXT_ON_THE_AGENDA];
const TAKE_NEXT_START = /^(?:so |and )?(?:we'll|we will|let's|let us|I'll|I'm going to|we're going to) take (?<title>(?!(?:a |an )?(?:couple of |few |short )?(?:minutes?|moments?|breaks?|questions?|comfort break|pause|breather|five|ten)\b).{2,80}?) (?:next|now|first|before (?:the |our )?[\w'’ -]{2,40}?(?=\s*[,.;]|\s+(?:because|as|since|while)\b|$))/i;
/** A chair moving the meeting on at the end of a long turn: "…, so moving on to …", "…, so that brings us on to …". */
const LATE_MOVE_ON =
  /^(?:(?:so|and|then|anyway|right|okay|ok|erm|um|yeah)[,.]?\s+)*(?:moving on to|we'll (?:now )?move on to|(?:that|which) brings us (?:on )?to|(?:the )?next (?:(?:thing|item|one) )?(?:on (?:my|the|our) (?:list|agenda) )?is)\b/i;
/** The words {@link LATE_MOVE_ON} needs, anywhere in a sentence. */
const MOVES_ON_SAID = /\b(?:move on to|moving on to|brings us|next (?:thing|item|one|is))\b/i;
/** A cue with an aside inside it: "Moving on, then, to …", "Turning, now, to …", "Moving swiftly on, because we're behind, to …". */
const CUE_WITH_ASIDE =
  /\b((?:moving|move|going|go|coming|come|turning|turn)(?: swiftly| quickly)?(?: on| back)?),\s*(?:then|now|please|if we may|if I may|(?:because|as|since) (?:we're|we are|we've|time's|time is|I'm|I am) [^,]{2,30}|given the time|in the interests? of time|conscious of (?:the )?time),?\s+to\b/i;
/** "Next up, and I'm sorry it's me again, is …": an aside inside a "next" cue. */
const NEXT_WITH_ASIDE = /\b(next up|up next|next on the agenda|the next item|the next paper)\s*,\s+(?!(?:agenda\s+)?items?\b|number\b|paper\b)(?:and\s+)?[^,.?!]{2,50},\s+is\b/i;
/** "Jo, are you ready to talk us through the dementia diagnosis rates?" */
const TALK_US_THROUGH = /^(?<name>[A-Z][\w'-]+),\s+(?:are you (?:ready|happy|okay|ok|all right|alright|able) to|do you want to|would you like to|can you|could you|will you|if you (?:could|can|would))\s+(?:(?:just|now|quickly|briefly)\s+)?(?:talk|take|walk|run) us through\s+(?<title>(?:the|your|our)\s[^,.;?!]{2,60}?)(?:,?\s+(?:please|then|now|(?:really |very |just )?(?:quickly|briefly)))?[?.!]?$/;
/** "Farah, you wanted to talk about the structured medication reviews.": the item handed to the one who asked for it. */
const YOU_WANTED_TO = /^(?:Dr |Mr |Mrs |Ms |Cllr )?(?<name>[A-Z][\w'-]+),\s+(?:I think |I know )?you wanted to (?:talk (?:to us |us )?about|raise|update us on|tell us about|bring us|say a few words (?:on|about))\s+(?<title>(?!(?:something|anything|that|this|it|one|a (?:couple|few))\b)[^,.;?!]{2,60}?)(?:,?\s+(?:then|now|please))?[?.!]?$/;
/** "Next." "Right, next." said alone: the title is whatever the chair hands over next. */
const NEXT_ALONE = /^(?:(?:right|okay|ok|so|and|fine)[,.]?\s+)*next(?: (?:one|item|thing))?(?:,?\s+(?:then|please))?[.!]?$/i;
/** "Claire, ARRS recruitment.", "Mark, contract update, whenever you're ready.": a name, then the topic handed to them. */
const NAME_THEN_TOPIC = /^(?:Dr |Mr |Mrs |Ms |Cllr )?(?<name>[A-Z][\w'-]+),\s+(?<title>(?:(?:the|your|our)\s+)?[^,.;?!]{2,60}?)(?:,?\s+(?:then|please|when(?:ever)? you're ready|over to you|you're (?:up|on)|off you go))?[.!]?$/;
/** "I'm conscious we've still got enhanced access, so Josh." */
const STILL_GOT_SO = /\b(?:we've still got|we still have|we've got|there's still|that leaves)\s+(?<title>(?:the\s)?[a-z][^,.;?!]{2,40}?),?\s+so\s+(?<name>[A-Z][\w'-]+)[.!]?$/;
/** "…, and that takes us on to the frailty strategy, which is Hannah's": said at the end of a long sentence. */
const TAKES_US_ON_LATE = /,\s*(?:and|so)\s+(?:that|which|this)\s+(?:brings|takes)\s+us\s+(?:\w+ly\s+)?(?:on\s+|back\s+)?to\s+(?<title>(?:the|our)\s[^,.;?!]{2,60}?)(?=\s*(?:[,.;!?]|$))/i;
/** "Priya, you're up next with the inequalities data": the one presenting it, and what. */
const UP_NEXT_WITH = /^(?<name>[A-Z][\w'-]+),\s+you're (?:up|on)(?: next)? (?:with|for) (?<title>(?:the|your|our) [^,.;?!]{2,60}?)(?=\s*(?:[,.;!?]|$)|,?\s+and then\b)/;
/** "Back to workload and safe working, which picks up…": a topic taken up, said without "the". */
const BACK_TO_TOPIC = /^(?:[Ss]o |[Aa]nd |[Nn]ow )?[Bb]ack to (?<title>(?!(?:you|me|us|them|him|her|it|that|this|those|these|normal|work|basics|square one|where|what|which|who)\b)[a-z][^,.;?!]{2,60}?)(?:,?\s+(?:then|now))?(?:,\s*(?:which|that)\b[^.?!]*)?[.!]?$/;
const ANY_OTHER_BUSINESS =
  /^(?:(?:and |so )?(?:then |finally|lastly|last of all)[,.]?\s*)?(?:(?:is there |has anyone got |does anyone have |do we have |have we got |we come to |on to |onto |to |(?:we're |we are )(?:now )?(?:into |on to |onto |at )|(?:that |which )?(?:just |only )?leaves (?:us with )?|any |(?:the )?(?:last|final) (?:thing|item|one)(?: is|,)? |anything (?:else )?(?:under|for) )?(?:any other business|AOB|A\.O\.B\.))\b/i;
/** "Is there any urgent business?", "items of urgent business": the closing item of a council committee. */
const URGENT_BUSINESS = /^(?:(?:and|so|then|finally|lastly),?\s+)*(?:is there |has anyone got |does anyone have |do we have |have we got )?any (?:items? of )?urgent business\b/i;
/** Any other business said after a lead, not for or under it ("I have one thing for AOB"). */
const AOB_ASKED = /(?:^|[,.;]\s*|\b(?:so|then|and|up|now|on)\s+)(?:a few words on\s+)?(?:any other business|AOB)\b(?!\s+(?:item|items|slot|later))/i;
/** "…so let's go to any other business", "shall we move on to AOB?": the chair taking the meeting there. */
const AOB_GONE_TO = /\b(?:let's|let us|shall we|can we|we'll|we will|I'll|I will|I'm going to|we're going to)\s+(?:(?:now|just|quickly)\s+)*(?:(?:go|move|turn|come|get|skip|jump|head)\s+(?:on\s+|straight\s+|swiftly\s+)?(?:to|into)|do|have|take)\s+(?:any other business|AOB)\b(?!\s+(?:(?:straight|right|just) )?(?:after|afterwards|later|at the end|in a (?:minute|moment|bit)|next (?:time|month))|[^.?!]*\bout of order\b)/i;
/** Asking the room: "Anyone?", "does anyone have anything". */
const ANYONE = /\b(?:any(?:one|body|thing)|does anyone|has anyone|is there anything)\b/i;
/** "Anything else anyone wants to raise before we close?": the closing item, asked. */
const CLOSING_ASK = /^(?:is there |has anyone got )?anything else (?:that )?(?:anyone|anybody|people|we|you)?\s*(?:wants?|would like|needs?|want) to (?:raise|bring up|mention) before we (?:close|finish|end|wrap up)\b/i;
/** "Then we've got the IIF." "And then we have one I've added myself. It's the IT outage." */
const THEN_WE_HAVE = /^(?:and |so )?then,?\s+(?:we've got|we have|there's)\s+(?<title>.+?)[.!]?$/i;
/** "Can we start with apologies", "Apologies first", "Are there any declarations of interest?", "Declarations.": the standing items. */
const STANDING_ITEM =
  /^(?:(?:can we|shall we|let's|let us|we'll|I'll) (?:start|begin) with (?<apologies>apologies)\b|(?<apologiesFirst>apologies) (?:first|then|next)\b|(?:first of all|firstly|first up|to start with),?\s+(?<apologiesLead>apologies)(?=\s*(?:[.:,]|$))|(?:are there|do we have|have we got|has anyone got|does anyone have|any) (?:any )?(?<declarations>declarations)(?: of interest)?\b|(?<declared>declarations)(?: of interest)?(?:[.:]?$|,\s*(?:has|does|do|are|is|can|any)\b.*\b(?:declare|interests?)\b))/i;
/** A topic said on its own: "pharmacy.", "the neighbourhood health model.", "chair's report." */
const TOPIC_ALONE = /^(?<title>(?:the )?[\w'’][\w'’-]*(?: (?:and |of |for |& )?[\w'’][\w'’-]*){0,5}),?(?: (?:now|next|first|properly this time|at last|at long last|finally))?[.!]$/i;
/** A topic, then who presents it, handed the floor: "flu, Amy, that's you", "the JSNA refresh, Victoria, over to you". */
const TOPIC_TO_NAME = /^(?<title>(?:the )?[\w'’][\w'’-]*(?: [\w'’][\w'’-]*){0,5}),\s+(?<name>(?:(?:Dr|Mr|Mrs|Ms|Cllr)\.? )?[A-Z][\w'-]+),\s+(?:that's you|over to you|you're up|it's yours|it's all yours|your turn|all yours)\b/;
/** The next sentence opens with someone's name: "Tom, thanks for waiting", "Kev, quickly." */
const STARTS_WITH_NAME = /^(?<name>(?:(?:Dr|Mr|Mrs|Ms|Cllr)\.? )?[A-Z][\w'-]+)(?:[,.?!]|$)/;
/** The chair presenting it: "I'll introduce this one myself." */
const PRESENTER_TAKES_IT = /^(?:I'll|I will|I'm going to) (?:introduce|present|take|lead on|do) (?:this|that|it)\b/i;
/** Standing items, which need no hand-over to be started. */
const STANDING_TITLE = /^(?:the )?(?:action log|actions? from last time|matters arising|chair's report|chair's update|finance report|minutes(?: of the last meeting)?|apologies|declarations(?: of interest)?|AOB|any other business)$/i;
/** Words said on their own that name no topic: "Right, lovely.", "Okay, moving on.", "So, anyway." */
const NOT_A_TOPIC_ALONE = /^(?:(?:the )?(?:rest|next|last|other|same|end|point|bit|thing|lot|floor|room|chat|hands?|time|agenda|meeting|papers?|item|slide|screen|recording)|anyway|moving on|good stuff|onwards|next up|in that case|fair enough|quickly|briefly|absolutely|definitely|sure|of course|who's next|where was I|where were we|any(?:one|body|thing)(?: else)?|nothing|none|everyone|all|done|noted|agreed|settled|sorted|understood|apologies for (?:that|the delay)|hello|morning|afternoon|evening|welcome|sorry|excuse me|pardon)$/i;

/** A few words said as an item's whole title ("pharmacy", "the neighbourhood health model"), not a courtesy, a pronoun or a slide. */
function isTopicSaidAlone(title: string): boolean {
  return isBareTopic(title) && !NOT_A_TOPIC.test(title.replace(/^the\s+/i, '')) && !isCourtesy(title) && !NOT_AN_ITEM_TITLE.test(title) && !NOT_A_TOPIC_ALONE.test(title);
}

/** "Right, back to the estates update then." */
const BACK_TO = /^(?:so |and |now )?back to (?<title>(?:the|our) .{2,60}?)(?:,?\s+(?:then|now))?[.!]?$/i;
/** A break, a vote or questions taken "now", not an item: "let's have a ten-minute break now", "should we take questions now". */
const NOT_TAKEN_AS_ITEM = /^(?:an?|some)\s|\b(?:break|lunch|coffee|pause|vote|breather|questions|comments)\b/i;
/** "do we want to do the estates thing now, or wait for Lou?": asked, with the other choice still open. */
const NOW_OR_LATER = /\bnow,?\s+or\b/i;
/** "Shall we do the dental one now, while you're still here?", "Let's go to the access money now": an item taken now, asked or said. */
const DO_NOW = /^(?:(?:then|so|oh yeah|yeah|okay|ok)[,\s]+)?(?:shall we|should we|do we want to|can we|could we|let's|let us) (?:just )?(?:now )?(?:do|take|go to|turn to|have|look at) (?<title>(?:the |our )?[^,?.!]{2,60}?)(?: one| item| paper| bit)? (?<when>now|then)\b/i;
/** Days and times said before "then": "Friday then", "half past then". */
/** A date said as what comes next: "Thursday the fourth of February", "the 4th", "the fourth of Feb". */
const SAID_AS_A_DATE = /^(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:item|paper|report))|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|twenty-\w+|thirtieth|thirty-first)\s+of\b)/i;
const DAY_OR_TIME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|week|month|january|february|march|april|may|june|july|august|september|october|november|december|o'clock|past|half|quarter|\d)\b/i;
/** "Matters arising next." */
const TOPIC_NEXT = /^(?<title>[^,]{2,60}?),?\s+next[.!]?$/i;
/** "Let's do premises.", "Let's have the chair's report then, I'll be quick" (a short aside after "then"). */
const LETS_DO = /^(?:let's|let us|shall we|we'll) (?:now )?(?:do|take|have|look at)\s+(?<title>.+?)(?:\s+(?:next|now|first))?(?:,?\s+then(?:,\s+(?!and\b|but\b|so\b|if\b)[^,.?!]{2,40})?)?[.!?]?$/i;
/** "Joanne, the place budget." "DES changes, Tamsin." A topic and a name, handing it over. */
const NAMED_TOPIC = /^(?:(?<name>(?:Dr |Mr |Mrs |Ms |Cllr )?[A-Z][\w'-]+),\s+(?<after>(?:(?:the|your|our)\s+)?[^,]+?)(?:,?\s+(?:then|please|over to you|you're up|you're on|your turn|when you're ready|off you go))?|(?<before>[^,]{2,60}?(?:,\s+(?:the|our|its)\s[^,]{2,40})?),\s+(?<name2>(?:Dr |Mr |Mrs |Ms |Cllr )?[A-Z][\w'-]+))[.!?]?$/;
/** Titles a chair's "let's do…" or "…, Tamsin" do not give: "a quick round", "fair point". */
const NOT_A_TOPIC = /^(?:a|an|some|one|more|appreciate|appreciated|noted|understood|no worries|no problem|will do|carry|go|off|keep|hang|hold|come|over|back|sorry|yes|no|my|his|her|their|it|that|this|them|thanks?|thank you|welcome|cheers|good luck|well done|take care|safe travels|enjoy|have a (?:good|great|lovely|nice)|get well|congratulations|happy (?:birthday|christmas|new year|retirement|holidays)|best of luck|all the best|remind|tell|give|explain|share|talk|take|walk|run|say|show|summarise|summarize|introduce|clarify|confirm)\b|^\w+ly$|\b(?:point|points|question|comment|idea|shout|news|stuff|one)$/i;
/** "And finally, the next meeting is…": the closing item. */
const NEXT_MEETING_ITEM = /^(?:and )?(?:(?:finally|lastly),?\s+(?:the )?(?:date of (?:the )?)?next meeting|(?:the )?date of (?:the )?next meeting(?:,|\s+then|\s+is)|(?:the )?next meeting date\b)|(?:^|\b(?:so|right|ok|okay|and|then|everything|all)\s*,?\s+)(?:the\s+)?date of (?:the )?next meeting (?:is|will be)\b/i;
/** "Second, the CQC inspection prep." An agenda walked through in order. */
const ORDINAL_START = /^(?:and )?(?:first|second|third|fourth|fifth|sixth|finally|lastly)(?: thing| item| up| of all| one)?(?:,|\s+is)\s*(?<title>.+)$/i;
/** Talk about slides or a paper's sections is a presenter moving through their item. */
const NOT_AN_ITEM_TITLE =
  /^(?:the )?(?:next|last|final|first|other|second|third|fourth|fifth) (?:slide|page|point|question|section|part|chapter|bit|one|thing|chart|graph|table)\b|^(?:the )?(?:slide|page|section|paragraph|appendix|annex|figure|table|chart|part) \w+(?:\s+(?:of|in) .*)?$|^(?:my|our|his|her|their) (?:\w+ )?(?:point|slide|section|question|issue|concern|thing|bit|page)s?\b|^(?:please|then|now|thanks|thank you)$|^a (?:quick |brief )?look\b|^\d{1,2}[a-d]\s+(?:within|band|instead|rather|for|on|at)\b|^as (?:promised|agreed|planned)\b|^(?:that|this|it|them|those|these|you|your|him|her|us|me|the end|an end|a close|the close)\b|^(?:any )?(?:questions(?! from (?:members of )?the public)|comments|a (?:short |quick )?break|a vote|a show of hands|five minutes|ten minutes)\b|^(?:my|the|your) list\b|^next (?:time|week|month|year)\b|^(?:the|your|our) [\w'-]+(?: [\w'-]+)? (?:side|angle|end|perspective)(?: of (?:it|things))?$/i;

/** A name, then perhaps a few words, ending the turn: "Nadia, over to you." "Rachel?" "Kerry, that's you." "Lynne again." */
const HANDOVER = /^(?<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Professor|Prof)\.? )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?:,?\s+[^.?!]{0,60})?[.?!]?$/;
const NOT_NAMES = new Set(['any', 'anyone', 'anything', 'questions', 'comments', 'thoughts', 'agreed', 'happy', 'content', 'yes', 'no', 'is', 'are', 'can', 'could', 'so', 'and', 'but', 'the', 'we', 'i', 'it', 'that', 'this', 'there', 'what', 'who', 'how', 'why', 'when', 'where', 'do', 'does', 'did', 'shall', 'should', 'will', 'would', 'next', 'moving', 'item', 'members', 'okay', 'right']);
/** Just a name: "Daniel." "Hannah?" */
const NAME_ONLY = /^(?<name>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)[.?!]?$/;

/** Words of the speakers' names ("sarah", "whitfield"): a hand-over names someone in the meeting. */
type NameWords = ReadonlySet<string>;

const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Professor|Prof)\.?\s+/;
function isNameOf(names: NameWords, name: string): boolean {
  return names.has(name.replace(HONORIFIC, '').split(' ')[0]!.toLowerCase());
}

/** A participant's name, or the start of one said short ("Jo" for Joanne). */
function isNameOrShortOf(names: NameWords, name: string): boolean {
  const said = name.replace(HONORIFIC, '').split(' ')[0]!.toLowerCase();
  return names.has(said) || (said.length >= 2 && [...names].some((n) => n.length > said.length && n.startsWith(said)));
}

function isNameOnly(text: string, names: NameWords): boolean {
  const m = NAME_ONLY.exec(text.trim());
  return !!m && isNameOf(names, m.groups!.name!);
}

/** Words that hand someone the floor, however long the sentence around them. */
const HANDS_OVER = /\b(?:talk us through|take us through|walk us through|over to you|kick (?:us )?off|start us off|where are we|you're up|your item|off you go)\b/i;

function isHandover(sentence: string, names: NameWords): boolean {
  const trimmed = sentence.trim();
  // "Owen, you've declared, but you're also the one who knows it, so talk us through it": handed over, at length.
  const longer = /^(?<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Professor|Prof)\.? )?[A-Z][\w'-]+),/.exec(trimmed);
  if (longer && isNameOf(names, longer.groups!.name!) && !NOT_NAMES.has(longer.groups!.name!.toLowerCase()) && HANDS_OVER.test(trimmed)) return true;
  // "Where are we with it, Zainab?": the same, with the name last.
  const last = /,\s*(?<name>(?:(?:Dr|Mr|Mrs|Ms|Cllr)\.? )?[A-Z][\w'-]+)[?.!]?$/.exec(trimmed);
  if (last && isNameOf(names, last.groups!.name!) && !NOT_NAMES.has(last.groups!.name!.toLowerCase()) && HANDS_OVER.test(trimmed.slice(0, last.index))) return true;
  const m = HANDOVER.exec(trimmed);
  if (!m || isCourtesy(trimmed) || !isNameOf(names, m.groups!.name!) || NOT_NAMES.has(m.groups!.name!.split(' ')[0]!.toLowerCase()) || CLAUSE_WORD.test(m.groups!.name!)) return false;
  // Words to the person named, not about someone else ("Karen, Daniel will write to you").
  const remainder = trimmed.slice(m.groups!.name!.length);
  if (HANDS_OVER.test(remainder)) return true;
  // "Jen, can you change that": a task given, not the floor handed over.
  if (/^[,\s]*(?:can|could|would|will) you (?:change|amend|correct|fix|minute|note|send|circulate|chase|email|check|add|remove|make sure|call|count)\b/i.test(remainder)) return false;
  return !/\b(?!I\b)[A-Z][a-z'-]+/.test(remainder);
}

/** Words that make a short sentence a clause rather than a bare topic. */
const CLAUSE_WORD =
  /\b(?:I|I'm|I've|I'll|you|you're|we|we're|we've|we'll|he|she|they|it|it's|is|are|was|were|be|been|have|has|had|do|does|did|can|could|will|would|should|shall|may|might|must|that's|there|here|yes|no|not|sorry|thank|thanks|welcome|please|okay|ok|right|good|great|lovely|bye|hello|hi|sure|fine|agreed|noted|done|any|anything|anyone|everyone|somebody|then|if|approved|agreed|decided|resolved|endorsed|supported|ratified|accepted|rejected|said|asked|think|know|want|need|got|going|went|come|came|take|took|make|made|see|saw|look|looks|seems)\b/i;

function parseNumber(word: string): number | null {
  const n = NUMBER_WORDS.indexOf(word.toLowerCase());
  if (n >= 0) return n + 1;
  const digits = Number.parseInt(word, 10);
  return Number.isFinite(digits) && digits > 0 ? digits : null;
}

interface Sentence {
  readonly text: string;
  readonly offset: number;
}

/**
 * A bare "um", "er", "ok" or "right" (or "ok so") before an item's cue ends what came before, as a full stop would
 * in a caption with no punctuation: "lovely thanks rhys um item eight is the practice resilience fund kofi",
 * "nope ok so onto eight then". Not "item four, um, the…", nor ", so item seven" in a punctuated sentence.
 */
const FILLER_BREAK = `(?<=[^\\s,;:.]\\s(?:um+|erm?|uh+|ok|okay|right|nope|yep|lovely|brilliant|great))\\s+(?=(?:agenda item|items?|next|moving|on to|onto|back to|number|any other business|${NUMBER_WORDS.slice(0, 12).join('|')})\\b)|(?<=[^\\s,;:.]\\s(?:um+|erm?|uh+|ok|okay|right|nope|yep|lovely|brilliant|great|then)\\sso)\\s+(?=(?:onto|on to|items?|agenda item|back to|any other business)\\b)`;
const SENTENCE_END = new RegExp(`[.!?]+(?:\\s+|$)|\\s*\\.\\.\\.\\s*|…\\s*|${FILLER_BREAK}`, 'gi');

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + m[0].length;
    const piece = text.slice(start, end);
    if (piece.trim()) sentences.push({ text: piece.trim(), offset: start + (piece.length - piece.trimStart().length) });
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) sentences.push({ text: text.slice(start).trim(), offset: start + (text.length - start - text.slice(start).trimStart().length) });
  return sentences;
}

function stripLeadIn(sentence: string): { rest: string; skipped: number } {
  // (A filler taken out of a caption can leave a space or comma first: " so first of all, apologies.")
  const blank = /^[\s,]*/.exec(sentence)![0].length;
  const m = LEAD_IN.exec(sentence.slice(blank));
  return m ? { rest: sentence.slice(blank + m[0].length), skipped: blank + m[0].length } : { rest: sentence.slice(blank), skipped: blank };
}

/** A small word said twice over a comma: "the, the fourth item" (not "the next item, item four"). */
const STUTTER = /\b(the|a|an|to|of|and|on|in|we|we're|I|I'm|it|it's|is|so|that|this)\b,\s+\1\b/gi;

/** "the last one, the hub rota", "the next paper, which is the children's update": which item, then its name. */
const WHICH_ITEM_FIRST = /^\s*(?:(?:which|that) is\s+)?(?:the )?(?:next|last|final)(?: substantive| main)? (?:one|item|paper|report)(?: on the agenda)?(?:,\s*|\s+)(?:(?:which|that) is\s+|that's\s+)?(?=\S)(?!(?:item|then|now|is)\b)/i;

/** A title as a chair would write it in the minutes: no article, no hand-over, capitalised. */
export function cleanTitle(raw: string | undefined | null): string | null {
  if (!raw) return null;
  // "item six, 'Dementia diagnosis rates: locality position', paper D": the title as the agenda prints it.
  const quoted = /^\s*['‘"“](?<title>.{2,80}?)['’"”](?=\s*(?:[,.;:!?]|$))/.exec(raw)?.groups?.title;
  let title = (quoted ?? raw)
    .replace(WHICH_ITEM_FIRST, '')
    .replace(/^\s*(?:which|that) is\s+(?!item\b)/i, '')
    .replace(FILLERS, '')
    .replace(STUTTER, '$1')
    .replace(/\s*[.!?]+$/, '')
    .split(/,?\s+(?:[a-z][\w'-]+,?\s+)?(?:do|would|can|could|will) you (?:want to |like to |mind )?(?:kick|start|take|lead|introduce|present|talk|go|give|run)\b|,?\s+(?:which|who|where|because|as I said|and I (?:know|think)|I think|I believe|I know|so if|so I|if I|if you|before we|over to)\b|;\s|\s[–—-]\s|,\s*(?:and\s+)?(?:this|that|it) (?:is|one is|one's|'s)\b|,\s+and\s+(?:the|that|this|it|we|I|then)\b|,\s+(?:so|or|with|because|since|as (?:discussed|agreed|promised))\b|\s+and\s+(?:i|we)\s+(?=[a-z])|\s+and\s+[\w'-]+,?\s+(?:you've|youve|you have|you're|youre)\b|\.\s/i)[0]!
    .replace(/^(?:for (?:information|noting|decision|approval|assurance|agreement)(?: only)?[,:]?\s+)/i, '')
    .replace(/^(?:the )?(?:[A-Z][\w-]*(?:'s|s') )?(?:item|paper|update|report|presentation|slides) (?:on|about)\s+/i, '')
    .replace(/^(?:(?:this|that|it) is|(?:this|that|it)'s|this one is)\s+/i, '')
    .replace(/^(?:(?:is|the|a|an|our|your|today's|this month's)[,\s]+)+/i, '')
    .replace(/,?\s+(?:then|please|now)$/i, '')
    .replace(/\s+(?:first|next)$/, '')
    .replace(/,?\s+in (?:your|the) (?:pack|papers)$/i, '')
    .replace(/[,\s]+$/, '')
    .trim();
  // "…, is for noting": what the item is for, not its title.
  if (title.length < 2 || NOT_AN_ITEM_TITLE.test(title) || /^(?:item|agenda)\b/i.test(title) || /^for (?:information|noting|decision|approval|assurance|agreement|discussion)(?: only)?$/i.test(title)) return null;
  // "Item twelve, AOB": written out, as the minutes would.
  if (/^(?:AOB|A\.O\.B\.?)$/i.test(title)) return 'Any other business';
  if (title.length > 80) title = `${title.slice(0, 80).replace(/\s+\S*$/, '')}…`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

interface Candidate {
  readonly utterance: AgendaUtterance;
  readonly index: number;
  readonly offset: number;
  readonly number: number | null;
  readonly title: string | null;
  /** "Item N" said as a start: accepted from anyone, and it shows who chairs. */
  readonly isNumbered: boolean;
  /** The sub-item as said ("4b", "4.2"), so 4a and 4b are two starts. */
  readonly part: string;
  /** "That's item five": a start only with a title of its own, or beside another start in the same turn. */
  readonly isWeak: boolean;
  /** "…sorry, item four": corrects the start just said. */
  readonly isCorrection: boolean;
  /** "Second thing, the referral form": started by counting. */
  readonly isOrdinal?: boolean;
  /** A start only as the item after the last one started. */
  readonly isBySequence?: boolean;
}

/** The title after a cue: the words up to a hand-over or a "which", or null when the words go on to say something (a presenter's "moving on to the figures, Knowsley's lowest"). */
function titleAfterCue(said: string, names: NameWords, isItemCue = false): { title: string | null } | null {
  const comma = said.indexOf(',');
  if (comma > 0) {
    const tail = said.slice(comma + 1).trim();
    // "The next one is Sam, the premises survey": who presents, then the item.
    if (isNameOnly(said.slice(0, comma), names) && tail) return { title: cleanTitle(tail) };
    // "the winter plan, and Shazia's going to take us through it": who presents it, after its name.
    // "…, and I'll hand to Claire again", "…, and I welcome Mr Chen from the ICB": the chair handing it over, after its name.
    if (/^and\s+(?:Dr |Mr |Mrs |Ms |Cllr )?[A-Z][\w'-]+(?:(?:'s| is| will| has| can)\b|,)/.test(tail) || /^and\s+(?:I'll|I will|I'm going to|we'll|I|can I|may I|let me)\s+(?:hand|pass|bring|ask|invite|turn|welcome)\b|^and\s+(?:a\s+)?(?:(?:very|warm|big)\s+)*welcome\b/i.test(tail)) return { title: cleanTitle(said.slice(0, comma)) };
    // "the Healthwatch report, because they went out to the clinics": why it comes now, after its name.
    if (/^(?:because|since|as)\b/i.test(tail)) return { title: cleanTitle(said.slice(0, comma)) };
    // "the indemnity for sessional GPs, this is the one Liam's been chasing": which item it is, after its name.
    if (/^(?:this|that|it)(?:'s| is) (?:the one|the item|the paper|the issue|the bit)\b/i.test(tail)) return { title: cleanTitle(said.slice(0, comma)) };
    // "…the Better Care Fund return, item six, which is for sign-off": its number, after its name.
    if (/^(?:which is |that's |it's )?(?:agenda )?item\s+\w+\b/i.test(tail)) return { title: cleanTitle(said.slice(0, comma)) };
    // "…the NHS App, so Mark, over to you.": handed over, after its name.
    if (/^so\s/i.test(tail) && isHandover(tail.replace(/^so\s+/i, ''), names)) return { title: cleanTitle(said.slice(0, comma)) };
    const isNaming = /^(?:which|who|and the|the|a|an|for|on|in)\b/i.test(tail) || isHandover(tail, names) || isBareTopic(tail);
    // "The next item is X, and Emma is presenting": a cue that names an item is a start whatever follows the comma.
    // "…, but their officer is delayed, so we'll swap": announced and put off.
    if (isItemCue && (/^(?:but|however)\b/i.test(tail) || PUT_OFF.test(tail))) return null;
    if (!isNaming && CLAUSE_WORD.test(tail)) return isItemCue ? { title: cleanTitle(said.slice(0, comma)) } : null;
    if (isHandover(tail, names)) return { title: cleanTitle(said.slice(0, comma)) };
  }
  return { title: cleanTitle(said) };
}

/** The numbered start in a sentence, if its number is said as a start. */
interface NumberedStart {
  readonly number: number;
  readonly title: string | null;
  readonly part: string;
  readonly isWeak: boolean;
  /** Said in no start's usual words, and not as a mention either: a start only when it is the next number (see findItemStarts). */
  readonly isBySequence?: boolean;
}

function numberedStart(sentence: string, following: string | undefined, names: NameWords): NumberedStart | null {
  // "Item 3, minutes—sorry, no, that's item 2, we've done that": a slip, put right in the next words or turn.
  if (ALREADY_DONE.test(sentence)) return null;
  // "Number four, estates", "number six on the agenda is…": "number" said for "item".
  const rest = stripLeadIn(sentence)
    .rest.replace(NUMBER_FOR_ITEM, (...said) => {
      const named = said.at(-1) as { n?: string; n2?: string };
      return `item ${named.n ?? named.n2}`;
    })
    // "agenda item for gp access": "four", as captions hear it.
    .replace(/^(agenda item) (?:for|fore)\b(?!\s+(?:the|a|an|this|that|next|discussion|decision|noting|information|approval|today)\b)/i, '$1 four')
    // "the fourth item": its number.
    .replace(ORDINAL_ITEM, (_said, ordinal: string) => `item ${ORDINALS.indexOf(ordinal.toLowerCase()) + 1}`);
  // "Today we've got item three, the winter plan, then item four…": the agenda read out, not an item started.
  // (Unless the chair goes on to the next: "Item 11 has been withdrawn, so that brings us to item 12".)
  const sentElsewhere = SENT_ELSEWHERE.exec(rest);
  if (sentElsewhere && !MOVES_ON_AFTER.test(rest.slice(sentElsewhere.index))) return null;
  // "number one is the minutes number two the enhanced access rota number three…": read out, in a caption with no stops.
  if ((sentence.match(new RegExp(`\\bnumber\\s+${NUMBER}\\b`, 'gi')) ?? []).length >= 3) return null;
  const references = [...rest.matchAll(ITEM_REFERENCE)].length;
  if (PREVIEW.test(rest) && references >= 2) return null;
  // "we've got nine items today … the ones that really need discussion are item four … and item seven": the agenda previewed.
  if (references >= 2 && /\b(?:\w+ items (?:today|tonight|this (?:morning|afternoon|evening))|(?:the )?(?:ones?|items?) (?:that|which) (?:really |mainly |will )?need|orientate)\b/i.test(rest)) return null;
  // "Just so everyone knows where we are: we've got this, then item seven, then…": the order of business, told.
  if (/\bwhere we are\s*[:,]|\b(?:knows?|clear(?: on)?) where we are\b/i.test(sentence) && /\bthen\b/i.test(rest)) return null;
  if (RUNNING_ORDER.test(rest) || /\blet me (?:say|run through|remind (?:you|everyone|members)(?: of)?) (?:where we are|what's left|the order)\b/i.test(sentence)) return null;
  // "Sorry, can we go back to item three for a second?": a member asking, not the chair starting it.
  if (/\?\s*$/.test(sentence) && (/^sorry,?\s+(?:can|could|may) (?:we|I)\b/i.test(rest) || /\bfor a (?:second|moment|minute)\b/i.test(rest))) return null;
  for (const m of rest.matchAll(ITEM_REFERENCE)) {
    let number = parseNumber(m[1]!);
    if (number === null) continue;
    const part = m[0].replace(/^.*?items?\s+(?:number\s+|no\.?\s+)?/i, '').replace(/\s+/g, '').toLowerCase();
    const prefix = rest.slice(0, m.index).trim().replace(/[,:]$/, '').trim();
    let after = rest.slice(m.index! + m[0].length);
    // "We'll do items one to four and break": a plan for several items, not a start (unless they are taken together).
    if (/^items\b/i.test(m[0]) && new RegExp(`^\\s*(?:to|and|through|-|–)\\s*(?:item\\s+)?${NUMBER}\\b(?!\\s+together)`, 'i').test(after) && !/\btogether\b/i.test(after)) continue;
    // "the paper for item three had an error": something of the item's, not its start.
    if (/\b(?:paper|papers|report|slides|pack|appendix|annex)\s+(?:for|on|under)\s*$/i.test(prefix)) continue;
    // "Before we move on to item nine, one more thing on this": the item still running, not the next one started.
    if (/\bbefore (?:we|I) (?:\w+ )?(?:move|go|get|come|turn)(?: on)? to\s*$/i.test(prefix)) continue;
    // Put off, in the words about this item (not in "…and then we'll come back to item four").
    // …and not in what comes after "and then": "we'll go to item eight, and then come back to winter".
    // …nor in "and we'll come back to five and six": other items, by their numbers alone, put off for this one.
    const returnedTo = COME_BACK_TO_NUMBER.exec(after);
    const aboutItsOwn = returnedTo && parseNumber(returnedTo[1]!) !== number ? after.slice(0, returnedTo.index + returnedTo[0].length - returnedTo[1]!.length) : after;
    const aboutThisItem = aboutItsOwn.split(/\bitems?\s+(?:number\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|,?\s+(?:and\s+)?then\b/i)[0]!;
    if (DEFERRED_AFTER.test(after) || PUT_OFF.test(aboutThisItem.replace(/come back to\s*$/i, ''))) continue;
    // "Item 8 is the GP branch closure, which we'll come to after.": what comes later, said now.
    if (/\b(?:which|that) (?:we'll|we will|I'll) (?:come|get|turn|go|move) (?:on )?to (?:after|afterwards|later|next|in a (?:bit|moment|minute))\b/i.test(aboutThisItem)) continue;
    // "Going to item 5 would be premature", "item six wasn't ready": said about the item, not starting it.
    if (SAID_ABOUT_AFTER.test(after)) continue;
    // "Item one in the plan is the bed position": a part of a paper, not of the agenda.
    if (/^\s+(?:in|of) (?:the|my|our|this|his|her|their) (?:plan|paper|report|slides?|document|strategy|framework|letter|contract|presentation|appendix|guidance|list|submission)\b/i.test(after)) continue;
    // "Item two, sorry, section two, is discharge": put right to a part of the paper.
    if (/^\s*,?\s*(?:sorry|I mean|or rather),?\s+(?:section|point|part|page|slide|paragraph|recommendation|chapter)\b/i.test(after)) continue;
    // "We'll take item seven before item six": the order changed, said before either is taken.
    if (ORDER_CHANGED_AFTER.test(after)) continue;
    if (PROMISE_TO_RETURN.test(prefix)) continue;
    // "If we get to item nine today…": a hope, not a start.
    if (/\bif (?:we|I) (?:ever )?(?:get|reach|make it|have time)\b/i.test(prefix)) continue;
    // "Item six is the quarterly performance report. It's for information only so I won't take it.": named, and skipped.
    if (following && /\b(?:I|we)(?: won't| will not| shan't| don't need to| needn't) (?:take|discuss|go through|do) (?:it|that|this)\b/i.test(following)) continue;
    // "Number seven, the, um, sorry, I've skipped one.", "So item four is the, sorry, no.": the chair took it back.
    if (TAKEN_BACK.test(after) && !CORRECTION.test(after)) continue;
    // …or in the next breath: "Item four. Oh, hang on, we haven't done matters arising.", "Item five, the pharmaceutical... sorry, no, I've skipped one."
    const isCutOff = /^\s*[.!]?\s*$/.test(after) || (after.split(/\s+/).length <= 8 && !!following && /^\s*(?:oh,?\s+)?(?:sorry|oops|hang on|hold on|wait)\b/i.test(following));
    if (isCutOff && following && TAKEN_BACK.test(following) && !CORRECTION.test(following)) continue;
    const corrected = CORRECTION.exec(after);
    let saidPart = part;
    if (corrected) {
      number = parseNumber(corrected[1]!) ?? number;
      saidPart = corrected[1]!.toLowerCase();
      after = after.slice(corrected[0].length);
    }
    const titleAfter = (): string | null =>
      isNameOnly(after.replace(/^[\s,.:]+/, ''), names) ? null : cleanTitle(
        after
          // "item 8, sorry, item 7, I'm on the wrong page, item 7, the update…": the slip explained.
          .replace(/^\s*,?\s*(?:I'm|I am|I was) (?:on the wrong (?:page|line|agenda|version)|looking at the wrong \w+|getting ahead of myself)\s*(?=,)/i, '')
          // "the fourth item, number four on the agenda I should say, the ARRS flexibilities": the number said again.
          .replace(/^\s*,?\s*item\s+\w+\b(?:\s+on the agenda)?(?:,?\s+I (?:should|mean|'d) say)?\s*(?=,)/i, '')
          // "…item eight, and then come back to winter": the plan after it is not its title.
          .replace(/,?\s+and\s+then\b.*$|,\s+then\s+(?:we|I|come|go|back)\b.*$/i, '')
          .replace(/^\s*(?:then|now|please)?\s*(?:[,:.]|\s*\bis\s+|['’]s\s+|\s*\bon the agenda is\s+|\s+in your pack\s*[,.]?)?\s*/i, '')
          .replace(/^(?:then|now|first)[,\s]+/i, '')
          .replace(/^(?:which|that) is[,\s]+/i, ''),
      ) ?? (/^\s*\.?\s*$/.test(after) && !(following && isNameOnly(following, names)) ? cleanTitle(following) : null);

    // "So to item four." starts it; "to item four we'll add…" only talks about it.
    if (/^to$/i.test(prefix) && !/^\s*(?:[,.:;!?]|$|(?:then|now|please)\b)/i.test(after)) continue;
    const isWeak = /^(?:so )?(?:this|that)(?: is|'s)$/i.test(prefix);
    // "That's item seven, Paul. If you can hold it till then…": which item it belongs to, kept for later.
    if (isWeak && following && PUT_OFF.test(following)) continue;
    // "That's item five. Six is the …", "That's item seven. Before we go on to eight, …": an item closed, the next one named.
    if (isWeak && /^\s*[.!]?\s*$/.test(after) && following && (new RegExp(`^(?:(?:so|right|okay|ok|and|now)[,\\s]+)*(?:(?:agenda\\s+)?item\\s+)?${NUMBER}\\b`, 'i').test(following) || /\b(?:before we (?:go|move|get) on|moving on|move on|on to|onto)\b/i.test(following))) continue;
    // "Item nine, the dispensing audit. Oliver, I think we agreed to push that to next month.", "Twelve is the pharmacy paper. Keep your
    // powder dry for that.": named, then put off in the next breath.
    if ((following && PUT_OFF_NEXT.test(following)) || PUT_OFF_NEXT.test(aboutThisItem)) continue;
    if (START_PREFIX_WHOLE.test(prefix)) {
      const title = titleAfter();
      // "That's item six, noted Joe": thanks, not the item's title.
      return { number, title: isWeak && title && isCourtesy(title) ? null : title, part: saidPart, isWeak };
    }
    // Captions without stops run the thanks on into the start: "thanks sarah that's great so item three is the…",
    // "…ok noted thanks kofi on to item eight the premises cost directions", "great ok so sorry item four the…".
    // ("nobody shouting good item three is the risk register", "thank you noted item three is the minutes", "we'll make a start item one …")
    if (!/[.,;:?!]/.test(prefix) && /\b(?:so|right|okay|ok|now|sorry|on to|onto|moving on to|move on to|next|(?:so |now )?back to|(?:we're|(?<!\bwe )were|we are) (?:now )?on|good|great|lovely|brilliant|perfect|excellent|fine|noted|thanks|thank you|cheers|make a start|crack on|(?:the )?next (?:one |item |thing )?is)$/i.test(prefix) && !/\b(?:i think|i thought)\b/i.test(prefix.slice(-24)) && !/\b(?:am i right|aren't we|are we)\b/i.test(after.slice(0, 40)) && !MENTION.test(prefix) && !PROMISE_TO_RETURN.test(prefix)) {
      const title = titleAfter();
      if (title) return { number, title, part: saidPart, isWeak: false };
    }
    // "ok thanks kelly right item 5 is…": thanks to the last speaker, unpunctuated, then the start.
    if (/^\p{L}+[,.]?\s+(?:right|so|okay|ok|now)$/iu.test(prefix) && /\b(?:thanks|thank you|cheers|ta)[,.]?\s+$/i.test(sentence.slice(0, sentence.toLowerCase().indexOf(prefix.toLowerCase())))) return { number, title: titleAfter(), part: saidPart, isWeak: false };
    // "So as I said before the break, item five is the crisis pathway": an aside, then the start.
    if (AS_SAID_ASIDE.test(stripLeadIn(prefix).rest) && /^\s*(?:,|is\b)/i.test(after)) return { number, title: titleAfter(), part: saidPart, isWeak: false };
    // "Because Ola has to leave, I'm going to bring item six forward": a reason may come first.
    const rawLastClause = prefix.slice(prefix.lastIndexOf(',') + 1).trim();
    // "…, because we're now on to item seven": the reason's "because" is not part of the cue.
    const lastClause = stripLeadIn(rawLastClause).rest.replace(/^(?:because|since|as)\s+(?=(?:we're|we are|we|I'm|I|let's)\b)/i, '');
    // "…the clinical strategy refresh, and then return to item six": the plan after a start, not another one.
    // "…let's take questions once Becky's finished, and then we'll go on to number five": what comes after something else.
    const isThenPlan =
      /^(?:and\s+)?then\b/i.test(rawLastClause) &&
      // ("Tim, finish your point, then we'll go to item five": something else first.)
      ((m.index! > 0 && ITEM_REFERENCE_ONCE.test(rest.slice(0, m.index))) || /\b(?:let's|we'll|we will|once|after|when|first|finish|wrap up|hear from|break|pause)\b/i.test(prefix.slice(0, Math.max(0, prefix.lastIndexOf(',')))));
    // ("…, that's not in this paper, that's item ten": which item something belongs to, not a start.)
    const isWeakClause = /^(?:so )?(?:this|that)(?: is|'s)$/i.test(lastClause);
    // (But "Declarations of interest, that's item two." is the item named, then its number.)
    if (isWeakClause && rawLastClause !== prefix && /^\s*[.!]?\s*$/.test(after) && /\b(?:not|isn't|aren't|wasn't|won't|belongs?|one for|under)\b/i.test(prefix)) continue;
    if (lastClause && rawLastClause !== prefix && START_PREFIX_WHOLE.test(lastClause) && !PROMISE_TO_RETURN.test(lastClause) && !isThenPlan) return { number, title: titleAfter(), part: saidPart, isWeak: false };
    const isLaterPlan = /\b(?:after (?:this|that|the break|lunch)|afterwards|later|next time|then)\b/i.test(lastClause);
    if (START_PREFIX_AT_END.test(lastClause) && !PROMISE_TO_RETURN.test(lastClause) && !MENTION.test(lastClause) && !isThenPlan && !isLaterPlan) return { number, title: titleAfter(), part: saidPart, isWeak: false };
    // "Item 11 has been withdrawn, so that brings us to item 12, any other business": the last clause is the start.
    if (/^(?:so\s+)?(?:that|which|this)\s+(?:brings|takes|moves)\s+us(?:\s+on)?\s+to$/i.test(lastClause) && !/\?\s*$/.test(sentence) && !/\b(?:when|once|if|after)\b/i.test(lastClause)) return { number, title: titleAfter(), part: saidPart, isWeak: false };
    // "…so let's park that and do item six first the cervical screening": one item put off, another taken in its place.
    if (PARK_AND_TAKE.test(lastClause) && !/\?\s*$/.test(sentence)) return { number, title: titleAfter(), part: saidPart, isWeak: false };
    // "Bryony has to go first, so item seven, the children's service": a reason, then only a lead-in, then the item and its title.
    // "I'm a partner at Seaton Road, so item six, the branch consolidation, I'm conflicted on that": a declaration about it.
    if (rawLastClause && !lastClause && rawLastClause !== prefix && /^\s*,/.test(after) && !MENTION.test(prefix) && !DECLARED.test(after)) {
      const title = titleAfter();
      if (title) return { number, title, part, isWeak: false };
    }
    // "…and take the dental item first, item seven, the primary care dental access scheme": taken out of order, then its number and title.
    if (/\b(?:take|do|bring|have|go to)\b[^,.;?!]{0,60}\b(?:first|next|now|forward)$/i.test(rawLastClause) && /^\s*,/.test(after) && !MENTION.test(prefix) && !PROMISE_TO_RETURN.test(prefix) && !/\?\s*$/.test(sentence)) {
      const title = titleAfter();
      if (title) return { number, title, part: saidPart, isWeak: false };
    }
    // "The first substantive item is the safety report, item four." "Let's go to Eleni's update, which is item six." A start said first, then its number.
    if (!/\?\s*$/.test(sentence) && /^[\s.]*$/.test(after.replace(/^\s*,?\s*(?:then|now|please|on (?:your|the) agenda|in your (?:pack|papers))\b/i, '').replace(/^\s*,?\s*I'll take (?:it |that )?(?:quickly|now|next|briefly|first)\b.*$/i, ''))) {
      const said = prefix.replace(/,?\s+(?:which|that) is$|,?\s+(?:which|that)'s$/i, '');
      for (const clause of [said, ...[...said.matchAll(/,\s*/g)].map((c) => said.slice(c.index! + c[0].length))]) {
        const cued = cueStart(stripLeadIn(clause).rest, undefined, UNNUMBERED_STARTS, names);
        if (cued?.title) return { number, title: cued.title, part: saidPart, isWeak: false };
      }
    }
    // "I'm going to bring item seven forward, …, we'll do it straight after this one": the order changed, the item still to come.
    const isTakenLater = /\b(?:we'll|we will|I'll|we're going to) (?:(?:do|take|have|hear) (?:it|that|them)|(?:come|get) (?:to|on to) (?:it|that|them)?)\s*(?:(?:straight|right|just|immediately) )?(?:after|afterwards|later|at the end|next)\b/i.test(after);
    // "So declarations of interest, item two.": the title, then its number (not "Next, item 5" or "closures Yusuf, item five").
    const titledFirst = /^(?<title>[^,]{2,60}),$/.exec(stripLeadIn(rest.slice(0, m.index)).rest.trim());
    const saidFirst = titledFirst?.groups?.title ?? '';
    // ("Finance and performance, item five, which, as ever, contains no surprises": something said about it, after.)
    const isAfterTitled = /^\s*[.!]?\s*$/.test(after) || (/^\s*,\s*(?:which|and|so)\b/i.test(after) && !MENTION.test(after) && !PUT_OFF.test(after) && !DECLARED.test(after));
    if (titledFirst && isAfterTitled && isBareTopic(saidFirst) && !isCourtesy(saidFirst) && !NOT_A_TOPIC.test(saidFirst) && !/^(?:next|then|now|finally|lastly|first|right|okay|ok|so|and)$/i.test(saidFirst) && !saidFirst.split(/\s+/).some((w) => isNameOf(names, w.charAt(0).toUpperCase() + w.slice(1)))) {
      return { number, title: cleanTitle(saidFirst), part: saidPart, isWeak: false };
    }
    if ((BRING_FORWARD_PREFIX.test(lastClause) || BRING_FORWARD_AT_END.test(lastClause)) && BRING_FORWARD_AFTER.test(after) && !isTakenLater) {
      // "I'm going to bring item nine forward, the JSNA refresh, because…": named after it.
      // "…forward while Mark's still with us, the travel plan": a reason first, then its name.
      const named = /^\s*(?:(?:while|as|because|since|so) [^,.;]{2,60},)?\s*,?\s*(?<title>(?:the|our) [^,.;]{2,60}?)(?=\s*(?:[,.;]|$)|\s+(?:because|as|so|since)\b)/i.exec(after.replace(BRING_FORWARD_AFTER, ''));
      return { number, title: named ? cleanTitle(named.groups!.title) : null, part: saidPart, isWeak: false };
    }
    // "I'll start with item one, apologies", "so that's 5 then item 7 the ics strategy": no usual cue, and nothing that makes
    // it a mention; taken only when it is the item after the last one started (findItemStarts).
    // ("…so that's 6 then item 7": "then" just before the item moves on to it.)
    const isPlanAfter = isLaterPlan && !/\bthen$/i.test(lastClause) || /\b(?:after (?:this|that|the break|lunch)|afterwards|later|next time)\b/i.test(lastClause);
    const isStartWith = /\b(?:start|begin|kick off|open|get going|crack on|carry on|continue|press on) with$/i.test(lastClause);
    if (!/\?\s*$/.test(sentence) && !MENTION.test(prefix) && !DECLARED.test(sentence) && !PROMISE_TO_RETURN.test(lastClause) && !isThenPlan && !isPlanAfter && !isTakenLater
      && (isStartWith || !/\b(?:under|in|on|about|re|regarding|for|from|of|at|after|before|during|than|like|with|is|was|are|were|and|or|but|not|till|until|into|paper|report|slides?|it's|that's|as|\w+['’]s)\s*$/i.test(lastClause))
      && !/\b(?:if|when|once|unless|whether|although|though|where|know|knew|think|thought|remind|reminder|flag|skip|skipping|stray|concludes?|closes?|done|finished)\b/i.test(lastClause)
      && /^\s*(?:[,.;:!]|$|(?:first|now|next|together|then)\b|the\s)/i.test(after)) {
      return { number, title: titleAfter(), part: saidPart, isWeak: false, isBySequence: true };
    }
    const titleFirst = TITLE_FIRST.exec(prefix);
    // "Is this linked to the carers strategy, which is item seven?" A question about an item does not start it.
    if (titleFirst && !/\?\s*$/.test(sentence)) {
      const taken = TAKE_NEXT.exec(prefix) ?? TAKE_SUGGESTED.exec(prefix);
      if (taken) return { number, title: cleanTitle(taken.groups!.title), part: saidPart, isWeak: false };
      // "ARRS, which is item four": the title is all that comes before it.
      if (titleFirst.index === 0 && !/\b(?:I|we|you|they|he|she|it)\b/i.test(titleFirst.groups!.title!)) return { number, title: cleanTitle(titleFirst.groups!.title), part: saidPart, isWeak: false };
    }
  }
  return null;
}

/** "Seven, the roving team." or "Let's get on to 5. That's the engagement…": a number said as a start without the word "item". Chair only. */
/** "…so we'll go to six, the comms plan", "let's do six first, care home rounds", "right back to five then, the premises letter". */
const BARE_NUMBER_CUED = new RegExp(
  `(?:^|,\\s*|\\b(?:so|and)\\s+)(?:(?:I'm going to|I'll|we'll|we|let's|let us)\\s+)?(?:(?:go|move|come|turn|skip|jump|get)\\s+(?:straight\\s+|now\\s+|back\\s+)?(?:on\\s+)?to|(?:do|take)|back to|(?:that's|that is|which is|this is|(?:that|which|this) (?:brings|takes) us) us\\s+(?:on\\s+)?(?:to|onto)|on\\s*to)\\s+(${NUMBER})(?:[a-h](?![\\w']))?(?:,?\\s+(?:first|next|now|then))?(?:\\s*,\\s*|(?<=then)\\s+)(?<title>[^.?!]{2,80})`,
  'i',
);

function bareNumberStart(sentence: string, following: string | undefined, names: NameWords): { number: number; title: string | null; part: string } | null {
  const { rest } = stripLeadIn(sentence);
  const cued = BARE_NUMBER_CUED.exec(rest);
  if (cued && !/^(?:o'clock|minutes|pm|am|weeks?|months?|days?|of|shortly|later|in a (?:minute|moment|bit|second))\b/i.test(cued.groups!.title!) && !PUT_OFF.test(rest.slice(cued.index)) && !/\bcome back to\b/i.test(cued[0])) {
    const number = parseNumber(cued[1]!);
    const words = cued.groups!.title!.replace(/,?\s+and come back to\b.*$/i, '').split(/[,;]\s/)[0]!.split(/\s+/);
    // "back to five then locality reports bernie do you want to go first": the title ends where its presenter is named.
    const nameAt = words.findIndex((w, i) => i > 0 && isNameOf(names, w.charAt(0).toUpperCase() + w.slice(1)) && !NOT_NAMES.has(w.toLowerCase()));
    const title = (nameAt > 0 ? words.slice(0, nameAt) : words).join(' ');
    if (number !== null && number <= 30 && isBareTopic(title) && !isNameOnly(title, names)) return { number, title: cleanTitle(title), part: cued[1]!.toLowerCase() };
  }
  // "Item ten I'll skip for now, so that takes us to eleven, the dispensing paper": the cue after the one put off.
  const lateCue = /,\s*(?:and |so )+(?=(?:that|which|this) (?:takes|brings) us\b)/.exec(rest);
  const early = BARE_NUMBER.exec(rest) ?? BARE_AFTER_CUE.exec(rest);
  const late = !early && lateCue ? BARE_AFTER_CUE.exec(rest.slice(lateCue.index + lateCue[0].length)) : null;
  const m = early ?? late;
  // "Twelve is the pharmacy resilience paper, Simon, yes. Keep your powder dry for that.": named, then put off.
  // "Six is the subcommittee report, …, so we'll take it next month.", "Five's the Boston item, and we'll come to it in a minute.": named, and put off in the same breath.
  if (m && ((following && PUT_OFF_NEXT.test(following)) || PUT_OFF_NEXT.test(rest) || /\b(?:come|get|turn) (?:back )?to (?:it|that|this|them) (?:in a (?:minute|moment|bit|sec(?:ond)?)|later|shortly|after(?:wards)?)\b/i.test(rest))) return null;
  // "Five, the indemnity talk, is deferred to March": the agenda changed, not an item started.
  if (!m || SENT_ELSEWHERE.test(rest)) return null;
  // "I count four. Against? None.": a vote counted, not an item.
  // (After a late cue, only its own words: "…so that takes us to eleven, …, with Yusuf out of the vote" counts nothing.)
  if (/\b(?:in favour|against|abstentions?|abstaining|I count|votes?|for,)\b/i.test(late && lateCue ? rest.slice(lateCue.index).split(/,\s*/).slice(0, 3).join(', ') : sentence)) return null;
  // "Seven, two and one. So the motion's carried": a vote counted, not an item.
  if (new RegExp(`^${NUMBER},?\\s+${NUMBER},?\\s+(?:and\\s+)?${NUMBER}\\b`, 'i').test(rest)) return null;
  const number = parseNumber(m[1]!);
  if (number === null || number > 30) return null;
  const saidFrom = m.index + m[0].indexOf(m[1]!);
  const part = m[0].slice(saidFrom).split(/[,:;—–]|\.(?!\s*\d)|\s-\s|\s+is\s|\s+(?:then|now)\b|\s*$/)[0]!.replace(/\s+/g, '').toLowerCase();
  // "Six, Nick, finance.": who presents, then the item.
  const said = m.groups!.title!.trim().replace(/^([A-Z][\w'-]+),\s+(?=\S)/, (all, name: string) => (isNameOf(names, name) && !NOT_NAMES.has(name.toLowerCase()) ? '' : all))
    // "Five's the ARRS claim, Jo again.": who presents, after the item.
    .replace(/,\s+([A-Z][\w'-]+)(?:\s+(?:again|please|then))?[.!]?$/, (all, name: string) => (isNameOf(names, name) && !NOT_NAMES.has(name.toLowerCase()) ? '' : all));
  // "Eleven, Fiona." The number and who presents it; the title is not said.
  if (said && isNameOnly(said, names)) return { number, title: null, part };
  if (said && ANY_OTHER_BUSINESS.test(said)) return { number, title: 'Any other business', part };
  if (said) return isBareTopic(said.split(/[,.]\s|\s[–—-]\s/)[0]!) ? { number, title: cleanTitle(said), part } : null;
  if (following && isNameOnly(following, names)) return { number, title: null, part };
  return { number, title: following && isBareTopic(following.split(/,\s/)[0]!) ? cleanTitle(stripLeadIn(following).rest) : following ? cleanTitle(following) : null, part };
}

/** "…the enhanced access er utilisation Yasmin": a hand-over, unpunctuated, is not part of the title. */
function withoutNameAtEnd(found: { title: string | null } | null, names: NameWords): { title: string | null } | null {
  const lastWord = found?.title?.split(' ').at(-1);
  if (!found?.title || !lastWord || !isNameOf(names, lastWord.charAt(0).toUpperCase() + lastWord.slice(1))) return found;
  return { title: found.title.slice(0, -lastWord.length).trim() || null };
}

function cueStart(text: string, following: string | undefined, patterns: readonly RegExp[], names: NameWords): { title: string | null } | null {
  // "We'll come to four shortly": a promise of a start, not one.
  if (/\b(?:shortly|later on|later|in a (?:minute|moment|bit|second))\s*[.!]?$/i.test(text)) return null;
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    let said = (m.groups?.title ?? m.groups?.title2)?.trim() ?? '';
    // "Moving on, the next item on the agenda is X."
    const nested = said ? UNNUMBERED_STARTS.map((p) => p.exec(said)).find((n) => n && n !== m && n.groups?.title) : undefined;
    if (nested) said = nested.groups!.title!.trim();
    said = said.replace(/^(?:the,?\s+)+(?=the\b)/i, '').replace(WHICH_ITEM_FIRST, '');
    if (said && (NOT_AN_ITEM_TITLE.test(said) || NOT_AN_ITEM_TITLE.test(said.split(/,\s*/)[0]!))) return null;
    // "So the next one is Thursday the fourth of February": the next meeting, not the next item.
    if (said && SAID_AS_A_DATE.test(said)) return null;
    // "Dr Rauf, over to you again": a hand-over to a person, not an item named.
    if (said && /\bover to you\b/i.test(text) && (isNameOnly(said, names) || HONORIFIC.test(said) || isCourtesy(said))) return null;
    if (!said && !following) return null;
    if (said) return withoutNameAtEnd(titleAfterCue(said, names, ITEM_CUES.includes(pattern)), names);
    // "Moving on. Enhanced access over Easter, which…" "Next item. This is the winter plan.": the title is what the chair says next, when it opens with a bare topic.
    const next = following ? stripLeadIn(following).rest.replace(/^(?:this|that|it)(?: is|'s)\s+/i, '') : '';
    const title = isBareTopic(next.split(/,|\s[–—-]\s/)[0]!) ? cleanTitle(next) : null;
    if (title === null && !/^(?:so )?(?:moving|move) on/i.test(text)) return null;
    return { title };
  }
  return null;
}

function unnumberedStart(sentence: string, following: string | undefined, isTurnEnd: boolean, names: NameWords, isAnswer = false): { title: string | null; isOrdinal?: boolean } | null {
  const { rest } = stripLeadIn(sentence);
  if (ANY_OTHER_BUSINESS.test(rest)) return { title: 'Any other business' };
  // "And is there any urgent business?": a council committee's closing item.
  if (URGENT_BUSINESS.test(rest)) return { title: 'Urgent business' };
  // "…that's it for the formal items so AOB does anyone have anything", "Okay, and last up, AOB. Anyone?": closing, and asked.
  if (AOB_ASKED.test(rest) && (ANYONE.test(rest.slice(rest.search(/\b(?:AOB|any other business)\b/i))) || (!!following && ANYONE.test(following)))) return { title: 'Any other business' };
  if (AOB_GONE_TO.test(rest)) return { title: 'Any other business' };
  // "Right, finance it is."
  const itIs = /^(?<title>[\w'’ -]{2,40}?) it is[.!]?$/i.exec(rest);
  if (itIs && sentence.trim() !== rest.trim() && isBareTopic(itIs.groups!.title!) && !DAY_OR_TIME.test(itIs.groups!.title!) && !isCourtesy(itIs.groups!.title!) && !NOT_A_TOPIC.test(itIs.groups!.title!)) return { title: cleanTitle(itIs.groups!.title) };
  if (NEXT_MEETING_ITEM.test(sentence.replace(/^(?:thank you|thanks)[,.]?\s*/i, ''))) return { title: 'Date of next meeting' };
  if (CLOSING_ASK.test(rest)) return { title: 'Any other business' };
  // "Right, the minutes of the last meeting then.": a standing item named.
  // "Minutes of the last meeting, that was the fifth of November.", "Minutes from September then.": when it was, said with them.
  const minutes = /^(?<title>(?:the )?minutes(?: of (?:the )?(?:last|previous) meeting| (?:of|from) last time)?(?: and (?:matters arising|(?:the )?actions?|the action log))?)(?: (?:of|from) (?:the )?(?:meeting (?:on|in) )?(?:\w+ ){0,3}?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?)| from (?:last month|the last meeting))?(?:,?\s*(?:then,\s*)?(?:that was|which was|from|they went (?:round|out)|they(?:'ve| have) been (?:circulated|sent round)) [^.?!]{2,40})?,?(?: then)?[.!]?$/i.exec(rest);
  // Opened with a question about them: "Any comments on accuracy?", "Has everyone had a chance to look?".
  // (Or a correction to them, said: "I have a note that Ian wanted a correction on page three.")
  const isOpened = !!following && (/\?\s*$/.test(following) && /\b(?:accuracy|accurate|comments?|corrections?|look|read|anything|happy|matters arising)\b/i.test(following) || /\b(?:wanted|asked for|had|sent) (?:a |an |one )?(?:small )?(?:correction|amendment)\b/i.test(following));
  if (minutes && minutes[0].replace(/[,.!]|\bthen\b/g, '').trim().split(/\s+/).length > 1 && isOpened) return { title: cleanTitle(minutes.groups!.title) };
  // "Minutes of the last meeting, the November meeting, they went out with the papers. Any comments on accuracy?"
  const minutesSaid = /^(?<title>(?:the )?minutes (?:of (?:the )?(?:last|previous) meeting|(?:of|from) last time))\b/i.exec(rest);
  // "minutes of the last meeting, any matters of accuracy?", "minutes of last time are they ok": opened in the same breath.
  const isOpenedNow = !!minutesSaid && /^[,\s]*(?:(?:any|are there any) (?:matters|comments|corrections|points)\b|are they (?:ok|okay|alright|all right|agreed|accurate|correct)\b|(?:is )?(?:everyone|everybody) happy with (?:them|those)\b)/i.test(rest.slice(minutesSaid[0].length));
  if (minutesSaid && (isOpened || isOpenedNow)) return { title: cleanTitle(minutesSaid.groups!.title) };
  const standing = STANDING_ITEM.exec(rest);
  if (standing) return { title: standing.groups!.apologies || standing.groups!.apologiesFirst || standing.groups!.apologiesLead ? 'Apologies' : 'Declarations of interest' };
  const back = BACK_TO.exec(rest) ?? BACK_TO_TOPIC.exec(rest);
  const upNext = UP_NEXT_WITH.exec(rest);
  if (upNext && isNameOf(names, upNext.groups!.name!) && isBareTopic(upNext.groups!.title!) && !NOT_AN_ITEM_TITLE.test(upNext.groups!.title!)) return { title: cleanTitle(upNext.groups!.title) };
  if (back && isBareTopic(back.groups!.title!) && !NOT_A_TOPIC.test(back.groups!.title!.replace(/^(?:the|our)\s+/i, '')) && !NOT_AN_ITEM_TITLE.test(back.groups!.title!)) return { title: cleanTitle(back.groups!.title) };
  const then = THEN_WE_HAVE.exec(sentence);
  if (then) {
    const said = then.groups!.title!;
    // "…one I've put on myself. It's the IT outage."
    if (/^(?:one|another one|another|something)\b/i.test(said) && following) {
      const next = stripLeadIn(following).rest.replace(/^(?:this|that|it)(?: is|'s)\s+/i, '');
      if (isBareTopic(next.split(/,|\s[–—-]\s/)[0]!)) return { title: cleanTitle(next) };
    } else if (isBareTopic(said.split(/,\s/)[0]!) && !NOT_A_TOPIC.test(said.split(/,\s/)[0]!)) return { title: cleanTitle(said) };
  }
  // "Premises, then, the improvement grant round.": the topic, then its fuller name.
  const topicThenNamed = /^(?<topic>[^,]{2,40}?),\s+then,\s+(?<title>(?:the|our)\s[^,.;?!]{2,60}?)[.!]?$/i.exec(rest);
  if (topicThenNamed && isBareTopic(topicThenNamed.groups!.topic!) && !NOT_A_TOPIC.test(topicThenNamed.groups!.topic!) && !isCourtesy(topicThenNamed.groups!.topic!) && !NOT_AN_ITEM_TITLE.test(topicThenNamed.groups!.title!)) return { title: cleanTitle(topicThenNamed.groups!.title) };
  // "Right, workforce then." said last in the chair's turn: the next topic, taken up.
  const topicThenLast = !following && isTurnEnd && sentence.trim() !== rest.trim() ? /^(?<title>[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}),?\s+then[.!]?$/i.exec(rest) : null;
  if (topicThenLast && isBareTopic(topicThenLast.groups!.title!) && !NOT_A_TOPIC.test(topicThenLast.groups!.title!) && !isCourtesy(topicThenLast.groups!.title!) && !NOT_AN_ITEM_TITLE.test(topicThenLast.groups!.title!) && !DAY_OR_TIME.test(topicThenLast.groups!.title!) && !/^(?:that|this|it|fine|good|great|done|sorted|agreed|settled|all|there|so|well|okay|ok|right)\b/i.test(topicThenLast.groups!.title!)) return { title: cleanTitle(topicThenLast.groups!.title) };
  // "Right, pharmacy. Tom, thanks for waiting so patiently.", "Okay, action log.", "Okay, chair's report. I'll keep it short.":
  // a topic on its own after a lead-in, then handed to someone named, said last in the turn, or a standing item.
  // (The lead-in moves the meeting on: "Right,", "Okay,", "Now,", "So,"; not only thanks, which comes before a name: "Thank you Paula.")
  const leadIn = sentence.trim().slice(0, sentence.trim().length - rest.trim().length);
  const topicAlone = /\b(?:right|okay|ok|now|so)\b/i.test(leadIn) ? TOPIC_ALONE.exec(rest) : null;
  // (A topic names no one: "bear with me", "for having me back" are said to the room.)
  if (topicAlone && !isNameOrShortOf(names, topicAlone.groups!.title!) && !HONORIFIC.test(topicAlone.groups!.title!) && !/\b(?:me|us|you|we|I|him|her|them|my|your|our)\b/i.test(topicAlone.groups!.title!)) {
    const title = topicAlone.groups!.title!;
    const isHandedOn = !!following && (isHandover(following, names) || STARTS_WITH_NAME.test(following) && isNameOrShortOf(names, STARTS_WITH_NAME.exec(following)!.groups!.name!) || PRESENTER_TAKES_IT.test(following));
    const isStanding = STANDING_TITLE.test(title);
    if ((isHandedOn || isStanding || (!following && isTurnEnd)) && isTopicSaidAlone(title) && !DAY_OR_TIME.test(title)) return { title: cleanTitle(title) };
  }
  // "Right, flu, Amy, that's you.", "The JSNA refresh, Victoria, over to you.": a topic, then its presenter handed the floor.
  const topicToName = TOPIC_TO_NAME.exec(rest);
  if (topicToName && isNameOrShortOf(names, topicToName.groups!.name!) && !isNameOrShortOf(names, topicToName.groups!.title!) && isTopicSaidAlone(topicToName.groups!.title!)) return { title: cleanTitle(topicToName.groups!.title) };
  // "Jo, are you ready to talk us through the dementia diagnosis rates?": the item handed to its presenter.
  const talkUsThrough = TALK_US_THROUGH.exec(rest);
  // (Not "take us through the report", "the open ones", "the action log": the item already running, or part of one.)
  const isOwnPaper = talkUsThrough && /^(?:the|your|our)\s+(?:(?:latest|main|full|written)\s+)?(?:report|paper|papers|slides|open ones|update|figures|numbers|data|details?|headlines|highlights|action log|actions|presentation|findings|recommendations|options|proposal|pack|summary|key points)$/i.test(talkUsThrough.groups!.title!);
  if (talkUsThrough && !isOwnPaper && isNameOrShortOf(names, talkUsThrough.groups!.name!) && isBareTopic(talkUsThrough.groups!.title!) && !NOT_AN_ITEM_TITLE.test(talkUsThrough.groups!.title!)) return { title: cleanTitle(talkUsThrough.groups!.title) };
  // "Farah, you wanted to talk about the structured medication reviews."
  const wanted = YOU_WANTED_TO.exec(rest);
  if (wanted && isNameOrShortOf(names, wanted.groups!.name!) && isBareTopic(wanted.groups!.title!) && !NOT_A_TOPIC.test(wanted.groups!.title!) && !NOT_AN_ITEM_TITLE.test(wanted.groups!.title!)) return { title: cleanTitle(wanted.groups!.title) };
  // "Right, next. Claire, ARRS recruitment.": the next item, named as it is handed over.
  if (NEXT_ALONE.test(sentence.trim()) && following) {
    const handed = YOU_WANTED_TO.exec(following.trim()) ?? NAME_THEN_TOPIC.exec(following.trim());
    const title = handed?.groups!.title;
    if (handed && title && isNameOrShortOf(names, handed.groups!.name!) && isBareTopic(title) && !isNameOrShortOf(names, title) && !NOT_A_TOPIC.test(title) && !NOT_AN_ITEM_TITLE.test(title) && !isCourtesy(title)) return { title: cleanTitle(title) };
    // "Next. Claire, thanks for waiting.": handed over, its title not said.
    if (isHandover(following, names)) return { title: null };
  }
  // "I'm conscious we've still got enhanced access, so Josh.": what is left, handed over.
  const stillGot = STILL_GOT_SO.exec(rest);
  if (stillGot && isNameOrShortOf(names, stillGot.groups!.name!) && isBareTopic(stillGot.groups!.title!) && !NOT_A_TOPIC.test(stillGot.groups!.title!) && !NOT_AN_ITEM_TITLE.test(stillGot.groups!.title!)) return { title: cleanTitle(stillGot.groups!.title) };
  // "…, and that takes us on to the frailty strategy, which is Hannah's", however long what came before.
  const takesUsOn = TAKES_US_ON_LATE.exec(rest);
  if (takesUsOn && isBareTopic(takesUsOn.groups!.title!) && !NOT_AN_ITEM_TITLE.test(takesUsOn.groups!.title!)) return { title: cleanTitle(takesUsOn.groups!.title) };
  // "Okay, winter review then. Jo.", "Dental access next, and Devika, I think that's you": a topic, then who presents it.
  // "Workforce next? Sam, you've got this one.", "Care homes then, Amrit.", "Indemnity now that Aoife's back? Aoife, over to you."
  const topicThen = /^(?<title>[^,]{2,60}?),?\s+(?:then|next|first(?=,\s*[A-Z])|now(?= that\b|,\s*[A-Z]))(?: that [^?.!]{2,40})?(?:,?\s+(?:and\s+)?(?<name>[A-Z][\w'-]+)\b.*)?[.!?]?$/.exec(rest);
  if (topicThen && (topicThen.groups!.name ? isNameOf(names, topicThen.groups!.name) : !!following && isHandover(following, names))) {
    const said = topicThen.groups!.title!;
    if (isBareTopic(said) && !isNameOnly(said, names) && !NOT_A_TOPIC.test(said) && !isCourtesy(said) && !NOT_AN_ITEM_TITLE.test(said) && !DAY_OR_TIME.test(said) && !ITEM_REFERENCE_ONCE.test(said) && !/^(?:let's|let us|keep|leave|save|hold|park)\b/i.test(said)) return { title: cleanTitle(said) };
  }
  // "Now the care home ward rounds, which Emeka said he'd lead on. Emeka?"
  const nowTopic = /^now,?\s+(?<title>(?:the|our)\s[^,.;?!]{2,60}?)(?:,\s*(?:which|that|where)\b[^.?!]*)?[.!]?$/i.exec(sentence.trim());
  if (nowTopic && !!following && isHandover(following, names) && isBareTopic(nowTopic.groups!.title!) && !NOT_AN_ITEM_TITLE.test(nowTopic.groups!.title!)) return { title: cleanTitle(nowTopic.groups!.title) };
  const topicNext = TOPIC_NEXT.exec(rest);
  if (topicNext && isBareTopic(topicNext.groups!.title!) && !isNameOnly(topicNext.groups!.title!, names) && !NOT_A_TOPIC.test(topicNext.groups!.title!)) return { title: cleanTitle(topicNext.groups!.title) };
  const doNow = DO_NOW.exec(rest);
  if (doNow && !NOW_OR_LATER.test(rest) && !NOT_TAKEN_AS_ITEM.test(doNow.groups!.title!) && (doNow.groups!.when === 'now' || (!!following && isHandover(following, names))) && !/\bor\s*[—–-]*\s*$/.test(rest) && isBareTopic(doNow.groups!.title!) && !NOT_AN_ITEM_TITLE.test(doNow.groups!.title!)) return { title: cleanTitle(doNow.groups!.title) };
  // "Shall we do the budget now or—": a question, cut off, not the start.
  // (Unless it is handed to someone at once: "Shall we do the money? Natasha.")
  const isHandedAtOnce = !!following && (isNameOnly(following, names) || isHandover(following, names));
  const letsDo = /^shall we\b.*\bor\s*[—–-]*\s*$|\?\s*$/i.test(rest) && /^shall we\b/i.test(rest) && !(isHandedAtOnce && !/\bor\b/i.test(rest)) ? null : LETS_DO.exec(rest);
  // ("Let's do the last one, the hub rota over Christmas": which item, then its name.)
  const letsDoTitle = letsDo?.groups!.title!.replace(WHICH_ITEM_FIRST, '');
  if (letsDoTitle && isBareTopic(letsDoTitle) && !new RegExp(`^${NUMBER}$`, 'i').test(letsDoTitle) && !NOT_A_TOPIC.test(letsDoTitle) && !NOT_AN_ITEM_TITLE.test(letsDoTitle)) return { title: cleanTitle(letsDoTitle) };
  const named = NAMED_TOPIC.exec(rest);
  // Not in a reply to a question ("What's item four?" "The ARRS claims, Olamide.").
  if (named && !isAnswer && (!following || isHandover(following, names))) {
    const name = named.groups!.name ?? named.groups!.name2!;
    const topic = named.groups!.after ?? named.groups!.before!;
    // Asked ("Sunita, estates?"): only a name, then a topic of one to three plain words; not "Frances, what's next?",
    // "Dr Graham, from the PCN's perspective?", "Sarah, the one on the letters?", "Action log, Claire?".
    const isAsked = /\?\s*$/.test(rest);
    const isAskedOfTopic = !isAsked || (!!named.groups!.after && /^[a-z][\w'-]*(?: [a-z][\w'-]*){0,2}$/i.test(topic) && !/^(?:the|a|an|on|from|for|any|anything|what|what's|how|how's|why|who|where|when|is|are|do|did|does|can|could|would|will|you|your|happy|ok|okay|alright|all right|ready|there|still|next)\b/i.test(topic));
    if (isAskedOfTopic && isNameOf(names, name) && !NOT_NAMES.has(name.toLowerCase()) && isBareTopic(topic) && !/^(?:and|but|so|or|much|very|really|safe|well)\b/i.test(topic) && !isNameOnly(topic, names) && !isCourtesy(topic) && !NOT_A_TOPIC.test(topic) && !NOT_AN_ITEM_TITLE.test(topic)) return { title: cleanTitle(topic) };
  }
  const take = TAKE_NEXT_START.exec(rest);
  // "I'll take item nine first": the numbered rules decide; said as the agenda is changed, it is a preview, not the start.
  if (take) return NOT_AN_ITEM_TITLE.test(take.groups!.title!) || /^items?\b/i.test(take.groups!.title!) ? null : { title: cleanTitle(take.groups!.title) };
  const cued = cueStart(rest, following, UNNUMBERED_STARTS, names);
  // "…and the last thing is the fellowship scheme": a presenter's last point is said so too, so it counts for half.
  if (cued) return /^(?:and )?(?:the )?(?:last|final) (?:thing|one)\b/i.test(rest) ? { ...cued, isOrdinal: true } : cued;
  // The cue a few words into the sentence, after a comma.
  // "…, anyway, I'm conscious of time, so moving on to the winter plan, which is item five": however long the thanks before.
  // ("…so if members are content we'll note that and then we'll move on to NHS dentistry, …": after "and then".)
  // (A cheap look first: most sentences hold no such words.)
  // In captions without stops or commas the cue itself is where the clause starts: "…thank you kam next is the winter update gurpreet".
  const clauseStarts = /[.,;:?!]/.test(rest) ? /,\s*|\band then\s+(?=we'll (?:now )?move on to\b)/g : /,\s*|\band then\s+(?=we'll (?:now )?move on to\b)|\s+(?=(?:so |right |ok |okay |now )?(?:the )?next (?:(?:one|item|thing) )?is\b)/g;
  for (const comma of MOVES_ON_SAID.test(rest) ? rest.matchAll(clauseStarts) : []) {
    const afterComma = rest.slice(comma.index! + comma[0].length);
    const moved = LATE_MOVE_ON.test(afterComma) ? cueStart(stripLeadIn(afterComma).rest, following, UNNUMBERED_STARTS, names) : null;
    // (Not "…, so the next one is Thursday the fourth of February": the next meeting.)
    if (moved && !(moved.title && DAY_OR_TIME.test(moved.title.split(/\s+/).slice(0, 4).join(' ')))) return moved;
  }
  for (const comma of rest.matchAll(/,\s*/g)) {
    const before = rest.slice(0, comma.index);
    if (before.split(/\s+/).length > 24) break;
    const clause = stripLeadIn(rest.slice(comma.index! + comma[0].length)).rest;
    // "Before we go on, Simone has to leave, so we'll take the finance paper next": the agenda changed for a reason.
    const takenNow = TAKE_NEXT_START.exec(clause);
    if (takenNow && !NOT_AN_ITEM_TITLE.test(takenNow.groups!.title!) && !/^items?\b/i.test(takenNow.groups!.title!)) return { title: cleanTitle(takenNow.groups!.title) };
    // "…, Phil, you're here already, shall we do the Better Care Fund now rather than after the break?"
    const doNowHere = DO_NOW.exec(clause);
    // Not "do we want to do the estates thing now, or wait for Lou?", nor "should we take questions now or at the end?".
    if (doNowHere?.groups?.when === 'now' && !NOW_OR_LATER.test(clause) && !NOT_TAKEN_AS_ITEM.test(doNowHere.groups.title!)) {
      // "…the practice resilience item isn't till after lunch, but you're here, shall we just do it now?": the item named before.
      const named = /^(?:it|that|this|that one|this one)$/i.test(doNowHere.groups.title!) ? /\bthe ([\w' -]{2,40}?) (?:item|paper|report|update|one)\b/i.exec(rest)?.[1] : doNowHere.groups.title;
      if (named && isBareTopic(named)) return { title: cleanTitle(named) };
    }
    // "…, and we did seven and eight earlier, so that just leaves AOB", however long the words before.
    if (/^(?:so\s+)?that (?:just |only )?leaves (?:us with )?(?:any other business|AOB)\b/i.test(rest.slice(comma.index! + comma[0].length))) return { title: 'Any other business' };
    if (before.split(/\s+/).length > 8) continue;
    // "…out of time, so any other business": closing, not "Yep, AOB" said back.
    if (/^(?:so|and|then|right|now)\b/i.test(rest.slice(comma.index! + comma[0].length)) && ANY_OTHER_BUSINESS.test(clause)) return { title: 'Any other business' };
    const found = cueStart(clause, following, CLAUSE_CUES, names);
    // "…, so the next one is Thursday the fourth of February": the next meeting, not the next item.
    if (found && !(found.title && DAY_OR_TIME.test(found.title.split(/\s+/).slice(0, 4).join(' ')))) return found;
  }
  // "yeah i think we're agreed on the flu so next on the agenda is…": captions without stops run the cue on from what came before.
  const itemCueAt = /\b(?:so|right|ok|okay|now|and)\s+(?=(?:the )?next (?:(?:item )?on (?:the|our) (?:agenda|list)|(?:one|item|thing|paper) is)\b)/i.exec(rest);
  if (itemCueAt && !DAY_OR_TIME.test(rest.slice(itemCueAt.index + itemCueAt[0].length).split(/\s+/).slice(0, 6).join(' '))) {
    const found = cueStart(rest.slice(itemCueAt.index + itemCueAt[0].length), following, ITEM_CUES, names);
    if (found) return found;
  }
  const ordinal = ORDINAL_START.exec(rest);
  // "Second thing, the referral form, Bushra, you've been looking at that": the topic, up to the hand-over.
  const ordinalTopic = ordinal ? ordinal.groups!.title!.split(/,\s/)[0]! : null;
  if (ordinal && ordinalTopic && !ITEM_REFERENCE_ONCE.test(ordinal.groups!.title!) && (isBareTopic(ordinal.groups!.title!) || (/^(?:the|our|your)\s/i.test(ordinalTopic) && isBareTopic(ordinalTopic)))) {
    // Counted off and handed to someone ("First thing, the accounts. Maggie."), as a chair does; without a hand-over, as a presenter does too.
    const handsOver = (!!following && isHandover(following, names)) || /,\s+(?:Dr |Mr |Mrs |Ms |Cllr )?[A-Z][\w'-]+,/.test(ordinal.groups!.title!);
    return { title: cleanTitle(isBareTopic(ordinal.groups!.title!) ? ordinal.groups!.title : ordinalTopic), isOrdinal: !handsOver };
  }
  // "Okay, primary care estates. Lorraine?" A topic named and handed over at the end of the turn.
  if (following && isTurnEnd && !isCourtesy(sentence) && isBareTopic(sentence) && isHandover(following, names)) return { title: cleanTitle(rest) };
  return null;
}

/** "Integrated neighbourhood teams." A few words naming a thing, with nothing said about it. */
function isBareTopic(sentence: string): boolean {
  const { rest } = stripLeadIn(sentence.trim());
  const words = rest.replace(/[.!?,]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  if (/[?]$/.test(rest)) return false;
  return !CLAUSE_WORD.test(rest);
}

/** Sentences that thank or welcome ("Thank you, Sarah.") are not where an item's talk starts. */
const COURTESY_WORDS = new Set(['timing', 'job', 'appreciate', 'appreciated', 'thank', 'you', 'thanks', 'great', 'lovely', 'good', 'okay', 'ok', 'right', 'brilliant', 'perfect', 'excellent', 'fine', 'super', 'cheers', 'bye', 'very', 'much', 'so', 'all', 'everyone', 'both', 'for', 'that', 'those', 'ha', 'um', 'ouch', 'fair', 'true', 'indeed', 'exactly', 'absolutely', 'quite', 'noted', 'agreed', 'sure', 'yes', 'no', 'wonderful', 'marvellous', 'smashing', 'idea', 'point', 'shout', 'news', 'stuff', 'question', 'enough']);
function isCourtesy(sentence: string): boolean {
  const words = sentence.split(/[\s,.!]+/).filter(Boolean);
  return (
    words.length <= 6 &&
    words.some((w) => COURTESY_WORDS.has(w.toLowerCase())) &&
    words.every((w) => COURTESY_WORDS.has(w.toLowerCase()) || /^[A-Z][a-z'-]+$/.test(w))
  );
}

/** Sentences that only the chair's voice makes a start. */
interface ChairOnly {
  readonly offset: number;
  readonly number: number | null;
  readonly title: string | null;
  readonly part: string;
  readonly isOrdinal?: boolean;
}

/** Points counted off in one breath: "one, …, two, …, three, …". */
const POINTS_LIST = /(?:^|[,:;]\s*|\bso,?\s+)(?:one|1)\b,?\s+[^.?!]{2,80}?,\s*(?:and\s+)?(?:two|2)\b,?\s+[^.?!]{2,80}?,\s*(?:and\s+)?(?:three|3)\b/i;
/** A presenter speaking of the items in their own report. */
const OWN_POINTS = /\b(?:items|points|things|parts) (?:in|to) my (?:report|update|paper|presentation|slides)\b|\bI(?:'ve| have) got (?:two|three|four|five|a few|a couple of) (?:points|things|bits|updates|items)\b/i;

/** The chair saying they will read the agenda out: "let me read through the agenda", "just to run through the agenda". */
const AGENDA_READ = /\b(?:read|run|go|take you) (?:through|out) the agenda\b|\bthe agenda (?:today|this (?:morning|afternoon|evening)) is\b/i;

function candidatesIn(utterance: AgendaUtterance, index: number, names: NameWords, isAnswer = false, isWhereAreWe = false, saidBefore = '', saidJustBefore = '', isCalledOn = false): { numbered: Candidate[]; chairOnly: Candidate[]; anyone: Candidate[]; bySequence: Candidate[] } {
  const numbered: Candidate[] = [];
  const chairOnly: Candidate[] = [];
  /** Starts said as "number four" rather than "item four": a chair's only, since presenters count their points so. */
  const counted: Candidate[] = [];
  const anyone: Candidate[] = [];
  const bySequence: Candidate[] = [];
  const sentences = sentencesOf(utterance.text);
  // "There are four items in my report": a presenter's own items and points, not the agenda's.
  if (OWN_POINTS.test(utterance.text)) return { numbered, chairOnly, anyone, bySequence };
  sentences.forEach((sentence, i) => {
    // "Moving on, then, to the dental budget": the aside inside the cue.
    // "Okay. Estates.": a lead-in said as a sentence of its own leads into the next.
    // ("Right. Sandra. Estates.": the presenter named between the lead-in and the topic.)
    const leadAt = i > 1 && isNameOnly(sentences[i - 1]!.text, names) ? i - 2 : i - 1;
    const leadAlone = leadAt >= 0 && /^(?:right|okay|ok|now|so|right then|okay then)[.!]$/i.test(sentences[leadAt]!.text.trim()) && TOPIC_ALONE.test(sentence.text.trim()) ? `${sentences[leadAt]!.text.trim().slice(0, -1)}, ` : '';
    const text = leadAlone + sentence.text.replace(FILLERS, '').replace(STUTTER, '$1').replace(CUE_WITH_ASIDE, '$1 to').replace(NEXT_WITH_ASIDE, '$1 is');
    if (isWhereAreWe && WE_ARE_ON.test(text)) return;
    // "Three things: one, IIF achievement, two, the ARRS claims, three, …": points counted off, not an item.
    if (POINTS_LIST.test(text) && !/\bitems?\b/i.test(text)) return;
    const following = sentences[i + 1]?.text.replace(FILLERS, '');
    // A hand-over ends the turn, or only courtesies follow it.
    const isTurnEnd = sentences.slice(i + 2).every((s) => isCourtesy(s.text) || isHandover(s.text, names));
    const isCorrection = /^(?:sorry|no|I mean|I beg your pardon)\b/i.test(text);
    const mine = MINE.exec(stripLeadIn(text).rest);
    if (mine?.groups) {
      anyone.push({ utterance, index, offset: sentence.offset, number: null, title: cleanTitle(mine.groups.title), isNumbered: false, part: '', isWeak: false, isCorrection: false });
      return;
    }
    // "Who's next?" "I think it's me. Social prescribing update.", "I'll go. So this is the cloud telephony rollout.": the presenter names their own item.
    const ownTopic = isCalledOn && i <= 2 ? (OWN_TOPIC.exec(stripLeadIn(text).rest)?.groups?.title ?? TOPIC_ALONE.exec(text.trim())?.groups?.title) : undefined;
    if (ownTopic && isBareTopic(ownTopic) && isTopicSaidAlone(ownTopic) && !isNameOnly(ownTopic, names) && !isCourtesy(ownTopic) && !NOT_A_TOPIC.test(ownTopic) && !NOT_AN_ITEM_TITLE.test(ownTopic)) {
      anyone.push({ utterance, index, offset: sentence.offset, number: null, title: cleanTitle(ownTopic), isNumbered: false, part: '', isWeak: false, isCorrection: false });
      return;
    }
    const found = numberedStart(text.replace(/^(?:sorry|no|I mean|I beg your pardon)\b[,.]?\s*/i, ''), following, names);
    // "Number four is for practices": a presenter's points are counted so too; said without "item", only a chair's voice starts one.
    if (found && !found.isBySequence && !ITEM_REFERENCE_ONCE.test(text) && /\bnumber\s/i.test(text)) {
      counted.push({ utterance, index, offset: sentence.offset, number: found.number, title: found.title, isNumbered: true, part: found.part, isWeak: found.isWeak, isCorrection });
      return;
    }
    // Kept aside, and the sentence still read for a start in other words.
    // ("Any abstentions? One, Councillor Ainsley-Grant.", "All those in favour, please raise your hands." "That's four.": a vote counted.)
    const askedJustBefore = i > 0 ? sentences[i - 1]!.text : saidJustBefore;
    const isVoteCounted = /\b(?:against|abstentions?|abstaining|in favour)\?\s*$|\b(?:in favour|raise your hands?|hands up)\b[^.?!]*[.?!]?\s*$/i.test(askedJustBefore);
    if (found?.isBySequence && !isVoteCounted) bySequence.push({ utterance, index, offset: sentence.offset, number: found.number, title: found.title, isNumbered: true, part: found.part, isWeak: false, isCorrection, isBySequence: true });
    else if (found) {
      numbered.push({ utterance, index, offset: sentence.offset, number: found.number, title: found.title, isNumbered: true, part: found.part, isWeak: found.isWeak, isCorrection });
      return;
    }
    const other: ChairOnly | null = ((): ChairOnly | null => {
      const bare = bareNumberStart(text, following, names);
      // "it was sixteen" — "Sixteen. Bit of a difference.": the number said back, not an item started.
      const isEcho = !!bare && i === 0 && new RegExp(`\\b(?:${bare.number}|${NUMBER_WORDS[bare.number - 1]})\\W*$`, 'i').test(saidBefore);
      // "Any against? One.": a vote counted, answering the chair's own question.
      // ("All those in favour of approving the merger? That's five.": the question names what the vote is on.)
      const isVoteCount = !!bare && i > 0 && (/\b(?:against|abstentions?|abstaining|in favour|for)\?\s*$/i.test(sentences[i - 1]!.text) || /\b(?:in favour|against|abstain\w*)\b[^.?!]*\?\s*$/i.test(sentences[i - 1]!.text));
      if (bare && !isEcho && !isVoteCount && !isVoteCounted) return { offset: sentence.offset, ...bare };
      const unnumbered = unnumberedStart(text, following, isTurnEnd, names, isAnswer && i === 0);
      return unnumbered ? { offset: sentence.offset, number: null, title: unnumbered.title, part: '', isOrdinal: unnumbered.isOrdinal ?? false } : null;
    })();
    // "Back to the risk register then, item four": the number said after the title.
    // …or before it: "I'm going to take item six, the finance paper, before the BCF".
    const numberAfter = other?.number === null && other.title ? (new RegExp(`^(?<title>.+?),?\\s+item\\s+(?<n>${NUMBER})$`, 'i').exec(other.title) ?? new RegExp(`^item\\s+(?<n>${NUMBER}),?\\s+(?<title>.{2,})$`, 'i').exec(other.title)) : null;
    const numberSaid = numberAfter ? parseNumber(numberAfter.groups!.n!) : null;
    const start = other && numberAfter && numberSaid !== null ? { ...other, number: numberSaid, title: cleanTitle(numberAfter.groups!.title), part: numberAfter.groups!.n!.toLowerCase() } : other;
    if (start) chairOnly.push({ utterance, index, ...start, isNumbered: false, isWeak: false, isCorrection: false, isOrdinal: start.isOrdinal ?? false });
  });
  // "Item one, apologies. Item two, declarations. Item three, minutes.": the order of business read out.
  // "Number one, the care transfer hub. Number two, the handover target.": a presenter's points.
  const all = [...numbered, ...counted].sort((a, b) => a.offset - b.offset);
  // "Let me read through the agenda…" then "Item four is …. Item five is …": the agenda read out, over two turns.
  const isAgendaRead = all.length >= 2 && AGENDA_READ.test(saidJustBefore);
  const isReadOut = isAgendaRead || all.length >= 3 || (all.length >= 2 && all[0]!.number === 1 && all[1]!.number === 2 && /^(?:(?:and|so),?\s+)?number\s+one\b/i.test(stripLeadIn(sentences.find((s) => s.offset === all[0]!.offset)?.text ?? '').rest));
  return { numbered: isReadOut ? [] : numbered, chairOnly: isReadOut ? chairOnly : [...chairOnly, ...counted], anyone, bySequence: isReadOut ? [] : bySequence };
}

/**
 * Who chairs: everyone who starts an item by number (a vice-chair taking an
 * item is a chair for it), or else whoever makes the most other starts.
 */
function chairsOf(numbered: readonly Candidate[], chairOnly: readonly Candidate[]): Set<string> {
  const chairs = new Set(numbered.filter((c) => !c.isWeak).map((c) => c.utterance.speaker));
  const weight = new Map<string, number>();
  // "So first, funding": a presenter moving through their points says that too, so it counts for half.
  for (const c of chairOnly) weight.set(c.utterance.speaker, (weight.get(c.utterance.speaker) ?? 0) + (c.isOrdinal ? 0.5 : 1));
  // With a numbered start, another voice must make at least two starts of its own to count as chairing.
  const best = Math.max(...weight.values(), 0);
  const top = best >= (chairs.size > 0 ? 2 : 0.5) ? [...weight].find(([, w]) => w === best) : undefined;
  if (top) chairs.add(top[0]);
  return chairs;
}

const TITLE_SMALL_WORDS = new Set(['the', 'a', 'an', 'and', 'of', 'on', 'to', 'for', 'in', 'from', 'with', 'update', 'report', 'paper', 'item']);
/** Every word that matters in `part` is in `whole`. */
function isPartOf(part: string, whole: string): boolean {
  const words = (t: string) => t.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !TITLE_SMALL_WORDS.has(w));
  const wholeWords = new Set(words(whole));
  const partWords = words(part);
  return partWords.length > 0 && partWords.every((w) => wholeWords.has(w));
}

function atMsOf(utterance: AgendaUtterance, offset: number): number {
  if (offset <= 0 || utterance.endMs <= utterance.startMs || utterance.text.length === 0) return utterance.startMs;
  return Math.round(utterance.startMs + ((utterance.endMs - utterance.startMs) * offset) / utterance.text.length);
}

/** What a member says of an item they are conflicted on: "that's us", "I'll drop off", "I'll keep quiet on that one". */
const DECLARES_ON_ITEM = /\b(?:that's (?:us|me|mine|my practice)|my (?:own )?(?:practice|surgery|pcn|network|wife|husband|partner|brother|sister)|I'll (?:drop off|leave|step out|keep (?:out|quiet)|sit (?:it |that )?out|come off|not vote)|conflicted|(?:an|my) interest)\b/i;
/** The chair asking for declarations of interest: the answers name items without starting them. */
const DECLARATIONS_CALLED = /\b(?:declarations?|interests? to declare|conflicts? of interest)\b/i;

/** The chair saying what will be taken when, before taking it: "we'll do item five next and then come back to …". */
const ORDER_ANNOUNCED = /\b(?:out of order|(?:we'll|we will|I'll|I will|I'm going to|going to) (?:do|take|have|go to) (?:item \w+|\w+ item) (?:next|first|now) and (?:then )?(?:come|go) back\b)/i;

/**
 * The agenda item starts in a meeting's captions, in time order.
 * `utterances` must be in time order; captions without an author are skipped.
 */
export function findItemStarts(utterances: readonly AgendaUtterance[]): SaidItemStart[] {
  const numbered: Candidate[] = [];
  const chairOnly: Candidate[] = [];
  const anyone: Candidate[] = [];
  const bySequence: Candidate[] = [];
  const names = new Set(utterances.flatMap((u) => u.speaker.toLowerCase().split(/[^a-z'-]+/).filter((w) => w.length > 1)));
  utterances.forEach((u, i) => {
    if (u.isSpeakerUnknown || !u.text) return;
    // A turn right after someone else's question answers it.
    const previous = utterances[i - 1];
    const isAnswer = !!previous && previous.speaker !== u.speaker && /\?/.test(previous.text);
    const found = candidatesIn(u, i, names, isAnswer, isAnswer && WHERE_ARE_WE.test(previous.text), previous && previous.speaker !== u.speaker ? previous.text : '', previous && previous.speaker === u.speaker ? previous.text : '', isAnswer && WHOS_NEXT.test(previous.text));
    numbered.push(...found.numbered);
    chairOnly.push(...found.chairOnly);
    anyone.push(...found.anyone);
    bySequence.push(...found.bySequence);
  });
  const chairs = chairsOf(numbered, chairOnly);
  const candidates = [...numbered, ...anyone, ...[...chairOnly, ...bySequence].filter((c) => chairs.has(c.utterance.speaker))].sort((a, b) => a.index - b.index || a.offset - b.offset);
  const starts: (SaidItemStart & { index: number; part: string })[] = [];
  for (const c of candidates) {
    // "And item six, obviously, the merger, that's us": a member answering the chair's call for declarations names an item, and starts nothing.
    if (DECLARES_ON_ITEM.test(c.utterance.text) && utterances.slice(Math.max(0, c.index - 3), c.index).some((u) => u.speaker !== c.utterance.speaker && chairs.has(u.speaker) && DECLARATIONS_CALLED.test(u.text))) continue;
    const previous = starts.at(-1);
    // Said in no usual words: a start only as the next number after the last numbered start, not yet started.
    if (c.isBySequence) {
      const lastAt = starts.findLastIndex((s) => s.number !== null);
      const lastNumber = lastAt >= 0 ? starts[lastAt]!.number! : 0;
      // Items started since without their number ("moving on to winter", item three) count in the sequence too.
      const unnumberedSince = starts.slice(lastAt + 1).filter((s) => s.number === null).length;
      // (Only with words that move the meeting on: "Next on the agenda, item four" after item two and "moving on to winter".)
      const movesOn = /^\W*(?:(?:so|right|okay|ok|now|and|then)[,.]?\s+)*(?:next on the agenda|next item|next up|moving on|move on to)\b/i.test(c.utterance.text.slice(c.offset));
      const latest = lastNumber + 1 + (movesOn ? unnumberedSince : 0);
      if (c.number === null || c.number < lastNumber + 1 || c.number > latest || starts.some((s) => s.number === c.number)) continue;
    }
    const atMs = atMsOf(c.utterance, c.offset);
    const isSameTurn = !!previous && (previous.index === c.index || utterances.slice(previous.index + 1, c.index).every((u) => u.speaker === previous.speaker));
    if (previous && isSameTurn && c.isCorrection && c.number !== null) {
      starts[starts.length - 1] = { ...previous, number: c.number, part: c.part, title: c.title ?? previous.title };
      continue;
    }
    // Said again in the same turn, or nobody else has spoken since: one start, said twice ("Moving on. Item five, pharmacy.").
    if (previous && isSameTurn) {
      const isSubOfSame = previous.index === c.index && previous.number === c.number && (previous.part === String(previous.number) || NUMBER_WORDS[previous.number! - 1] === previous.part);
      if (previous.number !== null && c.number !== null && previous.part !== c.part && !isSubOfSame) {
        // Two numbers in a row: the chair moved on without discussion (an item noted, or deferred).
      } else {
        // The numbered saying names it best: "Moving on. Item five, Pharmacy First."
        starts[starts.length - 1] = { ...previous, number: previous.number ?? c.number, part: c.part || previous.part, title: (c.isNumbered ? c.title : null) ?? previous.title ?? c.title };
        continue;
      }
    }
    // "Notes and action log", then "over to you for the action log": a part of the item already running.
    if (previous?.title && c.number === null && c.title && isPartOf(c.title, previous.title)) continue;
    // "Darren, back to the IIF, sorry": the item paused earlier, taken up again, not a new one.
    if (c.number === null && c.title && starts.some((s) => s.title && isPartOf(c.title!, s.title))) continue;
    // "That's item five, Daniel": an answer, unless it names the item.
    if (c.isWeak && c.title === null) continue;
    if (previous && c.number !== null && previous.number === c.number && previous.part === c.part) {
      // "We'll do item five next … Gareth, is that okay?" "Yes." "So, item five, dental access recovery.": it starts when it is taken up.
      const announced = utterances[previous.index]!;
      if (c.utterance.speaker === previous.speaker && c.index - previous.index <= 3 && ORDER_ANNOUNCED.test(announced.text) && c.title) {
        starts[starts.length - 1] = { ...previous, key: `said:${c.utterance.id}:${c.offset}`, title: c.title, atMs, utteranceId: c.utterance.id, index: c.index };
      }
      // The item already running, named again ("so, item two, anything else?").
      continue;
    }
    // "item eight is the practice resilience fund kofi": who presents, after the title, in a caption with no comma.
    const title = c.title && /^[^,]+ [a-z][\w'-]*$/.test(c.utterance.text.slice(c.offset)) ? withoutNameAtEnd({ title: c.title }, names)!.title : c.title;
    starts.push({ key: `said:${c.utterance.id}:${c.offset}`, number: c.number, title, atMs, utteranceId: c.utterance.id, speaker: c.utterance.speaker, index: c.index, part: c.part });
  }
  return starts.map(({ index: _index, part: _part, ...start }) => (start.title === null ? { ...start, title: titleFromPresenter(utterances, start) } : start));
}

/** "So this is the update on frailty…", "That's the flu and COVID uptake, that's me", "So five is the care home ward rounds." */
const PRESENTER_NAMES_IT =
  /^(?:(?:yes|yeah|thanks|thank you|right|okay|ok|so|um|great|lovely)[,.]?\s+)*(?:(?:this|that|it)(?:'s| is)|(?:item\s+)?\w+ is)\s+(?:(?:the|our|my|an?|just a quick)\s+)?(?:(?:quick |short |brief )?(?:update|paper|report|item) on\s+(?:the\s+)?)?(?<title>[^,.;!?]{3,80}?)(?=\s*(?:[,.;!?]|$|\s+(?:that's me|from me|which|and I|so I)\b))/i;

/**
 * A start whose title the chair did not say ("Item seven.", "Okay, five.
 * Lisa."): the title the presenter gives in the first words of the next
 * turn, when they name the item outright, or say only its topic ("So,
 * ARRS.", "Care homes.").
 */
function titleFromPresenter(utterances: readonly AgendaUtterance[], start: SaidItemStart): string | null {
  const at = utterances.findIndex((u) => u.id === start.utteranceId);
  const chair = utterances[at];
  const next = utterances[at + 1];
  if (!chair || !next || next.speaker === chair.speaker || next.isSpeakerUnknown || !next.text) return null;
  // Only when the start closes the chair's turn: otherwise the next words answer something else.
  const offset = Number(start.key.split(':').at(-1));
  const after = sentencesOf(chair.text).filter((s) => s.offset > offset);
  if (!after.every((s) => isCourtesy(s.text) || HANDOVER.test(s.text.replace(FILLERS, '').trim()))) return null;
  for (const sentence of sentencesOf(next.text).slice(0, 3)) {
    const text = sentence.text.replace(FILLERS, '').trim();
    // "That's me, sorry, I was on mute": who presents, not what.
    if (/^(?:that's|this is|it's) me\b|\bon mute\b|^(?:thank you|thanks)\b[^,]*$/i.test(text)) continue;
    const named = PRESENTER_NAMES_IT.exec(text);
    if (named?.groups?.title && !/^(?:me|right|fine|good|great|it|that|this|correct|true|ok|okay)$/i.test(named.groups.title.trim())) return cleanTitle(named.groups.title);
    const topic = /^(?:so,?\s+)?(?<topic>[^.?!,]{2,40})[.!]$/.exec(text)?.groups?.topic;
    if (topic && isBareTopic(topic) && !NOT_A_TOPIC.test(topic) && !/^(?:only|just|about|nearly|over|two|three|four|five|six|seven|eight|nine|ten|\d)\b/i.test(topic)) return cleanTitle(topic);
    return null;
  }
  return null;
}
