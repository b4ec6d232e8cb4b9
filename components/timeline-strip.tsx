import { useState } from 'preact/hooks';
import { formatDurationWords, formatTime } from '@/utils/core/format';
import type { TimelineSegment } from '@/utils/core/org-analytics';
import { sectorById, type SectorId } from '@/utils/core/taxonomy';

/**
 * Fills that tell sectors apart without colour: the first sector heard is
 * solid, the next striped, dotted, and so on (white marks over the sector's
 * colour, which keeps at least 3:1 against the strip's white background).
 */
const PATTERNS: readonly { readonly image: string; readonly size?: string }[] = [
  { image: 'none' },
  { image: 'repeating-linear-gradient(45deg, rgba(255,255,255,0.6) 0 2px, transparent 2px 6px)' },
  { image: 'radial-gradient(circle, rgba(255,255,255,0.75) 1.5px, transparent 2px)', size: '6px 6px' },
  { image: 'repeating-linear-gradient(90deg, rgba(255,255,255,0.6) 0 2px, transparent 2px 6px)' },
  { image: 'repeating-linear-gradient(0deg, rgba(255,255,255,0.6) 0 2px, transparent 2px 5px)' },
  {
    image:
      'repeating-linear-gradient(45deg, rgba(255,255,255,0.5) 0 1.5px, transparent 1.5px 6px), repeating-linear-gradient(-45deg, rgba(255,255,255,0.5) 0 1.5px, transparent 1.5px 6px)',
  },
  { image: 'repeating-linear-gradient(-45deg, rgba(255,255,255,0.6) 0 2px, transparent 2px 6px)' },
  { image: 'linear-gradient(45deg, rgba(255,255,255,0.55) 25%, transparent 25% 75%, rgba(255,255,255,0.55) 75%)', size: '6px 6px' },
];

function fillOf(sector: SectorId, patternIndex: number): Record<string, string> {
  const pattern = PATTERNS[patternIndex % PATTERNS.length]!;
  return { backgroundColor: sectorById(sector).colour, backgroundImage: pattern.image, ...(pattern.size ? { backgroundSize: pattern.size } : {}) };
}

function describeSegment(segment: TimelineSegment): string {
  return `${formatTime(segment.startMs)} for ${formatDurationWords(segment.endMs - segment.startMs)}, ${sectorById(segment.sector).name}: ${segment.speakers.join(', ')}`;
}

/**
 * Who spoke when across the meeting, by sector: each sector has its colour
 * and its own pattern, and the legend names both, so colour is never the
 * only way the information is given. The strip is a slider for the keyboard
 * (arrow keys, Home, End) and screen readers, and each stretch's time,
 * sector and speakers are shown under it, also on hover or click.
 */
export function TimelineStrip(props: {
  segments: readonly TimelineSegment[];
  startMs: number;
  endMs: number;
  /** Where agenda items start, marked on the strip. */
  itemStarts?: readonly { readonly atMs: number; readonly label: string }[];
}) {
  const [selected, setSelected] = useState<number | null>(null);
  const spanMs = Math.max(1, props.endMs - props.startMs);
  if (!props.segments.length) return null;
  const marks = (props.itemStarts ?? []).filter((m) => m.atMs >= props.startMs && m.atMs <= props.endMs);
  const sectors = [...new Set(props.segments.map((s) => s.sector))];
  const patternOf = (sector: SectorId): number => sectors.indexOf(sector);
  const last = props.segments.length - 1;
  const index = selected === null ? null : Math.min(selected, last);
  const current = index === null ? null : props.segments[index]!;
  const move = (to: number): void => setSelected(Math.max(0, Math.min(last, to)));
  return (
    <figure class="timeline" data-testid="timeline">
      <figcaption id="timeline-caption">
        Who spoke when ({formatTime(props.startMs)} to {formatTime(props.endMs)}), by sector
        {marks.length ? `, with ${marks.length} agenda item ${marks.length === 1 ? 'start' : 'starts'} marked` : ''}
      </figcaption>
      <div
        class="timeline-strip"
        role="slider"
        tabIndex={0}
        aria-labelledby="timeline-caption"
        aria-valuemin={1}
        aria-valuemax={props.segments.length}
        aria-valuenow={(index ?? 0) + 1}
        aria-valuetext={`Stretch ${(index ?? 0) + 1} of ${props.segments.length}: ${describeSegment(props.segments[index ?? 0]!)}`}
        data-testid="timeline-strip"
        onFocus={() => setSelected((previous) => previous ?? 0)}
        onKeyDown={(event) => {
          const at = index ?? 0;
          const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key];
          if (step !== undefined) move(at + step);
          else if (event.key === 'Home') move(0);
          else if (event.key === 'End') move(last);
          else return;
          event.preventDefault();
        }}
      >
        {props.segments.map((segment, i) => (
          <span
            key={`${segment.startMs}-${segment.sector}`}
            class={`timeline-segment${i === index ? ' selected' : ''}`}
            title={describeSegment(segment)}
            data-sector={segment.sector}
            onMouseEnter={() => setSelected(i)}
            onClick={() => setSelected(i)}
            style={{
              left: `${((segment.startMs - props.startMs) / spanMs) * 100}%`,
              width: `${Math.max(0.4, ((segment.endMs - segment.startMs) / spanMs) * 100)}%`,
              ...fillOf(segment.sector, patternOf(segment.sector)),
            }}
          />
        ))}
        {marks.map((mark) => (
          <span
            key={`mark-${mark.atMs}`}
            class="timeline-item-start"
            data-testid="timeline-item-start"
            title={`${formatTime(mark.atMs)} ${mark.label}`}
            style={{ left: `${((mark.atMs - props.startMs) / spanMs) * 100}%` }}
          />
        ))}
      </div>
      <p class="timeline-detail" data-testid="timeline-detail">
        {current ? describeSegment(current) : 'Select the strip, then use the arrow keys (or point at it) to read each stretch of talk.'}
      </p>
      <ul class="legend">
        {sectors.map((id) => (
          <li key={id} data-testid="timeline-legend-item">
            <span class="swatch timeline-swatch" style={fillOf(id, patternOf(id))} aria-hidden="true" />
            {sectorById(id).short}
          </li>
        ))}
        {marks.length ? (
          <li>
            <span class="swatch item-start-swatch" aria-hidden="true" />
            Item starts
          </li>
        ) : null}
      </ul>
    </figure>
  );
}
