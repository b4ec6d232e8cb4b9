// npm run bench [-- --wpm 2000 --samples 20 --rounds 1 --compare <dir> --capture-only --redesign]
//
// Measures what the extension costs a live meeting, and reports figures (it
// asserts nothing; a benchmark reports ratios within one run, it is not a
// timed test):
//  1. content script sizes, raw and gzipped;
//  2. one fast replay of the demo meeting on the simulated Meet page, its
//     captions growing word by word at about `wpm` words a minute, run three
//     times in fresh browsers: the page alone, with a bare caption reader
//     (scripts/bench/bare-caption-reader, the floor: a content script that
//     reads the changed rows' text and nothing else) and with the extension.
//     For both content scripts it reports their CPU from a sampled profile,
//     inclusive of everything they call (a sample counts when any frame of its
//     stack is the content script's), per minute of replay, and the ratio of
//     the extension's to the floor's; for the extension, the script time it
//     adds to the page (DevTools Performance metrics) and layouts;
//  3. latency from a caption change in the page to the real side panel showing it;
//  4. how long the options page takes to check and import an epraccur-sized ODS file;
//  5. how long the side panel takes to read, preview and save a three-hour
//     transcript (30,000 words) as Teams WebVTT and as the Teams Word download.
//
// `--compare <dir>` measures another build of the extension (an unpacked
// chrome-mv3 folder, such as an earlier commit's) over the same replay in the
// same run, for before and after figures; it may be given more than once.
// `--capture-only` measures only the content scripts in the replay (not the
// page alone, the side panel, imports or latency), for comparing builds quickly.
// `--redesign` also measures the extension, in the same run and over the same
// replay, on the page redesigned so that no selector finds the caption region
// (class names and jsname values rotated, rows in an extra wrapper, the region
// with no tabindex and no label: meetSim.setRedesign), where it finds the
// captions by their shape (utils/platforms/caption-shape.ts). Afterwards it
// reads the extension's database: how much of the meeting each extension run
// stored word for word, and that only the redesigned one found it by shape.
// `--hot` instead replays once with an unminified build
// (scripts/bench/wxt.unminified.config.ts) and lists where the content
// script's time goes, function by function.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { extensionArgs, findChromium, launchChromiumWithExtension, QUIET_CHROMIUM_ARGS } from '../simulator/harness/browsers.mjs';
import { openPanelInTab, openRealSidePanel, readExtensionStore } from '../simulator/harness/extension-pages.mjs';
import { loadMeetingScript, serveMeetingHosts, startSimulatedCall } from '../simulator/harness/meeting-hosts.mjs';

const { values: options } = parseArgs({
  options: {
    wpm: { type: 'string', default: '2000' },
    samples: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '1' },
    meeting: { type: 'string', default: 'primary-care-committee' },
    compare: { type: 'string', multiple: true, default: [] },
    'capture-only': { type: 'boolean', default: false },
    redesign: { type: 'boolean', default: false },
    hot: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
});
const wordsPerMinute = Number(options.wpm);
const samples = Number(options.samples);
const rounds = Math.max(1, Number(options.rounds));
const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3');
const bareReaderDir = join(root, 'scripts', 'bench', 'bare-caption-reader');
/** Profiler sampling interval: fine enough for a few hundred samples a minute from a cheap content script. */
const SAMPLING_INTERVAL_US = 100;
/** Content scripts (the extension's and the bare reader's) are served from their extension's origin. */
const isContentScriptUrl = (url) => url.startsWith('chrome-extension://');
/**
 * The redesign for `--redesign`: the Welsh case of tests/e2e/redesign.e2e.test.ts,
 * but in English, as the usual page. In English the region's "Captions" label
 * is a selector tier of its own, so the label goes too: then no tier finds the
 * region and only its shape does, while every other label is as usual.
 */
const REDESIGN_BY_SHAPE = { rotateNames: true, wrapRows: true, noTabindex: true, noRegionLabel: true };
/**
 * A region found by its shape is taken only once it has grown over a few
 * once-a-second checks; at replay speed rows come and go faster than that
 * (without this, the first 12 utterances went by before it was taken). So
 * with `--redesign` every run first shows this row growing for a few seconds,
 * before measuring, and each replay starts with its region already found.
 */
const WARM_UP = { speaker: 'Bench Warm-up', text: 'Good morning everyone, just checking the captions are coming through before we start the meeting today, thank you.', wordMs: 250 };

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const format = (n, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Words in the meeting and its length, for the replay speed that gives `wordsPerMinute`. */
function replayPlan(script) {
  const words = script.lines.reduce((sum, line) => sum + line.text.split(/\s+/).filter(Boolean).length, 0);
  const meetingS = Math.max(...script.lines.map((l) => l.atS + l.durationS));
  const speed = wordsPerMinute / (words / (meetingS / 60));
  return { words, meetingS, speed, replayS: meetingS / speed };
}

/**
 * Replays the meeting in a fresh page and measures it. The meet-sim page
 * reveals each line one word at a time, each word its own task, so every
 * word is one caption mutation for the content script to handle.
 */
async function replayAndMeasure(context, script, plan, { redesign = null, warmUp = false } = {}) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`https://meet.google.com/${script.meetCode}`);
  if (redesign) await page.evaluate((r) => window.meetSim.setRedesign(r), redesign);
  await startSimulatedCall(page, { selfName: script.selfName });
  if (redesign) {
    // Cheap proof the page took the redesign: a region with no tabindex, no label and its usual
    // class rotated, holding (before any caption) a wrapper for the rows besides the jump button.
    const applied = await page.evaluate(() => {
      const region = document.querySelector('[role=region]');
      return !!region && !region.hasAttribute('tabindex') && !region.hasAttribute('aria-label') && !region.matches('.vNKgIf') && region.children.length === 2;
    });
    if (!applied) throw new Error('--redesign: the simulated page did not take the redesign');
  }
  // Let the content script find the caption region before the first word.
  await page.waitForTimeout(1_500);
  if (warmUp) {
    await page.evaluate(
      ({ speaker, text, wordMs }) =>
        new Promise((resolve) => {
          const words = text.split(' ');
          const row = window.meetSim.newRow(speaker);
          let shown = 0;
          const timer = setInterval(() => {
            shown += 1;
            window.meetSim.setRowText(row, words.slice(0, shown).join(' '));
            if (shown < words.length) return;
            clearInterval(timer);
            resolve(undefined);
          }, wordMs);
        }),
      WARM_UP,
    );
    await page.waitForTimeout(1_500);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  const before = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const startedAt = Date.now();
  await page.evaluate(([s, playSpeed]) => window.meetSim.play(s, { speed: playSpeed, openPeopleAtS: 20 }), [script, plan.speed]);
  const replayMin = (Date.now() - startedAt) / 60_000;
  const after = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const delta = (name) => (after[name] ?? 0) - (before[name] ?? 0);
  const inclusive = inclusiveTimeOf(profile, isContentScriptUrl);
  return {
    replayMin,
    scriptMs: delta('ScriptDuration') * 1000,
    taskMs: delta('TaskDuration') * 1000,
    layoutCount: delta('LayoutCount'),
    recalcStyleCount: delta('RecalcStyleCount'),
    contentScriptMs: inclusive.ms,
    contentScriptSamples: inclusive.samples,
    contentScriptSelfMs: selfTimeOf(profile, isContentScriptUrl),
    profile,
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

/**
 * Sampled time (ms) inside the JavaScript whose script URL passes `isMine`,
 * inclusive: a sample counts when any frame of its stack passes, so what the
 * script calls (its own helpers, DOM and built-in functions) counts as well.
 */
function inclusiveTimeOf(profile, isMine) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const isInside = new Map();
  const inside = (id) => {
    // Walk up to the first node already known, then fill in the path below it.
    const path = [];
    let current = id;
    while (current !== undefined && !isInside.has(current)) {
      path.push(current);
      current = parentOf.get(current);
    }
    let result = current === undefined ? false : isInside.get(current);
    for (let i = path.length - 1; i >= 0; i -= 1) {
      result = result || isMine(nodes.get(path[i])?.callFrame.url ?? '');
      isInside.set(path[i], result);
    }
    return result;
  };
  let totalUs = 0;
  let count = 0;
  profile.samples.forEach((id, i) => {
    if (!inside(id)) return;
    totalUs += profile.timeDeltas[i] ?? 0;
    count += 1;
  });
  return { ms: totalUs / 1000, samples: count };
}

/** A fresh Chromium with no extension, or with the unpacked extension in `dir` (no background worker needed). */
async function launchPlain(dir) {
  const profileDir = mkdtempSync(join(tmpdir(), 'pcmc-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: dir ? extensionArgs(dir) : QUIET_CHROMIUM_ARGS,
  });
  await serveMeetingHosts(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function measurePlain(script, plan, dir, { warmUp = false } = {}) {
  const browser = await launchPlain(dir);
  try {
    return await replayAndMeasure(browser.context, script, plan, { warmUp });
  } finally {
    await browser.close();
  }
}

async function measureExtension(script, plan, dir, { withPanel, redesign = null, warmUp = false, checkCapture = false }) {
  const browser = await launchChromiumWithExtension({ extensionDir: dir });
  try {
    await serveMeetingHosts(browser.context);
    let measured = await replayAndMeasure(browser.context, script, plan, { redesign, warmUp });
    // After the profile has stopped, so the check costs the figures nothing.
    if (checkCapture) measured = { ...measured, captured: await capturedMeeting(browser, measured.page, script) };
    if (!withPanel) return measured;
    const latencies = await measureLatency(browser, measured.page);
    const odsImport = await measureOdsImport(browser);
    return { ...measured, latencies, odsImport };
  } finally {
    await browser.close();
  }
}

/**
 * What the extension stored of the replayed meeting, read from its database
 * once the last utterance has settled: which of the utterances the page says
 * it showed were stored word for word (the warm-up row is not one of them),
 * and whether it found the captions by their shape.
 */
async function capturedMeeting(browser, page, script) {
  const expected = await page.evaluate((s) => window.meetSim.expectedUtterances(s), script);
  const wordsOf = (list) => list.reduce((sum, u) => sum + u.text.split(/\s+/).filter(Boolean).length, 0);
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const read = async () => {
    const meeting = (await readExtensionStore(reader, 'meetings')).find((m) => m.code === script.meetCode);
    const stored = meeting ? (await readExtensionStore(reader, 'utterances')).filter((u) => u.meetingId === meeting.id) : [];
    // Matched by speaker and text, each stored utterance once.
    const left = stored.map((u) => `${u.speaker}\n${u.text}`);
    const found = expected.filter((u) => {
      const at = left.indexOf(`${u.speaker}\n${u.text}`);
      if (at >= 0) left.splice(at, 1);
      return at >= 0;
    });
    return { meeting, found };
  };
  // The last utterance is stored once it has settled: wait for every one, or 15 seconds.
  let stored = await read();
  for (const giveUpAt = Date.now() + 15_000; stored.found.length < expected.length && Date.now() < giveUpAt; stored = await read()) {
    await reader.waitForTimeout(250);
  }
  await reader.close();
  if (!stored.meeting) throw new Error(`The extension stored no meeting ${script.meetCode}: nothing was captured`);
  return {
    utterances: stored.found.length,
    expectedUtterances: expected.length,
    words: wordsOf(stored.found),
    expectedWords: wordsOf(expected),
    byShape: stored.meeting.health?.captionsFoundByShape === true,
  };
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

const SPEAKERS = ['MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', 'Dr Aisha Malik', "Mark O'Neill", 'Ó BRIAIN, Siân (SHEFFIELD CITY COUNCIL)', 'Daniel Okafor'];
const SENTENCES = [
  'Could you send the access figures to the ICB by Friday?',
  'Practices are seeing more same-day demand than last winter,',
  'and the PCN has recruited two more ARRS pharmacists.',
  'The committee approved the enhanced access plan.',
  "I'll circulate the utilisation data before the next meeting.",
];

/** A three-hour meeting of about 30,000 words as cues: speakers take turns of a few cues of ten words or so. */
function transcriptCues(words = 30_000) {
  const cues = [];
  let atMs = 3_000;
  let said = 0;
  for (let i = 0; said < words; i += 1) {
    const text = SENTENCES[i % SENTENCES.length];
    const count = text.split(' ').length;
    cues.push({ speaker: SPEAKERS[Math.floor(i / 3) % SPEAKERS.length], text, startMs: atMs, endMs: atMs + count * 350 });
    atMs += count * 350 + 150;
    said += count;
  }
  return { cues, words: said, lengthMs: atMs };
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
const vttTime = (ms) => `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
const offset = (ms) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The cues as a Teams WebVTT file, or as the Teams Word transcript (one entry per cue). */
function transcriptFile(kind, cues) {
  if (kind === 'vtt') {
    const lines = ['WEBVTT', ''];
    cues.forEach((c, i) => lines.push(`b3c1/${i}-0`, `${vttTime(c.startMs)} --> ${vttTime(c.endMs)}`, `<v ${c.speaker}>${xml(c.text)}</v>`, ''));
    return { name: 'Primary care board.vtt', mimeType: 'text/vtt', buffer: Buffer.from(lines.join('\r\n')) };
  }
  const run = (t) => `<w:r><w:t xml:space="preserve">${xml(t)}</w:t></w:r>`;
  const body = ['Primary care board', 'November 18, 2026, 10:00AM', '3h 0m 0s'].map((t) => `<w:p>${run(t)}</w:p>`);
  for (const c of cues) body.push(`<w:p>${run(`${c.speaker}   ${offset(c.startMs)}`)}<w:r><w:br/></w:r>${run(c.text)}</w:p>`);
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`;
  const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(document) });
  return { name: 'Primary care board.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(zip) };
}

/** Transcript imports in a browser of their own (as after a meeting: no call in progress), each format three times. */
async function transcriptImports() {
  const browser = await launchChromiumWithExtension({ extensionDir });
  try {
    const runs = [];
    for (const kind of ['vtt', 'docx']) for (let i = 0; i < 3; i += 1) runs.push(await measureTranscriptImport(browser, kind));
    return runs;
  } finally {
    await browser.close();
  }
}

/** Importing a three-hour transcript through the side panel's Past meetings tab, as a user would. */
async function measureTranscriptImport(browser, kind) {
  const { cues, words, lengthMs } = transcriptCues();
  const file = transcriptFile(kind, cues);
  const page = await openPanelInTab(browser.context, browser.extensionId);
  await page.getByTestId('nav-history').click();
  const chosenAt = Date.now();
  await page.getByLabel('Import a transcript', { exact: true }).setInputFiles(file);
  await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
  const previewedAt = Date.now();
  await page.getByTestId('import-save').click();
  await page.getByTestId('import-message').waitFor({ timeout: 60_000 });
  const savedAt = Date.now();
  const message = await page.getByTestId('import-message').textContent();
  await page.close();
  return { kind, words, lengthMs, bytes: file.buffer.length, readMs: previewedAt - chosenAt, saveMs: savedAt - previewedAt, totalMs: savedAt - chosenAt, message };
}
/**
 * The content script's hottest functions: for every sample inside it, the
 * function running (self) and every content-script function on the stack
 * (inclusive, once per sample).
 */
function hotFunctions(profile, isMine, limit = 30) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = (node) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
  };
  const self = new Map();
  const inclusive = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const stack = [];
    for (let current = id; current !== undefined; current = parentOf.get(current)) stack.push(nodes.get(current));
    if (!stack.some((node) => isMine(node.callFrame.url))) return;
    add(self, nameOf(stack[0]), us);
    for (const key of new Set(stack.filter((node) => isMine(node.callFrame.url)).map(nameOf))) add(inclusive, key, us);
  });
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return { self: top(self), inclusive: top(inclusive) };
}

async function printHotFunctions(script, plan) {
  const build = spawnSync('npx', ['wxt', 'build', '-c', 'scripts/bench/wxt.unminified.config.ts'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The unminified build failed:\n${build.stderr}`);
  const run = await measureExtension(script, plan, join(root, '.output', 'unminified', 'chrome-mv3'), { withPanel: false });
  console.log(`  content-script CPU ${format(run.contentScriptMs)} ms, ${format(perMinute(run, run.contentScriptMs), 1)} ms per minute of replay (unminified build)`);
  const { self, inclusive } = hotFunctions(run.profile, isContentScriptUrl);
  console.log('\n  self time (the function running, content-script samples only):');
  for (const [name, us] of self) console.log(`    ${format(us / 1000, 1).padStart(7)} ms  ${name}`);
  console.log('\n  inclusive time (content-script functions on the stack):');
  for (const [name, us] of inclusive) console.log(`    ${format(us / 1000, 1).padStart(7)} ms  ${name}`);
}

function printSize(name) {
  const file = join(extensionDir, 'content-scripts', `${name}.js`);
  const raw = statSync(file).size;
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`  content-scripts/${name}.js: ${(raw / 1024).toFixed(1)} kB minified, ${(gzip / 1024).toFixed(1)} kB gzipped`);
}

const perMinute = (run, ms) => ms / run.replayMin;

async function main() {
  if (!options['skip-build']) {
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`The build failed:\n${build.stderr}`);
  }
  for (const dir of options.compare) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`--compare ${dir}: no manifest.json there (give an unpacked chrome-mv3 folder)`);
  }
  const captureOnly = options['capture-only'];
  const redesign = options.redesign;
  const script = loadMeetingScript(options.meeting);
  const plan = replayPlan(script);

  if (options.hot) {
    console.log(`Where the content script's time goes: ${Math.round(plan.meetingS / 60)} minutes of meeting at ${format(wordsPerMinute)} words a minute`);
    await printHotFunctions(script, plan);
    return;
  }

  console.log('Content script bundles');
  printSize('meet');
  printSize('teams');

  console.log(
    `\nFast replay: ${Math.round(plan.meetingS / 60)} minutes of meeting (${format(plan.words)} words) at ${plan.speed.toFixed(1)}× ` +
      `(${Math.round(plan.replayS)} s), captions growing word by word at ${format(wordsPerMinute)} words a minute`,
  );
  // The page alone is only needed for what the extension adds to the page's script time.
  const base = captureOnly ? null : await measurePlain(script, plan);
  if (base) console.log(`  page alone:          script ${format(base.scriptMs)} ms, layouts ${base.layoutCount}, style recalcs ${base.recalcStyleCount}`);
  const runs = { bare: [], compare: options.compare.map(() => []), ext: [], byShape: [] };
  const describe = (run) =>
    `content-script CPU ${format(run.contentScriptMs)} ms (${format(run.contentScriptSamples)} samples), ${format(perMinute(run, run.contentScriptMs), 1)} ms per minute of replay`;
  /** What an extension run captured; a by-shape figure means nothing unless it captured the meeting, by shape. */
  const describeCapture = (run, { byShape }) => {
    const c = run.captured;
    if (c.utterances === 0) throw new Error('The extension captured no utterances of the replay');
    if (c.byShape !== byShape) throw new Error(byShape ? 'On the redesigned page the extension did not say it found the captions by their shape' : 'On the usual page the extension found the captions by their shape');
    return `captured ${format(c.utterances)} of ${format(c.expectedUtterances)} utterances word for word (${format(c.words)} of ${format(c.expectedWords)} words)${c.byShape ? ', found by shape' : ''}`;
  };
  let ext = null;
  for (let round = 1; round <= rounds; round += 1) {
    if (rounds > 1) console.log(`  round ${round} of ${rounds}`);
    const bare = await measurePlain(script, plan, bareReaderDir, { warmUp: redesign });
    runs.bare.push(bare);
    console.log(`  bare caption reader: ${describe(bare)}`);
    for (const [i, dir] of options.compare.entries()) {
      const earlier = await measureExtension(script, plan, dir, { withPanel: false, warmUp: redesign });
      runs.compare[i].push(earlier);
      console.log(`  compared build${options.compare.length > 1 ? ` ${i + 1}` : ''}:${options.compare.length > 1 ? '    ' : '      '}${describe(earlier)}`);
    }
    ext = await measureExtension(script, plan, extensionDir, { withPanel: round === rounds && !captureOnly, warmUp: redesign, checkCapture: redesign });
    runs.ext.push(ext);
    console.log(`  extension:           ${describe(ext)}; its own frames alone ${format(ext.contentScriptSelfMs)} ms`);
    if (!redesign) continue;
    console.log(`                       ${describeCapture(ext, { byShape: false })}`);
    const byShape = await measureExtension(script, plan, extensionDir, { withPanel: false, redesign: REDESIGN_BY_SHAPE, warmUp: true, checkCapture: true });
    runs.byShape.push(byShape);
    console.log(`  extension, by shape: ${describe(byShape)}; its own frames alone ${format(byShape.contentScriptSelfMs)} ms`);
    console.log(`                       ${describeCapture(byShape, { byShape: true })}`);
  }
  /** Content-script CPU per minute of replay over every round, by time and by sample count. */
  const rate = (list) => {
    const minutes = list.reduce((sum, run) => sum + run.replayMin, 0);
    return {
      ms: list.reduce((sum, run) => sum + run.contentScriptMs, 0) / minutes,
      samples: list.reduce((sum, run) => sum + run.contentScriptSamples, 0) / minutes,
    };
  };
  const bareRate = rate(runs.bare);
  const ratioLine = (name, list) => {
    const r = rate(list);
    console.log(
      `  ratio, ${name} to the bare reader: ${(r.ms / bareRate.ms).toFixed(2)}× (${format(r.ms, 1)} against ${format(bareRate.ms, 1)} ms per minute of replay; ` +
        `by sample count ${(r.samples / bareRate.samples).toFixed(2)}×)`,
    );
  };
  ratioLine('extension', runs.ext);
  for (const [i, dir] of options.compare.entries()) ratioLine(`compared build${options.compare.length > 1 ? ` ${i + 1}` : ''} (${dir})`, runs.compare[i]);
  if (redesign) {
    ratioLine('extension on the page found by shape', runs.byShape);
    const usual = rate(runs.ext);
    const shaped = rate(runs.byShape);
    console.log(
      `  ratio, extension on the page found by shape to the extension on the usual page: ${(shaped.ms / usual.ms).toFixed(2)}× ` +
        `(${format(shaped.ms, 1)} against ${format(usual.ms, 1)} ms per minute of replay; by sample count ${(shaped.samples / usual.samples).toFixed(2)}×)`,
    );
  }
  console.log('  goal: the extension at most 1.5× the bare reader');
  if (captureOnly) return;
  const meetingMin = plan.meetingS / 60;
  const addedMs = ext.scriptMs - base.scriptMs;
  console.log(`  script time the extension adds to the page: ${format(addedMs)} ms, ${format(addedMs / meetingMin, 1)} ms per minute of meeting (${format(addedMs / ext.replayMin, 1)} per minute of replay)`);
  console.log(`  layouts: ${ext.layoutCount} with the extension, ${base.layoutCount} without (run-to-run noise: the content script calls no layout API)`);
  console.log('  note: the stand-in page runs far less script than the real Meet page, so the page figures are a pessimistic upper bound.');

  const o = ext.odsImport;
  console.log(`\nODS import: ${o.rows.toLocaleString('en-GB')} GP practices (${(o.bytes / 1_048_576).toFixed(1)} MB epraccur file) on the options page`);
  console.log(`  read and checked in ${o.checkMs} ms, saved in ${o.writeMs} ms, ${o.totalMs} ms in all (${o.message})`);

  const imports = await transcriptImports();
  for (const kind of ['vtt', 'docx']) {
    const runs = imports.filter((t) => t.kind === kind);
    const t = runs[0];
    console.log(
      `\nTranscript import: a ${(t.lengthMs / 3_600_000).toFixed(1)}-hour meeting of ${t.words.toLocaleString('en-GB')} words as ${kind === 'vtt' ? 'Teams WebVTT' : 'the Teams Word transcript'} (${(t.bytes / 1024).toFixed(0)} kB), in the side panel (${runs.length} runs)`,
    );
    for (const r of runs) console.log(`  read and previewed in ${r.readMs} ms, saved (with its series and figures) in ${r.saveMs} ms: ${r.totalMs} ms in all`);
    console.log(`  median ${quantile(runs.map((r) => r.totalMs), 0.5)} ms (${t.message})`);
  }

  const l = ext.latencies;
  console.log(`\nCaption change to side panel update (${l.length} samples, real side panel)`);
  console.log(`  median ${quantile(l, 0.5)} ms, p90 ${quantile(l, 0.9)} ms, max ${Math.max(...l)} ms, min ${Math.min(...l)} ms`);
}

main().catch((error) => {
  console.error(`The benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
