import { describe, expect, it } from 'vitest';
import { cleanTeamsDisplayName, looksLikeEmail } from '@/utils/core/display-names';

describe('cleanTeamsDisplayName', () => {
  it.each([
    ['Claire Bennett (Guest)', 'Claire Bennett', ['Guest']],
    ['Gemma Lowe (Unverified)', 'Gemma Lowe', ['Unverified']],
    ['Sam Patel (External) (Unverified)', 'Sam Patel', ['External', 'Unverified']],
    ['Jo Hart （Guest）', 'Jo Hart', ['Guest']],
    ['Priya Shah (Email verified)', 'Priya Shah', ['Email verified']],
    ['Amr El Shimy External unfamiliar', 'Amr El Shimy', ['External', 'unfamiliar']],
    ['John Guest', 'John Guest', []],
    ['Anna External', 'Anna External', []],
    ['Marc Unverified', 'Marc Unverified', []],
    ['Guest', 'Guest', []],
    ['MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', []],
    ['TEAM, Im1 (NHS ENGLAND - X26) (Guest)', 'TEAM, Im1 (NHS ENGLAND - X26)', ['Guest']],
    ['  Sheffield   Room 3  ', 'Sheffield Room 3', []],
  ])('%s → %s', (raw, name, labels) => {
    expect(cleanTeamsDisplayName(raw)).toMatchObject({ name, labels });
  });

  it('recognises and removes the local user’s "(You)" marker', () => {
    expect(cleanTeamsDisplayName('RICHARDS, Tom (TOWNSHIPS 1 PCN) (You)')).toEqual({
      name: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
      labels: [],
      isSelfMarked: true,
    });
  });
});

describe('looksLikeEmail', () => {
  it.each([
    ['claire.bennett@sheffield.gov.uk', true],
    ['t.richards@nhs.net', true],
    ['Claire Bennett', false],
    ['menur1j', false],
    ['@handle', false],
  ])('%s: %s', (text, expected) => {
    expect(looksLikeEmail(text)).toBe(expected);
  });
});
