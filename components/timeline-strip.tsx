import { formatTime } from '@/utils/core/format';
import type { TimelineSegment } from '@/utils/core/org-analytics';
import { sectorById } from '@/utils/core/taxonomy';

/**
 * Who spoke when across the meeting, coloured by sector, with a legend in
 * words (colour is never the only way the information is given).
 */
export function TimelineStrip(props: { segments: readonly TimelineSegment[]; startMs: number; endMs: number }) {
  const spanMs = Math.max(1, props.endMs - props.startMs);
  if (!props.segments.length) return null;
  const sectors = [...new Set(props.segments.map((s) => s.sector))];
  return (
    <figure class="timeline" data-testid="timeline">
      <figcaption>
        Who spoke when ({formatTime(props.startMs)} to {formatTime(props.endMs)}), coloured by sector
      </figcaption>
      <div class="timeline-strip" role="img" aria-label={`Timeline of ${props.segments.length} stretches of talk by sector`}>
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
      </div>
      <ul class="legend">
        {sectors.map((id) => (
          <li key={id}>
            <span class="swatch" style={{ background: sectorById(id).colour }} aria-hidden="true" />
            {sectorById(id).short}
          </li>
        ))}
      </ul>
    </figure>
  );
}
