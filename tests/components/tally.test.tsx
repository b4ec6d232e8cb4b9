// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { mount } from '../helpers/dom';
import { SourceSwitch } from '@/components/source-switch';
import { TallyPad, type TallyPadProps } from '@/components/tally-pad';
import { UnknownSpeakers } from '@/components/unknown-speakers';


function pad(overrides: Partial<TallyPadProps> = {}) {
  const calls: string[] = [];
  const props: TallyPadProps = {
    parties: [
      { name: 'NHS South Yorkshire ICB', isPresent: true },
      { name: 'Townships 1 PCN', isPresent: true },
      { name: 'City council', isPresent: false },
    ],
    current: null,
    nowMs: 60_000,
    canUndo: true,
    addError: null,
    onTap: (party) => calls.push(`tap:${party}`),
    onSilence: () => calls.push('silence'),
    onUndo: () => calls.push('undo'),
    onAddParty: (name) => calls.push(`add:${name}`),
    ...overrides,
  };
  return { root: mount(<TallyPad {...props} />), calls };
}

const press = (key: string, target: EventTarget = document) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('TallyPad', () => {
  it('shows a button per party with its key, and who is speaking', () => {
    const { root } = pad({ current: { party: 'Townships 1 PCN', sinceMs: 45_000 } });
    const buttons = [...root.querySelectorAll('[data-testid="tally-party"]')];
    expect(buttons.map((b) => b.textContent)).toEqual(['1NHS South Yorkshire ICB', '2Townships 1 PCN', '3City council']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
    expect(buttons[0]!.getAttribute('aria-keyshortcuts')).toBe('1');
    expect(root.querySelector('[data-testid="tally-now"]')!.textContent).toBe('Townships 1 PCN is speaking (0:15)');
  });

  it('taps with a click or a number key, marks silence with 0 and undoes with U or Backspace', () => {
    const { root, calls } = pad();
    act(() => (root.querySelector('[data-party="City council"]') as HTMLButtonElement).click());
    press('2');
    press('0');
    press('u');
    press('Backspace');
    press('9');
    expect(calls).toEqual(['tap:City council', 'tap:Townships 1 PCN', 'silence', 'undo', 'undo']);
  });

  it('ignores the keys while the user types a name', () => {
    const { root, calls } = pad();
    const input = root.querySelector('[data-testid="tally-add-input"]')!;
    press('1', input);
    press('Backspace', input);
    expect(calls).toEqual([]);
  });

  it('adds a typed party and shows why one was refused', () => {
    const { root, calls } = pad({ addError: '"City council" is already in the tally.' });
    const input = root.querySelector('[data-testid="tally-add-input"]') as HTMLInputElement;
    act(() => {
      input.value = 'Healthwatch Sheffield';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => (root.querySelector('[data-testid="tally-add"]') as HTMLButtonElement).click());
    expect(calls).toEqual(['add:Healthwatch Sheffield']);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('"City council" is already in the tally.');
  });

  it('cannot undo when there is nothing to undo', () => {
    const { root, calls } = pad({ canUndo: false });
    expect((root.querySelector('[data-testid="tally-undo"]') as HTMLButtonElement).disabled).toBe(true);
    press('u');
    expect(calls).toEqual([]);
  });

  it('explains what to do when there are no parties yet', () => {
    const { root } = pad({ parties: [] });
    expect(root.textContent).toContain('Add the people or organisations in the meeting below');
  });
});

describe('UnknownSpeakers', () => {
  it('lists captions without a speaker and assigns one', () => {
    const assigned: [string[], string][] = [];
    const root = mount(
      <UnknownSpeakers
        captions={[{ id: 'u1', text: 'Sorry, can you hear me?', startMs: Date.UTC(2026, 10, 18, 10, 5) }]}
        talkMs={3_000}
        candidates={['Gemma Lowe', 'Helen Marsh']}
        onAssign={(ids, speaker) => assigned.push([ids, speaker])}
      />,
    );
    expect(root.querySelector('summary')!.textContent).toBe(
      '1 caption was shown without a speaker (0:03), so it is not counted yet. Who said it?',
    );
    const select = root.querySelector('[data-testid="assign-select"]') as HTMLSelectElement;
    const button = root.querySelector('[data-testid="assign-button"]') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    act(() => {
      select.value = 'Gemma Lowe';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => button.click());
    expect(assigned).toEqual([[['u1'], 'Gemma Lowe']]);
  });

  it('shows nothing when every caption has a speaker', () => {
    const root = mount(<UnknownSpeakers captions={[]} talkMs={0} candidates={[]} onAssign={() => undefined} />);
    expect(root.innerHTML).toBe('');
  });
});

describe('SourceSwitch', () => {
  it('offers the sources with data and says which is shown', () => {
    const chosen: string[] = [];
    const root = mount(<SourceSwitch available={['captions', 'manual']} selected="captions" onSelect={(s) => chosen.push(s)} />);
    const radios = [...root.querySelectorAll('input[type="radio"]')] as HTMLInputElement[];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['captions', true],
      ['manual', false],
    ]);
    act(() => radios[1]!.click());
    expect(chosen).toEqual(['manual']);
  });

  it('is hidden with only one source', () => {
    const root = mount(<SourceSwitch available={['captions']} selected="captions" onSelect={() => undefined} />);
    expect(root.innerHTML).toBe('');
  });
});
