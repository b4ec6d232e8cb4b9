import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_ALARM, BADGE_CHECK_PERIOD_MINUTES, refreshOverdueBadge, type ToolbarButton } from '@/utils/background/overdue-badge';
import { MeetingDb } from '@/utils/db/database';
import { closeMeetingsWithoutTab, closeStaleMeetings, endMeetingsForTab } from '@/utils/db/meetings-repo';
import { applyRetention } from '@/utils/db/retention-repo';
import { listenForMessages } from '@/utils/messaging/listen';
import { reportStorageFull } from '@/utils/messaging/storage-status';

// Stateless: every event is validated and written straight to IndexedDB, so
// the worker can be stopped at any moment without losing anything.
const RETENTION_ALARM = 'retention';
const RETENTION_CHECK_PERIOD_MINUTES = 6 * 60;

export default defineBackground(() => {
  const db = new MeetingDb();

  const button: ToolbarButton = browser.action ?? browser.browserAction;
  const refreshBadge = async (): Promise<void> => {
    await refreshOverdueBadge(db, button, Date.now()).catch(() => undefined);
  };

  listenForMessages(db, {
    actionsChanged: refreshBadge,
    storageFull: (isFull) => reportStorageFull(isFull, Date.now()),
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void endMeetingsForTab(db, tabId, Date.now());
  });

  const deleteOldTranscripts = async (): Promise<void> => {
    await applyRetention(db, Date.now()).catch(() => undefined);
  };

  browser.runtime.onStartup.addListener(() => {
    void closeStaleMeetings(db, Date.now(), { forgetTabs: true }).then(deleteOldTranscripts);
    void refreshBadge();
  });

  // Overdue turns over at midnight: recount every half hour, with no network.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void openWelcomePageOnce();
    void browser.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_CHECK_PERIOD_MINUTES, delayInMinutes: 1 });
    // The retention setting deletes old transcript text; checked every few hours and at each start.
    void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: RETENTION_CHECK_PERIOD_MINUTES, delayInMinutes: 5 });
    void refreshBadge();
    void resumeMeetingTabs(db);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge();
    if (alarm.name === RETENTION_ALARM) void deleteOldTranscripts();
  });

  openPanelFromToolbar();
});

/**
 * After an install, update or reload: Chrome leaves the old content scripts
 * in open meeting tabs cut off and does not inject the new ones, so this
 * injects them (WXT's context stops the old copy), and closes meetings
 * whose tab is gone (a browser killed mid-meeting reports no end).
 *
 * Why `scripting` and host permissions: they cover only the four meeting
 * hosts the content scripts already run on, so Chrome's install warning is
 * unchanged, and without them a reload or update would silently stop
 * recording a meeting in progress until the user reloaded the call (leaving
 * it). Firefox injects declared content scripts into open tabs itself.
 */
// The manifest's own paths: WXT types `files` narrowly, to the paths it can see at build time.
type InjectedFiles = NonNullable<Extract<Parameters<typeof browser.scripting.executeScript>[0], { files: unknown[] }>['files']>;

async function resumeMeetingTabs(db: MeetingDb): Promise<void> {
  const liveTabIds = new Set<number>();
  try {
    for (const script of browser.runtime.getManifest().content_scripts ?? []) {
      if (!script.matches?.length) continue;
      for (const tab of await browser.tabs.query({ url: script.matches })) {
        if (tab.id === undefined) continue;
        liveTabIds.add(tab.id);
        if (import.meta.env.FIREFOX || !script.js?.length) continue;
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: script.js as InjectedFiles }).catch(() => undefined);
      }
    }
  } catch {
    // Tabs cannot be listed: leave meetings open rather than close one still in progress.
    return;
  }
  await closeMeetingsWithoutTab(db, liveTabIds).catch(() => undefined);
}

const WELCOME_SHOWN_KEY = 'welcomeShownAtMs';

/**
 * A new user is shown how to start, once: on install, not on updates. The
 * flag in storage.local (removed with the extension) covers browsers that
 * report an install again at each start, as Chromium does for an extension
 * loaded from the command line.
 */
async function openWelcomePageOnce(): Promise<void> {
  try {
    if ((await browser.storage.local.get(WELCOME_SHOWN_KEY))[WELCOME_SHOWN_KEY] !== undefined) return;
    await browser.storage.local.set({ [WELCOME_SHOWN_KEY]: Date.now() });
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  } catch {
    // No welcome page is better than a failed install: the side panel says the same.
  }
}

/** The toolbar button opens the side panel (Chrome, Edge) or toggles the sidebar (Firefox). */
function openPanelFromToolbar(): void {
  if (import.meta.env.FIREFOX) {
    // Firefox-only API, absent from the Chrome-based types.
    const { sidebarAction } = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    const action = browser.action ?? browser.browserAction;
    action.onClicked.addListener(() => {
      void sidebarAction.toggle();
    });
    return;
  }
  try {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } catch {
    // Browsers without the side panel API keep the toolbar button inert.
  }
}
