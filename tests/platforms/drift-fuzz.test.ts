// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '@/utils/platforms/adapter';
import { MAX_CAPTION_CHARS, cleanPageText } from '@/utils/platforms/dom';
import { meetAdapter } from '@/utils/platforms/meet/adapter';
import { teamsAdapter } from '@/utils/platforms/teams/adapter';
import { describeFailure, fuzzSeeds, isReplay, runDriftCase, type DriftCaseResult, type DriftTarget } from '../helpers/drift';

const MEET_URL = 'https://meet.google.com/pcc-shef-nov';
const TEAMS_URL = 'https://teams.microsoft.com/v2/';

/** Pages redesigned as issue 16 describes: rotated names, other languages, a wrapper, decoys, no controls. */
const redesignedMeet = [
  'meet/2026-12-06-rotated-de.html',
  'meet/2026-12-06-wrapper-no-tabindex-cy.html',
  'meet/2026-12-06-wrapper-no-tabindex.html',
  'meet/2026-12-06-chat-people-decoys.html',
  'meet/2026-12-06-captions-no-controls.html',
];
const redesignedTeams = [
  'teams/2026-12-06-rotated-de.html',
  'teams/2026-12-06-captions-no-controls.html',
  'teams/2026-12-06-chat-people-decoys.html',
];

const meetTargets: DriftTarget[] = [
  'meet/2026-11-22-in-call-captions.html',
  'meet/2026-11-22-class-fallback.html',
  'meet/2026-11-22-in-call-people-panel.html',
  ...redesignedMeet,
].map((fixture) => ({ platform: 'meet', adapter: meetAdapter, url: MEET_URL, fixture }));

const teamsTargets: DriftTarget[] = ['teams/2026-11-22-host-captions.html', 'teams/2026-11-22-guest-captions.html', ...redesignedTeams].map(
  (fixture) => ({ platform: 'teams', adapter: teamsAdapter, url: TEAMS_URL, fixture }),
);

const shows = (element: Element | null): boolean => cleanPageText(element?.textContent, MAX_CAPTION_CHARS) !== '';

/** The caption rows the page shows now, as text, with a speaker shown (rows without one are the user's to assign). */
function visibleCaptions(): string[] {
  let holder = (document.querySelector('[data-fixture="rows"]') ?? document.querySelector('[data-fixture="region"], [data-fixture="list"]'))!;
  // Teams' host view holds its entries one level in.
  while (holder.children.length === 1) holder = holder.firstElementChild!;
  // A row: the speaker's block, then the words' block.
  return Array.from(holder.children)
    .filter((row) => row.children.length === 2 && shows(row.firstElementChild))
    .map((row) => cleanPageText(row.lastElementChild!.textContent, MAX_CAPTION_CHARS))
    .filter(Boolean);
}

/** Runs every seed on every target; prints each failing case so FUZZ_SEED can replay it. */
async function fuzz(targets: readonly DriftTarget[], seeds: readonly number[]): Promise<DriftCaseResult[]> {
  const results: DriftCaseResult[] = [];
  for (const seed of seeds) {
    for (const target of targets) results.push(await runDriftCase(target, seed));
  }
  const failures = results.filter((r) => r.violations.length);
  if (failures.length) console.error(failures.slice(0, 5).map(describeFailure).join('\n\n'));
  return results;
}

// About 300 cases per platform in CI, over the usual and the redesigned pages (FUZZ_RUNS widens it, FUZZ_SEED replays one seed).
describe('capture on drifted meeting pages (seeded fuzz)', () => {
  it('Meet: never throws into the page, reports what it cannot see and sends only valid records', async () => {
    const results = await fuzz(meetTargets, fuzzSeeds(40, 1));

    expect(results.filter((r) => r.violations.length).map(describeFailure)).toEqual([]);
    // The seed set must reach the cases that matter (not checked when replaying one seed).
    if (!isReplay()) {
      expect(results.some((r) => r.batches.some((b) => b.utterances.length))).toBe(true);
      expect(results.some((r) => r.batches.at(-1)?.health.captions === 'not-found')).toBe(true);
      expect(results.some((r) => r.batches.at(-1)?.health.captionsFoundByShape)).toBe(true);
    }
  }, 120_000);

  it('Teams (host and guest layouts): never throws into the page, reports what it cannot see and sends only valid records', async () => {
    const results = await fuzz(teamsTargets, fuzzSeeds(60, 2));

    expect(results.filter((r) => r.violations.length).map(describeFailure)).toEqual([]);
    // The seed set must reach the cases that matter (not checked when replaying one seed).
    if (!isReplay()) {
      expect(results.some((r) => r.batches.some((b) => b.utterances.length))).toBe(true);
      expect(results.some((r) => r.batches.at(-1)?.health.roster === 'none')).toBe(true);
      expect(results.some((r) => r.batches.at(-1)?.health.captionsFoundByShape)).toBe(true);
    }
  }, 120_000);
});

describe('capture on redesigned pages, not drifted further (issue 16)', () => {
  const redesigned = [...meetTargets, ...teamsTargets].filter((t) => [...redesignedMeet, ...redesignedTeams].includes(t.fixture));

  it.each(redesigned.map((t) => [t.fixture, t] as const))('%s: stores every caption the page shows, word for word', async (_fixture, target) => {
    const result = await runDriftCase(target, 5, { isDrifting: false });

    expect(result.violations).toEqual([]);
    const stored = new Map<string, string>();
    for (const batch of result.batches) for (const u of batch.utterances) stored.set(u.id, u.text);
    const shown = visibleCaptions();
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.filter((text) => ![...stored.values()].includes(text))).toEqual([]);
    const found = result.batches.at(-1)!.health;
    expect(found.callState).toBe('in-call');
    expect(found.captions).toBe('receiving');
  });
});

describe('the drift fuzz catches real faults (negative controls)', () => {
  const target = meetTargets[0]!;

  it('detects an exception thrown into the page by an observer callback that is not guarded', async () => {
    const throwing: PlatformAdapter = {
      ...meetAdapter,
      rowOf: () => {
        throw new TypeError('Cannot read properties of null (reading "parentNode")');
      },
    };
    const result = await runDriftCase(target, 7, {
      adapter: throwing,
      isDrifting: false,
      // What a content script would do if it observed the page without the engine's guard.
      beside: () => {
        const region = document.querySelector('[role="region"]');
        if (!region) return;
        new MutationObserver((records) => {
          for (const r of records) throwing.rowOf(r.target, region);
        }).observe(region, { childList: true, subtree: true, characterData: true });
      },
    });

    expect(result.violations.some((v) => v.startsWith('thrown into the page'))).toBe(true);
  });

  it('the engine guards the same throwing adapter: nothing escapes, and the errors are counted', async () => {
    const throwing: PlatformAdapter = {
      ...meetAdapter,
      rowOf: () => {
        throw new TypeError('Cannot read properties of null (reading "parentNode")');
      },
    };
    const result = await runDriftCase(target, 7, { adapter: throwing, isDrifting: false });

    expect(result.violations.filter((v) => v.startsWith('thrown'))).toEqual([]);
    expect(result.errorCount).toBeGreaterThan(0);
  });

  it('detects a batch the background would refuse when an adapter stops cutting page text', async () => {
    const uncut: PlatformAdapter = {
      ...meetAdapter,
      readCaptionRow: (row) => {
        const reading = meetAdapter.readCaptionRow(row);
        return reading && { speaker: `${reading.speaker} ${'x'.repeat(300)}`, text: reading.text };
      },
    };
    const result = await runDriftCase(target, 11, { adapter: uncut, isDrifting: false });

    expect(result.violations.some((v) => v.startsWith('batch refused by the protocol'))).toBe(true);
  });

  it('detects a health report that hides a missing captions region', async () => {
    let first: Element | null = null;
    const stale: PlatformAdapter = {
      ...meetAdapter,
      // Keeps claiming the region it first found, even after it has gone.
      findCaptionRegion: (doc) => (first ??= meetAdapter.findCaptionRegion(doc)),
    };
    const result = await runDriftCase(target, 13, {
      adapter: stale,
      isDrifting: false,
      atRound: (round) => {
        if (round === 3) document.querySelector('[role="region"]')?.remove();
      },
    });

    expect(result.violations.some((v) => v.includes('captions region gone'))).toBe(true);
  });

  it('detects an empty speaker stored for a row of invisible characters', async () => {
    const blank: PlatformAdapter = {
      ...meetAdapter,
      readCaptionRow: (row) => {
        const reading = meetAdapter.readCaptionRow(row);
        return reading && { speaker: '\u200b\u200f', text: reading.text };
      },
    };
    const result = await runDriftCase(target, 17, { adapter: blank, isDrifting: false });

    expect(result.violations.some((v) => v.includes('has an empty speaker'))).toBe(true);
  });
});
