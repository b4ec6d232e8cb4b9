import { formatDuration, formatPercent } from '@/utils/core/format';

/** One bar in a share-of-voice chart. */
export interface ShareBar {
  readonly id: string;
  readonly name: string;
  readonly shareRatio: number;
  readonly talkMs: number;
  readonly colour: string;
  /** A short second line, e.g. the sector or the people. */
  readonly detail?: string;
}

/** Share of voice as labelled horizontal bars; the text carries every figure, the bars only illustrate. */
export function ShareChart({ bars, testId, emptyText }: { bars: readonly ShareBar[]; testId: string; emptyText: string }) {
  if (!bars.length) return <p class="empty">{emptyText}</p>;
  return (
    <ol class="talk-list" data-testid={testId}>
      {bars.map((bar) => (
        <li key={bar.id} data-testid={`${testId}-row`} data-name={bar.name}>
          <div class="talk-row-text">
            <span class="talk-name">
              <span class="swatch" style={{ background: bar.colour }} aria-hidden="true" />
              {bar.name}
            </span>
            <span class="talk-figures">
              {formatDuration(bar.talkMs)}{' '}
              <span class="talk-share" data-testid={`${testId}-share`}>
                {formatPercent(bar.shareRatio)}
              </span>
            </span>
          </div>
          <div class="bar" aria-hidden="true">
            <div class="bar-fill" style={{ width: `${Math.max(1, Math.round(bar.shareRatio * 100))}%`, background: bar.colour }} />
          </div>
          {bar.detail ? <div class="talk-detail">{bar.detail}</div> : null}
        </li>
      ))}
    </ol>
  );
}
