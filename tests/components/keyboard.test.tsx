// @vitest-environment jsdom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ActionSuggestions, type SuggestionView } from '@/components/action-suggestions';
import { DeleteMeeting } from '@/components/delete-meeting';
import { HealthMessages } from '@/components/health-messages';
import { ParticipantOrganisations, type ParticipantOrganisationRow } from '@/components/participant-organisations';
import { TimelineStrip } from '@/components/timeline-strip';
import type { ActionDraft } from '@/utils/core/action-log';
import { click, key, mount, q, qq, settle, submit, type } from '../helpers/dom';

const draft = (text: string): ActionDraft => ({
  kind: 'action',
  text,
  owner: 'Daniel Okafor',
  organisation: null,
  sector: null,
  dueDate: null,
  dueText: null,
  dueIsNextMeeting: false,
});

const suggestion = (id: string, text: string): SuggestionView => ({
  id,
  draft: draft(text),
  quote: text,
  speaker: 'Margaret Holloway',
  atMs: Date.UTC(2026, 10, 18, 10, 5),
  why: 'Recorded as an action.',
  ownerWhy: null,
  isDateToCheck: false,
});

/** The suggestions as the panel holds them: a handled one leaves the list once the database says so. */
function Suggestions(props: { initial: SuggestionView[]; refuse?: string }) {
  const [list, setList] = useState(props.initial);
  const remove = (id: string): void => setList((previous) => previous.filter((s) => s.id !== id));
  return (
    <ActionSuggestions
      suggestions={list}
      people={[]}
      organisations={[]}
      onConfirm={async (s, d) => {
        if (props.refuse && d.text === props.refuse) return 'That action is already in the log.';
        remove(s.id);
        return null;
      }}
      onDismiss={(s) => remove(s.id)}
    />
  );
}

const focusedSuggestionText = (): string | null | undefined => document.activeElement?.closest('li.suggestion')?.querySelector('[data-testid="suggestion-text"]')?.textContent;

describe('the suggestion list, by keyboard and screen reader', () => {
  const three = [suggestion('u1#0', 'Circulate the utilisation data'), suggestion('u2#0', 'Book the development session'), suggestion('u3#0', 'Share the estates survey')];

  it('moves focus to the next suggestion after Confirm, Dismiss and Save, and announces each result', async () => {
    const root = mount(<Suggestions initial={three} />);
    click(qq(root, 'suggestion-confirm')[0]!);
    await settle();
    expect(focusedSuggestionText()).toBe('Book the development session');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('suggestion-confirm');
    expect(q(root, 'suggestions-status').getAttribute('role')).toBe('status');
    expect(q(root, 'suggestions-status').textContent).toBe('Action recorded: Circulate the utilisation data');

    click(qq(root, 'suggestion-dismiss')[0]!);
    await settle();
    expect(focusedSuggestionText()).toBe('Share the estates survey');
    expect(q(root, 'suggestions-status').textContent).toBe('Action dismissed: Book the development session');

    click(q(root, 'suggestion-edit'));
    type(q(root, 'editor-text'), 'Share the estates survey with practices');
    submit(q(root, 'action-editor'));
    await settle();
    expect(qq(root, 'suggestion')).toHaveLength(0);
    expect(document.activeElement).toBe(root.querySelector('#suggestions-heading'));
    expect(q(root, 'suggestions-done').textContent).toBe('All reviewed.');
    expect(q(root, 'suggestions-status').textContent).toBe('Action recorded: Share the estates survey with practices');
  });

  it('goes back to the suggestion before when the last one is handled', async () => {
    const root = mount(<Suggestions initial={three} />);
    click(qq(root, 'suggestion-dismiss')[2]!);
    await settle();
    expect(focusedSuggestionText()).toBe('Book the development session');
  });

  it('returns Escape in the editor to the suggestion’s Edit button', async () => {
    const root = mount(<Suggestions initial={three} />);
    click(qq(root, 'suggestion-edit')[1]!);
    expect(document.activeElement).toBe(q(root, 'editor-text'));
    key(q(root, 'editor-text'), 'Escape');
    await settle();
    expect(q(root, 'action-editor')).toBeNull();
    expect(document.activeElement).toBe(qq(root, 'suggestion-edit')[1]);
    expect(q(root, 'suggestions-status').textContent).toBe('Not changed.');
  });

  it('leaves focus where the user moved it when a save finishes after they have gone on to something else', async () => {
    let finishSave: (error: string | null) => void = () => undefined;
    const root = mount(
      <div>
        <ActionSuggestions suggestions={three} people={[]} organisations={[]} onConfirm={() => new Promise((resolve) => (finishSave = resolve))} onDismiss={() => undefined} />
        <button type="button" data-testid="elsewhere">Add action</button>
      </div>,
    );
    const confirm = qq(root, 'suggestion-confirm')[0]!;
    confirm.focus();
    click(confirm);
    q(root, 'elsewhere').focus();
    await act(async () => finishSave(null));
    await settle();
    expect(document.activeElement).toBe(q(root, 'elsewhere'));
    expect(q(root, 'suggestions-status').textContent).toBe('Action recorded: Circulate the utilisation data');
  });

  it('keeps focus on a suggestion that was refused, with its reason as an alert', async () => {
    const root = mount(<Suggestions initial={three} refuse="Circulate the utilisation data" />);
    const confirm = qq(root, 'suggestion-confirm')[0]!;
    confirm.focus();
    click(confirm);
    await settle();
    expect(document.activeElement).toBe(confirm);
    expect(qq(root, 'suggestion')[0]!.querySelector('[role="alert"]')?.textContent).toBe('That action is already in the log.');
  });
});

describe('the organisation search, by keyboard', () => {
  const rows: ParticipantOrganisationRow[] = [
    { displayName: 'Mark Ellison', personName: 'Mark Ellison', organisationName: null, sector: 'unknown', confidence: 'none', reason: 'Nothing said.', isRoom: false },
    { displayName: 'Helen Marsh', personName: 'Helen Marsh', organisationName: 'NHS South Yorkshire ICB', sector: 'icb', confidence: 'high', reason: 'Display name.', isRoom: false },
  ];

  it('takes focus when opened, and gives it back to the person’s button on Escape or a choice', async () => {
    const chosen: string[] = [];
    const root = mount(
      <ParticipantOrganisations
        rows={rows}
        suggest={() => [{ id: 'ods:RHQ', name: 'SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST', sector: 'acute_trust', odsCode: 'RHQ' }]}
        onAssign={(name, choice) => chosen.push(`${name}→${choice.name}`)}
      />,
    );
    click(qq(root, 'assign-org-open')[0]!);
    expect(document.activeElement).toBe(q(root, 'assign-org-input'));
    key(q(root, 'assign-org-input'), 'Escape');
    await settle();
    expect(document.activeElement).toBe(qq(root, 'assign-org-open')[0]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Assign organisation for Mark Ellison');

    click(qq(root, 'assign-org-open')[1]!);
    expect(document.activeElement).toBe(q(root, 'assign-org-input'));
    type(q(root, 'assign-org-input'), 'sheff');
    key(q(root, 'assign-org-input'), 'Enter');
    await settle();
    expect(chosen).toEqual(['Helen Marsh→SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Change organisation for Helen Marsh');
  });

  it('gives focus back on Escape even when a live update redrew the list just before, its effect still pending', async () => {
    const people = (list: readonly ParticipantOrganisationRow[]) => <ParticipantOrganisations rows={list} suggest={() => []} onAssign={() => undefined} />;
    const root = mount(people(rows));
    click(qq(root, 'assign-org-open')[0]!);
    // Outside act, as the side panel does every second: drawn now, its effect left for after the paint.
    render(people([...rows]), root);
    q(root, 'assign-org-input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Assign organisation for Mark Ellison');
  });

  it('takes the sector question into focus for a new organisation, and Escape goes back to the search', async () => {
    const root = mount(<ParticipantOrganisations rows={rows} suggest={() => []} onAssign={() => undefined} />);
    click(qq(root, 'assign-org-open')[0]!);
    type(q(root, 'assign-org-input'), 'Voluntary Action Sheffield');
    key(q(root, 'assign-org-input'), 'Enter');
    await settle();
    expect(document.activeElement).toBe(q(root, 'assign-new-sector'));
    key(q(root, 'assign-new-sector'), 'Escape');
    await settle();
    expect(document.activeElement).toBe(q(root, 'assign-org-input'));
    expect((q(root, 'assign-org-input') as HTMLInputElement).value).toBe('Voluntary Action Sheffield');
  });
});

describe('deleting a meeting, by keyboard', () => {
  it('takes focus to the question, and Escape withdraws it with focus back on the button', () => {
    let deleted = 0;
    const root = mount(<DeleteMeeting title="Estates group" error={null} onDelete={() => (deleted += 1)} />);
    click(q(root, 'delete-meeting'));
    expect(document.activeElement).toBe(q(root, 'delete-meeting-confirm'));
    key(q(root, 'delete-meeting-confirm'), 'Escape');
    expect(q(root, 'delete-meeting-question')).toBeNull();
    expect(document.activeElement).toBe(q(root, 'delete-meeting'));
    expect(deleted).toBe(0);
  });
});

describe('HealthMessages', () => {
  it('keeps the list a list: the live region is its wrapper', () => {
    const root = mount(<HealthMessages messages={[{ id: 'ok', level: 'ok', text: 'Receiving captions.' }]} />);
    const list = q(root, 'health');
    expect(list.tagName).toBe('UL');
    expect(list.getAttribute('role')).toBeNull();
    expect(list.parentElement?.getAttribute('role')).toBe('status');
    expect(list.parentElement?.getAttribute('aria-live')).toBe('polite');
  });
});

describe('the timeline strip, without a mouse or colour', () => {
  const segments = [
    { startMs: Date.UTC(2026, 10, 18, 10, 0), endMs: Date.UTC(2026, 10, 18, 10, 2), sector: 'general_practice' as const, speakers: ['Dr Tom Richards'] },
    { startMs: Date.UTC(2026, 10, 18, 10, 2), endMs: Date.UTC(2026, 10, 18, 10, 3), sector: 'pcn' as const, speakers: ['Jo Hart', 'Sam Green'] },
    { startMs: Date.UTC(2026, 10, 18, 10, 3), endMs: Date.UTC(2026, 10, 18, 10, 5), sector: 'general_practice' as const, speakers: ['Dr Tom Richards'] },
  ];

  it('reads each stretch with the arrow keys, Home and End, as a slider', () => {
    const root = mount(<TimelineStrip segments={segments} startMs={segments[0]!.startMs} endMs={segments[2]!.endMs} />);
    const strip = q(root, 'timeline-strip');
    expect(strip.getAttribute('role')).toBe('slider');
    expect(strip.tabIndex).toBe(0);
    act(() => strip.focus());
    expect(q(root, 'timeline-detail').textContent).toMatch(/^\d\d:00 for 2 minutes, General practice: Dr Tom Richards$/);
    key(strip, 'ArrowRight');
    expect(strip.getAttribute('aria-valuenow')).toBe('2');
    expect(strip.getAttribute('aria-valuetext')).toMatch(/^Stretch 2 of 3: \d\d:02 for 1 minute, Primary care network: Jo Hart, Sam Green$/);
    expect(q(root, 'timeline-detail').textContent).toContain('Primary care network: Jo Hart, Sam Green');
    key(strip, 'End');
    expect(strip.getAttribute('aria-valuenow')).toBe('3');
    key(strip, 'ArrowRight');
    expect(strip.getAttribute('aria-valuenow')).toBe('3');
    key(strip, 'Home');
    expect(strip.getAttribute('aria-valuenow')).toBe('1');
  });

  it('gives each sector its own pattern as well as its colour, the same in the legend', () => {
    const root = mount(<TimelineStrip segments={segments} startMs={segments[0]!.startMs} endMs={segments[2]!.endMs} />);
    const fills = [...root.querySelectorAll<HTMLElement>('.timeline-segment')].map((s) => s.style.backgroundImage);
    expect(fills[0]).toBe(fills[2]);
    expect(fills[0]).not.toBe(fills[1]);
    const legend = [...root.querySelectorAll<HTMLElement>('.timeline-swatch')].map((s) => s.style.backgroundImage);
    expect(legend).toEqual([fills[0], fills[1]]);
    expect(qq(root, 'timeline-legend-item').map((li) => li.textContent)).toEqual(['GP', 'PCN']);
  });
});
