import type { FixtureMatch, SelectorTiers } from '../dom';

/**
 * Every selector the Microsoft Teams adapter uses (new Teams, v2), most
 * stable first.
 *
 * Facts come from `shared/docs/platform-dom.md` §3 (Live-Captions-Saver,
 * TranscripTonic, Vexa and Meeting BaaS code, 2025–2026). Teams marks its UI
 * with `data-tid` attributes, which change far less often than Meet's
 * classes. Each export has a `<name>_` companion with expected match counts in
 * the committed fixtures (tests/fixtures/teams), checked by
 * tests/platforms/selectors.test.ts.
 */

const HOST = 'teams/2026-11-22-host-captions.html';
const GUEST = 'teams/2026-11-22-guest-captions.html';
const ROSTER = 'teams/2026-11-22-roster-open.html';
const NO_CAPTIONS = 'teams/2026-11-22-no-captions.html';
const PREJOIN = 'teams/2026-11-22-prejoin.html';
const ENDED = 'teams/2026-11-22-call-ended.html';
// Redesigned pages (issue 16): German with class names rotated; captions with no call controls whose
// containers lost their data-tid (found by shape); roster and chat full of words beside captions that
// lost theirs; a German page after leaving, which no English heading text recognises.
const ROTATED = 'teams/2026-12-06-rotated-de.html';
const NO_CONTROLS = 'teams/2026-12-06-captions-no-controls.html';
const DECOYS = 'teams/2026-12-06-chat-people-decoys.html';
const LEFT_UNMARKED = 'teams/2026-12-06-left-unmarked-de.html';

/**
 * Expected counts for page-wide selectors, in fixture order HOST, GUEST, ROSTER, NO_CAPTIONS, PREJOIN, ENDED,
 * ROTATED, NO_CONTROLS, DECOYS, LEFT_UNMARKED.
 * Test data only: free of side effects, so the content script's bundle leaves it out.
 */
/* @__NO_SIDE_EFFECTS__ */
function acrossPages(...counts: number[] & { length: 10 }): FixtureMatch[] {
  const pages = [HOST, GUEST, ROSTER, NO_CAPTIONS, PREJOIN, ENDED, ROTATED, NO_CONTROLS, DECOYS, LEFT_UNMARKED];
  return pages.map((fixture, i) => [counts[i]!, fixture] as const);
}

/** The leave button: present exactly while in a call (LCS "in meeting" test). */
export const hangupButton: SelectorTiers = [
  'button[data-tid="hangup-main-btn"]', // organiser and attendees, 2025–2026 (LCS console)
  'button[data-tid="hangup-leave-button"]', // 2025–2026 (LCS console)
  'button[data-tid="hangup-button"]', // 2025–2026 (LCS console)
  'button[data-tid="anon-hangup-button"]', // guests, 2026 (LCS console, Vexa)
  '#hangup-button > button:first-child', // split button: main half (TranscripTonic 9b8784e, 2025-11)
];
export const hangupButton_ = acrossPages(1, 1, 1, 1, 0, 0, 1, 0, 1, 0);

/** The call status and duration area, also only in a call. */
export const callStatus: SelectorTiers = [
  '[data-tid="call-status-container-test-id"]', // 2026 (bloknayrb fork)
  '#call-duration-custom', // 2026 (bloknayrb fork)
];
export const callStatus_ = acrossPages(1, 0, 0, 1, 0, 0, 1, 0, 1, 0);

/** The pre-join screen's join button. */
export const prejoinButton: SelectorTiers = [
  'button[data-tid="prejoin-join-button"]', // locale-independent (Vexa, 2026-04)
  '#prejoin-join-button', // TranscripTonic
];
export const prejoinButton_ = acrossPages(0, 0, 0, 0, 1, 0, 0, 0, 0, 0);

/** Headings whose text can say the call is over (see {@link callEndedTexts}). */
export const callEndedHeading: SelectorTiers = [
  'h1', // 2026
  '[role="heading"]',
];
export const callEndedHeading_ = acrossPages(0, 0, 0, 0, 1, 1, 0, 0, 0, 1);

/** What those headings say after a call (English; Vexa removal indicators, 2026-07). */
export const callEndedTexts = /^(You left the meeting|You['’]ve been removed from this meeting|(Meeting|Call) ended|The meeting has ended)/i;

/** The live captions toggle, where the toolbar shows one. */
export const captionsToggle: SelectorTiers = [
  'button[data-tid="cc-toggle-button"]', // 2026 (LCS console)
  'button#captions-button', // 2026 (LCS console)
];
export const captionsToggle_ = acrossPages(1, 0, 0, 1, 0, 0, 1, 0, 1, 0);

/**
 * The caption list. Present only once captions are on and someone has
 * spoken (Vexa). Virtualised: entries are dropped and redrawn.
 */
export const captionList: SelectorTiers = [
  '[data-tid="closed-caption-v2-virtual-list-content"]', // 2025-09 onward (TranscripTonic observer target)
  '[data-tid="closed-caption-v2-window-wrapper"]', // 2025-07 onward (LCS #20)
  '[data-tid="closed-caption-renderer-wrapper"]', // 2026 (Vexa, TranscripTonic)
];
export const captionList_ = acrossPages(1, 1, 0, 0, 0, 0, 1, 0, 0, 0);

/** A caption's author. Host and guest views nest it differently, so it is paired with its text by position. */
export const captionAuthor: SelectorTiers = [
  '[data-tid="author"]', // 2025–2026 (LCS, Vexa)
  '[data-tid*="author"]', // wildcard fallback (Vexa)
];
export const captionAuthor_ = [
  [1, `${HOST}#entry1`],
  [1, `${GUEST}#entry1`],
] satisfies FixtureMatch[];

/** A caption's text, refined in place word by word. */
export const captionText: SelectorTiers = [
  '[data-tid="closed-caption-text"]', // 2025–2026 (LCS, Vexa)
  '[data-tid*="caption-text"]', // wildcard fallback (Vexa)
];
export const captionText_ = [
  [5, `${HOST}#list`],
  [3, `${GUEST}#list`],
] satisfies FixtureMatch[];

/** People in the call, in the Attendees tree of the open People panel (not the "Invited" tree). */
export const rosterItem: SelectorTiers = [
  '[data-tid^="participantsInCall-"]', // 2026 (LCS)
  '[role="tree"][aria-label="Attendees"] [role="treeitem"]', // en (LCS)
];
export const rosterItem_ = acrossPages(0, 0, 6, 0, 0, 0, 0, 0, 3, 0);

/** The name inside a roster item. */
export const rosterItemName: SelectorTiers = [
  '[id^="roster-avatar-img-"]', // 2026 (LCS)
];
export const rosterItemName_ = [[1, `${ROSTER}#item1`]] satisfies FixtureMatch[];

/** Video tiles: only some participants have one, so tiles never prove someone left. */
export const videoTile: SelectorTiers = [
  '[data-stream-type="Video"]', // new Teams, "stable signal" (Vexa, Meeting BaaS 2026)
  '[data-cid="calling-participant-stream"]', // older Teams (Meeting BaaS)
];
export const videoTile_ = acrossPages(4, 2, 0, 1, 0, 0, 4, 0, 4, 0);

/** A tile's name tag: the clean display name, unlike the tile's aria-label. */
export const tileNameTag: SelectorTiers = [
  '[data-tid="participant-info-nametag"]', // 2026-09 (Meeting BaaS PR #342)
];
export const tileNameTag_ = [[1, `${HOST}#tile1`]] satisfies FixtureMatch[];

/** A tile's speaking outline; speaking while it has {@link speakingClass}. */
export const speakingOutline: SelectorTiers = [
  '[data-tid="voice-level-stream-outline"]', // 2026 (Vexa, Meeting BaaS)
];
export const speakingOutline_ = acrossPages(4, 2, 0, 1, 0, 0, 4, 0, 4, 0);

/** Class of the outline while its participant speaks. Unreliable: Vexa saw none in a 13-minute meeting (2026-07). */
export const speakingClass = 'vdi-frame-occlusion';

/** Tile `data-tid` values that are structure, not names (Meeting BaaS). */
export const structuralTileId = /^(menur[0-9a-z]+|participant-info.*|video-.*|.*-stream.*)$/i;

/** How a tile's aria-label continues after the name. */
export const tileLabelTail = /,\s*(video is|(un)?muted|Context menu is available|has raised|is presenting).*$/i;
