// @ts-check
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const simulatorDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A simulated meeting page with its scripts inlined: the shared script player,
 * then the page's own script.
 * @param {'meet' | 'teams'} platform
 */
export function simulatedPageHtml(platform) {
  const page = readFileSync(join(simulatorDir, platform, 'page.html'), 'utf8');
  const scripts = {
    'SCRIPT-PLAYER': readFileSync(join(simulatorDir, 'shared', 'script-player.js'), 'utf8'),
    SIMULATOR: readFileSync(join(simulatorDir, platform, `${platform}-sim.js`), 'utf8'),
  };
  return page.replace(/\/\*(SCRIPT-PLAYER|SIMULATOR)\*\//g, (_, name) => scripts[/** @type {keyof typeof scripts} */ (name)]);
}

/** The meeting hosts the extension reads, and the page that stands in for each. */
export const SIMULATED_HOSTS = /** @type {const} */ ([
  ['https://meet.google.com/**', 'meet'],
  ['https://teams.microsoft.com/**', 'teams'],
  ['https://teams.live.com/**', 'teams'],
  ['https://teams.cloud.microsoft/**', 'teams'],
]);

/**
 * Serves the simulated pages as the real meeting hosts, so the extension's
 * content scripts run on them exactly as on the real sites. Nothing leaves
 * the machine: the browser never contacts Google or Microsoft.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function serveMeetingHosts(context) {
  const pages = { meet: simulatedPageHtml('meet'), teams: simulatedPageHtml('teams') };
  for (const [pattern, platform] of SIMULATED_HOSTS) {
    await context.route(pattern, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages[platform] }),
    );
  }
}

/**
 * A meeting script from simulator/meetings.
 * @param {string} name file name without .json
 */
export function loadMeetingScript(name) {
  return JSON.parse(readFileSync(join(simulatorDir, 'meetings', `${name}.json`), 'utf8'));
}

/**
 * Joins the simulated call already loaded in `page`, as the local user, with
 * captions on (the user's own step in a real meeting).
 * @param {import('playwright-core').Page} page
 * @param {{ selfName: string, title?: string, others?: string[], openPeople?: boolean }} options
 */
export async function startSimulatedCall(page, options) {
  await page.evaluate((o) => {
    const sim = /** @type {any} */ (window).meetSim;
    if (o.title) sim.setTitle(o.title);
    sim.setSelfName(o.selfName);
    sim.addParticipant({ name: o.selfName, isSelf: true });
    for (const name of o.others ?? []) sim.addParticipant({ name });
    sim.join();
    if (o.title) sim.setTitle(o.title);
    sim.captionsOn();
    if (o.openPeople) sim.openPeople();
  }, options);
}

/**
 * Joins the simulated Teams call already loaded in `page`, with captions on.
 * `others` are Teams display names.
 * @param {import('playwright-core').Page} page
 * @param {{ selfName: string, title?: string, others?: string[], openPeople?: boolean, shape?: 'host' | 'guest' }} options
 */
export async function startSimulatedTeamsCall(page, options) {
  await page.evaluate((o) => {
    const sim = /** @type {any} */ (window).teamsSim;
    sim.setShape(o.shape ?? 'host');
    if (o.title) sim.setTitle(o.title);
    sim.setSelfName(o.selfName);
    sim.addParticipant({ name: o.selfName, isSelf: true });
    for (const name of o.others ?? []) sim.addParticipant({ name });
    sim.join();
    if (o.title) sim.setTitle(o.title);
    sim.captionsOn();
    if (o.openPeople) sim.openPeople();
  }, options);
}
