import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchFirefoxWithExtension, serveMeetingHostsInFirefox } from '../../simulator/harness/firefox-bidi.mjs';
import type {} from '../../simulator/meet/meet-sim';
import type {} from '../../simulator/teams/teams-sim';
import type { StoredMeeting, StoredParticipant, StoredUtterance } from '../e2e/helpers';

export const FIREFOX_EXTENSION_DIR = join(__dirname, '..', '..', '.output', 'firefox-mv2');
/** The gecko id in wxt.config.ts. */
export const ADDON_ID = '{153efa8f-6510-4c2f-9c22-f080f1e82a7a}';

export type Firefox = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

/** Firefox with the add-on installed, serving the simulated meeting hosts. */
export async function startFirefox(): Promise<Firefox & { served: string[] }> {
  const firefox = await launchFirefoxWithExtension({ extensionDir: FIREFOX_EXTENSION_DIR, addonId: ADDON_ID });
  try {
    const served = await serveMeetingHostsInFirefox(firefox);
    return Object.assign(firefox, { served });
  } catch (error) {
    await firefox.close();
    throw error;
  }
}

/**
 * A tab seen through the one method the shared simulator helpers call
 * (`page.evaluate(fn, arg)`), so the Chromium join steps run unchanged.
 */
export function asPage(firefox: Firefox, context: string): Page {
  return { evaluate: (fn: (arg: unknown) => unknown, arg: unknown) => firefox.evaluate(context, fn, arg) } as unknown as Page;
}

/** A database reader bound to one moz-extension:// tab. */
export function store(firefox: Firefox, extensionContext: string) {
  return {
    meetings: () => firefox.readExtensionStore(extensionContext, 'meetings') as Promise<StoredMeeting[]>,
    participants: () => firefox.readExtensionStore(extensionContext, 'participants') as Promise<StoredParticipant[]>,
    async meetingOf(code: string): Promise<StoredMeeting | undefined> {
      return (await this.meetings()).find((m) => m.code === code);
    },
    async meetingTitled(title: string): Promise<StoredMeeting | undefined> {
      return (await this.meetings()).find((m) => m.title === title);
    },
    async utterancesOfMeeting(meetingId: string | undefined): Promise<StoredUtterance[]> {
      if (!meetingId) return [];
      const rows = (await firefox.readExtensionStore(extensionContext, 'utterances')) as StoredUtterance[];
      return rows.filter((u) => u.meetingId === meetingId).sort((a, b) => a.startMs - b.startMs);
    },
  };
}

/** The talk rows the panel document in `context` shows: speaker and share text. */
export function talkRowsIn(firefox: Firefox, context: string): Promise<{ speaker: string; share: string }[]> {
  return firefox.evaluate(context, () =>
    [...document.querySelectorAll('[data-testid="talk-row"]')].map((row) => ({
      speaker: row.getAttribute('data-speaker') ?? '',
      share: row.querySelector('[data-testid="talk-share"]')?.textContent ?? '',
    })),
  );
}

/**
 * The talk rows in Firefox's real sidebar, read from an extension tab through
 * extension.getViews({ type: 'sidebar' }) (same origin, so its DOM is readable).
 * Null when no sidebar is open.
 */
export function sidebarTalkRows(firefox: Firefox, extensionContext: string): Promise<{ speaker: string; share: string }[] | null> {
  return firefox.evaluate(extensionContext, () => {
    const api = (globalThis as unknown as { browser: { extension: { getViews(filter: { type: string }): Window[] } } }).browser;
    const sidebar = api.extension.getViews({ type: 'sidebar' })[0];
    if (!sidebar) return null;
    return [...sidebar.document.querySelectorAll('[data-testid="talk-row"]')].map((row) => ({
      speaker: row.getAttribute('data-speaker') ?? '',
      share: row.querySelector('[data-testid="talk-share"]')?.textContent ?? '',
    }));
  });
}

/** Clicks the first element with `testId` (and `text`, if given) in the tab's document; false when there is none. */
export function clickTestId(firefox: Firefox, context: string, testId: string, text?: string): Promise<boolean> {
  return firefox.evaluate(
    context,
    (id, hasText) => {
      const element = [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)].find(
        (e) => hasText === null || (e.textContent ?? '').includes(hasText),
      );
      element?.click();
      return element !== undefined;
    },
    testId,
    text ?? null,
  );
}

/** Clicks the first element with `testId` in Firefox's real sidebar; false when there is none (or no sidebar). */
export function clickInSidebar(firefox: Firefox, extensionContext: string, testId: string): Promise<boolean> {
  return firefox.evaluate(
    extensionContext,
    (id) => {
      const api = (globalThis as unknown as { browser: { extension: { getViews(filter: { type: string }): Window[] } } }).browser;
      const element = api.extension.getViews({ type: 'sidebar' })[0]?.document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      element?.click();
      return element !== null && element !== undefined;
    },
    testId,
  );
}
