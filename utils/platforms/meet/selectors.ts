import type { FixtureMatch, SelectorTiers } from '../dom';

/**
 * Every selector the Google Meet adapter uses, most stable first.
 *
 * Facts come from `shared/docs/platform-dom.md` §2 (peer extensions' code and
 * an anonymised real caption DOM, 2024–2026). Each export has a `<name>_`
 * companion giving its expected number of matches in the committed fixtures
 * (tests/fixtures/meet), checked by tests/platforms/selectors.test.ts. The
 * count is for the whole tier list: the matches of the first tier that
 * matches anything.
 *
 * Meet rotates class names about once a quarter; aria labels are localised.
 * So roles, data attributes, jsname and icon ligature names come first.
 */

const LIVE = 'meet/2026-11-22-in-call-captions.html';
const PEOPLE = 'meet/2026-11-22-in-call-people-panel.html';
const OFF = 'meet/2026-11-22-captions-off.html';
const LOBBY = 'meet/2026-11-22-lobby.html';
const GUEST = 'meet/2026-11-22-lobby-guest.html';
const LEFT = 'meet/2026-11-22-left.html';
const DRIFT = 'meet/2026-11-22-class-fallback.html';
const LEGACY = 'meet/2026-11-22-legacy-2024-layout.html';
// Redesigned pages (issue 16): German with class names and jsname values rotated; Welsh and
// rotated with the rows in a wrapper and no tabindex (no tier finds the region: found by shape);
// the same in English (the region's tier still does); chat and People full of words beside captions
// that lost every mark; a German page after leaving with none of the known markers; captions with no
// call controls around them.
const ROTATED = 'meet/2026-12-06-rotated-de.html';
const WRAPPED_CY = 'meet/2026-12-06-wrapper-no-tabindex-cy.html';
const WRAPPED = 'meet/2026-12-06-wrapper-no-tabindex.html';
const DECOYS = 'meet/2026-12-06-chat-people-decoys.html';
const LEFT_UNMARKED = 'meet/2026-12-06-left-unmarked-de.html';
const NO_CONTROLS = 'meet/2026-12-06-captions-no-controls.html';

/**
 * Expected counts for page-wide selectors, in fixture order LIVE, PEOPLE, OFF, LOBBY, GUEST, LEFT, DRIFT, LEGACY,
 * ROTATED, WRAPPED_CY, WRAPPED, DECOYS, LEFT_UNMARKED, NO_CONTROLS.
 * Test data only: free of side effects, so the content script's bundle leaves it out.
 */
/* @__NO_SIDE_EFFECTS__ */
function acrossPages(...counts: number[] & { length: 14 }): FixtureMatch[] {
  const pages = [LIVE, PEOPLE, OFF, LOBBY, GUEST, LEFT, DRIFT, LEGACY, ROTATED, WRAPPED_CY, WRAPPED, DECOYS, LEFT_UNMARKED, NO_CONTROLS];
  return pages.map((fixture, i) => [counts[i]!, fixture] as const);
}

/** Icon-font elements, whose text is a ligature name such as "call_end". */
export const iconFont: SelectorTiers = [
  '.google-symbols', // icon font since 2024-08 (TranscripTonic d2460c5)
  '.google-material-icons', // before 2024-08
  '.material-icons-extended', // before 2024-08
  'button i[aria-hidden="true"]', // structure: a control's icon, whatever its font's class is called (issue 16, rotated classes)
];
export const iconFont_ = acrossPages(6, 4, 4, 0, 0, 1, 4, 1, 6, 6, 6, 6, 0, 1);

/** Ligature names; not translated, so they work in every locale. */
export const ligatures = {
  callEnd: 'call_end',
  captionsOn: 'closed_caption',
  captionsOff: 'closed_caption_off',
} as const;

/** The leave-call control, present in a call (and, per Vexa, sometimes in the lobby). */
export const leaveCallButton: SelectorTiers = [
  '[jsname="CQylAd"]', // 2026 (Meeting-BaaS closeMeeting.ts)
  'button[aria-label="Leave call"]', // en, 2026 (Vexa, Meeting-BaaS)
];
export const leaveCallButton_ = acrossPages(1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0);

/** The captions toggle: only in a call, never in the lobby (TranscripTonic). */
export const captionsButton: SelectorTiers = [
  'button[jsname="RrG0hf"]', // 2026-08 (unattributed React hook in platform-dom.md)
  'button[aria-label="Turn off captions"]', // en, 2024-08 onward
  'button[aria-label="Turn on captions"]', // en, 2024-08 onward
];
export const captionsButton_ = acrossPages(1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0);

/** Lobby (green room) controls: "Join now" / "Ask to join". */
export const lobbyJoinButton: SelectorTiers = [
  'button[jsname="Qx7uuf"]', // 2026
  'button[aria-label="Join now"]', // en
  'button[aria-label="Ask to join"]', // en
];
export const lobbyJoinButton_ = acrossPages(0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);

/** The page shown after leaving: offers "Rejoin" and "Return to home screen". */
export const leftPageMarker: SelectorTiers = [
  'button[jsname="oI7Fj"]', // Rejoin, 2026
  'button[aria-label="Rejoin"]', // en
];
export const leftPageMarker_ = acrossPages(0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);

/** The live-caption region; present in a call while captions are on. */
export const captionRegion: SelectorTiers = [
  '[jsname="dsyhDe"] [role="region"]', // 2025-09 onward (anonymised real DOM, sanand0/tools)
  'div[role="region"][tabindex="0"]', // 2025-09-04 onward (TranscripTonic c399d00)
  '[role="region"][aria-label="Captions"]', // en, 2025-02 onward
  '.vNKgIf', // class, 2025–2026
  '.a4cQT', // legacy class, 2024-02 to 2025-09
];
export const captionRegion_ = acrossPages(1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 0, 0, 1);

/**
 * Caption rows inside the region, one per speaker turn. The region's last
 * children are controls such as "Jump to bottom"; rows without a speaker
 * are skipped by the adapter.
 */
export const captionRow: SelectorTiers = [
  ':scope > div', // structure: direct children of the region, 2025-09 onward
  '.nMcdL', // class, 2024-11 onward
  '.TBMuR', // legacy class, 2024-03 to 2024-11
];
export const captionRow_ = [
  [6, `${LIVE}#region`],
  [5, `${DRIFT}#region`],
  [1, `${LEGACY}#region`],
  [6, `${ROTATED}#region`],
  [5, `${WRAPPED_CY}#rows`],
] satisfies FixtureMatch[];

/** The speaker's name inside a row: the only span in the row's first block. */
export const captionSpeaker: SelectorTiers = [
  ':scope > div:first-child span', // structure, 2025 onward (sanand0/tools fixture)
  'span.NWpY1d', // class, 2025–2026
  '.KcIKyf', // class wrapper, 2024-11 onward
  '.zs7s8d', // legacy, to 2024-11
];
export const captionSpeaker_ = [
  [1, `${LIVE}#row1`],
  [1, `${DRIFT}#row1`],
  [1, `${LEGACY}#row1`],
  [1, `${ROTATED}#row1`],
] satisfies FixtureMatch[];

/** The caption text inside a row: its last block. */
export const captionText: SelectorTiers = [
  ':scope > div:last-child', // structure, 2025 onward
  '.ygicle', // class, 2025–2026
  '.iTTPOb', // legacy
];
export const captionText_ = [
  [1, `${LIVE}#row1`],
  [1, `${DRIFT}#row1`],
  [1, `${LEGACY}#row1`],
  [1, `${ROTATED}#row1`],
] satisfies FixtureMatch[];

/** The local user's own name, in the attribute's value. */
export const selfName: SelectorTiers = [
  '[data-self-name]', // 2023–2026 (talk-o-meter, Vexa, encoreshao)
];
export const selfName_ = acrossPages(1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0);

/** The meeting's title as Meet shows it (it equals the code when there is no title). */
export const meetingTitle: SelectorTiers = [
  '[data-meeting-title]', // 2026 (sanand0/tools)
  '.u6vdEc', // class, 2024-02 onward (TranscripTonic)
];
export const meetingTitle_ = acrossPages(1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0);

/** Items of the People panel's participant list; only present while the panel is open. */
export const peopleItem: SelectorTiers = [
  '[role="listitem"][data-participant-id]', // 2023–2026 (talk-time, Meeting-BaaS)
  '[aria-label="Participants"] [role="listitem"]', // en
];
export const peopleItem_ = acrossPages(0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0);

/** The name inside a People panel item when it has no aria-label. */
export const peopleItemName: SelectorTiers = [
  'span.zWGUib', // class, 2026 (Vexa)
  'span', // structure: first span (talk-time, 2023)
];
export const peopleItemName_ = [[1, `${PEOPLE}#item1`]] satisfies FixtureMatch[];

/** Video tiles. Only some participants have a tile, so tiles never prove someone left. */
export const videoTile: SelectorTiers = [
  '[data-participant-id]:not([role="listitem"])', // 2026 (Vexa, Meeting-BaaS)
  '[data-requested-participant-id]', // 2026 fallback (Vexa)
];
export const videoTile_ = acrossPages(5, 5, 4, 0, 0, 0, 4, 2, 5, 5, 5, 5, 0, 0);

/** The name on a video tile. */
export const tileName: SelectorTiers = [
  'span.notranslate', // 2026 (Vexa gmeet-speakers.ts)
  '.zWGUib', // class (Vexa)
  '.XWGOtd', // class (Vexa)
  'span', // structure: the tile's only text, whatever its class is called (issue 16, rotated classes)
];
export const tileName_ = [
  [1, `${LIVE}#tile1`],
  [1, `${DRIFT}#tile1`],
  [1, `${LEGACY}#tile1`],
  [1, `${ROTATED}#tile1`],
] satisfies FixtureMatch[];

/** A tile's audio-level indicator; speaking when its level is not "0". */
export const speakingIndicator: SelectorTiers = [
  '[data-audio-level]', // semantic attribute, survives class rotation (Vexa)
  '[jsname="QgSmzd"]', // 2026-06 (research note U2): silent while it has the class below
];
export const speakingIndicator_ = acrossPages(5, 5, 4, 0, 0, 0, 4, 2, 5, 5, 5, 5, 0, 0);

/** Class carried by the `QgSmzd` indicator while the participant is silent (U2, 2026-06). */
export const silentIndicatorClass = 'gjg47c';

/** Tile names that are not people (Meet internals). */
export const nonPersonTileName = /^(Google Participant \(|spaces\/|devices\/)/;

/** Suffix Meet adds to the local user's entry in the People panel. */
export const peopleSelfSuffix = /\s*\((You|you)\)\s*$/;

/** The same suffix in any language ("(Du)", "(Chi)"), read only from the local user's own entry. */
export const peopleSuffix = /\(([^()]{1,40})\)\s*$/;

/** Meeting codes look like abc-defg-hij. */
export const meetingCodePattern = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:$|[/?#])/;
