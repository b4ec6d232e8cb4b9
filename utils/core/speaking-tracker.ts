import type { CaptionSpeaker } from './caption-tracker';
import type { SpeechSegmentUpdate } from './model';

interface OpenSegment {
  readonly id: string;
  speaker: string;
  readonly isSelf: boolean;
  readonly startMs: number;
  endMs: number;
  isFinal: boolean;
}

/** Silence shorter than this does not end a speech segment (indicators flicker between words). */
const DEFAULT_HOLD_MS = 800;

/**
 * Turns periodic samples of speaking indicators into speech segments.
 *
 * A participant starts a segment at the first sample that shows them
 * speaking and ends it once they have been silent for `holdMs`; the segment
 * ends at the last sample that showed them speaking.
 */
export class SpeakingTracker {
  private readonly open = new Map<string, OpenSegment>();
  private readonly dirty = new Map<string, OpenSegment>();
  private sequence = 0;

  constructor(
    private readonly idPrefix: string,
    private readonly holdMs = DEFAULT_HOLD_MS,
  ) {}

  /** Records who the indicators show speaking at `atMs`. */
  sample(atMs: number, speakingNow: readonly CaptionSpeaker[]): void {
    const seen = new Set<string>();
    for (const speaker of speakingNow) {
      seen.add(speaker.label);
      let segment = this.open.get(speaker.label);
      if (!segment) {
        this.sequence += 1;
        segment = {
          id: `${this.idPrefix}:s${this.sequence}`,
          speaker: speaker.displayName,
          isSelf: speaker.isSelf,
          startMs: atMs,
          endMs: atMs,
          isFinal: false,
        };
        this.open.set(speaker.label, segment);
      }
      segment.speaker = speaker.displayName;
      segment.endMs = atMs;
      this.dirty.set(segment.id, segment);
    }
    for (const [label, segment] of this.open) {
      if (!seen.has(label) && atMs - segment.endMs >= this.holdMs) this.close(label, segment);
    }
  }

  /** Ends every open segment, e.g. when the call ends. */
  closeAll(): void {
    for (const [label, segment] of [...this.open]) this.close(label, segment);
  }

  /** Whether anyone is currently inside a segment. */
  get hasOpenSegments(): boolean {
    return this.open.size > 0;
  }

  /** Segments changed since the last call. */
  takeUpdates(): SpeechSegmentUpdate[] {
    const updates = [...this.dirty.values()].map((s) => ({ ...s }));
    this.dirty.clear();
    return updates;
  }

  private close(label: string, segment: OpenSegment): void {
    this.open.delete(label);
    segment.isFinal = true;
    this.dirty.set(segment.id, segment);
  }
}
