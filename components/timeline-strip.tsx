import { formatTime } from '@/utils/core/format';
import type { TimelineSegment } from '@/utils/core/org-analytics';
import { sectorById } from '@/utils/core/taxonomy';

/**
 * Who spoke when across the meeting, coloured by sector, with a legend in
 * words (colour is never the only way the information is given).
 */
export function TimelineStrip(props: {
  segments: readonly TimelineSegment[];
  startMs: number;
  endMs: number;
  /** Where agenda items start, marked on the strip. */
  itemStarts?: readonly { readonly atMs: number; readonly label: string }[];
}) {
  const spanMs = Math.max(1, props.endMs - props.startMs);
  if (!props.segments.length) return null;
  const marks = (props.itemStarts ?? []).filter((m) => m.atMs >= props.startMs && m.atMs <= props.endMs);
  const sectors = [...new Set(props.segments.map((s) => s.sector))];
  return (
    <figure class="timeline" data-testid="timeline">
      <figcaption>
        Who spoke when ({formatTime(props.startMs)} to {formatTime(props.endMs)}), coloured by sector
      </figcaption>
      <div
        class="timeline-strip"
        role="img"
        aria-label={`Timeline of ${props.segments.length} stretches of talk by sector${marks.length ? `, with ${marks.length} agenda item ${marks.length === 1 ? 'start' : 'starts'} marked` : ''}`}
      >
        {props.segments.map((segment) => (
          <span
            key={`${segment.startMs}-${segment.sector}`}
            class="timeline-segment"
            title={`${formatTime(segment.startMs)} ${sectorById(segment.sector).name}: ${segment.speakers.join(', ')}`}
            style={{
              left: `${((segment.startMs - props.startMs) / spanMs) * 100}%`,
              width: `${Math.max(0.4, ((segment.endMs - segment.startMs) / spanMs) * 100)}%`,
              background: sectorById(segment.sector).colour,
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
      <ul class="legend">
        {sectors.map((id) => (
          <li key={id}>
            <span class="swatch" style={{ background: sectorById(id).colour }} aria-hidden="true" />
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
