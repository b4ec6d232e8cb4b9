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
