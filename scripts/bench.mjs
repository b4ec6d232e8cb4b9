// npm run bench [-- --speed 20 --samples 20]
//
// Measures what the extension costs a live meeting, and reports figures (it
// asserts nothing):
//  1. content script size, raw and gzipped;
//  2. script time on the simulated Meet page with and without the extension,
//     from Chrome DevTools Protocol Performance metrics, over the same replayed
//     meeting;
//  3. latency from a caption change in the page to the real side panel showing it;
//  4. how long the options page takes to check and import an epraccur-sized ODS file;
//  5. how long the side panel takes to read, preview and save a three-hour
//     transcript (30,000 words) as Teams WebVTT and as the Teams Word download.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
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
