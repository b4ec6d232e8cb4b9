import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { MeetingDb } from '@/utils/db/database';
import { closeStaleMeetings, endMeetingsForTab } from '@/utils/db/meetings-repo';
import { listenForMessages } from '@/utils/messaging/listen';

// Stateless: every event is validated and written straight to IndexedDB, so
// the worker can be stopped at any moment without losing anything.
export default defineBackground(() => {
  const db = new MeetingDb();

  listenForMessages(db);

  browser.tabs.onRemoved.addListener((tabId) => {
    void endMeetingsForTab(db, tabId, Date.now());
  });

  browser.runtime.onStartup.addListener(() => {
    void closeStaleMeetings(db, Date.now(), { forgetTabs: true });
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
