import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomePage } from './welcome-page';

/** Opens the side panel (Chrome, Edge) or the sidebar (Firefox) from the user's click. */
async function openPanel(): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // Firefox-only API, absent from the Chrome-based types; needs the click it is called from.
    const { sidebarAction } = browser as unknown as { sidebarAction: { open(): Promise<void> } };
    await sidebarAction.open();
    return;
  }
  const window = await browser.windows.getCurrent();
  if (window.id !== undefined) await browser.sidePanel.open({ windowId: window.id });
}

render(
  <WelcomePage
    isFirefox={import.meta.env.FIREFOX}
    onOpenPanel={openPanel}
    onOpenSettings={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
