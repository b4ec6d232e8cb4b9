// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SeriesChart } from '@/components/series-chart';
import { SeriesEvidence } from '@/components/series-evidence';
import { App } from '@/entrypoints/sidepanel/app';
import { useSeriesEvidence, type SeriesEvidenceState } from '@/entrypoints/sidepanel/hooks/use-series-evidence';
import { SeriesView } from '@/entrypoints/sidepanel/series-view';
import type { MeetingDb } from '@/utils/db/database';
import { recordCaptureReport } from '@/utils/db/meetings-repo';
import { makeBatch, makeDb, makeUtterance, T0 } from '../helpers/builders';
import { click, mount, q, qq } from '../helpers/dom';
import { HOSTILE_NAME, makeSeriesRow, oneMeetingSeries, sampleSeriesEvidence } from '../helpers/series-fixtures';

// The repository (utils/db/series-evidence-repo.ts) is not needed here: the view's hook is replaced.
vi.mock('@/entrypoints/sidepanel/hooks/use-series-evidence', () => ({ useSeriesEvidence: vi.fn() }));
const hook = vi.mocked(useSeriesEvidence);

function hookReturns(state: Partial<SeriesEvidenceState>): void {
  hook.mockReturnValue({ evidence: undefined, error: null, retry: vi.fn(), ...state });
}

beforeEach(() => hook.mockReset());

/** The text a screen reader gets for an element referred to by id attributes. */
function textOfIds(root: Element, ids: string | null): string {
  return (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Every control a keyboard user can reach (in tab order), and its accessible name as far as jsdom can tell. */
function focusableControls(root: HTMLElement): { element: HTMLElement; name: string }[] {
  const selector = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => !(element as HTMLButtonElement).disabled)
    .map((element) => ({ element, name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() }));
}

function mountEvidence(evidence = sampleSeriesEvidence(), onOpenMeeting = vi.fn()) {
  const root = mount(<SeriesEvidence evidence={evidence} seriesTitle="Primary Care Commissioning Committee" onOpenMeeting={onOpenMeeting} actions={<button type="button">Evidence pack</button>} />);
  return { root, onOpenMeeting };
}

describe('SeriesChart', () => {
  it('names the chart and describes it with the trend', () => {
    const evidence = sampleSeriesEvidence();
    const root = mount(<SeriesChart meetings={evidence.meetings} trendText={evidence.trendText} />);
    const svg = q(root, 'series-chart-svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.getAttribute('width')).toBe('100%');
    expect(textOfIds(root, svg.getAttribute('aria-labelledby'))).toContain('share of the talk against its share of the seats, 4 meetings');
    expect(svg.querySelector('title')!.id).toBe(svg.getAttribute('aria-labelledby'));
    expect(textOfIds(root, svg.getAttribute('aria-describedby'))).toBe(evidence.trendText);
    expect(textOfIds(root, svg.getAttribute('aria-describedby'))).toContain('fell from 30% to 15%');
  });

  it('draws a bar for every meeting and a point for every meeting with talk (a gap without)', () => {
    const evidence = sampleSeriesEvidence();
    const root = mount(<SeriesChart meetings={evidence.meetings} trendText={evidence.trendText} />);
    expect(qq(root, 'series-chart-seat')).toHaveLength(4);
    expect(qq(root, 'series-chart-talk')).toHaveLength(3);
    // The line breaks at the meeting without talk: two runs, each of its own.
    expect(root.querySelectorAll('polyline')).toHaveLength(1);
    expect(root.querySelector('svg')!.textContent).toContain('0%');
    expect(root.querySelector('svg')!.textContent).toContain('100%');
  });

  it('has a table with one row per meeting, oldest first, with the right percentages', () => {
    const evidence = sampleSeriesEvidence();
    const root = mount(<SeriesChart meetings={evidence.meetings} trendText={evidence.trendText} />);
    const table = q(root, 'series-table');
    expect(table.closest('details')!.querySelector('summary')!.textContent).toBe('Show the figures as a table');
    expect(table.querySelector('caption')!.textContent).toContain('meeting by meeting');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rows = qq(root, 'series-table-row');
    expect(rows.map((r) => r.dataset.meetingId)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(rows.every((r) => r.querySelector('th')!.getAttribute('scope') === 'row')).toBe(true);
    expect(qq(root, 'series-table-seats').map((c) => c.textContent)).toEqual(['40%', '42%', '38%', '44%']);
    expect(qq(root, 'series-table-talk').map((c) => c.textContent)).toEqual(['30%', '22%', 'no talk recorded', '15%']);
    expect(rows[0]!.textContent).toContain('14 Jan 2027');
    expect(rows[1]!.textContent).toContain('12 (5)');
  });

  it('tells talk and seats apart in words, not by colour alone', () => {
    const evidence = sampleSeriesEvidence();
    const root = mount(<SeriesChart meetings={evidence.meetings} trendText={evidence.trendText} />);
    expect(q(root, 'series-legend-seats').textContent).toContain('Hatched bars: primary care’s share of the seats (people present)');
    expect(q(root, 'series-legend-talk').textContent).toContain('Dots joined by a line: primary care’s share of the talk');
    expect(q(root, 'series-legend-gap').textContent).toContain('no talk recorded');
    // Seats are filled with a pattern (hatching), talk with a solid dot: two shapes, not two colours.
    expect(qq(root, 'series-chart-seat')[0]!.getAttribute('fill')).toMatch(/^url\(#/);
    expect(root.querySelector('pattern')).not.toBeNull();
  });

  it('leaves out the gap note when every meeting has talk', () => {
    const meetings = [makeSeriesRow({ meetingId: 'a' }), makeSeriesRow({ meetingId: 'b', startedAtMs: T0 + 1 })];
    const root = mount(<SeriesChart meetings={meetings} trendText="Steady at 25%." />);
    expect(q(root, 'series-legend-gap')).toBeNull();
    expect(root.querySelectorAll('polyline')).toHaveLength(1);
  });
});

describe('SeriesEvidence', () => {
  it('shows every section under its heading, with the pack’s controls under the title', () => {
    const { root } = mountEvidence();
    expect(q(root, 'series-title').textContent).toBe('Primary Care Commissioning Committee');
    expect(q(root, 'series-meta').textContent).toBe('Series of 4 meetings, 14 Jan 2027 to 11 Mar 2027');
    expect(q(root, 'series-actions').textContent).toBe('Evidence pack');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Share of the talk against share of the seats',
      'Never heard',
      'Who speaks for primary care',
      'Decisions taken without primary care',
      'Open and overdue actions by organisation',
      'Allies: others who raise primary care topics',
    ]);
    for (const section of root.querySelectorAll('section.series-section')) {
      expect(root.ownerDocument.getElementById(section.getAttribute('aria-labelledby')!)!.tagName).toBe('H2');
    }
    expect(q(root, 'series-overall').textContent).toBe(
      'Across 3 meetings with talk, primary care held 42% of the seats and 23% of the talk. 3 of 6 decisions were taken without primary care speaking on an item that concerns it.',
    );
  });

  it('lists who was never heard, who speaks for primary care, actions by organisation and allies', () => {
    const { root } = mountEvidence();
    expect(qq(root, 'series-never-heard-item').map((li) => li.textContent)).toEqual([
      'Northby Healthwatch (Healthwatch, present at 3 meetings)',
      `${HOSTILE_NAME} (Not known, present at 1 meeting)`,
    ]);
    const voices = qq(root, 'series-voice').map((tr) => [...tr.children].map((c) => c.textContent));
    expect(voices).toEqual([
      ['Dr Asha Rahman', 'Northby PCN', '3', '12:34'],
      ['Sue Patel', 'Not known', '1', '1:05'],
    ]);
    expect(qq(root, 'series-actions-row').map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['NHS Northby ICB', '2', '1'],
      [HOSTILE_NAME, '1', '0'],
    ]);
    expect(qq(root, 'series-ally').map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([['Mark Evans', 'Northby Council', '7 (in 2 meetings)', 'access, workforce']]);
    for (const table of root.querySelectorAll('.series-section table')) {
      expect(table.querySelector('caption')!.textContent).not.toBe('');
      expect([...table.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'col' || th.getAttribute('scope') === 'row')).toBe(true);
    }
  });

  it('lists the decisions taken without primary care meeting by meeting', () => {
    const { root, onOpenMeeting } = mountEvidence();
    const meetings = qq(root, 'series-decision-meeting');
    expect(meetings.map((m) => m.querySelector('h3')!.textContent)).toEqual(['11 Feb 2027 Primary Care Commissioning Committee', '11 Mar 2027 Primary Care Commissioning Committee']);
    expect(qq(meetings[0]!, 'series-decision').map((li) => li.textContent)).toEqual([
      'D-2027-004 Move the enhanced access hub to the hospital site. Item: Item 5: Enhanced access',
      ' Pause the ARRS recruitment panel.',
    ]);
    expect(qq(meetings[1]!, 'series-decision').map((li) => li.textContent)).toEqual(['D-2027-009 Close the Saturday clinic. Item: Item 3: Estates']);
    click(q(meetings[1]!, 'series-open-meeting'));
    expect(onOpenMeeting).toHaveBeenCalledWith('m4');
  });

  it('says so when no decision was taken without primary care, or none was recorded', () => {
    const base = sampleSeriesEvidence();
    const noneWithout = sampleSeriesEvidence({ meetings: base.meetings.map((m) => ({ ...m, decisionsWithoutPrimaryCare: [] })) });
    expect(q(mountEvidence(noneWithout).root, 'series-decisions-empty').textContent).toBe('No decision in this series was taken without primary care on an item that concerns it.');
    const noDecisions = sampleSeriesEvidence({ meetings: noneWithout.meetings, overall: { ...base.overall, decisions: 0, decisionsWithoutPrimaryCare: 0 } });
    expect(q(mountEvidence(noDecisions).root, 'series-decisions-empty').textContent).toBe('No decisions were recorded in this series.');
  });

  it('has an empty state for each list', () => {
    const { root } = mountEvidence(sampleSeriesEvidence({ neverHeard: [], primaryCareVoices: [], actionsByOrganisation: [], allies: [] }));
    expect(q(root, 'series-never-heard-empty').textContent).toContain('Every organisation present was heard');
    expect(q(root, 'series-voices-empty').textContent).toContain('Nobody from primary care was heard');
    expect(q(root, 'series-actions-empty').textContent).toContain('No actions of this series are open');
    expect(q(root, 'series-allies-empty').textContent).toContain('Nobody outside primary care raised primary care topics');
  });

  it('says there is nothing to compare with one meeting, and offers to open it', () => {
    const { root, onOpenMeeting } = mountEvidence(oneMeetingSeries());
    expect(q(root, 'series-empty').textContent).toContain('This series has only one meeting so far.');
    expect(q(root, 'series-chart')).toBeNull();
    expect(q(root, 'series-actions')).toBeNull();
    expect(q(root, 'series-meta').textContent).toBe('Series of 1 meeting, 14 Jan 2027');
    click(q(root, 'series-open-meeting'));
    expect(onOpenMeeting).toHaveBeenCalledWith('only');
  });

  it('says there is nothing to compare when no meeting has talk, or there are no meetings', () => {
    const base = sampleSeriesEvidence();
    const silent = sampleSeriesEvidence({ meetings: base.meetings.map((m) => ({ ...m, primaryCareTalkShareRatio: null })) });
    expect(q(mountEvidence(silent).root, 'series-empty').textContent).toContain('No talk was recorded at any of the 4 meetings');
    const none = mountEvidence(sampleSeriesEvidence({ meetings: [] })).root;
    expect(q(none, 'series-empty').textContent).toContain('No meetings of this series are stored');
    expect(q(none, 'series-meta').textContent).toBe('Series with no meetings stored');
  });

  it('puts every control in reach of the keyboard, each with a name', () => {
    const { root, onOpenMeeting } = mountEvidence();
    const controls = focusableControls(root);
    expect(controls.length).toBeGreaterThan(5);
    for (const control of controls) expect(control.name, control.element.outerHTML.slice(0, 80)).not.toBe('');
    expect(controls.some((c) => c.element.tagName === 'SUMMARY' && c.name === 'Show the figures as a table')).toBe(true);
    // Every scrolling table box can take focus, so it can be scrolled from the keyboard.
    for (const box of root.querySelectorAll('.table-scroll')) expect(box.getAttribute('tabindex')).toBe('0');
    // Meetings open from the table with a real button.
    const openButtons = qq(q(root, 'series-table'), 'series-open-meeting');
    expect(openButtons.map((b) => b.tagName)).toEqual(['BUTTON', 'BUTTON', 'BUTTON', 'BUTTON']);
    expect(openButtons[2]!.textContent).toBe('PCCC (extraordinary)');
    click(openButtons[2]!);
    expect(onOpenMeeting).toHaveBeenCalledWith('m3');
    expect(root.querySelector('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')).toBeNull();
  });

  it('shows hostile text as text, never as HTML', () => {
    const hostile = sampleSeriesEvidence({
      meetings: sampleSeriesEvidence().meetings.map((m) => ({ ...m, title: HOSTILE_NAME })),
      allies: [{ name: HOSTILE_NAME, organisation: HOSTILE_NAME, sector: 'unknown', primaryCareTurns: 1, meetings: 1, themes: [HOSTILE_NAME] }],
      trendText: `Trend ${HOSTILE_NAME}`,
    });
    const root = mount(<SeriesEvidence evidence={hostile} seriesTitle={HOSTILE_NAME} onOpenMeeting={vi.fn()} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(q(root, 'series-title').textContent).toBe(HOSTILE_NAME);
    expect(q(root, 'series-trend').textContent).toBe(`Trend ${HOSTILE_NAME}`);
    expect(q(root, 'series-never-heard').textContent).toContain(HOSTILE_NAME);
    expect(q(root, 'series-allies').textContent).toContain(HOSTILE_NAME);
    expect(q(root, 'series-table').textContent).toContain(HOSTILE_NAME);
  });
});

describe('SeriesView', () => {
  const db = {} as MeetingDb;

  it('says it is loading, then shows the series titled by its newest meeting', () => {
    hookReturns({});
    const root = mount(<SeriesView db={db} seriesId="s1" onBack={vi.fn()} onOpenMeeting={vi.fn()} />);
    expect(q(root, 'series-loading').textContent).toBe('Loading the series…');
    expect(hook).toHaveBeenCalledWith(db, 's1');
    const evidence = sampleSeriesEvidence();
    hookReturns({ evidence: { ...evidence, meetings: [...evidence.meetings.slice(0, 3), { ...evidence.meetings[3]!, title: 'PCCC March' }] } });
    const again = mount(<SeriesView db={db} seriesId="s1" onBack={vi.fn()} onOpenMeeting={vi.fn()} />);
    expect(q(again, 'series-loading')).toBeNull();
    expect(q(again, 'series-title').textContent).toBe('PCCC March');
  });

  it('says why the series could not be read, and tries again', () => {
    const retry = vi.fn();
    hookReturns({ error: new Error('The database is closed'), retry });
    const onBack = vi.fn();
    const root = mount(<SeriesView db={db} seriesId="s1" onBack={onBack} onOpenMeeting={vi.fn()} backLabel="All meetings" />);
    expect(q(root, 'series-error').getAttribute('role')).toBe('alert');
    expect(q(root, 'series-error').textContent).toContain('Could not read this series: The database is closed');
    expect(q(root, 'series-loading')).toBeNull();
    click(q(root, 'series-retry'));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(q(root, 'series-back').textContent).toBe('← All meetings');
    click(q(root, 'series-back'));
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});

describe('routing to the Series view', () => {
  let appDb: MeetingDb;
  let container: HTMLElement;

  afterEach(async () => {
    render(null, container);
    container.remove();
    await appDb.delete();
  });

  async function settle(): Promise<void> {
    for (let i = 0; i < 10; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }

  /** Two meetings of one series (same Meet link, four weeks apart) and one of its own. */
  async function seedSeries(): Promise<void> {
    const later = T0 + 28 * 86_400_000;
    await recordCaptureReport(appDb, makeBatch({ utterances: [makeUtterance()], isPageClosing: true }), { tabId: 91, nowMs: T0 + 5_000 });
    await recordCaptureReport(
      appDb,
      makeBatch({
        sessionId: 'session-0002',
        joinedAtMs: later,
        sentAtMs: later + 1_000,
        utterances: [makeUtterance({ id: 'session-0002:1', startMs: later + 1_000, endMs: later + 3_000 })],
        isPageClosing: true,
      }),
      { tabId: 92, nowMs: later + 5_000 },
    );
    await recordCaptureReport(
      appDb,
      makeBatch({
        sessionId: 'session-0003',
        meetingUrl: 'https://meet.google.com/abc-defg-hij',
        meeting: { code: 'abc-defg-hij', title: 'Estates working group', selfName: null },
        utterances: [makeUtterance({ id: 'session-0003:1' })],
        isPageClosing: true,
      }),
      { tabId: 93, nowMs: T0 + 10_000 },
    );
  }

  function mountApp(): HTMLElement {
    container = document.createElement('div');
    document.body.append(container);
    act(() => render(<App db={appDb} />, container));
    return container;
  }

  it('opens the series from Past meetings and comes back', async () => {
    appDb = makeDb();
    await seedSeries();
    hookReturns({ evidence: sampleSeriesEvidence() });
    const root = mountApp();
    act(() => q(root, 'nav-history').click());
    await settle();
    const links = qq(root, 'history-series');
    // The two meetings of the series offer it; the meeting of its own does not.
    expect(qq(root, 'history-item')).toHaveLength(3);
    expect(links).toHaveLength(2);
    expect(links[0]!.getAttribute('aria-label')).toBe('See the series: Primary Care Commissioning Committee, 2 meetings');
    expect(links[0]!.textContent).toContain('See the series');
    act(() => links[0]!.click());
    await settle();
    const seriesId = (await appDb.meetings.toArray()).find((m) => m.code === 'pcc-shef-nov')!.seriesId;
    expect(q(root, 'series-view').dataset.seriesId).toBe(seriesId);
    expect(hook).toHaveBeenLastCalledWith(appDb, seriesId);
    expect(q(root, 'series-title').textContent).toBe('Primary Care Commissioning Committee');
    expect(q(root, 'nav-history').getAttribute('aria-current')).toBe('page');
    expect(q(root, 'series-back').textContent).toBe('← All meetings');
    act(() => q(root, 'series-back').click());
    await settle();
    expect(root.querySelector('#history-heading')!.textContent).toBe('Past meetings');
  });

  it('opens the series from a meeting’s header, back to the meeting, and a meeting from the series', async () => {
    appDb = makeDb();
    await seedSeries();
    const first = (await appDb.meetings.orderBy('startedAtMs').toArray()).find((m) => m.code === 'pcc-shef-nov')!;
    const evidence = sampleSeriesEvidence();
    hookReturns({ evidence: { ...evidence, meetings: [{ ...evidence.meetings[0]!, meetingId: first.id }, ...evidence.meetings.slice(1)] } });
    const root = mountApp();
    act(() => q(root, 'nav-history').click());
    await settle();
    const items = qq(root, 'history-item');
    const estates = items.find((b) => b.textContent!.includes('Estates working group'))!;
    act(() => estates.click());
    await settle();
    // A meeting alone in its series has no series to see.
    expect(q(root, 'meeting-title').textContent).toBe('Estates working group');
    expect(q(root, 'open-series')).toBeNull();
    act(() => q(root, 'back').click());
    await settle();
    act(() => qq(root, 'history-item').find((b) => b.textContent!.includes('Primary Care Commissioning Committee'))!.click());
    await settle();
    const meetingId = q(root, 'meeting-view').dataset.meetingId;
    expect(q(root, 'open-series').textContent).toBe('See the series');
    act(() => q(root, 'open-series').click());
    await settle();
    expect(q(root, 'series-view')).not.toBeNull();
    expect(q(root, 'series-back').textContent).toBe('← The meeting');
    act(() => q(root, 'series-back').click());
    await settle();
    expect(q(root, 'meeting-view').dataset.meetingId).toBe(meetingId);
    // From the series, a meeting opens in the meeting view.
    act(() => q(root, 'open-series').click());
    await settle();
    act(() => qq(q(root, 'series-table'), 'series-open-meeting')[0]!.click());
    await settle();
    expect(q(root, 'series-view')).toBeNull();
    expect(q(root, 'meeting-view').dataset.meetingId).toBe(first.id);
  });
});
