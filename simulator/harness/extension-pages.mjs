// @ts-check
import { readStoreInPage } from './read-store.mjs';

/**
 * Opens the side panel's page in an ordinary tab (same HTML and code as the
 * panel; a tab can be sized, screenshotted and used for downloads).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {{ width?: number, height?: number }} [size]
 */
export async function openPanelInTab(context, extensionId, size = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width: size.width ?? 380, height: size.height ?? 900 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return page;
}

/**
 * Every row of one object store of the extension's database, read with raw
 * IndexedDB from an extension page (same origin as the database).
 * @param {import('playwright-core').Page} extensionPage
 * @param {string} storeName
 * @returns {Promise<any[]>}
 */
export async function readExtensionStore(extensionPage, storeName) {
  return extensionPage.evaluate(readStoreInPage, storeName);
}

/**
 * Opens the real browser side panel with a trusted click (sidePanel.open needs
 * a user gesture) and returns a function that evaluates an expression inside
 * it. Playwright does not list the panel as a page, so this talks to it over
 * the Chrome DevTools Protocol, through `extensionPage`'s session: keep that
 * page open while using the panel.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} extensionPage any page of the extension, in the window to open the panel in
 */
export async function openRealSidePanel(context, extensionPage) {
  await extensionPage.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'test-open-side-panel';
    button.textContent = 'Open side panel';
    button.addEventListener('click', () => {
      const api = /** @type {any} */ (globalThis).chrome;
      api.windows.getCurrent().then((/** @type {{ id: number }} */ win) => api.sidePanel.open({ windowId: win.id }));
    });
    document.body.prepend(button);
  });
  await extensionPage.click('#test-open-side-panel');
  const cdp = await context.newCDPSession(extensionPage);
  /** @type {string | null} */
  let targetId = null;
  for (let attempt = 0; attempt < 50 && !targetId; attempt += 1) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    // Playwright is attached to its own tabs; the panel is the one it is not attached to.
    const panel = targetInfos.find((t) => t.url.endsWith('/sidepanel.html') && !t.attached);
    targetId = panel?.targetId ?? null;
    if (!targetId) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The button was only the user gesture: take it away so screenshots show the panel as users see it.
  await extensionPage.evaluate(() => document.getElementById('test-open-side-panel')?.remove());
  if (!targetId) throw new Error('The side panel did not open');
  const { send } = await attachToTarget(cdp, targetId);
  return {
    /**
     * Evaluates an expression in the side panel and returns its JSON value.
     * @param {string} expression
     */
    async evaluate(expression) {
      const reply = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text);
      return reply.result?.value;
    },
    /** A PNG screenshot of the side panel as the user sees it. */
    async screenshot() {
      const reply = await send('Page.captureScreenshot', { format: 'png' });
      return Buffer.from(reply.data, 'base64');
    },
  };
}

/**
 * A DevTools sender for another target (such as the real side panel, which
 * Playwright lists no page for), attached through an existing session without
 * flattening. `send` resolves to the command's result and rejects with its error.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} targetId
 */
export async function attachToTarget(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  /** @type {Map<number, (message: any) => void>} */
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  return {
    /**
     * @param {string} method
     * @param {object} [params]
     * @returns {Promise<any>}
     */
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, (message) => (message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result)));
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      }),
  };
}
