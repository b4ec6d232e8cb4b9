import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../../simulator/harness/browsers.mjs';
import { serveMeetingHosts, startSimulatedCall, startSimulatedTeamsCall } from '../../simulator/harness/meeting-hosts.mjs';
import type {} from '../../simulator/meet/meet-sim';
import type {} from '../../simulator/teams/teams-sim';
import { openPanelInTab, readExtensionStore } from '../../simulator/harness/extension-pages.mjs';

export const CHROME_EXTENSION_DIR = join(__dirname, '..', '..', '.output', 'chrome-mv3');

export type Browser = Awaited<ReturnType<typeof launchChromiumWithExtension>>;

/**
 * Chromium with the extension, serving the simulated meeting hosts; in
 * `profileDir` when given (kept on close, so a relaunch finds the same database).
 */
export async function startBrowser(options: { profileDir?: string; allowExtensionReload?: boolean; keepWelcomePage?: boolean } = {}): Promise<Browser> {
  const browser = await launchChromiumWithExtension({ extensionDir: CHROME_EXTENSION_DIR, ...options });
  await serveMeetingHosts(browser.context);
  return browser;
}

export interface StoredUtterance {
  id: string;
  meetingId: string;
  speaker: string;
  isSelf: boolean;
  text: string;
  startMs: number;
  endMs: number;
  isFinal: boolean;
}

export interface StoredMeeting {
  id: string;
  code: string | null;
  title: string | null;
  selfName: string | null;
  startedAtMs: number;
  lastSeenAtMs: number;
  endedAtMs: number | null;
  tabId: number | null;
  health: { callState: string; captions: string; captionsFoundByShape?: true } | null;
}

export interface StoredParticipant {
  meetingId: string;
  name: string;
  isSelf: boolean;
  intervals: { joinMs: number; leaveMs: number | null }[];
  seenIn: string[];
}

/** A database reader bound to one extension page. */
export function store(extensionPage: Page) {
  return {
    meetings: () => readExtensionStore(extensionPage, 'meetings') as Promise<StoredMeeting[]>,
    participants: () => readExtensionStore(extensionPage, 'participants') as Promise<StoredParticipant[]>,
    async utterancesOf(code: string): Promise<StoredUtterance[]> {
      const meeting = (await this.meetings()).find((m) => m.code === code);
      if (!meeting) return [];
      const rows = (await readExtensionStore(extensionPage, 'utterances')) as StoredUtterance[];
      return rows.filter((u) => u.meetingId === meeting.id).sort((a, b) => a.startMs - b.startMs);
    },
    async meetingOf(code: string): Promise<StoredMeeting | undefined> {
      return (await this.meetings()).find((m) => m.code === code);
    },
  };
}

/** Opens a simulated Meet call and joins it with captions on. */
export async function joinMeet(
  context: BrowserContext,
  code: string,
  options: { title?: string; selfName?: string; others?: string[]; openPeople?: boolean } = {},
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://meet.google.com/${code}`);
  await startSimulatedCall(page, {
    title: options.title,
    selfName: options.selfName ?? 'Dr Tom Richards',
    others: options.others ?? ['Helen Marsh', 'Dr Aisha Malik', 'Daniel Okafor'],
    openPeople: options.openPeople ?? false,
  });
  return page;
}

/**
 * Says `finalText` on a new caption row the way Meet shows it: a word at a
 * time (alternating text-node edits and replacements), in lower case without
 * punctuation while live, then re-punctuated. A `heard` phrase stands in for
 * `as` until {@link correctRow} is called.
 */
export async function speak(
  page: Page,
  speakerLabel: string,
  finalText: string,
  options: { wordMs?: number; mishear?: { heard: string; as: string } } = {},
): Promise<number> {
  const rowId = await page.evaluate((label) => window.meetSim.newRow(label), speakerLabel);
  const spoken = options.mishear ? finalText.replace(options.mishear.as, options.mishear.heard) : finalText;
  const words = spoken.split(' ');
  for (let i = 1; i <= words.length; i += 1) {
    const draft = words
      .slice(0, i)
      .join(' ')
      .replace(/[.,;:!?]/g, '')
      .toLowerCase();
    await page.evaluate(([row, text]) => window.meetSim.setRowText(row as number, text as string), [rowId, draft]);
    await page.waitForTimeout(options.wordMs ?? 120);
  }
  await page.evaluate(([row, text]) => window.meetSim.setRowText(row as number, text as string), [rowId, spoken]);
  return rowId;
}

/** Meet's late correction of an earlier row. */
export async function correctRow(page: Page, rowId: number, text: string): Promise<void> {
  await page.evaluate(([row, t]) => window.meetSim.setRowText(row as number, t as string), [rowId, text]);
}

export { openPanelInTab };

/** Opens a simulated Teams call at `url` (any Teams host) and joins it with captions on. */
export async function joinTeams(
  context: BrowserContext,
  url: string,
  options: { title?: string; selfName?: string; others?: string[]; openPeople?: boolean; shape?: 'host' | 'guest' } = {},
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await startSimulatedTeamsCall(page, {
    title: options.title,
    selfName: options.selfName ?? 'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
    others: options.others ?? ['MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)'],
    openPeople: options.openPeople ?? false,
    shape: options.shape ?? 'host',
  });
  return page;
}

/** Says `finalText` as a Teams caption entry: refined in place a word at a time, then corrected. */
export async function teamsSay(page: Page, author: string, finalText: string, options: { wordMs?: number } = {}): Promise<number> {
  const rowId = await page.evaluate((name) => window.teamsSim.newRow(name), author);
  const words = finalText.split(' ');
  for (let i = 1; i <= words.length; i += 1) {
    const draft = words.slice(0, i).join(' ').replace(/[.,;:!?]/g, '').toLowerCase();
    await page.evaluate(([row, text]) => window.teamsSim.setRowText(row as number, text as string), [rowId, draft]);
    await page.waitForTimeout(options.wordMs ?? 100);
  }
  await page.evaluate(([row, text]) => window.teamsSim.setRowText(row as number, text as string), [rowId, finalText]);
  return rowId;
}
