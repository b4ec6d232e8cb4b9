// @ts-check
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
 * The browser process (not a renderer or helper) running with `profileDir`, read from /proc (Linux).
 * @param {string} profileDir
 * @returns {number | null}
 */
function findBrowserProcess(profileDir) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args;
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const isOurs = args.includes(`--user-data-dir=${profileDir}`) || args.includes(profileDir);
    if (isOurs && !args.some((arg) => arg.startsWith('--type='))) return Number(entry);
  }
  return null;
}

/** Flags that keep a test browser quiet: no background networking, sync, component updates or first-run pages. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium flags that load the unpacked extension in a quiet browser.
 * @param {string} extensionDir
 */
export function extensionArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Branded Chrome 137+ ignores --load-extension unless this is set; Chromium accepts it.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ...QUIET_CHROMIUM_ARGS,
    '--disable-default-apps',
    '--lang=en-GB',
  ];
}

/** Creates a profile directory that outlives one browser, for restarting on the same profile. */
export function createProfileDir() {
  return mkdtempSync(join(tmpdir(), 'pcmc-chromium-'));
}

/**
 * The extension's welcome page, opened by its background on install: found
 * (within `timeoutMs`) or null.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {number} [timeoutMs]
 */
export async function findWelcomePage(context, extensionId, timeoutMs = 10_000) {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url().startsWith(url));
    if (page || Date.now() > deadline) return page ?? null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Closes the welcome page a fresh install opens.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 */
async function closeWelcomePage(context, extensionId) {
  const page = await findWelcomePage(context, extensionId);
  await page?.close();
}

/**
 * Launches Chromium with the built extension loaded, in a fresh profile
 * (or in `profileDir`, which is then kept on close so a later launch can reuse it).
 * Headless unless `headless: false` (the demo shows a window when a display exists).
 * `allowExtensionReload` lets `reloadExtension()` load the extension again, as an update does.
 * The welcome page the extension opens on install is closed, so it never becomes
 * the active tab under a test or the demo, unless `keepWelcomePage` is set.
 * @param {{ extensionDir: string, headless?: boolean, viewport?: { width: number, height: number } | null, profileDir?: string, allowExtensionReload?: boolean, keepWelcomePage?: boolean }} options
 */
export async function launchChromiumWithExtension(options) {
  const executablePath = findChromium();
  const isOwnProfile = !options.profileDir;
  const profileDir = options.profileDir ?? createProfileDir();
  // A new profile installs the extension, which opens its welcome page once.
  const isFreshProfile = !existsSync(join(profileDir, 'Default'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    args: [
      ...extensionArgs(options.extensionDir),
      // Lets the CDP Extensions domain reload the unpacked extension (tests only).
      ...(options.allowExtensionReload ? ['--enable-unsafe-extension-debugging'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  if (isFreshProfile && !options.keepWelcomePage) await closeWelcomePage(context, extensionId);
  let isClosed = false;
  return {
    context,
    worker,
    extensionId,
    executablePath,
    profileDir,
    /**
     * Loads the extension again from its folder, as an update or a reload from
     * chrome://extensions does (same id, new background, open pages closed).
     * `chrome.runtime.reload()` cannot be used: Chromium does not bring back an
     * extension loaded from the command line.
     */
    async reloadExtension() {
      const browser = context.browser();
      if (!browser) throw new Error('No browser-level session to reload the extension through');
      const cdp = await browser.newBrowserCDPSession();
      await cdp.send(/** @type {any} */ ('Extensions.loadUnpacked'), /** @type {any} */ ({ path: options.extensionDir }));
      await cdp.detach();
    },
    async close() {
      if (isClosed) return;
      isClosed = true;
      await context.close().catch(() => undefined);
      if (isOwnProfile) rmSync(profileDir, { recursive: true, force: true });
    },
    /**
     * Kills the browser at once (SIGKILL, Linux), as a crash or a power cut would:
     * no unload events, no shutdown. The profile is kept for a relaunch.
     */
    async kill() {
      const pid = findBrowserProcess(profileDir);
      if (pid === null) throw new Error(`No browser process found for ${profileDir}`);
      isClosed = true;
      const closed = new Promise((resolve) => context.once('close', () => resolve(undefined)));
      process.kill(pid, 'SIGKILL');
      await closed;
    },
  };
}
