// @vitest-environment jsdom
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useReturnFocus } from '@/components/hooks/use-return-focus';
import { click, mount, q, settle } from '../helpers/dom';

/** Rows keyed by a two-word data attribute (as the action list's `data-action-id`), each with an Edit button that opens a form. */
function Rows(props: { ids: readonly string[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const returnFocusTo = useReturnFocus(list, 'action-id', 'edit');
  return (
    <ul ref={list}>
      {props.ids.map((id) => (
        <li key={id} data-action-id={id}>
          {editing === id ? (
            <button
              type="button"
              data-testid="close"
              onClick={() => {
                returnFocusTo(id);
                setEditing(null);
              }}
            >
              Close
            </button>
          ) : (
            <button type="button" data-testid="edit" aria-label={`Edit ${id}`} onClick={() => setEditing(id)}>
              Edit
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

describe('useReturnFocus', () => {
  it('gives focus to the row’s button once its form closes, after the list moved', async () => {
    const root = mount(<Rows ids={['a-1', 'b-2']} />);
    click(root.querySelectorAll<HTMLElement>('[data-testid="edit"]')[1]!);
    render(<Rows ids={['b-2', 'a-1']} />, root);
    click(q(root, 'close'));
    await settle();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit b-2');
  });

  it('waits for the button when the effect of a redraw from just before the form closed runs first', async () => {
    const root = mount(<Rows ids={['a-1', 'b-2']} />);
    click(root.querySelectorAll<HTMLElement>('[data-testid="edit"]')[0]!);
    // Outside act, as a live update: drawn now, its effect left for after the paint.
    render(<Rows ids={['a-1', 'b-2']} />, root);
    q(root, 'close').click();
    await settle();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit a-1');
  });

  it('forgets the request when the row has gone, so the row coming back later does not take focus', async () => {
    const root = mount(<Rows ids={['a-1']} />);
    click(q(root, 'edit'));
    act(() => {
      q(root, 'close').click();
      render(<Rows ids={[]} />, root);
    });
    await settle();
    act(() => render(<Rows ids={['a-1']} />, root));
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});
