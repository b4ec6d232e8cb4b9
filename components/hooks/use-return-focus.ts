import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Gives focus back to a row's button once the form that row opened has
 * closed (the row may have moved). `list` holds the rows; each row is an
 * `li` whose `data-{rowKey}` names it, and `buttonTestId` is its button's
 * test id. Call the returned function with the row's key just before closing
 * the form.
 *
 * The effect runs after every render and keeps the request until the button
 * is drawn: the effect of a render from just before the form closed (the side
 * panel redraws every second) can run first, while the form is still there.
 */
export function useReturnFocus(list: RefObject<HTMLElement>, rowKey: string, buttonTestId: string): (key: string) => void {
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    const key = returnTo.current;
    if (key === null) return;
    const datasetKey = rowKey.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    const row = [...(list.current?.querySelectorAll<HTMLElement>(`li[data-${rowKey}]`) ?? [])].find((li) => li.dataset[datasetKey] === key);
    const button = row?.querySelector<HTMLElement>(`[data-testid="${buttonTestId}"]`);
    // Not drawn yet: the render that closes the form tries again. A row that has gone takes nothing.
    if (row && !button) return;
    button?.focus();
    returnTo.current = null;
  });
  return (key) => {
    returnTo.current = key;
  };
}
