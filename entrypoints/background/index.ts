import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_ALARM, BADGE_CHECK_PERIOD_MINUTES, refreshOverdueBadge, type ToolbarButton } from '@/utils/background/overdue-badge';
import { MeetingDb } from '@/utils/db/database';
import { closeStaleMeetings, endMeetingsForTab } from '@/utils/db/meetings-repo';
import { applyRetention } from '@/utils/db/retention-repo';
import { listenForMessages } from '@/utils/messaging/listen';

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

  listenForMessages(db, { actionsChanged: refreshBadge });

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
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_CHECK_PERIOD_MINUTES, delayInMinutes: 1 });
    // The retention setting deletes old transcript text; checked every few hours and at each start.
    void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: RETENTION_CHECK_PERIOD_MINUTES, delayInMinutes: 5 });
    void refreshBadge();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge();
    if (alarm.name === RETENTION_ALARM) void deleteOldTranscripts();
  });

  openPanelFromToolbar();
});

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
