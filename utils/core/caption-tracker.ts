import type { UtteranceUpdate } from './model';
import { normaliseForComparison, normaliseSpaces } from './text';

/** Name stored for an utterance whose author the page did not show, until the user assigns one. */
export const UNKNOWN_SPEAKER = 'Unknown speaker';

/** Who a caption row belongs to. */
export interface CaptionSpeaker {
  /** The label the page shows, e.g. "You" or "Helen Marsh"; identifies the row's speaker. */
  readonly label: string;
  /** The name to store: the label, or the local user's own name for "You". */
  readonly displayName: string;
  readonly isSelf: boolean;
  /** The page showed no author for the row. */
  readonly isUnknown?: boolean;
}

/** Tuning for {@link CaptionTracker}; the defaults suit Meet and Teams. */
export interface CaptionTrackerOptions {
  /** Prefix for utterance ids; must be unique per capture session. */
  readonly idPrefix: string;
  /** An older row unchanged this long is considered final (it may still be corrected). */
  readonly settleMs?: number;
  /** How long a released utterance can be picked up again by a re-rendered row. */
  readonly resumeWindowMs?: number;
  /** How many released utterances are remembered for that purpose. */
  readonly recentLimit?: number;
}

interface TrackedUtterance {
  readonly id: string;
  readonly label: string;
  speaker: string;
  isSelf: boolean;
  isSpeakerUnknown: boolean;
  text: string;
  readonly startMs: number;
  endMs: number;
  isFinal: boolean;
  releasedAtMs: number | null;
}

const DEFAULT_SETTLE_MS = 10_000;
const DEFAULT_RESUME_WINDOW_MS = 120_000;
const DEFAULT_RECENT_LIMIT = 30;
/** A continuation (re-rendered row whose text has grown) must follow its release closely. */
const CONTINUATION_WINDOW_MS = 10_000;
/** Texts shorter than this are too generic ("Yes.", "Thank you.") to match a re-rendered row. */
const MIN_RESUME_CHARS = 12;

/**
 * Whether a row's new text is a fresh start rather than a refinement.
 *
 * Meet clears a very long monologue and starts the row again. Refinements
 * re-punctuate or change a few words, so they never lose half of a text;
 * a reset does.
 */
export function isCaptionReset(previousText: string, nextText: string): boolean {
  // Cheap test first: this runs on every caption change, and only a text that
  // shrank a lot can be a reset.
  if (nextText.length >= previousText.length * 0.6) return false;
  const previous = normaliseForComparison(previousText);
  const next = normaliseForComparison(nextText);
  return next.length < previous.length * 0.5 && previous.length - next.length >= 30;
}

/**
 * Turns what caption rows show over time into one record per utterance.
 *
 * The capture engine reports each row it sees (keyed by a number it assigns
 * to the row element) and each row that leaves the page. The tracker keeps
 * one utterance per row and emits it again whenever its text changes, so the
 * store ends up with each utterance once, in its latest corrected form:
 * growing text and re-punctuation update the same utterance; a corrected
 * earlier row updates its own utterance; a long monologue that the platform
 * clears and restarts becomes a second utterance; a row removed and drawn
 * again as a new element continues the utterance it showed before.
 *
 * Pure: the time is always passed in.
 */
export class CaptionTracker {
  private readonly byRow = new Map<number, TrackedUtterance>();
  private readonly recent: TrackedUtterance[] = [];
  private readonly dirty = new Map<string, TrackedUtterance>();
  private readonly comparableTexts = new WeakMap<TrackedUtterance, readonly [text: string, comparable: string]>();
  private latest: TrackedUtterance | null = null;
  private sequence = 0;
  private readonly settleMs: number;
  private readonly resumeWindowMs: number;
  private readonly recentLimit: number;

  constructor(private readonly options: CaptionTrackerOptions) {
    this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    this.resumeWindowMs = options.resumeWindowMs ?? DEFAULT_RESUME_WINDOW_MS;
    this.recentLimit = options.recentLimit ?? DEFAULT_RECENT_LIMIT;
  }

  /** Whether a row key is bound to an utterance. */
  isTracking(rowKey: number): boolean {
    return this.byRow.has(rowKey);
  }

  /** Record what a caption row shows at `atMs`. */
  observeRow(rowKey: number, speaker: CaptionSpeaker, rawText: string, atMs: number): void {
    const text = normaliseSpaces(rawText);
    let utterance = this.byRow.get(rowKey);
    if (utterance && utterance.label !== speaker.label) {
      this.release(rowKey, utterance, atMs);
      utterance = undefined;
    }
    if (!utterance) {
      if (!text) return;
      utterance = this.resume(speaker, text, atMs) ?? this.create(speaker, atMs);
      this.byRow.set(rowKey, utterance);
    }
    if (utterance.speaker !== speaker.displayName || utterance.isSelf !== speaker.isSelf) {
      utterance.speaker = speaker.displayName;
      utterance.isSelf = speaker.isSelf;
      utterance.isSpeakerUnknown = !!speaker.isUnknown;
      this.dirty.set(utterance.id, utterance);
    }
    if (!text || text === utterance.text) return;
    if (utterance.text && isCaptionReset(utterance.text, text)) {
      this.finalise(utterance);
      utterance = this.create(speaker, atMs);
      this.byRow.set(rowKey, utterance);
    }
    utterance.text = text;
    utterance.endMs = Math.max(utterance.endMs, atMs);
    this.dirty.set(utterance.id, utterance);
  }

  /** The row left the page (evicted, or the captions were closed). */
  releaseRow(rowKey: number, atMs: number): void {
    const utterance = this.byRow.get(rowKey);
    if (utterance) this.release(rowKey, utterance, atMs);
  }

  /** Every row left the page: captions turned off, call ended or page closing. */
  releaseAll(atMs: number): void {
    for (const [rowKey, utterance] of [...this.byRow]) this.release(rowKey, utterance, atMs);
  }

  /** Marks older rows that stopped changing as final. */
  settle(nowMs: number): void {
    for (const utterance of this.byRow.values()) {
      if (utterance.isFinal || utterance === this.latest) continue;
      if (nowMs - utterance.endMs >= this.settleMs) this.finalise(utterance);
    }
  }

  /** Utterances changed since the last call, oldest first. */
  takeUpdates(): UtteranceUpdate[] {
    const updates = [...this.dirty.values()]
      .sort((a, b) => a.startMs - b.startMs)
      .map(({ label: _label, releasedAtMs: _releasedAtMs, ...update }): UtteranceUpdate => update);
    this.dirty.clear();
    return updates;
  }

  private create(speaker: CaptionSpeaker, atMs: number): TrackedUtterance {
    this.sequence += 1;
    const utterance: TrackedUtterance = {
      id: `${this.options.idPrefix}:${this.sequence}`,
      label: speaker.label,
      speaker: speaker.displayName,
      isSelf: speaker.isSelf,
      isSpeakerUnknown: !!speaker.isUnknown,
      text: '',
      startMs: atMs,
      endMs: atMs,
      isFinal: false,
      releasedAtMs: null,
    };
    this.latest = utterance;
    return utterance;
  }

  private resume(speaker: CaptionSpeaker, text: string, atMs: number): TrackedUtterance | null {
    const next = normaliseForComparison(text);
    for (let i = this.recent.length - 1; i >= 0; i -= 1) {
      const candidate = this.recent[i]!;
      if (candidate.label !== speaker.label || candidate.releasedAtMs === null) continue;
      const ageMs = atMs - candidate.releasedAtMs;
      if (ageMs > this.resumeWindowMs) continue;
      const previous = this.comparable(candidate);
      // A row that left in the same DOM change that added this one is a redraw,
      // however short; otherwise a short text ("Will do.") may be said again.
      const isSameChange = candidate.releasedAtMs === atMs;
      if (previous.length < MIN_RESUME_CHARS && !isSameChange) continue;
      const isRedrawn = previous === next;
      const isContinued = next.startsWith(previous) && ageMs <= CONTINUATION_WINDOW_MS;
      if (!isRedrawn && !isContinued) continue;
      this.recent.splice(i, 1);
      candidate.releasedAtMs = null;
      if (isContinued && !isRedrawn) candidate.isFinal = false;
      return candidate;
    }
    return null;
  }

  /** A released utterance's text as compared with new rows, normalised once per text (it is compared with every new row). */
  private comparable(utterance: TrackedUtterance): string {
    const known = this.comparableTexts.get(utterance);
    if (known?.[0] === utterance.text) return known[1];
    const comparable = normaliseForComparison(utterance.text);
    this.comparableTexts.set(utterance, [utterance.text, comparable]);
    return comparable;
  }

  private release(rowKey: number, utterance: TrackedUtterance, atMs: number): void {
    this.byRow.delete(rowKey);
    utterance.releasedAtMs = atMs;
    this.finalise(utterance);
    this.recent.push(utterance);
    if (this.recent.length > this.recentLimit) this.recent.shift();
  }

  private finalise(utterance: TrackedUtterance): void {
    if (utterance.isFinal) return;
    utterance.isFinal = true;
    this.dirty.set(utterance.id, utterance);
  }
}
