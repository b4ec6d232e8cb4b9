import { formatDuration, formatDurationWords, formatPercent } from '@/utils/core/format';
import type { TalkTimeStats } from '@/utils/core/talk-time';
import type { TranscriptTiming } from '@/utils/core/transcript-format';

const sourceLabel: Record<TalkTimeStats['source'], string> = {
  captions: 'from captions',
  indicators: 'from speaking indicators (no captions)',
  manual: 'from the manual tally',
};

const transcriptLabel: Record<TranscriptTiming, string> = {
  cues: 'from the transcript’s timings',
  starts: 'from the transcript’s start times (a turn lasts until the next begins, at most a second a word)',
  words: 'estimated from the transcript’s words (the file has no timings)',
};

/**
 * Where the figures come from and on what basis, shown above every view of
 * them. For a meeting imported from a transcript, `transcriptTiming` says how
 * the file timed its talk.
 */
export function TalkSourceNote({ stats, transcriptTiming }: { stats: TalkTimeStats; transcriptTiming?: TranscriptTiming }) {
  const basis = stats.shareBasis === 'time' ? 'share of talk time' : 'share of words (no timing available)';
  const from = transcriptTiming && stats.source === 'captions' ? transcriptLabel[transcriptTiming] : sourceLabel[stats.source];
  return (
    <p class="source-note" data-testid="talk-source">
      Talk time {from}, {basis}. Total {formatDuration(stats.totalTalkMs)} from {stats.participants.length}{' '}
      {stats.participants.length === 1 ? 'speaker' : 'speakers'}.
    </p>
  );
}

/** Talk time and share of voice per participant, as bars, most talk first. */
export function TalkTimeList({ stats }: { stats: TalkTimeStats | null }) {
  if (!stats || stats.participants.length === 0) {
    return (
      <p class="empty" data-testid="talk-empty">
        Nobody has spoken yet. Figures appear here as soon as captions show someone speaking.
      </p>
    );
  }
  return (
    <section aria-labelledby="talk-heading">
      <h2 id="talk-heading">Who has spoken</h2>
      <ol class="talk-list" data-testid="talk-list">
        {stats.participants.map((p) => (
          <li key={p.speaker} data-testid="talk-row" data-speaker={p.speaker}>
            <div class="talk-row-text">
              <span class="talk-name">{p.speaker}</span>
              <span class="talk-figures">
                <span data-testid="talk-time" aria-label={formatDurationWords(p.talkMs)}>
                  {formatDuration(p.talkMs)}
                </span>{' '}
                <span class="talk-share" data-testid="talk-share">
                  {formatPercent(p.shareRatio)}
                </span>
              </span>
            </div>
            <div class="bar" aria-hidden="true">
              <div class="bar-fill" style={{ width: `${Math.max(1, Math.round(p.shareRatio * 100))}%` }} />
            </div>
            <div class="talk-detail">
              {p.words} words · {p.turns} {p.turns === 1 ? 'turn' : 'turns'} · longest {formatDuration(p.longestTurnMs)}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
