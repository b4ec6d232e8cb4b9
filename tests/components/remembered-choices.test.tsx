// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { RememberedChoices, type RememberedChoice } from '@/components/remembered-choices';
import { click, mount, q } from '../helpers/dom';

const choices: RememberedChoice[] = [
  { key: 'jo bloggs', displayName: 'Jo Bloggs', organisationName: 'Townships 1 PCN', sector: 'pcn', savedAtMs: Date.UTC(2026, 0, 6, 12) },
  { key: 'mark', displayName: 'Mark <img src=x onerror=alert(1)>', organisationName: 'Sheffield Health Partnership', sector: 'community_mental_health_trust', savedAtMs: Date.UTC(2026, 0, 5, 12) },
];

describe('RememberedChoices', () => {
  it('says there are none yet', () => {
    const root = mount(<RememberedChoices choices={[]} onForget={vi.fn()} />);
    expect(q(root, 'mappings-empty').textContent).toBe('No choices yet.');
    expect(q(root, 'mapping-rows')).toBeNull();
  });

  it('lists each choice with the organisation’s sector and the date, names as text', () => {
    const root = mount(<RememberedChoices choices={choices} onForget={vi.fn()} />);
    expect(q(root, 'mappings-empty')).toBeNull();
    expect([...q(root, 'mapping-rows').querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Jo Bloggs', 'Townships 1 PCN (PCN)', '6 Jan 2026', 'Forget'],
      ['Mark <img src=x onerror=alert(1)>', 'Sheffield Health Partnership (MH/community)', '5 Jan 2026', 'Forget'],
    ]);
    expect(root.querySelector('img')).toBeNull();
  });

  it('forgets the choice whose button is pressed', () => {
    const onForget = vi.fn();
    const root = mount(<RememberedChoices choices={choices} onForget={onForget} />);
    click(root.querySelector<HTMLButtonElement>('[aria-label="Forget the choice for Jo Bloggs"]')!);
    expect(onForget.mock.calls).toEqual([['jo bloggs']]);
  });
});
