// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ActionEditor } from '@/components/action-editor';
import { ActionItem, type ActionView } from '@/components/action-item';
import { ActionLog } from '@/components/action-log';
import { ActionSuggestions, SUGGESTIONS_SHOWN, type SuggestionView } from '@/components/action-suggestions';
import { MeetingActions } from '@/components/meeting-actions';
import type { ActionDraft, ActionFilter } from '@/utils/core/action-log';
import { choose, click, key, mount, q, qq, settle, submit, type } from '../helpers/dom';

const draft = (overrides: Partial<ActionDraft> = {}): ActionDraft => ({
  kind: 'action',
  text: 'Circulate the utilisation data by PCN',
  owner: 'Daniel Okafor',
  organisation: 'NHS South Yorkshire ICB',
  sector: 'icb',
  dueDate: null,
  dueText: 'before the next meeting',
  dueIsNextMeeting: true,
  ...overrides,
});

const action = (overrides: Partial<ActionView> = {}): ActionView => ({
  id: 'a1',
  ref: 'A-2026-001',
  kind: 'action',
  text: 'Circulate the utilisation data by PCN',
  owner: 'Daniel Okafor',
  organisation: 'NHS South Yorkshire ICB',
  dueDate: '2026-11-27',
  dueText: 'by Friday week',
  status: 'open',
  rag: 'red',
  isOverdue: true,
  updates: [],
  closedAtMs: null,
  meeting: null,
  ...overrides,
});

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

describe('ActionEditor', () => {
  it('opens with the wording focused, fills the sector from a known organisation, and saves with Enter', () => {
    const saved: ActionDraft[] = [];
    const root = mount(
      <ActionEditor
        idPrefix="t"
        initial={draft({ organisation: null, sector: null })}
        canChangeKind
        people={['Daniel Okafor']}
        organisations={[{ name: 'Foundry PCN', sector: 'pcn' }]}
        saveLabel="Confirm"
        error={null}
        onSave={(d) => saved.push(d)}
        onCancel={() => undefined}
      />,
    );
    expect(document.activeElement).toBe(q(root, 'editor-text'));
    expect(q(root, 'action-editor').textContent).toContain('Said: “before the next meeting”. The date is filled in when the next meeting of the series is recorded.');
    type(q(root, 'editor-organisation'), 'foundry pcn');
    expect((q(root, 'editor-sector') as HTMLSelectElement).value).toBe('pcn');
    type(q(root, 'editor-due'), '2026-12-16');
    submit(q(root, 'action-editor'));
    expect(saved).toEqual([draft({ organisation: 'foundry pcn', sector: 'pcn', dueDate: '2026-12-16' })]);
  });

  it('cancels with Escape, hides owner and due date for a decision, and shows why a save was refused', () => {
    let cancelled = 0;
    const root = mount(
      <ActionEditor
        idPrefix="t"
        initial={draft({ kind: 'decision' })}
        canChangeKind
        people={[]}
        organisations={[]}
        saveLabel="Save"
        error="Write what the action or decision is."
        onSave={() => undefined}
        onCancel={() => (cancelled += 1)}
      />,
    );
    expect(q(root, 'editor-owner')).toBeNull();
    expect(q(root, 'editor-due')).toBeNull();
    expect(q(root, 'editor-error').getAttribute('role')).toBe('alert');
    expect(q(root, 'action-editor').getAttribute('aria-describedby')).toBe('t-error');
    click(q(root, 'editor-kind-action'));
    expect(q(root, 'editor-owner')).not.toBeNull();
    key(q(root, 'editor-text'), 'Escape');
    expect(cancelled).toBe(1);
  });
});

describe('ActionSuggestions', () => {
  const suggestions: SuggestionView[] = [
    { id: 'u1#0', draft: draft(), quote: 'ACTION: Daniel to circulate the utilisation data by PCN before the next meeting.', speaker: 'Margaret Holloway', atMs: new Date(2026, 10, 18, 10, 42).getTime(), why: 'Recorded as an action for Daniel.', ownerWhy: 'Daniel was named.', isDateToCheck: false },
    { id: 'u2#0d', draft: draft({ kind: 'decision', text: 'The minutes are approved', owner: null, organisation: null, sector: null, dueText: null, dueIsNextMeeting: false }), quote: 'Agreed. The minutes are approved.', speaker: 'Margaret Holloway', atMs: new Date(2026, 10, 18, 10, 5).getTime(), why: 'The outcome was stated.', ownerWhy: null, isDateToCheck: false },
  ];

  it('shows each suggestion with who, when and what was said, and confirms, edits or dismisses it', async () => {
    const confirmed: [string, ActionDraft][] = [];
    const dismissed: string[] = [];
    const root = mount(
      <ActionSuggestions
        suggestions={suggestions}
        people={[]}
        organisations={[]}
        onConfirm={async (s, d) => {
          confirmed.push([s.id, d]);
          return d.text.trim() ? null : 'Write what the action or decision is.';
        }}
        onDismiss={(s) => dismissed.push(s.id)}
      />,
    );
    expect(qq(root, 'suggestion').map((s) => s.dataset.kind)).toEqual(['action', 'decision']);
    expect(q(root, 'suggestion-detail').textContent).toBe('Daniel Okafor · NHS South Yorkshire ICB · due before the next meeting');
    expect(root.querySelector('.said summary')!.textContent).toBe('What was said, 10:42');
    expect(root.querySelector('.said blockquote')!.textContent).toBe('“ACTION: Daniel to circulate the utilisation data by PCN before the next meeting.”Margaret Holloway');
    expect(qq(root, 'suggestion-confirm')[0]!.getAttribute('aria-label')).toBe('Confirm action: Circulate the utilisation data by PCN');

    click(qq(root, 'suggestion-dismiss')[1]!);
    expect(dismissed).toEqual(['u2#0d']);

    click(qq(root, 'suggestion-edit')[0]!);
    type(q(root, 'editor-text'), ' ');
    submit(q(root, 'action-editor'));
    await settle();
    expect(q(root, 'editor-error').textContent).toBe('Write what the action or decision is.');
    type(q(root, 'editor-text'), 'Circulate the data with DNA rates');
    submit(q(root, 'action-editor'));
    await settle();
    expect(q(root, 'action-editor')).toBeNull();
    expect(confirmed.map(([id, d]) => [id, d.text])).toEqual([
      ['u1#0', ' '],
      ['u1#0', 'Circulate the data with DNA rates'],
    ]);
  });

  it('says why each was suggested, where its date came from, and asks to check a date already past', () => {
    const dated: SuggestionView = {
      ...suggestions[0]!,
      id: 'u3#0',
      draft: draft({ dueDate: '2026-11-25', dueText: 'by the twenty-fifth of November', dueIsNextMeeting: false }),
      isDateToCheck: true,
    };
    const root = mount(<ActionSuggestions suggestions={[dated]} people={[]} organisations={[]} onConfirm={async () => null} onDismiss={() => undefined} />);
    expect(q(root, 'suggestion-detail').textContent).toBe('Daniel Okafor · NHS South Yorkshire ICB · due 25 Nov 2026 (from “by the twenty-fifth of November”)');
    expect(q(root, 'suggestion-check-date').textContent).toContain('Check the date: “by the twenty-fifth of November” is already past');
    expect(q(root, 'suggestion-why').textContent).toBe('Why suggested?Recorded as an action for Daniel. Daniel was named.');
  });

  it('confirms every suggestion shown at once, keeping any refused with its reason', async () => {
    const confirmed: string[] = [];
    const root = mount(
      <ActionSuggestions
        suggestions={suggestions}
        people={[]}
        organisations={[]}
        onConfirm={async (s) => {
          confirmed.push(s.id);
          return s.draft.kind === 'decision' ? 'That decision is already in the log.' : null;
        }}
        onDismiss={() => undefined}
      />,
    );
    expect(q(root, 'suggestions-confirm-all').textContent).toBe('Confirm all 2 shown');
    click(q(root, 'suggestions-confirm-all'));
    await settle();
    expect(confirmed).toEqual(['u1#0', 'u2#0d']);
    expect(qq(root, 'suggestion')[1]!.querySelector('[role="alert"]')!.textContent).toBe('That decision is already in the log.');
  });

  it('renders captions as text, never as markup', () => {
    const root = mount(
      <ActionSuggestions
        suggestions={[{ ...suggestions[0]!, draft: draft({ text: HOSTILE, owner: HOSTILE }), quote: HOSTILE, speaker: HOSTILE }]}
        people={[]}
        organisations={[]}
        onConfirm={async () => null}
        onDismiss={() => undefined}
      />,
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(q(root, 'suggestion-text').textContent).toBe(HOSTILE);
  });

  it('draws the oldest suggestions of a long meeting first, and the rest on request', () => {
    const many = Array.from({ length: SUGGESTIONS_SHOWN + 12 }, (_, i) => ({ ...suggestions[0]!, id: `u${i}#0`, draft: draft({ text: `Action number ${i}` }) }));
    const root = mount(<ActionSuggestions suggestions={many} people={[]} organisations={[]} onConfirm={async () => null} onDismiss={() => undefined} />);
    expect(qq(root, 'suggestion')).toHaveLength(SUGGESTIONS_SHOWN);
    expect(q(root, 'suggestion-text').textContent).toBe('Action number 0');
    expect(root.querySelector('h3')!.textContent).toBe(`Suggested from the captions (${SUGGESTIONS_SHOWN + 12})`);
    expect(q(root, 'suggestions-more').textContent).toBe('Show 12 more suggestions');
    click(q(root, 'suggestions-more'));
    expect(qq(root, 'suggestion')).toHaveLength(SUGGESTIONS_SHOWN + 12);
    expect(q(root, 'suggestions-more')).toBeNull();
  });
});

describe('ActionItem', () => {
  it('shows RAG in words, the due date, and takes a status change and a dated update', async () => {
    const statuses: string[] = [];
    const updates: string[] = [];
    const root = mount(
      <ul>
        <ActionItem
          action={action({ updates: [{ atMs: new Date(2026, 10, 20).getTime(), text: 'Chased.' }] })}
          onStatus={(s) => statuses.push(s)}
          onAddUpdate={async (text) => {
            updates.push(text);
            return text.trim() ? null : 'Write the update first.';
          }}
          onEdit={() => undefined}
        />
      </ul>,
    );
    expect(q(root, 'rag').textContent).toBe('Red');
    expect(root.querySelector('.action-meta')!.textContent).toBe('Daniel Okafor · NHS South Yorkshire ICB · Due 27 Nov 2026 (overdue)');
    expect(root.querySelector('.action-updates summary')!.textContent).toBe('Updates (1) for A-2026-001');
    choose(q(root, 'action-status'), 'done');
    expect(statuses).toEqual(['done']);
    submit(root.querySelector('.update-form') as HTMLElement);
    await settle();
    expect(root.querySelector('.update-form [role="alert"]')!.textContent).toBe('Write the update first.');
    type(q(root, 'update-text'), 'Sent to all practices.');
    submit(root.querySelector('.update-form') as HTMLElement);
    await settle();
    expect(updates).toEqual(['', 'Sent to all practices.']);
    expect((q(root, 'update-text') as HTMLInputElement).value).toBe('');
  });
});

describe('MeetingActions', () => {
  const handlers = {
    people: [],
    organisations: [],
    draftOf: () => draft(),
    onMoveSeries: () => undefined,
    onConfirm: async () => null,
    onDismiss: () => undefined,
    onEdit: async () => null,
    onStatus: () => undefined,
    onAddUpdate: async () => null,
  };

  it('adds by hand from the keyboard and offers to move the meeting to another series or its own', async () => {
    const added: ActionDraft[] = [];
    const moves: string[] = [];
    const root = mount(
      <MeetingActions
        {...handlers}
        series={{ current: { seriesId: 's1', title: 'PCCC – December', meetingCount: 2 }, others: [{ seriesId: 's2', title: 'LMC liaison', meetingCount: 3 }] }}
        carriedForward={[action({ meeting: { title: 'PCCC – November', startedAtMs: new Date(2026, 10, 18).getTime() } })]}
        suggestions={[]}
        confirmed={[]}
        onAdd={async (d) => {
          added.push(d);
          return null;
        }}
        onMoveSeries={(target) => moves.push(target)}
      />,
    );
    expect(q(root, 'series').querySelector('summary')!.textContent).toBe('Series: PCCC – December (1 earlier meeting)');
    expect(q(root, 'carried-forward').textContent).toContain('From PCCC – November, 18 Nov 2026');
    expect(q(root, 'confirmed-actions').textContent).toContain('None yet.');
    expect([...(q(root, 'series-target') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Move this meeting to…',
      'A series of its own',
      'LMC liaison (3 meetings)',
    ]);
    choose(q(root, 'series-target'), 's2');
    submit(q(root, 'series-target').closest('form') as HTMLElement);
    expect(moves).toEqual(['s2']);

    click(q(root, 'add-decision'));
    expect(document.activeElement).toBe(q(root, 'editor-text'));
    type(q(root, 'editor-text'), 'Winter LES commissioned');
    submit(q(root, 'action-editor'));
    await settle();
    expect(added.map((d) => [d.kind, d.text])).toEqual([['decision', 'Winter LES commissioned']]);
    expect(q(root, 'action-editor')).toBeNull();
  });
});

describe('ActionLog', () => {
  const props = {
    organisations: ['NHS South Yorkshire ICB'],
    sectors: ['icb' as const],
    people: [],
    knownOrganisations: [],
    exportError: null,
    draftOf: () => draft(),
    onStatus: () => undefined,
    onAddUpdate: async () => null,
    onEdit: async () => null,
    onExportCsv: () => undefined,
    onExportCalendar: () => undefined,
  };
  const filter: ActionFilter = { show: 'open', organisation: null, sector: null };

  it('filters by status, organisation and sector, and exports what is shown', () => {
    const filters: ActionFilter[] = [];
    let exported = 0;
    const root = mount(
      <ActionLog {...props} actions={[action()]} counts={{ open: 1, overdue: 1 }} filter={filter} onFilter={(f) => filters.push(f)} onExportCsv={() => (exported += 1)} />,
    );
    expect(q(root, 'action-counts').textContent).toBe('1 open, 1 overdue, across all meetings.');
    choose(q(root, 'log-show'), 'overdue');
    choose(q(root, 'log-organisation'), 'NHS South Yorkshire ICB');
    choose(q(root, 'log-sector'), 'icb');
    expect(filters).toEqual([
      { show: 'overdue', organisation: null, sector: null },
      { show: 'open', organisation: 'NHS South Yorkshire ICB', sector: null },
      { show: 'open', organisation: null, sector: 'icb' },
    ]);
    click(q(root, 'export-csv'));
    expect(exported).toBe(1);
  });

  it('says what to do when there is nothing yet, and when filters match nothing', () => {
    const empty = mount(<ActionLog {...props} actions={[]} counts={{ open: 0, overdue: 0 }} filter={filter} onFilter={() => undefined} />);
    expect(q(empty, 'action-log-empty').textContent).toBe(
      'No actions yet. Confirm suggestions in a meeting, or add your own, and they will be tracked here across meetings.',
    );
    expect((q(empty, 'export-csv') as HTMLButtonElement).disabled).toBe(true);
    const filtered = mount(<ActionLog {...props} actions={[]} counts={{ open: 3, overdue: 0 }} filter={{ ...filter, show: 'overdue' }} onFilter={() => undefined} />);
    expect(q(filtered, 'action-log-empty').textContent).toBe('Nothing matches these filters.');
  });
});
