import type { CaptionSpeaker, CaptionTracker } from '../core/caption-tracker';
import { normaliseSpaces } from '../core/text';

/**
 * Feeds what caption rows show into a {@link CaptionTracker}, holding back a
 * row's plain growth until the tracker is next read.
 *
 * A caption grows a word at a time, and the tracker's record of a row only
 * keeps the latest text and the time it last changed. So a run of changes
 * that cannot start a new utterance (same speaker, text neither emptied, nor
 * shrunk by 40 % or more, nor back to what the tracker holds) ends in the same
 * record whether the tracker sees every step or only the last one, at the
 * time of the last change. Anything else is handed over at once, after what
 * was held back for that row, so the tracker sees each step that matters in
 * order. Call {@link CaptionFeed.catchUp} before reading or settling the tracker.
 */
export interface CaptionFeed {
  /** A row read in full (new, redrawn or re-checked): the tracker sees it now. */
  observe(rowKey: number, speaker: CaptionSpeaker, text: string, atMs: number): void;
  /** A row whose text alone changed: held back when the tracker would end up the same. */
  grow(rowKey: number, speaker: CaptionSpeaker, text: string, atMs: number): void;
  /** The row left the page: what was held back first, then the release. */
  release(rowKey: number, atMs: number): void;
  /** Hands every held-back text to the tracker. */
  catchUp(): void;
}

interface FedRow {
  /** The speaker the tracker last saw for the row. */
  speaker: CaptionSpeaker;
  /** The text the tracker holds for the row ('' before it holds any). */
  trackedText: string;
  /** The latest text not yet handed over, or null. */
  heldText: string | null;
  heldAtMs: number;
}

/** A text shorter than this share of the one before might be a reset (see `isCaptionReset`). */
const MAY_BE_RESET_RATIO = 0.6;

/** A feed into `tracker` (one per capture session, like the tracker). */
export function createCaptionFeed(tracker: CaptionTracker): CaptionFeed {
  const rows = new Map<number, FedRow>();
  const held = new Set<number>();

  const handOver = (rowKey: number, row: FedRow): void => {
    if (row.heldText === null) return;
    tracker.observeRow(rowKey, row.speaker, row.heldText, row.heldAtMs);
    row.trackedText = row.heldText;
    row.heldText = null;
    held.delete(rowKey);
  };

  const observe = (rowKey: number, speaker: CaptionSpeaker, text: string, atMs: number): void => {
    let row = rows.get(rowKey);
    if (row) handOver(rowKey, row);
    tracker.observeRow(rowKey, speaker, text, atMs);
    if (!row) {
      row = { speaker, trackedText: '', heldText: null, heldAtMs: 0 };
      rows.set(rowKey, row);
    }
    row.speaker = speaker;
    // The tracker keeps a text only when it has one, spaces collapsed.
    if (text) row.trackedText = normaliseSpaces(text);
  };

  return {
    observe,

    grow(rowKey, speaker, text, atMs) {
      const row = rows.get(rowKey);
      if (!row || speaker !== row.speaker || !tracker.isTracking(rowKey)) {
        observe(rowKey, speaker, text, atMs);
        return;
      }
      // An empty text changes nothing for a row the tracker holds.
      if (!text) return;
      const current = row.heldText ?? row.trackedText;
      if (text === current) return;
      if (text === row.trackedText || text.length < current.length * MAY_BE_RESET_RATIO) {
        observe(rowKey, speaker, text, atMs);
        return;
      }
      row.heldText = text;
      row.heldAtMs = atMs;
      held.add(rowKey);
    },

    release(rowKey, atMs) {
      const row = rows.get(rowKey);
      if (row) handOver(rowKey, row);
      rows.delete(rowKey);
      tracker.releaseRow(rowKey, atMs);
    },

    catchUp() {
      for (const rowKey of [...held]) handOver(rowKey, rows.get(rowKey)!);
    },
  };
}
