// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { key, mount, q, type } from '../helpers/dom';
import { SourceSwitch } from '@/components/source-switch';
import { TallyPad, type TallyPadProps } from '@/components/tally-pad';
import { UnknownSpeakers } from '@/components/unknown-speakers';


function pad(overrides: Partial<TallyPadProps> = {}) {
  const calls: string[] = [];
  const props: TallyPadProps = {
    parties: [
      { name: 'NHS South Yorkshire ICB', isPresent: true, key: 1 },
      { name: 'Townships 1 PCN', isPresent: true, key: 2 },
      { name: 'City council', isPresent: false, key: 3 },
    ],
    current: null,
    nowMs: 60_000,
    canUndo: true,
    addError: null,
    onTap: (party) => calls.push(`tap:${party}`),
    onSilence: () => calls.push('silence'),
    onUndo: () => calls.push('undo'),
    onAddParty: (name) => calls.push(`add:${name}`),
    onSetKey: (party, k) => calls.push(`key:${party}=${k}`),
    ...overrides,
  };
  return { root: mount(<TallyPad {...props} />), calls };
}

const press = (key: string, target: EventTarget = document) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

afterEach(() => {
  vi.restoreAllMocks();
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

  it('taps with a click or a number key, marks silence with 0 and undoes with U only', () => {
    const { root, calls } = pad();
    act(() => (root.querySelector('[data-party="City council"]') as HTMLButtonElement).click());
    press('2');
    press('0');
    press('u');
    press('Backspace');
    press('9');
    expect(calls).toEqual(['tap:City council', 'tap:Townships 1 PCN', 'silence', 'undo']);
  });

  it('uses the key each party holds, not its place in the list, and shows none for a party without one', () => {
    const { root, calls } = pad({
      parties: [
        { name: 'Chair', isPresent: true, key: 4 },
        { name: 'Late joiner', isPresent: true, key: null },
        { name: 'Townships 1 PCN', isPresent: true, key: 1 },
      ],
    });
    expect([...root.querySelectorAll('[data-testid="tally-party"]')].map((b) => b.textContent)).toEqual(['4Chair', 'Late joiner', '1Townships 1 PCN']);
    press('1');
    press('2');
    press('4');
    expect(calls).toEqual(['tap:Townships 1 PCN', 'tap:Chair']);
  });

  it('lets the user give a party another key', () => {
    const { root, calls } = pad();
    const selects = [...root.querySelectorAll('[data-testid="tally-key-select"]')] as HTMLSelectElement[];
    expect(selects.map((s) => s.value)).toEqual(['1', '2', '3']);
    act(() => {
      selects[2]!.value = '1';
      selects[2]!.dispatchEvent(new Event('change', { bubbles: true }));
      selects[0]!.value = '';
      selects[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(calls).toEqual(['key:City council=1', 'key:NHS South Yorkshire ICB=null']);
  });

  it('sends Enter and Escape in the add box back to the pad, so the keys work at once', () => {
    const { root, calls } = pad();
    const input = q(root, 'tally-add-input');
    input.focus();
    type(input, 'Healthwatch Sheffield');
    act(() => (input.closest('form') as HTMLFormElement).requestSubmit());
    expect(calls).toEqual(['add:Healthwatch Sheffield']);
    expect(document.activeElement).toBe(q(root, 'tally'));
    press('2');
    input.focus();
    type(input, 'half typed');
    key(input, 'Escape');
    expect((input as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(q(root, 'tally'));
    expect(calls).toEqual(['add:Healthwatch Sheffield', 'tap:Townships 1 PCN']);
  });

  it('says when the keys cannot reach the panel, and takes the keyboard back on request', () => {
    const hasFocus = vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    const { root } = pad();
    expect(q(root, 'tally-focus').textContent).toContain('The keys work only while this panel has the keyboard, and clicking in the meeting takes it away. To give it back, click anywhere in this panel');
    hasFocus.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(q(root, 'tally-focus').textContent).toBe('Keys: 1–9 tap, 0 silence, U undo.');
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
