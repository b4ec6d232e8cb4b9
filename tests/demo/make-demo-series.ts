/**
 * Sample data for the demo: six earlier meetings of the demo's series, the
 * Sheffield Place Primary Care Commissioning Committee, monthly from May to
 * October 2026, made with the product's own repositories (capture reports,
 * the hand tally, the action log and retention) in a fresh database, then
 * saved with createBackup. `npm run demo` restores the file through the
 * options page, so the live November meeting joins the series.
 *
 * The file is committed (simulator/series/sheffield-pcc-earlier-meetings.backup.json);
 * tests/demo/demo-series.test.ts checks it is still what this makes
 * (UPDATE_DEMO_SERIES=1 rewrites it). Everything said is invented.
 */
import type { SectorId } from '@/utils/core/taxonomy';
import type { RosterSnapshot, UtteranceUpdate } from '@/utils/core/model';
import { createBackup } from '@/utils/db/backup-repo';
import type { Backup } from '@/utils/db/backup-format';
import type { MeetingDb, MeetingRow } from '@/utils/db/database';
import { addActionUpdate, saveAction, setActionStatus } from '@/utils/db/actions-repo';
import { recordCaptureReport } from '@/utils/db/meetings-repo';
import { applyRetention } from '@/utils/db/retention-repo';
import { savePrivacySettings } from '@/utils/db/settings-repo';
import { addTallyParty, endManualMeeting, startManualMeeting, tallySilence, tallyTap } from '@/utils/db/tally-repo';
import { makeBatch, makeHealth } from '../helpers/builders';

/** Where the backup is committed, from the repository root. */
export const DEMO_SERIES_FILE = 'simulator/series/sheffield-pcc-earlier-meetings.backup.json';
/** The demo's meeting code: the earlier Meet meetings used the same link. */
export const DEMO_MEET_CODE = 'pcc-shef-nov';
export const DEMO_SERIES_TITLE = 'Sheffield Place Primary Care Commissioning Committee';
/** When the backup was made: the day before the demo meeting (18 November 2026). */
export const DEMO_BACKUP_AT_MS = Date.UTC(2026, 10, 17, 16, 0, 0);

const DAY_MS = 86_400_000;

/** The demo's participants (simulator/meetings/primary-care-committee.json), with their NHSmail display names. */
const PEOPLE = {
  MH: { name: 'Margaret Holloway', teams: 'HOLLOWAY, Margaret (NHS SOUTH YORKSHIRE ICB)' },
  SW: { name: 'Sarah Whitfield', teams: 'WHITFIELD, Sarah (NHS SOUTH YORKSHIRE ICB - 03N)' },
  DO: { name: 'Daniel Okafor', teams: 'OKAFOR, Daniel (NHS SOUTH YORKSHIRE ICB)' },
  HM: { name: 'Dr Helen Marsden', teams: 'MARSDEN, Helen (SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST)' },
  ME: { name: 'Mark Ellison', teams: 'ELLISON, Mark (SHEFFIELD HEALTH PARTNERSHIP UNIVERSITY NHS FOUNDATION TRUST)' },
  TR: { name: 'Dr Tom Richards', teams: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)' },
  AM: { name: 'Dr Aisha Malik', teams: 'MALIK, Aisha (FOUNDRY PCN)' },
  KH: { name: 'Karen Hodgson', teams: 'HODGSON, Karen (BIRCHFIELD MEDICAL PRACTICE)' },
  JW: { name: 'Dr James Whitaker', teams: 'WHITAKER, James (SHEFFIELD LOCAL MEDICAL COMMITTEE)' },
  IS: { name: 'Imran Saeed', teams: 'SAEED, Imran (COMMUNITY PHARMACY SOUTH YORKSHIRE)' },
  CB: { name: 'Claire Bennett', teams: 'Claire Bennett (Guest)' },
  GL: { name: 'Gemma Lowe', teams: 'Gemma Lowe' },
  R3: { name: 'Meeting Room 3', teams: 'Sheffield Room 3' },
} as const;
type Who = keyof typeof PEOPLE;
const SELF: Who = 'TR';

type Line = readonly [Who, string];

interface RecordPlan {
  /** The line it was said in (its index in `lines`); null for one typed in afterwards. */
  readonly at: number | null;
  readonly kind: 'action' | 'decision';
  readonly text: string;
  readonly owner?: string;
  readonly organisation?: string;
  readonly sector?: SectorId;
  readonly dueDate?: string;
  readonly dueText?: string;
  readonly dueIsNextMeeting?: boolean;
  /** Closed on this date (ISO); open otherwise. */
  readonly done?: string;
  readonly dropped?: string;
  readonly update?: readonly [string, string];
}

interface CaptionedMeeting {
  readonly kind: 'captions';
  readonly platform: 'meet' | 'teams';
  readonly title: string;
  /** Start, UTC. */
  readonly startMs: number;
  /** Present from the start. */
  readonly present: readonly Who[];
  /** Joins just before the line with this index. */
  readonly joins?: Partial<Record<Who, number>>;
  /** Leaves just after the line with this index. */
  readonly leaves?: Partial<Record<Who, number>>;
  readonly lines: readonly Line[];
  readonly records: readonly RecordPlan[];
  /** Its transcript is deleted by retention a month later. */
  readonly retention?: boolean;
}

interface TalliedMeeting {
  readonly kind: 'tally';
  readonly title: string;
  readonly startMs: number;
  /** Turns: who (a tally button) and for how many seconds; null is a silence. */
  readonly turns: readonly (readonly [string | null, number])[];
  readonly records: readonly RecordPlan[];
}

type MeetingPlan = CaptionedMeeting | TalliedMeeting;

const at = (month: number, day: number) => Date.UTC(2026, month - 1, day, 13, 0, 0); // 14:00 in Sheffield (BST)

const ALL: readonly Who[] = ['MH', 'SW', 'DO', 'HM', 'ME', 'TR', 'AM', 'KH', 'JW', 'IS', 'CB', 'GL', 'R3'];
const without = (...absent: Who[]): Who[] => ALL.filter((w) => !absent.includes(w));

const ICB = { organisation: 'NHS South Yorkshire ICB', sector: 'icb' } as const;

const MAY: CaptionedMeeting = {
  kind: 'captions',
  platform: 'meet',
  title: DEMO_SERIES_TITLE,
  startMs: at(5, 20),
  present: without('GL', 'KH'),
  joins: { KH: 20 },
  retention: true,
  lines: [
    ['MH', "Good afternoon, everyone. Let's make a start. This is the May meeting of the Sheffield Place Primary Care Commissioning Committee, and captions are on."],
    ['MH', "Item one, welcome, apologies and introductions. We've apologies from Healthwatch today. I'm Margaret Holloway, I chair the committee for the ICB."],
    ['SW', "Afternoon. Sarah Whitfield, head of primary care for Sheffield place, NHS South Yorkshire ICB."],
    ['DO', "Daniel Okafor, primary care commissioning manager, also from the ICB."],
    ['HM', "Helen Marsden, deputy medical director at Sheffield Teaching Hospitals."],
    ['ME', "Mark Ellison, director of operations at Sheffield Health Partnership University NHS Foundation Trust."],
    ['TR', "Tom Richards, clinical director of Townships 1 PCN."],
    ['AM', "Aisha Malik, clinical director for Foundry PCN and a partner at Birchfield Medical Practice."],
    ['JW', "James Whitaker, medical secretary at Sheffield Local Medical Committee."],
    ['IS', "Imran Saeed, chief officer of Community Pharmacy South Yorkshire."],
    ['CB', "Claire Bennett, consultant in public health, Sheffield City Council."],
    ['MH', "Thank you. Item two, the minutes of March and the action log. Any corrections? No. Sarah, the action log please."],
    ['SW', "Two actions are closed. The estates survey has been commissioned and the first visits are in June. The workforce figures are still outstanding, which is on us."],
    ['MH', "Item three, the primary care access recovery plan. Daniel, over to you."],
    ['DO', "Thank you. Every practice in Sheffield has now moved to the cloud telephony contract, and the call-back function is live in forty-one of seventy-four practices. The remaining practices are scheduled over the summer, with the last go-live expected in the first week of September, and the supplier is providing on-site support for each one."],
    ['DO', "Online consultation use is up by about a fifth on last year, though it varies a great deal between neighbourhoods."],
    ['TR', "Can I come in there? In Townships the demand has simply moved: we answer faster and then have nowhere to book the patient."],
    ['TR', "Please measure appointments offered, not calls answered."],
    ['AM', "Agreed. Foundry added eleven hundred appointments a month and routine waits barely moved."],
    ['JW', "The LMC position is that practices delivered what was asked. We'd want the capacity and access payment confirmed before the second half of the year, not after it."],
    ['KH', "Sorry, Karen Hodgson, practice manager at Birchfield, I've just joined. The new telephony reports also don't separate repeat callers, so the demand figures are inflated."],
    ['DO', "That's a fair point, Karen, and the supplier can give us unique callers. I'll ask them."],
    ['HM', "From the hospital side, we are seeing fewer GP referrals bounced back since the advice and guidance changes, which is welcome."],
    ['MH', "Thank you. So the committee notes the report, and asks for unique caller figures next time."],
    ['MH', "Item four, community pharmacy: Pharmacy First. Imran."],
    ['IS', "Thank you, chair. Pharmacy First consultations in Sheffield reached just over six thousand in April, the highest month so far."],
    ['IS', "The barrier remains GP referrals through the electronic route. About a third of practices are referring, and most referrals come from the same fifteen."],
    ['AM', "We'd welcome a short guide for reception teams. Most staff simply aren't sure which presentations qualify."],
    ['IS', "We can produce that with the LMC and circulate it through the PCN managers."],
    ['JW', "Happy to work on that with Imran."],
    ['MH', "Item five, premises. Sarah."],
    ['SW', "The improvement grant round closes at the end of June. We've eight expressions of interest so far and a budget that will fund perhaps four. The national team has also asked every ICB to update its primary care estates strategy by the autumn, so we'll be asking PCNs for their space plans over the summer."],
    ['KH', "Birchfield has applied for the two consulting rooms. We're turning away trainees because we have nowhere to put them."],
    ['ME', "We'd be interested in any shared space. Our mental health practitioners in the PCNs are often working from corridors."],
    ['SW', "We'll bring a prioritised list in July, scored against the estates strategy."],
    ['MH', "Item six, the primary care quality and risk report. Daniel, briefly please."],
    ['DO', "Two practices have CQC inspections due. No new contract breaches. One branch surgery closure request has come in from the north of the city, which we'll bring formally in June."],
    ['CB', "Public health would want to see the deprivation profile of the branch's patients before any decision."],
    ['DO', "Yes, we'll include an equality impact assessment."],
    ['TR', "And the PCN would want to be involved before it comes to committee, not told at committee."],
    ['MH', "Noted. Item seven, any other business. None? Then thank you all. The next meeting is on the seventeenth of June."],
  ],
  records: [
    { at: 23, kind: 'action', text: 'Obtain unique caller figures from the telephony supplier and report access by appointments offered', owner: 'Daniel Okafor', ...ICB, dueDate: '2026-06-17', done: '2026-06-12' },
    { at: 28, kind: 'action', text: 'Write a one-page Pharmacy First referral guide for practice reception teams', owner: 'Imran Saeed', organisation: 'Community Pharmacy South Yorkshire', sector: 'primary_care_rep_body', dueDate: '2026-07-15', done: '2026-07-08' },
    { at: 34, kind: 'action', text: 'Bring a prioritised list of improvement grant bids, scored against the estates strategy', owner: 'Sarah Whitfield', ...ICB, dueDate: '2026-07-15', done: '2026-07-15' },
    { at: 38, kind: 'action', text: 'Include an equality impact assessment with the branch surgery closure request', owner: 'Daniel Okafor', ...ICB, dueDate: '2026-06-17', done: '2026-06-17' },
    { at: 23, kind: 'decision', text: 'The committee noted the access recovery report and asked for unique caller figures at the next meeting' },
  ],
};

const JUNE: CaptionedMeeting = {
  kind: 'captions',
  platform: 'meet',
  title: DEMO_SERIES_TITLE,
  startMs: at(6, 17),
  present: without('IS', 'CB'),
  joins: { CB: 12 },
  leaves: { HM: 30 },
  lines: [
    ['MH', "Good afternoon and welcome to the June committee. We're quorate, and captions are running again, so names and organisations please as we go round."],
    ['MH', "Item one, apologies and introductions. Apologies from Imran Saeed; Claire Bennett will join late. Margaret Holloway, chair, NHS South Yorkshire ICB."],
    ['SW', "Sarah Whitfield, head of primary care, Sheffield place, NHS South Yorkshire ICB."],
    ['DO', "Daniel Okafor, commissioning manager at the ICB."],
    ['HM', "Helen Marsden from Sheffield Teaching Hospitals, I have to leave at half past."],
    ['ME', "Hello, I'm Mark Ellison, director of operations at Sheffield Health Partnership University NHS Foundation Trust."],
    ['TR', "Tom Richards, Townships 1 PCN."],
    ['AM', "Aisha Malik, Foundry PCN."],
    ['KH', "Karen Hodgson, practice manager, Birchfield Medical Practice."],
    ['JW', "James Whitaker from Sheffield LMC."],
    ['GL', "Gemma Lowe, engagement manager at Healthwatch Sheffield."],
    ['MH', "Item two, matters arising. The telephony figures came in, thank you Daniel. Item three, the branch surgery closure request at Parson Cross."],
    ['CB', "Claire Bennett, public health at the city council, apologies for joining late."],
    ['DO', "The practice has asked to close its branch and consolidate at the main site, a mile and a half away. Around four thousand patients use the branch."],
    ['DO', "The equality impact assessment shows the branch population is older and less likely to have a car than the practice as a whole."],
    ['GL', "Healthwatch heard from forty-two patients. Most were worried about the bus route, which doesn't run directly between the two sites."],
    ['TR', "The PCN supports the practice. It can't staff two sites safely, and a closed branch is better than a branch that's open two mornings a week with a locum. We've also agreed that the PCN's home visiting team will cover the branch's housebound patients, so nobody who can't travel loses out."],
    ['AM', "If the committee approves it, can we ask for a transport offer for the first year, and for the pharmacy next door to stay as a collection point?"],
    ['CB', "Public health would support that, and I'd want a six month look back at attendances by the affected postcodes."],
    ['HM', "From our side, we'd ask that the practice tells the hospital's discharge teams so letters go to the right address."],
    ['MH', "Then the committee approves the branch closure from October, with the conditions Aisha and Claire described. Thank you."],
    ['MH', "Item four, the enhanced access review. Sarah."],
    ['SW', "We're reviewing how the PCNs deliver enhanced access in the evenings and on Saturdays. Utilisation across the city is at seventy-eight percent, lower on Saturday afternoons."],
    ['TR', "Saturday afternoons are low because patients don't want them. We'd rather move those hours to early mornings, which fill immediately. Our seven o'clock clinics are booked out within ten minutes of opening, mostly by people who work."],
    ['JW', "The LMC would support flexibility, as long as the hours still count towards the contract."],
    ['SW', "We'll take that to the regional team. I can't promise the answer."],
    ['ME', "Could enhanced access include the mental health practitioners? Our staff would work some evenings."],
    ['SW', "Let's pick that up offline, Mark."],
    ['MH', "Item five, finance. Daniel, the month two position."],
    ['DO', "Primary care delegated budgets are forecast to break even. The locally commissioned services line is seventy thousand pounds underspent, mostly phlebotomy."],
    ['HM', "I'll need to drop off now, apologies."],
    ['KH', "The phlebotomy underspend is because practices can't recruit. It isn't because the need has gone away. We've advertised twice at Birchfield and had no applicants at the band the service pays for."],
    ['DO', "Understood. We'll look at whether the money can move to the PCNs to recruit jointly."],
    ['MH', "Item six, any other business. Gemma?"],
    ['GL', "Just that our next report is on children's access to same day appointments. We'd welcome practices willing to talk to us."],
    ['AM', "Foundry will. Send it to me."],
    ['MH', "Thank you, everyone. Next meeting the fifteenth of July."],
  ],
  records: [
    { at: 20, kind: 'decision', text: 'Approved the Parson Cross branch surgery closure from 1 October, with a transport offer for a year and a six-month review of attendances' },
    { at: 18, kind: 'action', text: 'Six-month review of attendances from the postcodes affected by the branch closure', owner: 'Claire Bennett', organisation: 'Sheffield City Council', sector: 'local_authority', dueDate: '2026-10-21', update: ['2026-10-21', 'Deferred: the branch only closed on 1 October; first figures in January.'] },
    { at: 25, kind: 'action', text: 'Ask the regional team whether Saturday enhanced access hours can move to early mornings', owner: 'Sarah Whitfield', ...ICB, dueDate: '2026-07-15', done: '2026-07-30' },
    { at: 32, kind: 'action', text: 'Options to move the phlebotomy underspend to PCNs for joint recruitment', owner: 'Daniel Okafor', ...ICB, dueDate: '2026-08-19' },
    { at: 35, kind: 'action', text: "Share the children's same-day access questions with Foundry PCN", owner: 'Gemma Lowe', organisation: 'Healthwatch Sheffield', sector: 'healthwatch_patient_voice', dueDate: '2026-06-30', done: '2026-06-24' },
  ],
};

const JULY: CaptionedMeeting = {
  kind: 'captions',
  platform: 'meet',
  title: DEMO_SERIES_TITLE,
  startMs: at(7, 15),
  present: without('KH', 'GL'),
  leaves: { AM: 19 },
  lines: [
    ['MH', "Good afternoon. Welcome to the July meeting. Captions are on, and for the record I'm Margaret Holloway, chair, from the ICB."],
    ['MH', "Item one, apologies and introductions. Apologies from Karen Hodgson and Gemma Lowe. Quick round, please."],
    ['SW', "Sarah Whitfield, NHS South Yorkshire ICB."],
    ['DO', "Daniel Okafor, NHS South Yorkshire ICB."],
    ['HM', "Helen Marsden, Sheffield Teaching Hospitals."],
    ['ME', "Hi, I'm Mark Ellison from Sheffield Health Partnership University NHS Foundation Trust."],
    ['TR', "Tom Richards, Townships 1 PCN."],
    ['AM', "Aisha Malik, Foundry PCN. I have to leave early for a practice meeting."],
    ['JW', "James Whitaker, Sheffield Local Medical Committee."],
    ['IS', "Imran Saeed, Community Pharmacy South Yorkshire."],
    ['CB', "Hi, I'm Claire Bennett from the city council's public health team."],
    ['MH', "Item two, the minutes and the action log. The Pharmacy First guide has gone out; thank you Imran and James."],
    ['IS', "We've had good feedback, and referrals rose in the first fortnight."],
    ['MH', "Item three, premises improvement grants. Sarah, the prioritised list."],
    ['SW', "Eight bids, scored on capacity gained, condition and deprivation. The top four are Birchfield, Darnall, Woodhouse and Page Hall."],
    ['AM', "Thank you. Birchfield's bid would give us two rooms for trainees and the first contact physio by January."],
    ['TR', "Townships didn't score because our building is leased. That's the case for most of our practices, so the scoring rules us out before we start."],
    ['SW', "That's a fair challenge, Tom. The national rules don't allow grants to leased buildings without a long lease, but we'll note it for the strategy."],
    ['MH', "The committee supports the four highest scoring bids, subject to the national team's approval."],
    ['AM', "Thank you, chair. I'm sorry, I need to go to a practice meeting now."],
    ['MH', "Item four, general practice funding: the local enhanced services budget for next year. Daniel."],
    ['DO', "The ICB has been asked to find a three percent saving across locally commissioned services. The proposal is to hold the general practice enhanced services at this year's prices."],
    ['DO', "In practice that's a real terms cut of around four percent, because practices' costs have risen with the pay award."],
    ['HM', "I'd note that some of those services keep work out of outpatients. Anticoagulation monitoring, for example. A cut there comes back to us."],
    ['ME', "And the shared care prescribing service. If practices hand that back, our psychiatrists pick it up."],
    ['SW', "We've modelled that. The alternative is to decommission one service outright, which we think is worse."],
    ['DO', "So the recommendation is to hold prices for a year and review in the spring."],
    ['CB', "From a public health point of view I'd prefer holding prices to losing a service."],
    ['MH', "Then the committee agrees to hold the general practice enhanced service prices at this year's level for next year, with a review in March."],
    ['MH', "Item five, the pharmacy needs assessment. Claire."],
    ['CB', "The health and wellbeing board's pharmaceutical needs assessment is out for consultation. It finds no gaps in provision, but opening hours on Sundays are thin in the east."],
    ['IS', "Two pharmacies in the east have cut hours because they can't get pharmacists on Sundays. We'd ask the committee to respond to the consultation saying so."],
    ['JW', "The LMC will respond separately. Practices in the east see the knock-on on Mondays."],
    ['MH', "Item six, risks. Daniel, anything new?"],
    ['DO', "One new risk: the GP collective action. The LMC has been clear it's a national matter, but we've seen some practices reduce online consultation hours."],
    ['JW', "To be clear, practices are working within the contract. If the ICB wants more, it needs to fund more."],
    ['TR', "And for the record, Townships is still taking online requests all day. It varies."],
    ['MH', "Thank you. Item seven, any other business. No. The next meeting is on the nineteenth of August, on Teams, because the room is being refurbished."],
  ],
  records: [
    { at: 18, kind: 'decision', text: 'Supported the four highest scoring premises improvement grant bids, subject to national approval' },
    { at: 28, kind: 'decision', text: "Held the general practice enhanced service prices at this year's level for 2027/28, with a review in March" },
    { at: 17, kind: 'action', text: 'Reflect leased GP premises in the Sheffield estates strategy', owner: 'Sarah Whitfield', ...ICB, dueDate: '2026-09-16' },
    { at: 31, kind: 'action', text: 'Respond to the pharmaceutical needs assessment consultation on Sunday opening in the east of the city', owner: 'Imran Saeed', organisation: 'Community Pharmacy South Yorkshire', sector: 'primary_care_rep_body', dueDate: '2026-08-31', done: '2026-08-28' },
    { at: 26, kind: 'action', text: 'Model the effect on outpatients and shared care of holding enhanced service prices', owner: 'Dr Helen Marsden', organisation: 'Sheffield Teaching Hospitals NHS Foundation Trust', sector: 'acute_trust', dueDate: '2026-09-16' },
  ],
};

const AUGUST: CaptionedMeeting = {
  kind: 'captions',
  platform: 'teams',
  title: `${DEMO_SERIES_TITLE} – August 2026`,
  startMs: at(8, 19),
  present: without('ME', 'R3', 'JW'),
  joins: { JW: 15 },
  leaves: { CB: 24 },
  lines: [
    ['MH', "Good afternoon, everyone, and welcome to the August committee, on Teams this month. Your names show your organisations, so we'll skip introductions."],
    ['MH', "Item one, apologies. Mark Ellison has sent apologies, and James will be a few minutes late."],
    ['MH', "Item two, the action log. Sarah."],
    ['SW', "The unique caller figures are in the pack. About a quarter of calls in the busiest practices are repeat calls on the same morning."],
    ['SW', "The phlebotomy underspend options are delayed; Daniel will bring them in September."],
    ['MH', "Item three, the winter plan for primary care. Daniel."],
    ['DO', "The winter plan adds acute respiratory hubs in two PCNs from November, funded from the system winter money, and extends Pharmacy First advertising."],
    ['HM', "The hospital would like the hubs open until eight. Our emergency department peak is between five and eight in the evening."],
    ['DO', "The funding covers until six thirty. Later hours would need more money."],
    ['TR', "Townships could host a hub, but we'd need to know by the end of September to recruit. Last year the money came in December."],
    ['IS', "Community pharmacy would want the hubs to be able to refer back to us for minor illness. It didn't work last winter."],
    ['GL', "Gemma Lowe from Healthwatch Sheffield, for the captions. Patients told us last year they didn't know the hubs existed. Please budget for telling people."],
    ['SW', "We'll confirm the host PCNs by the end of September."],
    ['MH', "Item four, the GP workforce report. Sarah."],
    ['SW', "Sheffield has lost nine whole-time equivalent GP partners in a year, and gained eleven salaried GPs and twenty-two ARRS staff."],
    ['JW', "Sorry I'm late. Can I say, on workforce, that we now have newly qualified GPs who can't find work, while practices can't afford to employ them."],
    ['AM', "Foundry has three GPs finishing training in August and we could only offer one of them a job."],
    ['SW', "The national GP recruitment money may help. We'll find out the allocation next month."],
    ['HM', "Could the trust employ some of them in rotational posts, half in practice and half in urgent care?"],
    ['JW', "The LMC would welcome a conversation, provided the practice half is properly funded."],
    ['MH', "Item five, public health: the vaccination uptake report. Claire."],
    ['CB', "Thanks. I'm Claire Bennett from the city council's public health team, as Teams shows me as a guest. Childhood immunisation uptake is below ninety percent in six of our fifteen PCNs. The gap is widest in the most deprived neighbourhoods."],
    ['CB', "We're proposing outreach clinics with the practices and the council's family hubs."],
    ['KH', "Practices would welcome it. Our recall letters go unanswered and we haven't the staff to phone every family."],
    ['CB', "I'll need to leave now, apologies, but I'll send the proposal round."],
    ['MH', "Thank you, Claire. Before we move on, Sarah, is there anything from the ICB on how the outreach clinics would be paid for?"],
    ['SW', "Not yet. There's a small amount in the prevention budget, but it won't cover staff time in every practice, so we'd start with the six PCNs below ninety percent."],
    ['DO', "We could use the same claim route as the winter hubs, so practices aren't filling in another form."],
    ['TR', "That would help. Townships is one of the six, and the nurses would run Saturday clinics if the sessions are paid properly."],
    ['HM', "The children's wards see the consequences of low uptake every winter, so we'd support anything that moves it."],
    ['GL', "Parents have told us evening and weekend clinics at family hubs would be easier than the surgery for working families."],
    ['MH', "Then the committee supports the outreach proposal in principle and asks for the costed version in October."],
    ['DO', "Noted. We'll bring it with the winter update."],
    ['IS', "Can I add that community pharmacies could offer the catch-up for older children if the service specification allowed it?"],
    ['SW', "That needs a national change, Imran, but it's worth raising with the regional team."],
    ['MH', "Thank you. Item six, any other business. No? Next month we're back in the room. Thank you all."],
  ],
  records: [
    { at: 12, kind: 'action', text: 'Confirm the PCNs hosting acute respiratory hubs this winter', owner: 'Sarah Whitfield', ...ICB, dueDate: '2026-09-30', done: '2026-10-02' },
    { at: 11, kind: 'action', text: 'Include how patients will be told about the respiratory hubs in the winter communications plan', owner: 'Daniel Okafor', ...ICB, dueDate: '2026-10-21' },
    { at: 18, kind: 'action', text: 'Explore rotational posts for newly qualified GPs between practices and urgent care', owner: 'Dr Helen Marsden', organisation: 'Sheffield Teaching Hospitals NHS Foundation Trust', sector: 'acute_trust', dueDate: '2026-10-21' },
    { at: 24, kind: 'action', text: 'Circulate the proposal for childhood immunisation outreach clinics with family hubs', owner: 'Claire Bennett', organisation: 'Sheffield City Council', sector: 'local_authority', dueDate: '2026-09-02', done: '2026-09-01' },
    { at: 12, kind: 'decision', text: 'Endorsed the primary care winter plan, with the hubs open until 18:30 as funded' },
  ],
};

const SEPTEMBER: TalliedMeeting = {
  kind: 'tally',
  // In the room while captions were unavailable: the delegate tallied who spoke by hand.
  title: `${DEMO_SERIES_TITLE} – September 2026`,
  startMs: at(9, 16),
  turns: [
    ['NHS South Yorkshire ICB', 240],
    ['Townships 1 PCN', 150],
    ['NHS South Yorkshire ICB', 410],
    ['Sheffield Teaching Hospitals NHS Foundation Trust', 150],
    ['Sheffield Local Medical Committee', 170],
    ['NHS South Yorkshire ICB', 300],
    [null, 60],
    ['Sheffield Health Partnership University NHS Foundation Trust', 180],
    ['Foundry PCN', 140],
    ['NHS South Yorkshire ICB', 260],
    ['Sheffield City Council', 200],
    ['Community Pharmacy South Yorkshire', 110],
    ['NHS South Yorkshire ICB', 220],
    ['Healthwatch Sheffield', 140],
    ['Townships 1 PCN', 130],
    ['NHS South Yorkshire ICB', 150],
  ],
  records: [
    { at: null, kind: 'decision', text: 'Approved the phlebotomy underspend moving to PCNs for joint recruitment until March' },
    { at: null, kind: 'action', text: 'Agree the phlebotomy funding schedule with the PCN clinical directors', owner: 'Daniel Okafor', ...ICB, dueDate: '2026-10-14', done: '2026-10-20' },
    { at: null, kind: 'action', text: 'Report the first month of the national GP recruitment scheme in Sheffield', owner: 'Sarah Whitfield', ...ICB, dueText: 'next meeting', dueIsNextMeeting: true },
    { at: null, kind: 'action', text: 'Share the Healthwatch report on children’s same-day access with every practice', owner: 'Gemma Lowe', organisation: 'Healthwatch Sheffield', sector: 'healthwatch_patient_voice', dueDate: '2026-10-31' },
  ],
};

const OCTOBER: CaptionedMeeting = {
  kind: 'captions',
  platform: 'meet',
  title: DEMO_SERIES_TITLE,
  startMs: at(10, 21),
  present: without('IS'),
  leaves: { KH: 17 },
  lines: [
    ['MH', "Good afternoon, and welcome to the October meeting. We're back on the usual link, and captions are on."],
    ['MH', "Item one, apologies and introductions. Imran sends apologies. We have Gemma from Healthwatch with us again. Margaret Holloway, chair, NHS South Yorkshire ICB."],
    ['SW', "Sarah Whitfield, head of primary care, NHS South Yorkshire ICB."],
    ['DO', "Daniel Okafor, primary care commissioning manager at NHS South Yorkshire ICB."],
    ['HM', "Helen Marsden, deputy medical director, Sheffield Teaching Hospitals."],
    ['ME', "Mark Ellison, I'm director of operations at Sheffield Health Partnership University NHS Foundation Trust."],
    ['TR', "Tom Richards, Townships 1 PCN."],
    ['AM', "Aisha Malik, Foundry PCN."],
    ['KH', "Karen Hodgson, Birchfield Medical Practice."],
    ['JW', "James Whitaker, Sheffield Local Medical Committee."],
    ['CB', "Claire Bennett, public health, Sheffield City Council."],
    ['GL', "Gemma Lowe, Healthwatch Sheffield."],
    ['MH', "Item two, matters arising and the action log. Sarah, can you take us through the open actions quickly?"],
    ['SW', "The respiratory hub hosts are confirmed: Townships and Heeley. The leased premises point is in the draft estates strategy. The rotational posts are still being explored."],
    ['HM', "We've a draft job description for the rotational posts. HR need another month."],
    ['MH', "Item three, the premises business case for Birchfield. Daniel."],
    ['DO', "The national team approved the Birchfield improvement grant. Work starts in January, and the practice keeps its list open throughout."],
    ['KH', "Thank you. We'll move the phlebotomy clinic to the branch while the builders are in. And I'm afraid I have to leave now for a clinic."],
    ['MH', "Item four, general practice funding: the proposal to change the practice resilience payments. Sarah."],
    ['SW', "The resilience fund will move from bids to a formula weighted by deprivation and list turnover, so the practices under most pressure get it without writing applications."],
    ['SW', "Twelve practices would gain and nine would receive less than last year, mostly in the south west of the city."],
    ['HM', "It seems fair to me. The practices we worry about most are never the ones with time to write bids."],
    ['CB', "The public health team helped build the weighting. It matches where unmet need is highest."],
    ['ME', "I'd support it. The mental health practitioners are stretched most in the same places."],
    ['DO', "The formula would run from the first of December, with a transition year so no practice loses more than ten percent."],
    ['MH', "Then the committee approves the move to a formula-based practice resilience fund from December, with the transition protection."],
    ['MH', "Item five, the children's access report. Gemma."],
    ['GL', "We spoke to a hundred and thirty parents. Most got a same day appointment for a child under five, but many were first told to call back the next morning."],
    ['GL', "Parents said the online form didn't have an option for children, so they phoned instead."],
    ['AM', "That's helpful, thank you. Foundry has changed its form already; it was a setting nobody had switched on. I'd suggest the bulletin tells practices exactly which setting it is, because I suspect most have the same problem."],
    ['SW', "We'll share the finding with every practice through the bulletin."],
    ['MH', "Item six, the winter plan update. Daniel."],
    ['DO', "The two hubs open on the second of November. Pharmacy First advertising starts on buses next week."],
    ['HM', "Emergency department attendances for children are already up twelve percent on last October."],
    ['CB', "And flu vaccination uptake in the over sixty fives is slightly behind last year."],
    ['TR', "Practices are vaccinating as fast as deliveries arrive. The second delivery was a fortnight late in Townships, and we had to cancel two Saturday clinics. I've reported it, but it would help if the ICB raised it with the regional team as well."],
    ['MH', "Item seven, any other business. No? Then the next meeting is on the eighteenth of November, on this link. Thank you all."],
  ],
  records: [
    { at: 25, kind: 'decision', text: 'Approved a formula-based practice resilience fund from 1 December, weighted by deprivation and list turnover, with transition protection of 10%' },
    { at: 30, kind: 'action', text: "Share Healthwatch's children's access findings with every practice through the bulletin", owner: 'Sarah Whitfield', ...ICB, dueDate: '2026-11-06', done: '2026-11-05' },
    { at: 14, kind: 'action', text: 'Finalise the rotational GP post job description with HR', owner: 'Dr Helen Marsden', organisation: 'Sheffield Teaching Hospitals NHS Foundation Trust', sector: 'acute_trust', dueDate: '2026-11-13' },
    { at: 20, kind: 'action', text: 'Send each practice its resilience fund allocation under the new formula', owner: 'Daniel Okafor', ...ICB, dueText: 'before the next meeting', dueIsNextMeeting: true },
    { at: 35, kind: 'action', text: 'Report flu vaccine delivery delays to the regional vaccination team', owner: 'Dr Tom Richards', organisation: 'Townships 1 PCN', sector: 'pcn', dueDate: '2026-11-04', done: '2026-10-23' },
  ],
};

/** The six earlier meetings, oldest first. */
export const DEMO_SERIES_PLANS: readonly MeetingPlan[] = [MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER];

/** Seconds a line takes to say: words at a steady committee pace, and a breath. */
function secondsToSay(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.round((words / 2.4 + 0.8) * 10) / 10;
}

function isoMs(date: string, hourUtc = 12): number {
  return Date.parse(`${date}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`);
}

/** Records a captioned meeting as the content script would report it: one batch with the captions and the People panel, then the page closing. */
async function recordCaptioned(db: MeetingDb, plan: CaptionedMeeting, index: number): Promise<{ meeting: MeetingRow; saidAtMs: number[]; quotes: string[] }> {
  const lines = plan.lines.filter(([, text]) => text !== '');
  const isTeams = plan.platform === 'teams';
  const display = (who: Who) => (isTeams ? PEOPLE[who].teams : PEOPLE[who].name);
  const sessionId = `demo-series-${String(index + 1).padStart(2, '0')}`;
  const utterances: UtteranceUpdate[] = [];
  const saidAtMs: number[] = [];
  let clockMs = plan.startMs + 20_000;
  const present = new Set<Who>(plan.present);
  const roster: RosterSnapshot[] = [];
  const snapshot = (atMs: number) =>
    roster.push({
      atMs,
      source: 'people-panel',
      isComplete: true,
      participants: [...present].map((who) => ({ name: display(who), isSelf: who === SELF })),
    });
  snapshot(plan.startMs + 5_000);
  lines.forEach(([who, text], i) => {
    const joiners = Object.entries(plan.joins ?? {}).filter(([, line]) => line === i).map(([w]) => w as Who);
    if (joiners.length) {
      for (const w of joiners) present.add(w);
      snapshot(clockMs - 500);
    }
    const seconds = secondsToSay(text);
    const startMs = clockMs;
    const endMs = startMs + Math.round(seconds * 1000);
    saidAtMs.push(startMs);
    utterances.push({
      id: `${sessionId}:${i + 1}`,
      speaker: display(who),
      isSelf: who === SELF,
      isSpeakerUnknown: false,
      text,
      startMs,
      endMs,
      isFinal: true,
    });
    clockMs = endMs + 1_200 + ((i * 7919) % 5) * 400; // turn-taking gaps of 1.2 to 2.8 s
    const leavers = Object.entries(plan.leaves ?? {}).filter(([, line]) => line === i).map(([w]) => w as Who);
    if (leavers.length) {
      for (const w of leavers) present.delete(w);
      snapshot(clockMs - 600);
    }
  });
  const endMs = clockMs + 15_000;
  const facts = { code: isTeams ? null : DEMO_MEET_CODE, title: isTeams ? plan.title : plan.title, selfName: display(SELF) };
  const batch = {
    sessionId,
    platform: plan.platform,
    meetingUrl: isTeams ? 'https://teams.microsoft.com/v2/' : `https://meet.google.com/${DEMO_MEET_CODE}`,
    joinedAtMs: plan.startMs,
    meeting: facts,
  };
  await recordCaptureReport(
    db,
    makeBatch({ ...batch, sentAtMs: endMs - 1_000, health: makeHealth({ lastCaptionAtMs: utterances.at(-1)!.endMs }), utterances, roster }),
    { tabId: 100 + index, nowMs: endMs - 1_000 },
  );
  const meeting = await recordCaptureReport(
    db,
    makeBatch({ ...batch, sentAtMs: endMs, health: makeHealth({ callState: 'left', lastCaptionAtMs: utterances.at(-1)!.endMs }), isPageClosing: true }),
    { tabId: 100 + index, nowMs: endMs },
  );
  return { meeting, saidAtMs, quotes: lines.map(([, text]) => text) };
}

/** Records a meeting tallied by hand in the side panel's Tally view. */
async function recordTallied(db: MeetingDb, plan: TalliedMeeting, index: number): Promise<MeetingRow> {
  const id = `manual-demo-series-${String(index + 1).padStart(2, '0')}`;
  await startManualMeeting(db, { id, title: plan.title, nowMs: plan.startMs });
  const parties: string[] = [];
  for (const [party] of plan.turns) {
    if (party && !parties.includes(party)) {
      await addTallyParty(db, id, party, []);
      parties.push(party);
    }
  }
  let clockMs = plan.startMs + 30_000;
  let turn = 0;
  for (const [party, seconds] of plan.turns) {
    if (party) await tallyTap(db, id, party, clockMs, `${id}-turn-${String(++turn).padStart(2, '0')}`);
    else await tallySilence(db, id, clockMs);
    clockMs += seconds * 1000;
  }
  await endManualMeeting(db, id, clockMs);
  return (await db.meetings.get(id))!;
}

/** Saves a meeting's actions and decisions as the user confirmed them (from suggestions when said aloud), then closes the done ones. */
async function recordActions(db: MeetingDb, meeting: MeetingRow, plan: MeetingPlan, said: { saidAtMs: number[]; quotes: string[] } | null): Promise<void> {
  const confirmedAtMs = (meeting.endedAtMs ?? meeting.startedAtMs) + 5 * 60_000;
  let n = 0;
  for (const record of plan.records) {
    n += 1;
    const origin =
      record.at !== null && said
        ? { suggestionId: `${meeting.id}:suggestion-${n}`, quote: said.quotes[record.at]!, saidAtMs: said.saidAtMs[record.at]! }
        : null;
    const row = await saveAction(
      db,
      meeting.id,
      {
        kind: record.kind,
        text: record.text,
        owner: record.owner ?? null,
        organisation: record.organisation ?? null,
        sector: record.sector ?? null,
        dueDate: record.dueDate ?? null,
        dueText: record.dueText ?? null,
        dueIsNextMeeting: record.dueIsNextMeeting ?? false,
      },
      confirmedAtMs + n * 1_000,
      origin,
    );
    if (record.update) await addActionUpdate(db, row.id, record.update[1], isoMs(record.update[0]));
    if (record.done) await setActionStatus(db, row.id, 'done', isoMs(record.done, 16));
    if (record.dropped) await setActionStatus(db, row.id, 'dropped', isoMs(record.dropped, 16));
  }
}

/**
 * Makes the six earlier meetings in `db` (fresh and empty) and returns their
 * backup. Deterministic: the action ids the repositories draw at random are
 * replaced by numbered ones while it runs.
 */
export async function makeDemoSeries(db: MeetingDb): Promise<Backup> {
  let drawn = 0;
  const realRandomUUID = crypto.randomUUID.bind(crypto);
  crypto.randomUUID = () => `00000000-0000-4000-8000-${String(++drawn).padStart(12, '0')}` as `${string}-${string}-${string}-${string}-${string}`;
  try {
    for (const [index, plan] of DEMO_SERIES_PLANS.entries()) {
      if (plan.kind === 'tally') {
        const meeting = await recordTallied(db, plan, index);
        await recordActions(db, meeting, plan, null);
        continue;
      }
      const { meeting, saidAtMs, quotes } = await recordCaptioned(db, plan, index);
      await recordActions(db, meeting, plan, { saidAtMs, quotes });
      if (plan.retention) {
        // The delegate kept transcripts for 30 days at the time: a month later, May's words were deleted; its figures, items, actions and a summary stayed.
        await savePrivacySettings(db, { redactPatientDetails: true, retentionDays: 30 });
        await applyRetention(db, (meeting.endedAtMs ?? meeting.startedAtMs) + 31 * DAY_MS);
      }
    }
    // The sample holds meetings, not someone's settings: restoring it must not change the demo browser's.
    await db.settings.clear();
    return await createBackup(db, DEMO_BACKUP_AT_MS);
  } finally {
    crypto.randomUUID = realRandomUUID;
  }
}
