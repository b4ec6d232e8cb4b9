import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers) {
    render(null, container);
    container.remove();
  }
  containers = [];
});

/** Renders a component into the jsdom document; unmounted after each test. */
export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  act(() => render(node, container));
  return container;
}

/** The first element with a test id. */
export const q = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`) as HTMLElement;
/** Every element with a test id. */
export const qq = (root: ParentNode, id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];

/** Types into an input as a user would (one input event). */
export function type(input: HTMLElement, text: string): void {
  act(() => {
    (input as HTMLInputElement).value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Chooses an option in a select. */
export function choose(select: HTMLElement, value: string): void {
  act(() => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Presses a key on an element. */
export function key(target: HTMLElement, name: string): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  });
}

/** Clicks an element. */
export function click(target: HTMLElement): void {
  act(() => target.click());
}

/** Submits a form the way pressing Enter in one of its fields does. */
export function submit(form: HTMLElement): void {
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Lets pending promises settle and re-renders. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
