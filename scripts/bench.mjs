// npm run bench [-- --speed 20 --samples 20]
//
// Measures what the extension costs a live meeting, and reports figures (it
// asserts nothing):
//  1. content script size, raw and gzipped;
//  2. script time on the simulated Meet page with and without the extension,
//     from Chrome DevTools Protocol Performance metrics, over the same replayed
//     meeting;
//  3. latency from a caption change in the page to the real side panel showing it;
//  4. how long the options page takes to check and import an epraccur-sized ODS file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium, launchChromiumWithExtension, QUIET_CHROMIUM_ARGS } from '../simulator/harness/browsers.mjs';
import { openPanelInTab, openRealSidePanel } from '../simulator/harness/extension-pages.mjs';
import { loadMeetingScript, serveMeetingHosts, startSimulatedCall } from '../simulator/harness/meeting-hosts.mjs';

const { values: options } = parseArgs({
  options: {
    speed: { type: 'string', default: '20' },
    samples: { type: 'string', default: '20' },
    meeting: { type: 'string', default: 'primary-care-committee' },
  },
});
const speed = Number(options.speed);
const samples = Number(options.samples);
const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3');

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

async function replayAndMeasure(context, script) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`https://meet.google.com/${script.meetCode}`);
  await startSimulatedCall(page, { selfName: script.selfName });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const before = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.evaluate(([s, playSpeed]) => window.meetSim.play(s, { speed: playSpeed, openPeopleAtS: 20 }), [script, speed]);
  const after = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const { profile } = await cdp.send('Profiler.stop');
  const delta = (name) => (after[name] ?? 0) - (before[name] ?? 0);
  return {
    scriptMs: delta('ScriptDuration') * 1000,
    taskMs: delta('TaskDuration') * 1000,
    layoutCount: delta('LayoutCount'),
    recalcStyleCount: delta('RecalcStyleCount'),
    heapUsedMb: (after.JSHeapUsedSize ?? 0) / 1e6,
    contentScriptSelfMs: selfTimeOf(profile, (url) => url.includes('/content-scripts/')),
    page,
  };
}

/** Sampled self time (ms) of the JavaScript whose script URL passes `isMine`. */
function selfTimeOf(profile, isMine) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    if (isMine(nodes.get(id)?.callFrame.url ?? '')) totalUs += profile.timeDeltas[i] ?? 0;
  });
  return totalUs / 1000;
}

async function withoutExtension(script) {
  const profileDir = mkdtempSync(join(tmpdir(), 'pcmc-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: QUIET_CHROMIUM_ARGS,
  });
  try {
    await serveMeetingHosts(context);
    return await replayAndMeasure(context, script);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

async function withExtension(script) {
  const browser = await launchChromiumWithExtension({ extensionDir });
  try {
    await serveMeetingHosts(browser.context);
    const measured = await replayAndMeasure(browser.context, script);
    const latencies = await measureLatency(browser, measured.page);
    const odsImport = await measureOdsImport(browser);
    return { ...measured, latencies, odsImport };
  } finally {
    await browser.close();
  }
}

/** Time from a new caption row in the page to the real side panel listing its speaker. */
async function measureLatency(browser, page) {
  const opener = await openPanelInTab(browser.context, browser.extensionId);
  // The panel is reached through the opener tab's DevTools session: keep the tab open.
  const panel = await openRealSidePanel(browser.context, opener);
  await page.bringToFront();
  // Show talk per person, where a new speaker appears as a row of their own.
  await panel.evaluate(`new Promise((resolve) => {
    const check = () => {
      document.querySelector('[data-testid=share-view-person]')?.click();
      document.querySelector('[data-testid=talk-list]') ? resolve(true) : setTimeout(check, 50);
    };
    check();
  })`);
  const latencies = [];
  for (let i = 0; i < samples; i += 1) {
    const speaker = `Latency Probe ${i}`;
    // Returns true, not the promise: evaluate would otherwise wait for it.
    await panel.evaluate(`(window.__probeSeenAt = new Promise((resolve) => {
      const seen = () => document.querySelector('[data-speaker="${speaker}"]');
      if (seen()) return resolve(Date.now());
      const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); resolve(Date.now()); } });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    }), true)`);
    // Spread the changes over the engine's one-second cycle.
    await page.waitForTimeout(200 + ((i * 137) % 1000));
    const changedAt = await page.evaluate((name) => {
      const row = window.meetSim.newRow(name);
      window.meetSim.setRowText(row, 'Checking how quickly the side panel updates.');
      return Date.now();
    }, speaker);
    const seenAt = await panel.evaluate('window.__probeSeenAt');
    latencies.push(seenAt - changedAt);
  }
  return latencies;
}

/** An epraccur file of `rows` GP practices in the ODS layout (27 columns, no header). */
function epraccurFile(rows) {
  const lines = [];
  for (let i = 0; i < rows; i += 1) {
    const cells = Array.from({ length: 27 }, () => '');
    cells[0] = `Y${String(10_000 + i).padStart(5, '0')}`;
    cells[1] = `"PRACTICE NUMBER ${i}, SHEFFIELD"`;
    cells[2] = 'Y63';
    cells[3] = 'QF7';
    cells[4] = '1 HIGH STREET';
    cells[9] = 'S1 1AA';
    cells[10] = '19740401';
    cells[12] = 'A';
    cells[14] = '03N';
    cells[25] = '4';
    lines.push(cells.join(','));
  }
  return Buffer.from(lines.join('\r\n'));
}

/** Checking and importing 10,000 practices through the options page, as a user would. */
async function measureOdsImport(browser) {
  const rows = 10_000;
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const file = epraccurFile(rows);
  const chosenAt = Date.now();
  await page.getByTestId('ods-file').setInputFiles({ name: 'epraccur.csv', mimeType: 'text/csv', buffer: file });
  await page.getByTestId('ods-summary').waitFor();
  const checkedAt = Date.now();
  await page.getByTestId('ods-import').click();
  await page.getByTestId('ods-message').waitFor();
  const importedAt = Date.now();
  const message = await page.getByTestId('ods-message').textContent();
  await page.close();
  return { rows, bytes: file.length, checkMs: checkedAt - chosenAt, writeMs: importedAt - checkedAt, totalMs: importedAt - chosenAt, message };
}

async function main() {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The build failed:\n${build.stderr}`);
  const script = loadMeetingScript(options.meeting);
  const meetingSeconds = Math.max(...script.lines.map((l) => l.atS + l.durationS));

  const contentScript = join(extensionDir, 'content-scripts', 'meet.js');
  const raw = statSync(contentScript).size;
  const gzip = gzipSync(readFileSync(contentScript), { level: 9 }).length;
  console.log('Content script bundle');
  console.log(`  content-scripts/meet.js: ${(raw / 1024).toFixed(1)} kB minified, ${(gzip / 1024).toFixed(1)} kB gzipped`);

  console.log(`\nScript time on the simulated Meet page, replaying ${Math.round(meetingSeconds / 60)} minutes of meeting at ${speed}× (${Math.round(meetingSeconds / speed)} s)`);
  const base = await withoutExtension(script);
  const ext = await withExtension(script);
  const addedMs = ext.scriptMs - base.scriptMs;
  console.log(`  without the extension: script ${base.scriptMs.toFixed(0)} ms, tasks ${base.taskMs.toFixed(0)} ms, layouts ${base.layoutCount}, style recalcs ${base.recalcStyleCount}`);
  console.log(`  with the extension:    script ${ext.scriptMs.toFixed(0)} ms, tasks ${ext.taskMs.toFixed(0)} ms, layouts ${ext.layoutCount}, style recalcs ${ext.recalcStyleCount}`);
  console.log(`  added script time: ${addedMs.toFixed(0)} ms (${((addedMs / base.scriptMs) * 100).toFixed(1)}% of the page's own), ${(addedMs / (meetingSeconds / 60)).toFixed(1)} ms per minute of meeting`);
  console.log(`  the content script's own JavaScript (sampled profile): ${ext.contentScriptSelfMs.toFixed(0)} ms, ${(ext.contentScriptSelfMs / (meetingSeconds / 60)).toFixed(1)} ms per minute of meeting`);
  console.log(`  added layouts: ${ext.layoutCount - base.layoutCount} (run-to-run noise: the content script calls no layout API)`);
  console.log('  note: the stand-in page runs far less script than the real Meet page, so the percentage is a pessimistic upper bound.');

  const o = ext.odsImport;
  console.log(`\nODS import: ${o.rows.toLocaleString('en-GB')} GP practices (${(o.bytes / 1_048_576).toFixed(1)} MB epraccur file) on the options page`);
  console.log(`  read and checked in ${o.checkMs} ms, saved in ${o.writeMs} ms, ${o.totalMs} ms in all (${o.message})`);

  const l = ext.latencies;
  console.log(`\nCaption change to side panel update (${l.length} samples, real side panel)`);
  console.log(`  median ${quantile(l, 0.5)} ms, p90 ${quantile(l, 0.9)} ms, max ${Math.max(...l)} ms, min ${Math.min(...l)} ms`);
}

main().catch((error) => {
  console.error(`The benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
