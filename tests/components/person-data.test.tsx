// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PersonData, type PersonDataOutcome, type PersonDataSummary } from '@/components/person-data';
import { click, key, mount, q, qq, settle, type } from '../helpers/dom';

const FOUND: PersonDataSummary = {
  meetings: [{ id: 'm1', title: 'Primary Care Commissioning Committee', startedAtMs: Date.UTC(2026, 10, 18, 10), isLive: false }],
  captions: 12,
  speakingTimes: 0,
  attendance: 1,
  tallyTurns: 0,
  introductions: 1,
  actionsOwned: 1,
  rememberedChoices: 1,
  mentions: 2,
  summaries: 0,
};

function setup(overrides: { onDelete?: (names: readonly string[]) => Promise<PersonDataOutcome> } = {}) {
  const calls: string[] = [];
  const root = mount(
    <PersonData
      names={[
        { name: 'Dr Tom Richards', meetingCount: 1 },
        { name: 'Helen Marsh', meetingCount: 2 },
        { name: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', meetingCount: 1 },
      ]}
      onFind={(names) => {
        calls.push(`find:${names.join('+')}`);
        return Promise.resolve(FOUND);
      }}
      onDownload={(names) => {
        calls.push(`download:${names.join('+')}`);
        return Promise.resolve({ ok: true, text: 'Downloaded person-data.json.' });
      }}
      onDelete={
        overrides.onDelete ??
        ((names) => {
          calls.push(`delete:${names.join('+')}`);
          return Promise.resolve({ ok: true, text: 'Deleted everything about them.' });
        })
      }
    />,
  );
  return { root, calls };
}

const checkbox = (root: HTMLElement, name: string) => qq(root, 'person-name').find((c) => c.getAttribute('data-name') === name) as HTMLInputElement;

async function chooseTomAndFind(root: HTMLElement): Promise<void> {
  type(q(root, 'person-filter'), 'richards');
  expect(qq(root, 'person-name').map((c) => c.getAttribute('data-name'))).toEqual(['Dr Tom Richards', 'RICHARDS, Tom (TOWNSHIPS 1 PCN)']);
  click(checkbox(root, 'Dr Tom Richards'));
  click(checkbox(root, 'RICHARDS, Tom (TOWNSHIPS 1 PCN)'));
  click(q(root, 'person-find'));
  await settle();
}

describe('PersonData', () => {
  it('finds what is held under every name chosen, and says it in words', async () => {
    const { root, calls } = setup();
    expect((q(root, 'person-find') as HTMLButtonElement).disabled).toBe(true);
    await chooseTomAndFind(root);
    expect(calls).toEqual(['find:Dr Tom Richards+RICHARDS, Tom (TOWNSHIPS 1 PCN)']);
    const report = q(root, 'person-report').textContent!;
    expect(report).toContain('12 captions they spoke');
    expect(report).toContain('1 action they own');
    expect(report).toContain('2 places where others named them in full');
    expect(report).toContain('Primary Care Commissioning Committee (18 Nov 2026)');
  });

  it('asks before deleting, takes focus to the question, and Escape keeps everything and returns focus', async () => {
    const { root, calls } = setup();
    await chooseTomAndFind(root);
    click(q(root, 'person-delete'));
    expect(document.activeElement).toBe(q(root, 'person-delete-confirm'));
    expect(q(root, 'person-delete-question').textContent).toContain('This cannot be undone.');
    key(q(root, 'person-delete-confirm'), 'Escape');
    expect(q(root, 'person-delete-question')).toBeNull();
    expect(document.activeElement).toBe(q(root, 'person-delete'));
    expect(calls.filter((c) => c.startsWith('delete'))).toEqual([]);
  });

  it('deletes on confirmation, announces it, and keeps focus in the section', async () => {
    const { root, calls } = setup();
    await chooseTomAndFind(root);
    click(q(root, 'person-delete'));
    click(q(root, 'person-delete-confirm'));
    await settle();
    expect(calls).toContain('delete:Dr Tom Richards+RICHARDS, Tom (TOWNSHIPS 1 PCN)');
    expect(q(root, 'person-status').getAttribute('role')).toBe('status');
    expect(q(root, 'person-status').textContent).toBe('Deleted everything about them.');
    expect(q(root, 'person-report')).toBeNull();
    expect(document.activeElement?.id).toBe('person-heading');
  });

  it('shows why a deletion was refused, and keeps the question open', async () => {
    const { root } = setup({ onDelete: () => Promise.reject(new Error('“Estates group” is being recorded now, with this person in it.')) });
    await chooseTomAndFind(root);
    click(q(root, 'person-delete'));
    click(q(root, 'person-delete-confirm'));
    await settle();
    expect(q(root, 'person-status').textContent).toContain('is being recorded now');
    expect(q(root, 'person-delete-question')).not.toBeNull();
  });

  it('downloads what is held for a subject access request', async () => {
    const { root, calls } = setup();
    await chooseTomAndFind(root);
    click(q(root, 'person-download'));
    await settle();
    expect(calls).toContain('download:Dr Tom Richards+RICHARDS, Tom (TOWNSHIPS 1 PCN)');
    expect(q(root, 'person-status').textContent).toBe('Downloaded person-data.json.');
  });
});
