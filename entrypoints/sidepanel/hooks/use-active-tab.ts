import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The id of the tab the side panel sits beside, following tab switches; null until known. */
export function useActiveTabId(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const refresh = (): void => {
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then((tabs) => setTabId(tabs[0]?.id ?? null))
        .catch(() => setTabId(null));
    };
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    return () => browser.tabs.onActivated.removeListener(refresh);
  }, []);
  return tabId;
}
