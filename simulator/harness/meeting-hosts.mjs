// @ts-check
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const simulatorDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The simulated Meet page, with its script inlined. */
export function meetPageHtml() {
  const page = readFileSync(join(simulatorDir, 'meet', 'page.html'), 'utf8');
  const script = readFileSync(join(simulatorDir, 'meet', 'meet-sim.js'), 'utf8');
  return page.replace('/*SIMULATOR*/', () => script);
}

/**
 * Serves the simulated pages as the real meeting hosts, so the extension's
 * content scripts run on them exactly as on the real sites. Nothing leaves
 * the machine: the browser never contacts meet.google.com.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function serveMeetingHosts(context) {
  const meet = meetPageHtml();
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: meet }),
  );
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
