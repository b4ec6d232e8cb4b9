// @ts-check
// Drives stock Firefox (firefox-esr) over its built-in WebDriver BiDi: no
// geckodriver and no patched browser. See docs testing-recipe.md section 6.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { SIMULATED_HOSTS, simulatedPageHtml } from './meeting-hosts.mjs';
import { readStoreInPage } from './read-store.mjs';

/** Where Firefox is usually installed; FIREFOX_PATH wins. */
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The add-on's moz-extension:// host, pinned so tests can open its pages. */
export const EXTENSION_UUID = '5b0e6f6a-6c1d-4d8e-9a51-2f3c7e8d9b10';

const START_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 30_000;

/** Raised when Firefox is not installed; its message says how to fix it. */
export class FirefoxNotFoundError extends Error {}

/**
 * The Firefox executable to use.
 * @param {{ env?: NodeJS.ProcessEnv, candidates?: readonly string[] }} [where] for tests: the environment and the places to look
 * @returns {string}
 */
export function findFirefox({ env = process.env, candidates = FIREFOX_CANDIDATES } = {}) {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new FirefoxNotFoundError(
        `FIREFOX_PATH is set to ${fromEnv}, but there is no file there.\nPoint it at Firefox (ESR 142 or later), or unset it to use /usr/bin/firefox-esr.`,
      );
    }
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new FirefoxNotFoundError(
    [
      'No Firefox was found at /usr/bin/firefox-esr or /usr/bin/firefox.',
      'Install it, for example on Debian or Ubuntu:',
      '    sudo apt-get install -y firefox-esr',
      'or point FIREFOX_PATH at a Firefox (142 or later):',
      '    FIREFOX_PATH=/path/to/firefox npm run test:firefox',
    ].join('\n'),
  );
}

/**
 * Preferences for a quiet, offline test profile. Downloads go straight to
 * `downloadDir` without asking, so an export can be read from disk.
 * @param {{ addonId: string, downloadDir: string }} options
 */
function userJs({ addonId, downloadDir }) {
  /** @type {Record<string, string | number | boolean>} */
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    'browser.download.dir': downloadDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.disabledForTesting': true,
    'intl.locale.requested': 'en-GB',
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/**
 * A WebDriver BiDi connection: commands with timeouts, and event listeners.
 * @param {string} url the ws:// address Firefox printed
 */
async function connect(url) {
  // Firefox prints the server's root; BiDi sessions live at /session.
  const socket = new WebSocket(`${url.replace(/\/$/, '')}/session`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.on('error', (error) => reject(new Error(`Could not connect to Firefox's WebDriver BiDi at ${url}: ${error.message}`)));
  });
  let nextId = 1;
  /** @type {Map<number, { method: string, resolve: (value: any) => void, reject: (error: Error) => void, timer: NodeJS.Timeout }>} */
  const pending = new Map();
  /** @type {Map<string, Set<(params: any) => void>>} */
  const listeners = new Map();
  /** Rejects everything still waiting, for example when Firefox exits. */
  const failAll = (/** @type {string} */ reason) => {
    for (const [id, call] of pending) {
      clearTimeout(call.timer);
      call.reject(new Error(`BiDi ${call.method}: ${reason}`));
      pending.delete(id);
    }
  };
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'event') {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params);
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    clearTimeout(call.timer);
    if (message.type === 'error') {
      call.reject(new Error(`BiDi ${call.method} failed: ${message.error}: ${message.message}`));
    } else {
      call.resolve(message.result);
    }
  });
  socket.on('close', () => failAll('the connection to Firefox closed'));
  return {
    /**
     * @param {string} method
     * @param {object} [params]
     * @param {number} [timeoutMs]
     * @returns {Promise<any>}
     */
    send(method, params = {}, timeoutMs = COMMAND_TIMEOUT_MS) {
      if (socket.readyState !== WebSocket.OPEN) return Promise.reject(new Error(`BiDi ${method}: the connection to Firefox is closed`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`BiDi ${method} got no answer within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        pending.set(id, { method, resolve, reject, timer });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    /**
     * @param {string} event
     * @param {(params: any) => void} listener
     */
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(listener);
    },
    close() {
      failAll('closed by the test');
      socket.terminate();
    },
  };
}

/**
 * Starts Firefox with `--remote-debugging-port=0` and waits for the BiDi address on stderr.
 * @param {string} executable
 * @param {string} profileDir
 */
function startFirefox(executable, profileDir) {
  const child = spawn(
    executable,
    ['--headless', '--no-remote', '--profile', profileDir, '--remote-debugging-port=0', '--remote-allow-system-access'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  let stderr = '';
  /** @type {Promise<string>} */
  const address = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi within ${START_TIMEOUT_MS / 1000} s.\n${stderr.slice(-2000)}`)), START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] ?? '');
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Firefox could not be started (${executable}): ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited before WebDriver BiDi started (code ${code}, signal ${signal}).\n${stderr.slice(-2000)}`));
    });
  });
  return { child, address };
}

/**
 * The browsing context of the add-on's welcome page (opened on install), found
 * within `timeoutMs`, or null.
 * @param {{ send: (method: string, params?: object) => Promise<any> }} bidi
 * @param {number} [timeoutMs]
 * @returns {Promise<string | null>}
 */
export async function findWelcomeTab(bidi, timeoutMs = 10_000) {
  const url = `moz-extension://${EXTENSION_UUID}/welcome.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { contexts } = await bidi.send('browsingContext.getTree', { maxDepth: 0 });
    const found = contexts.find((/** @type {{ url: string }} */ c) => c.url.startsWith(url));
    if (found || Date.now() > deadline) return found?.context ?? null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Closes the welcome page the add-on opens on install.
 * @param {{ send: (method: string, params?: object) => Promise<any> }} bidi
 */
async function closeWelcomeTab(bidi) {
  const context = await findWelcomeTab(bidi);
  if (context) await bidi.send('browsingContext.close', { context });
}

/**
 * Launches headless Firefox in a fresh profile with the built add-on installed
 * as a temporary add-on. Always call `close()` (in afterAll): it ends Firefox
 * and deletes the profile and download folder, even after a failed test. The
 * welcome page the add-on opens on install is closed unless `keepWelcomePage`.
 * @param {{ extensionDir: string, addonId: string, keepWelcomePage?: boolean }} options
 */
export async function launchFirefoxWithExtension(options) {
  const executable = findFirefox();
  const profileDir = mkdtempSync(join(tmpdir(), 'pcmc-firefox-'));
  const downloadDir = join(profileDir, 'downloads');
  mkdirSync(downloadDir);
  writeFileSync(join(profileDir, 'user.js'), userJs({ addonId: options.addonId, downloadDir }));
  const { child, address } = startFirefox(executable, profileDir);
  let isClosed = false;
  // If the test run itself dies, do not leave Firefox behind.
  const onExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', onExit);

  async function close() {
    if (isClosed) return;
    isClosed = true;
    process.removeListener('exit', onExit);
    if (bidi) {
      await bidi.send('browser.close', {}, 5_000).catch(() => undefined);
      bidi.close();
    }
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(profileDir, { recursive: true, force: true });
  }

  /** @type {Awaited<ReturnType<typeof connect>> | null} */
  let bidi = null;
  try {
    bidi = await connect(await address);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    const installed = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: options.extensionDir } });
    if (installed.extension !== options.addonId) {
      throw new Error(`Firefox installed the add-on as ${installed.extension}, not ${options.addonId}: check the gecko id in wxt.config.ts`);
    }
    // The add-on opens its welcome page on install: close it, so it never becomes the active tab under a test.
    if (!options.keepWelcomePage) await closeWelcomeTab(bidi);
  } catch (error) {
    await close();
    throw error;
  }
  const session = /** @type {NonNullable<typeof bidi>} */ (bidi);
  const baseUrl = `moz-extension://${EXTENSION_UUID}`;

  /**
   * Runs `fn(...args)` in a tab and returns its result, awaited and passed
   * through JSON (so return plain data). A thrown error becomes a rejection
   * with the page's message.
   * @template {unknown[]} A
   * @template R
   * @param {string} context a browsing context id
   * @param {(...args: A) => R | Promise<R>} fn
   * @param {A} args
   * @returns {Promise<Awaited<R>>}
   */
  async function evaluate(context, fn, ...args) {
    const functionDeclaration = `async function (argsJson) {
      const result = await (${fn.toString()})(...JSON.parse(argsJson));
      return JSON.stringify(result === undefined ? null : result);
    }`;
    const reply = await session.send('script.callFunction', {
      functionDeclaration,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (reply.type === 'exception') {
      const details = reply.exceptionDetails;
      throw new Error(`The page threw: ${details?.text ?? 'an error'}${details?.stackTrace ? `\n${JSON.stringify(details.stackTrace.callFrames?.slice(0, 3))}` : ''}`);
    }
    return JSON.parse(reply.result.value);
  }

  return {
    bidi: session,
    baseUrl,
    downloadDir,
    profileDir,
    /**
     * Opens a new tab and loads `url` in it; returns its browsing context id.
     * @param {string} url
     */
    async openTab(url) {
      const { context } = await session.send('browsingContext.create', { type: 'tab' });
      await session.send('browsingContext.navigate', { context, url, wait: 'complete' });
      return /** @type {string} */ (context);
    },
    /**
     * @param {string} context
     * @param {string} url
     */
    async navigate(context, url) {
      await session.send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    /** @param {string} context */
    async activate(context) {
      await session.send('browsingContext.activate', { context });
    },
    /**
     * Closes a tab, running the page's unload handlers as when a user closes it.
     * @param {string} context
     */
    async closeTab(context) {
      await session.send('browsingContext.close', { context, promptUnload: true });
    },
    evaluate,
    /**
     * Every row of one object store of the extension's database, read with
     * raw IndexedDB from a moz-extension:// tab (the database's own origin).
     * @param {string} extensionContext
     * @param {string} storeName
     * @returns {Promise<any[]>}
     */
    readExtensionStore(extensionContext, storeName) {
      return evaluate(extensionContext, readStoreInPage, storeName);
    },
    close,
  };
}

/**
 * Serves the simulated Meet and Teams pages as the real meeting hosts through
 * a BiDi network intercept: Firefox asks us for each page and we answer, so
 * nothing leaves the machine and no DNS or certificate is involved. Returns
 * the URLs served, for checks.
 * @param {Awaited<ReturnType<typeof launchFirefoxWithExtension>>} firefox
 */
export async function serveMeetingHostsInFirefox(firefox) {
  const pages = { meet: simulatedPageHtml('meet'), teams: simulatedPageHtml('teams') };
  /** @type {Map<string, 'meet' | 'teams'>} */
  const platformOfHost = new Map(SIMULATED_HOSTS.map(([pattern, platform]) => [new URL(pattern.replace('/**', '/')).hostname, platform]));
  /** @type {string[]} */
  const served = [];
  const { bidi } = firefox;
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  const { intercept } = await bidi.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [...platformOfHost.keys()].map((hostname) => ({ type: 'pattern', protocol: 'https', hostname })),
  });
  bidi.on('network.beforeRequestSent', (params) => {
    if (!params.isBlocked || !params.intercepts?.includes(intercept)) return;
    const url = new URL(params.request.url);
    const platform = platformOfHost.get(url.hostname);
    served.push(url.href);
    const found = platform !== undefined && params.request.method === 'GET' && params.navigation !== null;
    const body = found ? pages[platform] : '';
    void bidi
      .send('network.provideResponse', {
        request: params.request.request,
        statusCode: found ? 200 : 404,
        reasonPhrase: found ? 'OK' : 'Not Found',
        headers: [{ name: 'Content-Type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
        body: { type: 'string', value: body },
      })
      .catch(() => undefined);
  });
  return served;
}
