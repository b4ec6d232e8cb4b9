// @ts-check
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Where Chromium is usually installed; CHROME_PATH wins. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Raised when no usable browser is installed; its message says how to fix it. */
export class BrowserNotFoundError extends Error {}

/**
 * The Chromium (or Chrome) executable to use.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new BrowserNotFoundError(
        `CHROME_PATH is set to ${fromEnv}, but there is no file there.\nPoint it at a Chromium-based browser, or unset it to use an installed Chromium.`,
      );
    }
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new BrowserNotFoundError(
    [
      'No Chromium or Chrome was found on this computer.',
      'Install Chromium, for example on Debian or Ubuntu:',
      '    sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chromium-based browser:',
      '    CHROME_PATH=/path/to/chromium npm run demo',
    ].join('\n'),
  );
}

/**
 * Launches Chromium with the built extension loaded, in a fresh profile.
 * Headless unless `headless: false` (the demo shows a window when a display exists).
 * @param {{ extensionDir: string, headless?: boolean, viewport?: { width: number, height: number } | null }} options
 */
export async function launchChromiumWithExtension(options) {
  const executablePath = findChromium();
  const profileDir = mkdtempSync(join(tmpdir(), 'pcmc-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      // Branded Chrome 137+ ignores --load-extension unless this is set; Chromium accepts it.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--lang=en-GB',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  let isClosed = false;
  return {
    context,
    worker,
    extensionId,
    executablePath,
    async close() {
      if (isClosed) return;
      isClosed = true;
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
