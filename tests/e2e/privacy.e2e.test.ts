import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { extensionArgs, findChromium } from '../../simulator/harness/browsers.mjs';
import { loadMeetingScript, serveMeetingHosts } from '../../simulator/harness/meeting-hosts.mjs';
import { CHROME_EXTENSION_DIR, joinMeet, openPanelInTab } from './helpers';

const script = loadMeetingScript('primary-care-committee') as { title: string; meetCode: string; selfName: string; participants: { name: string }[] };
const SPEED = 40;
const poll = { timeout: 20_000, interval: 250 };
const MEETING_HOSTS = ['meet.google.com', 'teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];

/** A DevTools message or event; the recorder reads only a few known fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw protocol JSON
type Protocol = any;

interface Initiator {
  url?: string;
  stack?: { callFrames?: { url: string }[]; parent?: Initiator['stack'] };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** One thing the recorder saw leave (or try to leave) a target. */
interface NetworkEvent {
  kind: 'request' | 'websocket' | 'blocked by CSP';
  url: string;
  targetType: string;
  targetUrl: string;
  documentUrl: string | null;
  initiatorUrls: string[];
}

/**
 * Records every network request of every target in the browser (pages, the
 * side panel, the service worker, workers), over a raw browser-level DevTools
 * connection with flat auto-attach. Playwright's own browser CDP session cannot
 * talk to the child sessions that flat auto-attach creates, so this opens the
 * browser's DevTools port itself. Requests a CSP refuses never reach the
 * network domain, so CSP issues (Audits) with a blocked URL count as attempts.
 */
class NetworkRecorder {
  readonly events: NetworkEvent[] = [];
  readonly targets = new Map<string, TargetInfo>();
  /** Every target type the recorder attached to, with how many. */
  readonly attachedTypes = new Map<string, number>();
  readonly isolatedWorlds: { sessionId: string; contextId: number; name: string; origin: string }[] = [];
  private nextId = 1;
  private readonly waiting = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  private readonly sessions = new Map<string, string>(); // sessionId → targetId

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.onMessage(JSON.parse(String(data))));
  }

  static async connect(profileDir: string): Promise<NetworkRecorder> {
    const portFile = join(profileDir, 'DevToolsActivePort');
    for (let attempt = 0; attempt < 100 && !existsSync(portFile); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const [port, path] = readFileSync(portFile, 'utf8').trim().split('\n');
    const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const recorder = new NetworkRecorder(socket);
    await recorder.send('Target.setDiscoverTargets', { discover: true });
    await recorder.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
    return recorder;
  }

  send(method: string, params: object = {}, sessionId?: string): Promise<Protocol> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (message) => (message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result)));
      this.socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  }

  /** The session attached to a target, for evaluating in it. */
  sessionOf(targetId: string): string | undefined {
    return [...this.sessions].find(([, id]) => id === targetId)?.[0];
  }

  close(): void {
    this.socket.close();
  }

  private targetOf(sessionId: string | undefined): TargetInfo {
    const targetId = sessionId ? this.sessions.get(sessionId) : undefined;
    return (targetId && this.targets.get(targetId)) || { targetId: '', type: 'browser', url: '' };
  }

  private record(kind: NetworkEvent['kind'], url: string, sessionId: string | undefined, documentUrl: string | null, initiator: Initiator | undefined): void {
    const target = this.targetOf(sessionId);
    const initiatorUrls = new Set<string>();
    if (initiator?.url) initiatorUrls.add(initiator.url);
    for (let stack = initiator?.stack; stack; stack = stack.parent) {
      for (const frame of stack.callFrames ?? []) if (frame.url) initiatorUrls.add(frame.url);
    }
    this.events.push({ kind, url, targetType: target.type, targetUrl: target.url, documentUrl, initiatorUrls: [...initiatorUrls] });
  }

  private onMessage(message: Protocol): void {
    if (message.id !== undefined) {
      this.waiting.get(message.id)?.(message);
      this.waiting.delete(message.id);
      return;
    }
    const { method, params, sessionId } = message;
    if (method === 'Target.targetCreated' || method === 'Target.targetInfoChanged') {
      this.targets.set(params.targetInfo.targetId, params.targetInfo);
    } else if (method === 'Target.attachedToTarget') {
      const child: string = params.sessionId;
      const info: TargetInfo = params.targetInfo;
      this.targets.set(info.targetId, info);
      this.sessions.set(child, info.targetId);
      this.attachedTypes.set(info.type, (this.attachedTypes.get(info.type) ?? 0) + 1);
      // Each attached target gets the network and issue domains, and attaches its own children (frames, workers).
      // A new target waits until then, so not even its first request goes unrecorded.
      const ignore = () => undefined;
      void Promise.all([
        this.send('Network.enable', {}, child).catch(ignore),
        this.send('Audits.enable', {}, child).catch(ignore),
        this.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, child).catch(ignore),
        info.type === 'page' ? this.send('Runtime.enable', {}, child).catch(ignore) : undefined,
      ]).then(() => (params.waitingForDebugger ? this.send('Runtime.runIfWaitingForDebugger', {}, child).catch(ignore) : undefined));
    } else if (method === 'Network.requestWillBeSent') {
      this.record('request', params.request.url, sessionId, params.documentURL ?? null, params.initiator);
    } else if (method === 'Network.webSocketCreated') {
      this.record('websocket', params.url, sessionId, null, params.initiator);
    } else if (method === 'Audits.issueAdded' && params.issue.code === 'ContentSecurityPolicyIssue') {
      const details = params.issue.details.contentSecurityPolicyIssueDetails;
      if (details.blockedURL) this.record('blocked by CSP', details.blockedURL, sessionId, null, { url: details.sourceCodeLocation?.url });
    } else if (method === 'Runtime.executionContextCreated' && params.context.auxData?.type === 'isolated') {
      this.isolatedWorlds.push({ sessionId, contextId: params.context.id, name: params.context.name, origin: params.context.origin });
    }
  }
}

/** http, https, ws and wss: anything that leaves the browser. */
function isNetwork(url: string): boolean {
  return /^(https?|wss?):/i.test(url);
}

/**
 * The events that break the promise "the extension makes no network requests":
 * anything an extension page, the worker or extension code (by initiator)
 * sends or tries to send off the machine, and anything a meeting page sends
 * other than its own page (its document, and the favicon the browser asks
 * for): the simulated pages fetch nothing, so any other request there came
 * from the content script.
 */
function violations(events: NetworkEvent[], extensionOrigin: string): NetworkEvent[] {
  return events.filter((event) => {
    if (!isNetwork(event.url) && event.kind !== 'blocked by CSP') return false;
    const fromExtension =
      event.targetUrl.startsWith(extensionOrigin) ||
      (event.documentUrl ?? '').startsWith(extensionOrigin) ||
      event.initiatorUrls.some((url) => url.startsWith('chrome-extension:'));
    if (fromExtension) return true;
    if (MEETING_HOSTS.some((host) => event.targetUrl.startsWith(`https://${host}/`))) {
      const host = new URL(event.url).host;
      return event.kind !== 'request' || !MEETING_HOSTS.includes(host) || event.initiatorUrls.length > 0;
    }
    return false;
  });
}

let context: BrowserContext;
let profileDir: string;
let recorder: NetworkRecorder;
let extensionId: string;

beforeAll(async () => {
  // The same launch as simulator/harness/browsers.mjs, plus a DevTools port for the recorder.
  profileDir = mkdtempSync(join(tmpdir(), 'pcmc-privacy-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...extensionArgs(CHROME_EXTENSION_DIR), '--remote-debugging-port=0'],
  });
  recorder = await NetworkRecorder.connect(profileDir);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  extensionId = new URL(worker.url()).host;
  await serveMeetingHosts(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A print dialogue would block a headless run; count the calls instead.
  await context.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? 0) + 1);
    };
  });
});

afterAll(async () => {
  recorder?.close();
  await context?.close().catch(() => undefined);
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

/** A small epraccur file, as ODS publishes it (27 columns, no header). */
function odsFile(): string {
  const row = (code: string, name: string) =>
    Array.from({ length: 27 }, (_, i) => ({ 0: code, 1: name, 10: '19740401', 12: 'A', 25: '4' })[i as 0] ?? '').join(',');
  return [row('C88001', 'BIRCHFIELD MEDICAL PRACTICE'), row('C88002', 'HERITAGE PARK SURGERY'), row('C88003', 'TOWNSHIPS HEALTH CENTRE')].join('\r\n');
}

/**
 * Opens the browser's real side panel beside `view` with a trusted click
 * (sidePanel.open needs a user gesture) and returns its text, read through the
 * recorder's own session (simulator/harness's openRealSidePanel looks for a
 * target nobody is attached to, and the recorder is attached to all).
 */
async function openRealPanel(view: Page): Promise<() => Promise<string>> {
  const panels = () => [...recorder.targets.values()].filter((t) => t.type === 'page' && t.url.endsWith('/sidepanel.html'));
  const before = new Set(panels().map((t) => t.targetId));
  await view.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'test-open-side-panel';
    button.textContent = 'Open side panel';
    button.addEventListener('click', () => {
      const api = (globalThis as unknown as { chrome: { windows: { getCurrent(): Promise<{ id: number }> }; sidePanel: { open(o: { windowId: number }): Promise<void> } } }).chrome;
      api.windows.getCurrent().then((win) => api.sidePanel.open({ windowId: win.id }));
    });
    document.body.prepend(button);
  });
  await view.click('#test-open-side-panel');
  const opened = () => panels().filter((t) => !before.has(t.targetId) && recorder.sessionOf(t.targetId));
  // Chromium sometimes shows a short-lived second panel target while the side panel opens, so
  // the reader asks every panel that opened and keeps the text of those still there.
  await expect.poll(() => opened().length, poll).toBeGreaterThanOrEqual(1);
  return async () => {
    const texts = await Promise.all(
      opened().map((panel) =>
        recorder
          .send('Runtime.evaluate', { expression: 'document.body.innerText', returnByValue: true }, recorder.sessionOf(panel.targetId))
          .then((reply) => String(reply.result.value ?? ''))
          .catch(() => ''),
      ),
    );
    return texts.join('\n');
  };
}

async function download(view: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([view.waitForEvent('download'), view.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('privacy: the extension makes no network requests', () => {
  it('sends nothing anywhere during a whole meeting, the summary, every export and an ODS import', async () => {
    const extensionOrigin = `chrome-extension://${extensionId}`;
    // The side panel open beside the call, as a user has it, and the same page in a tab to drive.
    const view = await openPanelInTab(context, extensionId, { height: 1400 });
    const panelText = await openRealPanel(view);
    const meet = await joinMeet(context, script.meetCode, {
      title: script.title,
      selfName: script.selfName,
      others: script.participants.map((p) => p.name).filter((name) => name !== script.selfName),
      openPeople: true,
    });
    await meet.evaluate(([s, speed]) => window.meetSim.play(s, { speed: speed as number, leaveAtEnd: true }), [script, SPEED] as const);
    // The real side panel followed the call.
    await expect.poll(panelText, poll).toContain('Margaret Holloway');

    await view.getByTestId('nav-history').click();
    await view.getByTestId('history-item').filter({ hasText: script.title }).click();
    const suggestion = view.getByTestId('suggestion').filter({ hasText: 'Circulate the utilisation data by PCN' });
    await suggestion.getByTestId('suggestion-confirm').click();
    await expect.poll(() => view.getByTestId('action-item').count(), poll).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(await download(view, 'export-json')).meeting.title).toBe(script.title);

    await view.getByTestId('open-summary').click();
    await expect.poll(() => view.getByTestId('summary-document').locator('h1').textContent(), poll).toContain(script.title);
    await view.getByTestId('summary-copy').click();
    await expect.poll(() => view.getByTestId('summary-status').textContent(), poll).toContain('Copied.');
    const [printPage] = await Promise.all([context.waitForEvent('page'), view.getByTestId('summary-print').click()]);
    await expect.poll(() => printPage.evaluate(() => document.documentElement.dataset.printed), poll).toBe('1');
    const [word] = await Promise.all([view.waitForEvent('download'), view.getByTestId('summary-word').click()]);
    expect(readFileSync((await word.path())!).subarray(0, 2).toString()).toBe('PK');
    expect(await download(view, 'summary-markdown')).toContain(`# Primary care summary: ${script.title}`);
    await view.getByTestId('summary-back').click();

    await view.getByTestId('nav-actions').click();
    expect(await download(view, 'export-csv')).toContain('Circulate the utilisation data by PCN');

    const options = await context.newPage();
    await options.goto(`${extensionOrigin}/options.html`);
    await options.getByTestId('ods-file').setInputFiles({ name: 'epraccur.csv', mimeType: 'text/csv', buffer: Buffer.from(odsFile()) });
    await expect.poll(() => options.getByTestId('ods-summary').textContent(), poll).toContain('3 rows accepted');
    await options.getByTestId('ods-import').click();
    await expect.poll(() => options.getByTestId('ods-message').textContent(), poll).toMatch(/^Imported 3 organisations/);
    // Time for anything the worker might send after the fact (an alarm, a flush).
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    // The recorder was listening to every kind of target involved ...
    expect(recorder.attachedTypes.get('service_worker') ?? 0).toBeGreaterThanOrEqual(1);
    const seenTargets = [...recorder.targets.values()].map((t) => t.url);
    for (const page of ['sidepanel.html', 'options.html', 'sidepanel.html?print=']) {
      expect(seenTargets.some((url) => url.startsWith(`${extensionOrigin}/${page}`)), page).toBe(true);
    }
    // ... and heard their traffic: the extension's own files, and the meeting page itself.
    expect(recorder.events.some((e) => e.url.startsWith(`${extensionOrigin}/options.html`))).toBe(true);
    expect(recorder.events.some((e) => e.url === `https://meet.google.com/${script.meetCode}`)).toBe(true);
    expect(recorder.events.some((e) => e.url.startsWith(`${extensionOrigin}/chunks/`))).toBe(true);
    expect(violations(recorder.events, extensionOrigin)).toEqual([]);
    await Promise.all([options.close(), printPage.close(), meet.close(), view.close()]);
  });

  it('would notice: a fetch from an extension page, from the worker and from the content script’s world are all recorded', async () => {
    const extensionOrigin = `chrome-extension://${extensionId}`;
    const before = recorder.events.length;
    const page = await openPanelInTab(context, extensionId);
    // An extension page: the CSP refuses it, and the recorder sees the attempt.
    const fromPage = await page.evaluate(() => fetch('https://example.invalid/from-extension-page').then(() => 'sent', (error: Error) => error.message));
    expect(fromPage).toBe('Failed to fetch');
    // The service worker: the same CSP applies.
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin))!;
    expect(await worker.evaluate(() => fetch('https://example.invalid/from-worker').then(() => 'sent', (error: Error) => error.message))).toBe('Failed to fetch');
    // The content script's world on a meeting page: no extension CSP there, so it reaches the network (and fails to resolve).
    // Only a world created for this page: the last meeting's page has closed, and its session with it.
    const worldsBefore = recorder.isolatedWorlds.length;
    const ours = () => recorder.isolatedWorlds.slice(worldsBefore).filter((w) => w.name === 'Primary Care Meeting Companion' && w.origin === extensionOrigin);
    const meet = await joinMeet(context, 'con-trol-net');
    await expect.poll(() => ours().length, poll).toBeGreaterThan(0);
    const world = ours().at(-1)!;
    await recorder.send(
      'Runtime.evaluate',
      { expression: "fetch('https://example.invalid/from-content-script').catch(() => undefined)", awaitPromise: true, contextId: world.contextId },
      world.sessionId,
    );

    const recorded = () => violations(recorder.events.slice(before), extensionOrigin).map((e) => [e.kind, e.url, e.targetType]);
    await expect.poll(recorded, poll).toEqual(
      expect.arrayContaining([
        ['blocked by CSP', 'https://example.invalid/from-extension-page', 'page'],
        ['blocked by CSP', 'https://example.invalid/from-worker', 'service_worker'],
        ['request', 'https://example.invalid/from-content-script', 'page'],
      ]),
    );
    await Promise.all([page.close(), meet.close()]);
  });
});
