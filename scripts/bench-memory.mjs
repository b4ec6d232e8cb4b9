// npm run bench:memory [-- --speed 100 --repeats 8]
//
// Memory over a long meeting, as figures (it asserts nothing): the demo
// meeting is replayed back to back `repeats` times in one simulated Meet call
// (8 × 23 minutes = just over 3 hours of dialogue, every caption row a new
// element), at `speed` times real time, in Chromium with and without the
// extension. After each repetition, with garbage collected first, it samples
// the meeting page's JavaScript heap and DOM node count; with the extension it
// also reads the real side panel's heap at the start and the end.
//
// The content script runs in an isolated world of the page's own V8 isolate,
// so its heap is inside the page's figure: the difference between the two
// runs is what the extension adds to the meeting page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findChromium, launchChromiumWithExtension, QUIET_CHROMIUM_ARGS } from '../simulator/harness/browsers.mjs';
import { attachToTarget, openPanelInTab, openRealSidePanel, readExtensionStore } from '../simulator/harness/extension-pages.mjs';
import { loadMeetingScript, serveMeetingHosts, startSimulatedCall } from '../simulator/harness/meeting-hosts.mjs';

const { values: options } = parseArgs({
  options: {
    speed: { type: 'string', default: '100' },
    repeats: { type: 'string', default: '8' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const speed = Number(options.speed);
const repeats = Number(options.repeats);
const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3');

const script = loadMeetingScript('primary-care-committee');
const repeatS = Math.ceil(Math.max(...script.lines.map((l) => l.atS + l.durationS))) + 5;

/**
 * Repetition `n` of the demo: the same dialogue, people and title; only the
 * first repetition brings the participants in (they then stay all meeting).
 */
function repetition(n) {
  return {
    ...script,
    participants: n === 0 ? script.participants.map((p) => ({ ...p, leaveAtS: null })) : [],
    lines: script.lines.map((line) => ({ ...line, text: n === 0 ? line.text : `${line.text} (${n + 1})` })),
  };
}

const mb = (bytes) => bytes / 1_048_576;

/** Heap (after a full garbage collection) and DOM counters of one page. */
async function sample(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapMb: mb(heap.usedSize), nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/** Replays the long meeting in `page`, sampling after each repetition. */
async function replay(context, page, label) {
  await page.goto(`https://meet.google.com/${script.meetCode}`);
  await startSimulatedCall(page, { selfName: script.selfName, title: script.title });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  await page.waitForTimeout(2_000);
  const samples = [{ meetingMin: 0, ...(await sample(cdp)) }];
  for (let n = 0; n < repeats; n += 1) {
    const started = Date.now();
    await page.evaluate(([s, playSpeed, people]) => window.meetSim.play(s, { speed: playSpeed, openPeopleAtS: people }), [repetition(n), speed, n === 0 ? 20 : null]);
    // Let the content script send its last batch of the repetition.
    await page.waitForTimeout(1_500);
    samples.push({ meetingMin: ((n + 1) * repeatS) / 60, ...(await sample(cdp)) });
    process.stdout.write(`  ${label}: ${Math.round(((n + 1) * repeatS) / 60)} min of meeting replayed (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  return { samples, cdp };
}

async function withoutExtension() {
  const profileDir = mkdtempSync(join(tmpdir(), 'pcmc-bench-memory-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: QUIET_CHROMIUM_ARGS,
  });
  try {
    await serveMeetingHosts(context);
    const page = context.pages()[0] ?? (await context.newPage());
    return (await replay(context, page, 'without the extension')).samples;
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

async function withExtension() {
  const browser = await launchChromiumWithExtension({ extensionDir });
  try {
    await serveMeetingHosts(browser.context);
    // The real side panel stays open beside the call all meeting, as a user has it.
    const opener = await openPanelInTab(browser.context, browser.extensionId);
    await openRealSidePanel(browser.context, opener);
    const openerCdp = await browser.context.newCDPSession(opener);
    const { targetInfo: openerInfo } = await openerCdp.send('Target.getTargetInfo');
    const { targetInfos } = await openerCdp.send('Target.getTargets');
    const panelTarget = targetInfos.find((t) => t.url.endsWith('/sidepanel.html') && t.targetId !== openerInfo.targetId);
    if (!panelTarget) throw new Error('The side panel did not open');
    const panel = await attachToTarget(openerCdp, panelTarget.targetId);
    await panel.send('Runtime.enable');
    const panelAt = async () => {
      await panel.send('HeapProfiler.collectGarbage');
      const heap = await panel.send('Runtime.getHeapUsage');
      const dom = await panel.send('Memory.getDOMCounters');
      return { heapMb: mb(heap.usedSize), nodes: dom.nodes };
    };
    const panelStart = await panelAt();
    const page = await browser.context.newPage();
    const { samples } = await replay(browser.context, page, 'with the extension');
    const panelEnd = await panelAt();
    const utterances = (await readExtensionStore(opener, 'utterances')).length;
    return { samples, panelStart, panelEnd, utterances };
  } finally {
    await browser.close();
  }
}

/** Least-squares slope of y against x. */
function slope(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** The sample nearest to `minutes` of meeting. */
const at = (samples, minutes) => samples.reduce((best, s) => (Math.abs(s.meetingMin - minutes) < Math.abs(best.meetingMin - minutes) ? s : best));

async function main() {
  if (!options['skip-build']) {
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`The build failed:\n${build.stderr}`);
  }
  const totalMin = (repeats * repeatS) / 60;
  console.log(
    `Memory over a long meeting: the demo meeting replayed ${repeats} times (${Math.round(totalMin)} minutes, ${repeats * script.lines.length} caption lines) at ${speed}× real time`,
  );
  const base = await withoutExtension();
  const ext = await withExtension();

  const pad = (text, width) => String(text).padStart(width);
  console.log('\nMeeting page after garbage collection (JS heap of the page isolate, which holds the content script’s world; DOM nodes)');
  console.log(`${'meeting time'.padEnd(14)}${pad('heap without', 14)}${pad('heap with', 12)}${pad('added', 10)}${pad('nodes without', 15)}${pad('nodes with', 12)}`);
  // The samples nearest the start and each hour, and the end (each printed with its own meeting time).
  const marks = [0, 60, 120, 180, totalMin].map((minutes) => ext.samples.indexOf(at(ext.samples, minutes)));
  for (const index of [...new Set(marks)]) {
    const b = base[index];
    const e = ext.samples[index];
    const name = `${Math.round(e.meetingMin)} min`;
    console.log(
      `${name.padEnd(14)}${pad(`${b.heapMb.toFixed(2)} MB`, 14)}${pad(`${e.heapMb.toFixed(2)} MB`, 12)}${pad(`${(e.heapMb - b.heapMb).toFixed(2)} MB`, 10)}${pad(b.nodes, 15)}${pad(e.nodes, 12)}`,
    );
  }
  // Growth from the first repetition on, so the start-up (participants joining, first rows) is not counted as growth.
  const growth = (samples, key) => slope(samples.slice(1).map((s) => ({ x: s.meetingMin / 60, y: s[key] })));
  console.log(
    `growth per hour (least squares from ${Math.round(base[1].meetingMin)} min): heap without ${(growth(base, 'heapMb') * 1024).toFixed(0)} kB, with ${(growth(ext.samples, 'heapMb') * 1024).toFixed(0)} kB; nodes without ${growth(base, 'nodes').toFixed(0)}, with ${growth(ext.samples, 'nodes').toFixed(0)}`,
  );
  console.log(
    `\nSide panel (open all meeting): heap ${ext.panelStart.heapMb.toFixed(2)} MB at the start, ${ext.panelEnd.heapMb.toFixed(2)} MB at the end; DOM nodes ${ext.panelStart.nodes} then ${ext.panelEnd.nodes}`,
  );
  console.log(`Utterances stored: ${ext.utterances} (the script has ${repeats * script.lines.length} lines; long lines are split)`);
  console.log('\nEvery sample, in meeting minutes: heap MB without / with, nodes without / with');
  for (let i = 0; i < ext.samples.length; i += 1) {
    const b = base[i];
    const e = ext.samples[i];
    console.log(`  ${pad(Math.round(e.meetingMin), 4)}  ${b.heapMb.toFixed(2)} / ${e.heapMb.toFixed(2)}  ${b.nodes} / ${e.nodes}`);
  }
}

main().catch((error) => {
  console.error(`The benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
