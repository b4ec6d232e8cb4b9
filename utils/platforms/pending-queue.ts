import type { RosterSnapshot, SpeechSegmentUpdate, UtteranceUpdate } from '../core/model';

/** Bounds on what waits in a {@link PendingQueue}. */
export interface PendingQueueLimits {
  /** Most utterance updates kept (one per utterance id, the newest). */
  readonly maxUtterances: number;
  /** Most speech segment updates kept (one per segment id, the newest). */
  readonly maxSegments: number;
  /** Most roster snapshots kept. */
  readonly maxRosters: number;
  /** Most utterances, and most segments, one batch takes. */
  readonly maxBatchItems: number;
}

/**
 * The capture engine's bounds: what waits while the background cannot be
 * reached, and what one batch may carry (the protocol allows more).
 */
export const PENDING_LIMITS: PendingQueueLimits = {
  maxUtterances: 3_000,
  maxSegments: 3_000,
  maxRosters: 50,
  maxBatchItems: 1_000,
};

/** What one batch carries out of the queue, or what comes back after a failed send. */
export interface PendingBatch {
  readonly utterances: readonly UtteranceUpdate[];
  readonly speech: readonly SpeechSegmentUpdate[];
  readonly roster: readonly RosterSnapshot[];
}

/** Keeps the newest `limit` entries of a map in insertion order, returning how many were dropped. */
function trimOldest<V>(map: Map<string, V>, limit: number): number {
  let dropped = 0;
  for (const key of map.keys()) {
    if (map.size <= limit) break;
    map.delete(key);
    dropped += 1;
  }
  return dropped;
}

/** Adds `updates` to `map`, each moving to the end as the newest, then trims to `limit`. */
function addNewest<V extends { readonly id: string }>(map: Map<string, V>, updates: Iterable<V>, limit: number): number {
  for (const update of updates) {
    map.delete(update.id);
    map.set(update.id, update);
  }
  return trimOldest(map, limit);
}

/**
 * Puts a failed batch back in front of what is waiting. An id updated since
 * the batch was taken keeps its newer value, in the batch's place.
 */
function mergeBack<V extends { readonly id: string }>(map: Map<string, V>, returned: readonly V[], limit: number): number {
  const merged = new Map(returned.map((item) => [item.id, item]));
  for (const [id, item] of map) merged.set(id, item);
  map.clear();
  for (const [id, item] of merged) map.set(id, item);
  return trimOldest(map, limit);
}

function takeFirst<V>(map: Map<string, V>, limit: number): V[] {
  const taken: V[] = [];
  for (const [id, value] of map) {
    if (taken.length >= limit) break;
    taken.push(value);
    map.delete(id);
  }
  return taken;
}

/**
 * What the content script has yet to deliver: utterance and speech segment
 * updates (one per id, the newest) and roster snapshots, in the order they
 * were last updated.
 *
 * Bounded, because the background can be unreachable for a long time: past a
 * limit the oldest entries are dropped and counted in `droppedCount` (shown
 * to the user as lost updates). A batch that could not be sent is put back
 * with `requeue`, without overwriting anything newer. Pure data: no timers,
 * no DOM, no messages.
 */
export interface PendingQueue {
  /** How many updates have been dropped to keep within the limits, ever. */
  readonly droppedCount: number;
  /** Whether utterance or speech segment updates are waiting (rosters aside). */
  readonly hasUpdates: boolean;
  /** Whether anything at all is waiting. */
  readonly hasAnything: boolean;
  /** Adds utterance and speech segment updates, each replacing an older update of its id. */
  add(utterances: Iterable<UtteranceUpdate>, segments: Iterable<SpeechSegmentUpdate>): void;
  /** Adds a roster snapshot after the others. */
  addRoster(snapshot: RosterSnapshot): void;
  /** Takes the oldest updates, at most {@link PendingQueueLimits.maxBatchItems} of each kind, and every roster. */
  take(): { utterances: UtteranceUpdate[]; speech: SpeechSegmentUpdate[]; roster: RosterSnapshot[] };
  /** Puts back a batch that was not delivered, in front, keeping anything updated since. */
  requeue(batch: PendingBatch): void;
}

/** An empty queue bounded by `limits`. */
export function createPendingQueue(limits: PendingQueueLimits = PENDING_LIMITS): PendingQueue {
  const utterances = new Map<string, UtteranceUpdate>();
  const segments = new Map<string, SpeechSegmentUpdate>();
  let rosters: RosterSnapshot[] = [];
  let dropped = 0;

  const trimRosters = (): void => {
    const excess = rosters.length - limits.maxRosters;
    if (excess <= 0) return;
    dropped += excess;
    rosters = rosters.slice(excess);
  };

  return {
    get droppedCount() {
      return dropped;
    },
    get hasUpdates() {
      return utterances.size > 0 || segments.size > 0;
    },
    get hasAnything() {
      return utterances.size > 0 || segments.size > 0 || rosters.length > 0;
    },

    add(newUtterances, newSegments) {
      dropped += addNewest(utterances, newUtterances, limits.maxUtterances);
      dropped += addNewest(segments, newSegments, limits.maxSegments);
    },

    addRoster(snapshot) {
      rosters.push(snapshot);
      trimRosters();
    },

    take() {
      const roster = rosters;
      rosters = [];
      return {
        utterances: takeFirst(utterances, limits.maxBatchItems),
        speech: takeFirst(segments, limits.maxBatchItems),
        roster,
      };
    },

    requeue(batch) {
      dropped += mergeBack(utterances, batch.utterances, limits.maxUtterances);
      dropped += mergeBack(segments, batch.speech, limits.maxSegments);
      rosters = [...batch.roster, ...rosters];
      trimRosters();
    },
  };
}
