import type { ComponentChildren } from 'preact';
import { formatDate, formatDuration, formatPercent } from '@/utils/core/format';
import type { SeriesEvidence as SeriesEvidenceData, SeriesMeetingRow } from '@/utils/core/series-types';
import { sectorById } from '@/utils/core/taxonomy';
import { meetingName, SeriesChart } from './series-chart';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** A meeting's name that opens it. */
function MeetingLink({ row, onOpenMeeting }: { row: SeriesMeetingRow; onOpenMeeting: (meetingId: string) => void }) {
  return (
    <button type="button" class="link inline series-meeting-link" onClick={() => onOpenMeeting(row.meetingId)} data-testid="series-open-meeting">
      {meetingName(row)}
    </button>
  );
}

/** A table in a box that scrolls on its own in a narrow panel. */
function ScrollTable({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-label={`${label}, table`} tabIndex={0}>
      {children}
    </div>
  );
}

/** Why there is nothing to compare yet, or null when there is. */
function emptyReason(evidence: SeriesEvidenceData): string | null {
  const count = evidence.meetings.length;
  if (count === 0) return 'No meetings of this series are stored in this browser.';
  if (count === 1) return 'This series has only one meeting so far. The Series view compares meetings: it fills in once a second meeting of the series is recorded.';
  if (evidence.meetings.every((m) => m.primaryCareTalkShareRatio === null)) {
    return `No talk was recorded at any of the ${count} meetings of this series, so there is no share of the talk to compare yet.`;
  }
  return null;
}

/** The headline across the series, in one sentence. */
function overallText(evidence: SeriesEvidenceData): string {
  const o = evidence.overall;
  const parts: string[] = [];
  if (o.primaryCareSeatShareRatio !== null && o.primaryCareTalkShareRatio !== null) {
    parts.push(
      `Across ${plural(o.meetings, 'meeting', 'meetings')} with talk, primary care held ${formatPercent(o.primaryCareSeatShareRatio)} of the seats and ${formatPercent(o.primaryCareTalkShareRatio)} of the talk.`,
    );
  } else if (o.primaryCareTalkShareRatio !== null) {
    parts.push(`Across ${plural(o.meetings, 'meeting', 'meetings')} with talk, primary care had ${formatPercent(o.primaryCareTalkShareRatio)} of the talk.`);
  }
  if (o.decisions) {
    parts.push(`${o.decisionsWithoutPrimaryCare} of ${plural(o.decisions, 'decision was', 'decisions were')} taken without primary care speaking on an item that concerns it.`);
  }
  return parts.join(' ');
}

/** A section with its heading. */
function Section({ id, heading, children, testId }: { id: string; heading: string; children: ComponentChildren; testId: string }) {
  return (
    <section class="series-section" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/**
 * A series in one picture: primary care's share of the talk against its
 * share of the seats meeting by meeting, who was never heard, who speaks for
 * primary care, decisions taken without primary care, open and overdue
 * actions by organisation, and the allies who raise primary care topics.
 * Every piece of text is rendered as text. `actions` (the evidence pack's
 * buttons) is shown under the heading once there is evidence to share.
 */
export function SeriesEvidence({
  evidence,
  seriesTitle,
  onOpenMeeting,
  actions,
}: {
  evidence: SeriesEvidenceData;
  seriesTitle: string;
  onOpenMeeting: (meetingId: string) => void;
  /** The evidence pack's controls, shown under the heading. */
  actions?: ComponentChildren;
}) {
  const { meetings } = evidence;
  const first = meetings[0];
  const last = meetings[meetings.length - 1];
  const empty = emptyReason(evidence);
  const withoutPrimaryCare = meetings.filter((m) => m.decisionsWithoutPrimaryCare.length > 0);
  return (
    <div class="series-evidence" data-testid="series-evidence">
      <header class="series-header">
        <h1 id="series-heading" data-testid="series-title">
          {seriesTitle}
        </h1>
        <p class="meeting-meta" data-testid="series-meta">
          {first && last
            ? `Series of ${plural(meetings.length, 'meeting', 'meetings')}${meetings.length > 1 ? `, ${formatDate(first.startedAtMs)} to ${formatDate(last.startedAtMs)}` : `, ${formatDate(first.startedAtMs)}`}`
            : 'Series with no meetings stored'}
        </p>
      </header>
      {empty ? (
        <div class="series-empty" data-testid="series-empty">
          <p class="empty">{empty}</p>
          {meetings.length ? (
            <ul class="series-meeting-list">
              {meetings.map((m) => (
                <li key={m.meetingId}>
                  {formatDate(m.startedAtMs)} <MeetingLink row={m} onOpenMeeting={onOpenMeeting} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : (
        <>
          {actions ? (
            <div class="actions series-actions" data-testid="series-actions">
              {actions}
            </div>
          ) : null}
          <p class="series-overall" data-testid="series-overall">
            {overallText(evidence)}
          </p>
          <Section id="series-chart-heading" heading="Share of the talk against share of the seats" testId="series-chart-section">
            <SeriesChart meetings={meetings} trendText={evidence.trendText} onOpenMeeting={onOpenMeeting} />
          </Section>
          <Section id="series-never-heard-heading" heading="Never heard" testId="series-never-heard">
            {evidence.neverHeard.length ? (
              <>
                <p class="hint">Organisations present at one or more meetings and never heard at any.</p>
                <ul class="series-list">
                  {evidence.neverHeard.map((o) => (
                    <li key={`${o.name}-${o.sector}`} data-testid="series-never-heard-item">
                      {o.name}{' '}
                      <span class="attendee-times">
                        ({sectorById(o.sector).short}, present at {plural(o.meetingsPresent, 'meeting', 'meetings')})
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p class="empty" data-testid="series-never-heard-empty">
                Every organisation present was heard at one meeting or more.
              </p>
            )}
          </Section>
          <Section id="series-voices-heading" heading="Who speaks for primary care" testId="series-voices">
            {evidence.primaryCareVoices.length ? (
              <ScrollTable label="Who speaks for primary care">
                <table class="summary-table" data-testid="series-voices-table">
                  <caption class="visually-hidden">Who speaks for primary care, most meetings spoken in first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Organisation</th>
                      <th scope="col">Meetings spoken</th>
                      <th scope="col">Talk</th>
                    </tr>
                  </thead>
                  <tbody>
                    {evidence.primaryCareVoices.map((v) => (
                      <tr key={`${v.name}-${v.organisation ?? ''}`} data-testid="series-voice">
                        <th scope="row">{v.name}</th>
                        <td>{v.organisation ?? 'Not known'}</td>
                        <td>{v.meetingsSpoken}</td>
                        <td>{formatDuration(v.talkMs)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            ) : (
              <p class="empty" data-testid="series-voices-empty">
                Nobody from primary care was heard at any meeting of this series.
              </p>
            )}
          </Section>
          <Section id="series-decisions-heading" heading="Decisions taken without primary care" testId="series-decisions">
            {withoutPrimaryCare.length ? (
              <>
                <p class="hint">Decisions taken on an item that concerns primary care, with nobody from primary care speaking on it, meeting by meeting.</p>
                {withoutPrimaryCare.map((m) => (
                  <section key={m.meetingId} class="series-decision-meeting" aria-label={`${formatDate(m.startedAtMs)}, ${meetingName(m)}`} data-testid="series-decision-meeting">
                    <h3>
                      <span class="series-date">{formatDate(m.startedAtMs)}</span> <MeetingLink row={m} onOpenMeeting={onOpenMeeting} />
                    </h3>
                    <ul class="series-list">
                      {m.decisionsWithoutPrimaryCare.map((d, i) => (
                        <li key={`${d.ref ?? ''}-${i}`} data-testid="series-decision">
                          {d.ref ? <span class="action-ref">{d.ref}</span> : null} <span class="action-text">{d.text}</span>
                          {d.itemLabel ? <span class="attendee-times series-item"> Item: {d.itemLabel}</span> : null}
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </>
            ) : (
              <p class="empty" data-testid="series-decisions-empty">
                {evidence.overall.decisions
                  ? 'No decision in this series was taken without primary care on an item that concerns it.'
                  : 'No decisions were recorded in this series.'}
              </p>
            )}
          </Section>
          <Section id="series-actions-heading" heading="Open and overdue actions by organisation" testId="series-actions-by-organisation">
            {evidence.actionsByOrganisation.length ? (
              <ScrollTable label="Open and overdue actions by organisation">
                <table class="summary-table" data-testid="series-actions-table">
                  <caption class="visually-hidden">Open and overdue actions by the owner’s organisation, most open first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Organisation</th>
                      <th scope="col">Open</th>
                      <th scope="col">Overdue</th>
                    </tr>
                  </thead>
                  <tbody>
                    {evidence.actionsByOrganisation.map((a) => (
                      <tr key={a.organisation} data-testid="series-actions-row">
                        <th scope="row">{a.organisation}</th>
                        <td>{a.open}</td>
                        <td>{a.overdue}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            ) : (
              <p class="empty" data-testid="series-actions-empty">
                No actions of this series are open.
              </p>
            )}
          </Section>
          <Section id="series-allies-heading" heading="Allies: others who raise primary care topics" testId="series-allies">
            {evidence.allies.length ? (
              <ScrollTable label="Allies who raise primary care topics">
                <table class="summary-table" data-testid="series-allies-table">
                  <caption class="visually-hidden">People outside primary care who raised primary care topics most, across the series</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Organisation</th>
                      <th scope="col">Turns</th>
                      <th scope="col">Themes</th>
                    </tr>
                  </thead>
                  <tbody>
                    {evidence.allies.map((a) => (
                      <tr key={`${a.name}-${a.organisation ?? ''}`} data-testid="series-ally">
                        <th scope="row">{a.name}</th>
                        <td>{a.organisation ?? 'Not known'}</td>
                        <td>
                          {a.primaryCareTurns} <span class="attendee-times">(in {plural(a.meetings, 'meeting', 'meetings')})</span>
                        </td>
                        <td>{a.themes.length ? a.themes.join(', ') : 'None named'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            ) : (
              <p class="empty" data-testid="series-allies-empty">
                Nobody outside primary care raised primary care topics in this series.
              </p>
            )}
          </Section>
        </>
      )}
    </div>
  );
}
