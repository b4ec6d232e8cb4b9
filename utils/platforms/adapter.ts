import type { CaptionsSwitch } from '../core/caption-status';
import type { CallState, MeetingFacts, Platform, RosterSource } from '../core/model';

/** Whether captions are switched on, as far as the page says (defined with the pure caption status). */
export type { CaptionsSwitch };

/** One caption row as the page shows it now. */
export interface CaptionRowReading {
  /** Speaker label as shown, e.g. "You" or "Helen Marsh". */
  readonly speaker: string;
  readonly text: string;
}

/** Who the page shows as present. */
export interface RosterReading {
  readonly source: Exclude<RosterSource, 'captions'> | 'none';
  /** True when the list is the full participant list. */
  readonly isComplete: boolean;
  readonly participants: readonly { readonly name: string; readonly isSelf: boolean }[];
}

/**
 * Everything platform-specific about reading a meeting page.
 *
 * Adapters only read: no observers, timers, messages or clicks. Every
 * selector string lives in the platform's `selectors.ts`. Each method takes
 * the root it reads from, so tests can pass a fixture document.
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** The label the platform gives the local user in captions ("You" in Meet), or null when it shows their name. */
  readonly selfLabel: string | null;
  /** Caption rows can change unseen (a virtualised list re-renders them): re-read them every few seconds. */
  readonly needsCaptionPolling: boolean;
  /** The caption area only appears once someone speaks with captions on (Teams). */
  readonly captionAreaWaitsForSpeech: boolean;
  /** The URL alone proves a meeting, so a page that cannot be read there is worth reporting. */
  readonly urlIdentifiesMeeting: boolean;
  /** Whether the URL can hold a meeting (not the platform's home or landing page). */
  isMeetingUrl(url: URL): boolean;
  /** The meeting link to store: no query string or fragment. */
  meetingUrl(url: URL): string;
  readCallState(doc: Document): CallState;
  readMeetingFacts(doc: Document, url: URL): MeetingFacts;
  /**
   * The label the page gives the local user's captions in its own language
   * ("Du", "Chi"), read from the page's structure rather than its words;
   * null when it cannot be read, and then {@link selfLabel} is used.
   */
  readSelfLabel?(doc: Document): string | null;
  readCaptionsSwitch(doc: Document): CaptionsSwitch;
  findCaptionRegion(doc: Document): Element | null;
  /** Caption rows in the region, oldest first. */
  listCaptionRows(region: Element): Element[];
  /** The region's child containing `node` (a candidate row, not yet checked), or null. */
  rowOf(node: Node, region: Element): Element | null;
  /** What a caption row shows; `speaker` is '' when the row has no readable author. */
  readCaptionRow(row: Element): CaptionRowReading | null;
  /**
   * The element whose text `readCaptionRow` reads as the row's caption, or
   * null. Lets the engine re-read only that text while a caption grows.
   */
  captionTextOf(row: Element): Element | null;
  readRoster(doc: Document, selfName: string | null): RosterReading;
  /** The video tiles that may carry a speaking indicator (a scan of the whole page). */
  listVideoTiles(doc: Document): Element[];
  /**
   * Labels of participants whose speaking indicator is on, among `tiles`
   * (by default every tile now); null when no indicators can be read.
   */
  readSpeakingNow(doc: Document, tiles?: readonly Element[]): string[] | null;
  /** Names of selector groups expected in this call state that match nothing. */
  listMissingSelectors(doc: Document, callState: CallState): string[];
}
