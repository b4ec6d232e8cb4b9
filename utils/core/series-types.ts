import type { TalkSource } from './model';
import type { SectorId } from './taxonomy';

/**
 * The shapes of a series' evidence: what one meeting contributes
 * ({@link MeetingEvidence}, small enough to keep with the meeting so a series
 * draws without analysing every meeting again) and what the Series view, the
 * evidence pack and the series CSV show ({@link SeriesEvidence}). Built by
 * `utils/core/series-evidence.ts` from each meeting's one analysis.
 */

/** A person who spoke for primary care in one meeting. */
export interface EvidenceVoice {
  /** The person's name as the analysis gives it (without NHSmail's brackets). */
  readonly name: string;
  readonly organisation: string | null;
  readonly sector: SectorId;
  readonly talkMs: number;
  readonly turns: number;
}

/** Someone outside primary care who raised primary care topics (by the primary care lexicon). */
export interface EvidenceAlly {
  readonly name: string;
  readonly organisation: string | null;
  readonly sector: SectorId;
  /** Their turns that matched the primary care lexicon. */
  readonly primaryCareTurns: number;
  /** The themes they raised, e.g. "access", "workforce". */
  readonly themes: readonly string[];
}

/** A confirmed decision of the meeting. */
export interface EvidenceDecision {
  /** "D-2026-004", or null for one without a reference. */
  readonly ref: string | null;
  readonly text: string;
  /** The agenda item it was said under ("Item 5: ARRS roles and funding"), or null. */
  readonly itemLabel: string | null;
  /** It was taken on an item that concerns primary care, and nobody from primary care spoke on it. */
  readonly isWithoutPrimaryCare: boolean;
}

/** An action of the meeting, as it stands now. */
export interface EvidenceAction {
  readonly ref: string | null;
  readonly text: string;
  /** The owner's organisation, or null when not known. */
  readonly organisation: string | null;
  readonly sector: SectorId | null;
  readonly status: 'open' | 'done' | 'dropped';
  /** ISO date (YYYY-MM-DD), or null. */
  readonly dueDate: string | null;
}

/** An organisation present at the meeting, with whether it was heard. */
export interface EvidenceOrganisation {
  /** The organisation's key in the analysis (stable across meetings for the same organisation). */
  readonly key: string;
  readonly name: string;
  readonly sector: SectorId;
  readonly attendees: number;
  readonly talkMs: number;
}

/** What one meeting contributes to its series' evidence. JSON-serialisable. */
export interface MeetingEvidence {
  readonly meetingId: string;
  readonly title: string | null;
  readonly startedAtMs: number;
  /** Where the talk figures came from (captions, speaking indicators or the manual tally), or null with none. */
  readonly figuresSource: TalkSource | null;
  /** People present (rooms not counted). */
  readonly people: number;
  readonly primaryCarePeople: number;
  readonly totalTalkMs: number;
  readonly primaryCareTalkMs: number;
  /** Primary care's share of the people present, 0–1; null when nobody was present. */
  readonly primaryCareSeatShareRatio: number | null;
  /** Primary care's share of the talk, 0–1; null when no talk was recorded. */
  readonly primaryCareTalkShareRatio: number | null;
  readonly organisations: readonly EvidenceOrganisation[];
  readonly primaryCareVoices: readonly EvidenceVoice[];
  readonly allies: readonly EvidenceAlly[];
  readonly decisions: readonly EvidenceDecision[];
  readonly actions: readonly EvidenceAction[];
  /** The transcript's words were deleted by the retention setting: figures stand, allies cannot be recounted. */
  readonly isTranscriptDeleted: boolean;
}

/** One meeting's row in the series view, the pack and the CSV. */
export interface SeriesMeetingRow {
  readonly meetingId: string;
  readonly title: string | null;
  readonly startedAtMs: number;
  readonly figuresSource: MeetingEvidence['figuresSource'];
  readonly people: number;
  readonly primaryCarePeople: number;
  readonly primaryCareSeatShareRatio: number | null;
  readonly primaryCareTalkShareRatio: number | null;
  readonly decisions: number;
  readonly decisionsWithoutPrimaryCare: readonly EvidenceDecision[];
  readonly actionsOpen: number;
  readonly actionsOverdue: number;
}

/** The direction of primary care's share of the talk across the series. */
export type SeriesTrend = 'rising' | 'falling' | 'steady' | 'not-enough-meetings';

/** A series in one picture: primary care's voice, meeting after meeting. */
export interface SeriesEvidence {
  /** Oldest first. */
  readonly meetings: readonly SeriesMeetingRow[];
  /** Across the meetings with talk: primary care's share of the talk and of the seats, pooled (by time and by people). */
  readonly overall: {
    readonly meetings: number;
    readonly primaryCareTalkShareRatio: number | null;
    readonly primaryCareSeatShareRatio: number | null;
    readonly decisions: number;
    readonly decisionsWithoutPrimaryCare: number;
  };
  readonly trend: SeriesTrend;
  /** One or two sentences a screen reader reads for the chart, stating the trend with figures. */
  readonly trendText: string;
  /** Organisations present at one or more meetings and never heard at any. */
  readonly neverHeard: readonly { readonly name: string; readonly sector: SectorId; readonly meetingsPresent: number }[];
  /** Who speaks for primary care, most meetings spoken in first. */
  readonly primaryCareVoices: readonly { readonly name: string; readonly organisation: string | null; readonly meetingsSpoken: number; readonly talkMs: number }[];
  /** Open and overdue actions by the owner's organisation, most open first. */
  readonly actionsByOrganisation: readonly { readonly organisation: string; readonly sector: SectorId | null; readonly open: number; readonly overdue: number }[];
  /** People outside primary care who raised primary care topics most, across the series. */
  readonly allies: readonly { readonly name: string; readonly organisation: string | null; readonly sector: SectorId; readonly primaryCareTurns: number; readonly meetings: number; readonly themes: readonly string[] }[];
}
