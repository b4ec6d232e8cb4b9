// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { hasIconLigature, hasIconLigatureMatch, hasMatch, queryOptional } from '@/utils/platforms/dom';

const buttonTiers = ['button[jsname="RrG0hf"]', 'button[aria-label="Turn off captions"]'];
const iconTiers = ['.google-symbols', '.material-icons-extended'];
const names = ['closed_caption', 'closed_caption_off'];

afterEach(() => document.body.replaceChildren());

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** One random change to the page: buttons and icons come, go, move, are copied and change attributes or text. */
function change(next: () => number): void {
  const all = [...document.body.querySelectorAll('*')];
  const pick = (): Element | undefined => all[Math.floor(next() * all.length)];
  // Removals win once the page is big, so it stays small.
  const roll = all.length > 40 ? 0.3 : next();
  if (roll < 0.25 || all.length === 0) {
    const button = document.createElement('button');
    if (next() < 0.5) button.setAttribute('jsname', 'RrG0hf');
    else button.setAttribute('aria-label', next() < 0.5 ? 'Turn off captions' : 'Turn on captions');
    const icon = document.createElement('i');
    icon.className = next() < 0.5 ? 'google-symbols' : 'material-icons-extended';
    icon.textContent = names[Math.floor(next() * names.length)] ?? 'call_end';
    button.append(icon);
    (pick() ?? document.body).append(button);
  } else if (roll < 0.45) pick()?.remove();
  else if (roll < 0.55) {
    const element = pick();
    if (element) document.body.append(element.cloneNode(true));
  } else if (roll < 0.7) pick()?.removeAttribute(next() < 0.5 ? 'jsname' : 'aria-label');
  else if (roll < 0.8) pick()?.setAttribute('jsname', next() < 0.5 ? 'RrG0hf' : 'other');
  else if (roll < 0.9) {
    const icon = document.querySelector('i');
    if (icon) icon.textContent = next() < 0.5 ? 'closed_caption' : 'mic';
  } else pick()?.classList.toggle('google-symbols');
}

describe('hasMatch and hasIconLigatureMatch', () => {
  it('answer as a fresh scan would, through 1,500 random changes to the page', () => {
    const next = random(7);
    const differ: number[] = [];
    for (let step = 0; step < 1_500; step += 1) {
      change(next);
      if (hasMatch(document, buttonTiers) !== (queryOptional(document, buttonTiers) !== null)) differ.push(step);
      if (hasIconLigatureMatch(document, iconTiers, names) !== (hasIconLigature(document, iconTiers, names) !== null)) differ.push(step);
    }
    expect(differ).toEqual([]);
  });

  it('does not answer for a different document from what another one held', () => {
    document.body.innerHTML = '<button jsname="RrG0hf"></button>';
    const other = document.implementation.createHTMLDocument('other');

    expect(hasMatch(document, buttonTiers)).toBe(true);
    expect(hasMatch(other, buttonTiers)).toBe(false);
  });
});
