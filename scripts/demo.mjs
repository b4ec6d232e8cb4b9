// npm run demo [-- --platform meet|teams --speed 20 --headless --meeting primary-care-committee --no-series]
//
// Builds the extension, restores six earlier meetings of the demo's series
// from a backup through the options page (sample data made by
// tests/demo/make-demo-series.ts; --no-series skips it), serves a simulated Google Meet call as
// https://meet.google.com/... (or a Microsoft Teams call as
// https://teams.microsoft.com/v2/ with --platform teams), opens Chromium with
// the extension, plays a sample primary care meeting through it to the end,
// confirms the actions and decisions the extension suggests, and writes
// demo-output/: screenshots of the side panel, the JSON export, the action log
// as CSV and as a calendar file, and a summary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BrowserNotFoundError, findChromium, launchChromiumWithExtension } from '../simulator/harness/browsers.mjs';
import { openPanelInTab, openRealSidePanel, readExtensionStore } from '../simulator/harness/extension-pages.mjs';
import {
  loadMeetingScript,
  serveMeetingHosts,
  startSimulatedCall,
  startSimulatedTeamsCall,
} from '../simulator/harness/meeting-hosts.mjs';

const { values: options } = parseArgs({
  options: {
    platform: { type: 'string', default: 'meet' },
    meeting: { type: 'string', default: 'primary-care-committee' },
    speed: { type: 'string', default: '20' },
    headless: { type: 'boolean', default: false },
    'no-series': { type: 'boolean', default: false },
  },
});

/** The earlier meetings of the demo's series, as a backup made by tests/demo/make-demo-series.ts. */
const SERIES_BACKUP = 'simulator/series/sheffield-pcc-earlier-meetings.backup.json';

const root = resolve(import.meta.dirname, '..');
const outputDir = join(root, 'demo-output');
const speed = Number(options.speed);
const say = (line = '') => console.log(line);

function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

async function main() {
  if (options.platform !== 'meet' && options.platform !== 'teams') {
    throw new Error(`--platform must be "meet" or "teams", not "${options.platform}".`);
  }
  const isTeams = options.platform === 'teams';
  if (!Number.isFinite(speed) || speed <= 0) throw new Error('--speed must be a positive number, e.g. --speed 20');
  const script = loadMeetingScript(options.meeting);
  const meetingSeconds = Math.max(...script.lines.map((l) => l.atS + l.durationS));

  findChromium(); // fail early, with instructions, when no browser can be used
  say('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);

  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  const headless = options.headless || !hasDisplay;
  const browser = await launchChromiumWithExtension({
    extensionDir: join(root, '.output', 'chrome-mv3'),
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
  });
  say(`Chromium: ${browser.executablePath} (${headless ? 'headless' : 'in a window'})`);
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });

  try {
    await serveMeetingHosts(browser.context);
    // So the demo can save what the summary's Copy button puts on the clipboard.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const restored = options['no-series'] ? null : await restoreEarlierMeetings(browser);
    const meetingUrl = isTeams ? 'https://teams.microsoft.com/v2/' : `https://meet.google.com/${script.meetCode}`;
    const meeting = browser.context.pages()[0] ?? (await browser.context.newPage());
    await meeting.goto(meetingUrl);
    say(`Joined ${meetingUrl} (served locally): "${script.title}"`);
    if (isTeams) {
      const self = script.participants.find((p) => p.name === script.selfName);
      await startSimulatedTeamsCall(meeting, { selfName: self.teamsName, title: script.title });
    } else {
      await startSimulatedCall(meeting, { selfName: script.selfName });
    }
    const simulator = isTeams ? 'teamsSim' : 'meetSim';

    // The real side panel, opened the way a user would (a click), beside the call.
    const panelTab = await openPanelInTab(browser.context, browser.extensionId);
    const sidePanel = await openRealSidePanel(browser.context, panelTab).catch(() => null);
    await meeting.bringToFront();

    say(
      `Playing ${script.lines.length} lines from ${script.participants.length} participants: ` +
        `${formatDuration(meetingSeconds * 1000)} of meeting at ${speed}× (about ${Math.ceil(meetingSeconds / speed)} s)…`,
    );
    const playing = meeting.evaluate(
      ([s, playSpeed, sim]) => window[sim].play(s, { speed: playSpeed, openPeopleAtS: 20, leaveAtEnd: true }),
      [script, speed, simulator],
    );
    const startedAt = Date.now();
    const progress = setInterval(() => {
      const meetingMs = (Date.now() - startedAt) * speed;
      say(`  meeting time ${formatDuration(Math.min(meetingMs, meetingSeconds * 1000))} / ${formatDuration(meetingSeconds * 1000)}`);
    }, 10_000);
    const liveShotAtMs = (meetingSeconds * 1000 * 0.6) / speed;
    const liveShot = new Promise((resolveShot) =>
      setTimeout(async () => {
        await saveSidePanel(sidePanel, panelTab, join(outputDir, 'side-panel-live.png'));
        await meeting.screenshot({ path: join(outputDir, 'meeting.png') });
        resolveShot();
      }, liveShotAtMs),
    );
    await playing;
    clearInterval(progress);
    await liveShot;
    await new Promise((r) => setTimeout(r, 2_500));

    // After the call: the figures are final; export them as the user would.
    await panelTab.bringToFront();
    await panelTab.getByTestId('nav-history').click();
    await panelTab.getByTestId('history-item').first().click();
    await panelTab.getByTestId('meeting-title').waitFor();
    await meeting.bringToFront();
    await saveSidePanel(sidePanel, panelTab, join(outputDir, 'side-panel.png'));

    // The delegate reviews the suggested actions and decisions; the demo confirms them all.
    const suggestionCount = await confirmSuggestions(panelTab);
    await panelTab.getByTestId('meeting-actions').screenshot({ path: join(outputDir, 'side-panel-actions.png') });
    await panelTab.getByTestId('nav-actions').click();
    await panelTab.getByTestId('action-log').waitFor();
    await panelTab.screenshot({ path: join(outputDir, 'side-panel-action-log.png'), fullPage: true });
    await saveDownload(panelTab, 'export-csv', join(outputDir, 'action-log.csv'));
    await saveDownload(panelTab, 'export-ics', join(outputDir, 'action-due-dates.ics'));
    await panelTab.getByTestId('nav-history').click();
    await panelTab.getByTestId('history-item').first().click();
    await panelTab.getByTestId('meeting-title').waitFor();
    // The sticky tab bar would sit over the section's top in an element screenshot: hide it meanwhile.
    const setTabBar = (visibility) => panelTab.evaluate((v) => document.querySelector('nav.tabs')?.style.setProperty('visibility', v), visibility);
    await setTabBar('hidden');
    await panelTab.getByTestId('agenda').screenshot({ path: join(outputDir, 'side-panel-agenda.png') });
    await setTabBar('');

    const [download] = await Promise.all([panelTab.waitForEvent('download'), panelTab.getByTestId('export-json').click()]);
    const exportPath = join(outputDir, 'meeting-export.json');
    await download.saveAs(exportPath);
    const exported = JSON.parse(readFileSync(exportPath, 'utf8'));
    // This meeting's attendees only: the store also holds the series' earlier meetings.
    const participants = (await readExtensionStore(panelTab, 'participants')).filter((p) => p.meetingId === exported.meeting.id);
    const expected = await meeting.evaluate(([s, sim]) => window[sim].expectedUtterances(s), [script, simulator]).catch(() => null);

    const summary = [summarise(script, exported, participants, expected), summariseItems(exported), summariseActions(exported, suggestionCount)].join('\n\n');
    writeFileSync(join(outputDir, 'figures.txt'), `${summary}\n`);
    const sharedFiles = await saveSummary(panelTab, outputDir);
    const seriesFiles = await saveSeriesOutputs(panelTab, outputDir);
    const seriesCheck = restored ? await checkJoinedSeries(panelTab, restored) : null;
    say();
    say(summary);
    if (seriesCheck) {
      say();
      say(seriesCheck.text);
      if (!seriesCheck.ok) process.exitCode = 1;
    }
    say();
    say(`Written to ${outputDir}:`);
    const files = [
      ['side-panel.png', 'the side panel after the call'],
      ['side-panel-live.png', 'the side panel during the call'],
      ['side-panel-actions.png', "the meeting's actions and decisions, confirmed"],
      ['side-panel-agenda.png', "the meeting's agenda items, with primary care's share under each"],
      ['side-panel-action-log.png', 'the Actions tab'],
      ['meeting.png', 'the simulated meeting page'],
      ['meeting-export.json', 'the JSON export (format: docs/export-format.md)'],
      ['action-log.csv', 'the action log as Excel opens it'],
      ['action-due-dates.ics', 'due dates as calendar events'],
      ['figures.txt', 'the tables above'],
      ...sharedFiles,
      ...seriesFiles,
    ];
    const width = Math.max(...files.map(([file]) => file.length)) + 2;
    for (const [file, what] of files) say(`  ${file.padEnd(width)}${what}`);
  } finally {
    await browser.close();
  }
}

/**
 * Restores the earlier meetings of the series exactly as a user would: the
 * options page's "Restore from a backup", the file chosen, the preview
 * confirmed, and the success status awaited. Returns the restored meetings.
 */
async function restoreEarlierMeetings(browser) {
  const optionsPage = await browser.context.newPage();
  await optionsPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await optionsPage.getByTestId('backup-file').setInputFiles(join(root, SERIES_BACKUP));
  await optionsPage.locator('[data-testid="backup-preview"], [data-testid="backup-problems"]').first().waitFor({ timeout: 15_000 });
  if (await optionsPage.getByTestId('backup-problems').count()) {
    throw new Error(`The options page refused ${SERIES_BACKUP}: ${await optionsPage.getByTestId('backup-problems').textContent()}`);
  }
  await optionsPage.getByTestId('backup-restore-confirm').click();
  await optionsPage.waitForFunction(
    () => {
      const status = document.querySelector('[data-testid="backup-status"]')?.textContent ?? '';
      return status.startsWith('Restored') || Boolean(document.querySelector('[data-testid="backup-error"]'));
    },
    null,
    { timeout: 30_000 },
  );
  if (await optionsPage.getByTestId('backup-error').count()) {
    throw new Error(`Restoring ${SERIES_BACKUP} failed: ${await optionsPage.getByTestId('backup-error').textContent()}`);
  }
  const meetings = (await readExtensionStore(optionsPage, 'meetings')).sort((a, b) => a.startedAtMs - b.startedAtMs);
  await optionsPage.close();
  const count = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][meetings.length] ?? String(meetings.length);
  say(`Restored ${count} earlier meetings of the series from ${SERIES_BACKUP} (options page, "Restore from a backup"): ${formatMonths(meetings)}.`);
  return meetings;
}

function formatMonths(meetings) {
  return meetings.map((m) => new Date(m.startedAtMs).toLocaleDateString('en-GB', { month: 'long', timeZone: 'Europe/London' })).join(', ');
}

/** The demo meeting (the newest one) and the series it was put in by the extension, read from its IndexedDB. */
async function readDemoMeetingSeries(panelTab) {
  const meetings = (await readExtensionStore(panelTab, 'meetings')).sort((a, b) => a.startedAtMs - b.startedAtMs);
  const demo = meetings.at(-1);
  return { demo, earlier: meetings.filter((m) => m !== demo && m.seriesId === demo?.seriesId) };
}

/** Whether the live meeting joined the restored meetings' series. */
async function checkJoinedSeries(panelTab, restored) {
  const { demo } = await readDemoMeetingSeries(panelTab);
  const restoredSeries = [...new Set(restored.map((m) => m.seriesId))];
  const ok = restoredSeries.length === 1 && demo?.seriesId === restoredSeries[0] && !restored.some((m) => m.id === demo.id);
  return {
    ok,
    text: ok
      ? `Series: the meeting joined the series of the ${restored.length} restored meetings (${demo.seriesId}), now ${restored.length + 1} meetings from ${formatMonths(restored.slice(0, 1))} to ${formatMonths([demo])}.`
      : `Series: the meeting did NOT join the restored meetings' series (its series ${demo?.seriesId ?? 'none'}; restored ${restoredSeries.join(', ')}).`,
  };
}

/**
 * What the demo keeps of the series. For now the earlier meetings of the
 * demo meeting's series, one a line (date and title); the Series view's
 * screenshot, the evidence pack and the series CSV are to be added here once
 * the view exists. Returns the files written, with what each is.
 */
async function saveSeriesOutputs(panelTab, outputDir) {
  const { earlier } = await readDemoMeetingSeries(panelTab);
  if (earlier.length === 0) return [];
  const day = (ms) => new Date(ms).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  const lines = earlier.map((m) => `${day(m.startedAtMs)}  ${m.title ?? 'Untitled meeting'}`);
  writeFileSync(join(outputDir, 'series-meetings.txt'), `${lines.join('\n')}\n`);
  const written = [['series-meetings.txt', "the earlier meetings of the demo meeting's series, restored from a backup"]];
  // The Series view, reached from the meeting's header as a user would, then its evidence pack and figures.
  await panelTab.bringToFront();
  await panelTab.getByTestId('nav-history').click();
  await panelTab.getByTestId('history-item').first().click();
  await panelTab.getByTestId('open-series').click();
  await panelTab.getByTestId('series-evidence').waitFor();
  await panelTab.getByTestId('series-pack-actions').waitFor();
  await panelTab.screenshot({ path: join(outputDir, 'side-panel-series.png'), fullPage: true });
  written.push(['side-panel-series.png', "the Series view: primary care's voice, meeting after meeting"]);
  await saveDownload(panelTab, 'series-pack-word', join(outputDir, 'series-evidence-pack.docx'));
  written.push(['series-evidence-pack.docx', "the series' evidence pack as a Word document"]);
  await saveDownload(panelTab, 'series-pack-csv', join(outputDir, 'series-figures.csv'));
  written.push(['series-figures.csv', 'the figures of each meeting in the series, for Excel']);
  return written;
}

/** Confirms every suggestion in the meeting's Actions and decisions section, one at a time, as a user would. */
async function confirmSuggestions(panelTab) {
  const suggestions = panelTab.getByTestId('suggestion');
  await suggestions.first().waitFor({ timeout: 10_000 });
  const total = await suggestions.count();
  for (let remaining = total; remaining > 0; remaining -= 1) {
    await suggestions.first().getByTestId('suggestion-confirm').click();
    await panelTab.waitForFunction((left) => document.querySelectorAll('[data-testid="suggestion"]').length < left, remaining);
  }
  return total;
}

/**
 * The primary care summary as a delegate shares it: copied from the panel
 * (the clipboard's rich and plain text are saved as files), and downloaded
 * as Markdown and Word. Returns the files written, with what each is.
 */
async function saveSummary(panelTab, outputDir) {
  const written = [];
  await panelTab.bringToFront();
  await panelTab.getByTestId('open-summary').click();
  await panelTab.getByTestId('summary-document').waitFor();
  await panelTab.screenshot({ path: join(outputDir, 'side-panel-summary.png'), fullPage: true });
  written.push(['side-panel-summary.png', 'the summary view in the side panel']);
  await panelTab.getByTestId('summary-copy').click();
  await panelTab.waitForFunction(() => document.querySelector('[data-testid="summary-status"]')?.textContent?.startsWith('Copied'), null, { timeout: 10_000 });
  const clipboard = await panelTab
    .evaluate(async () => {
      const flavours = {};
      for (const item of await navigator.clipboard.read()) {
        for (const type of item.types) flavours[type] = await (await item.getType(type)).text();
      }
      return flavours;
    })
    .catch((error) => {
      say(`(The clipboard could not be read back, so the copied summary is not saved: ${error.message})`);
      return {};
    });
  if (clipboard['text/html']) {
    const page = `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>Primary care summary</title></head><body>\n${clipboard['text/html']}\n</body></html>\n`;
    writeFileSync(join(outputDir, 'primary-care-summary.html'), page);
    written.push(['primary-care-summary.html', 'the summary as copied for Outlook (rich text)']);
  }
  if (clipboard['text/plain']) {
    writeFileSync(join(outputDir, 'primary-care-summary.txt'), clipboard['text/plain']);
    written.push(['primary-care-summary.txt', 'the summary as copied for a plain email']);
  }
  await saveDownload(panelTab, 'summary-markdown', join(outputDir, 'primary-care-summary.md'));
  written.push(['primary-care-summary.md', 'the summary as Markdown']);
  await saveDownload(panelTab, 'summary-word', join(outputDir, 'primary-care-summary.docx'));
  written.push(['primary-care-summary.docx', 'the summary as a Word document']);
  return written;
}

/** Clicks a download button in the panel and keeps the file. */
async function saveDownload(panelTab, testId, path) {
  const [download] = await Promise.all([panelTab.waitForEvent('download'), panelTab.getByTestId(testId).click()]);
  await download.saveAs(path);
}

/** The agenda items as the export gives them: when, how long, primary care's share of the talk against its seats, and the flags. */
function summariseItems(exported) {
  const items = exported.items ?? [];
  if (items.length === 0) return 'Agenda items: none found in what the chair said.';
  // Scaled back to meeting time, as the talk figures above are.
  const clock = (replayMs) => {
    const ms = replayMs * speed;
    return `${String(Math.floor(ms / 60_000)).padStart(2, '0')}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;
  };
  const percent = (ratio) => (ratio === null || ratio === undefined ? '  –' : `${Math.round(ratio * 100)}%`.padStart(4));
  const flagWords = { 'decided-without-primary-care': 'decided without primary care', 'discussed-not-heard': 'primary care discussed, not heard' };
  const label = (item) => (item.number === null ? item.title ?? 'Untitled item' : `${item.number}. ${item.title ?? ''}`.trim());
  return [
    `Agenda items: ${items.length}, split by what the chair said (start–end in meeting time, primary care's share of the talk / of the people present).`,
    '',
    ...items.map((item) => {
      const flags = item.flags.map((flag) => flagWords[flag] ?? flag).join('; ');
      const records = [...item.decisionRefs, ...item.actionRefs].join(' ');
      return `  ${clock(item.startOffsetMs)}–${clock(item.endOffsetMs)}  ${percent(item.primaryCare.talkShareRatio)} / ${percent(item.primaryCare.attendeeShareRatio)}  ${label(item)}${records ? `  [${records}]` : ''}${flags ? `  ⚑ ${flags}` : ''}`;
    }),
  ].join('\n');
}

function summariseActions(exported, suggestionCount) {
  const actions = exported.actions.filter((a) => a.kind === 'action');
  const decisions = exported.actions.filter((a) => a.kind === 'decision');
  const who = (a) => [a.owner, a.organisation && `(${a.organisation})`].filter(Boolean).join(' ') || 'no owner named';
  const due = (a) => a.dueDate ?? a.dueText ?? 'no date';
  return [
    `Actions and decisions: ${suggestionCount} suggested from the captions and confirmed (a real user reviews each one).`,
    '',
    ...actions.map((a) => `${a.ref}  ${a.text}\n            ${who(a)}; due ${due(a)}`),
    '',
    ...decisions.map((d) => `${d.ref}  ${d.text}`),
  ].join('\n');
}

/** Screenshot of the real side panel, or of the same page in a tab if the panel cannot be captured. */
async function saveSidePanel(sidePanel, panelTab, path) {
  if (sidePanel) {
    try {
      // Wait until the panel shows the meeting's figures (it redraws when the tab changes).
      for (let attempt = 0; attempt < 50; attempt += 1) {
        if (await sidePanel.evaluate('!!document.querySelector("[data-testid=talk-list]")')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      writeFileSync(path, await sidePanel.screenshot());
      return;
    } catch {
      // fall through to the tab
    }
  }
  await panelTab.screenshot({ path, fullPage: true });
}

function summarise(script, exported, participants, expected) {
  const talk = exported.talkTime;
  // The meeting was played `speed` times faster than real time, so the extension
  // measured 1/speed of each duration; scale back to the meeting's own clock.
  const meetingTime = (ms) => formatDuration(ms * speed);
  const nameWidth = Math.max(12, ...talk.participants.map((p) => p.speaker.length));
  const lines = [
    exported.meeting.code ? `${exported.meeting.title} (${exported.meeting.code})` : exported.meeting.title,
    `Duration ${meetingTime(exported.meeting.durationMs)} · ${participants.length} attended · ${talk.participants.length} spoke · talk time from ${talk.source}`,
    `(played at ${speed}× speed: the side panel shows the measured times; this table scales them back to meeting time)`,
    '',
    `${'Participant'.padEnd(nameWidth)}  Talk time  Share  Words  Turns`,
    ...talk.participants.map(
      (p) =>
        `${p.speaker.padEnd(nameWidth)}  ${meetingTime(p.talkMs).padStart(9)}  ${`${Math.round(p.shareRatio * 100)}%`.padStart(5)}  ${String(p.words).padStart(5)}  ${String(p.turns).padStart(5)}`,
    ),
    `${'Total'.padEnd(nameWidth)}  ${meetingTime(talk.totalTalkMs).padStart(9)}`,
  ];
  const organisations = exported.organisations;
  if (organisations) {
    const sectorWidth = Math.max(12, ...organisations.bySector.map((s) => s.name.length));
    const pc = organisations.primaryCare;
    lines.push(
      '',
      `Primary care: ${Math.round(pc.talkShareRatio * 100)}% of the talking, ${Math.round(pc.attendeeShareRatio * 100)}% of the people here (${pc.attendees} of ${pc.totalAttendees})`,
      '',
      `${'Sector'.padEnd(sectorWidth)}  Talk time  Share  People`,
      ...organisations.bySector.map(
        (s) => `${s.name.padEnd(sectorWidth)}  ${meetingTime(s.talkMs).padStart(9)}  ${`${Math.round(s.shareRatio * 100)}%`.padStart(5)}  ${String(s.attendees).padStart(6)}`,
      ),
    );
    if (organisations.silentOrganisations.length) {
      lines.push('', `Organisations present but not heard: ${organisations.silentOrganisations.map((o) => o.name).join(', ')}`);
    }
  }
  const silent = participants.filter((p) => !talk.participants.some((t) => t.speaker === p.name)).map((p) => p.name);
  if (silent.length) lines.push('', `People present but not heard: ${silent.join(', ')}`);
  if (expected) {
    // Teams labels such as "(Guest)" are taken off names when captured.
    const label = (name) => name.replace(/\s*\((Guest|External|Unverified|Unfamiliar)\)$/, '');
    const captured = exported.utterances.map((u) => `${u.speaker}\u0000${u.text}`);
    const matched = expected.filter((e, i) => captured[i] === `${label(e.speaker)}\u0000${e.text}`).length;
    lines.push('', `Captured ${exported.utterances.length} utterances; ${matched} of the ${expected.length} in the script match word for word, in order.`);
  }
  return lines.join('\n');
}

main().catch((error) => {
  if (error instanceof BrowserNotFoundError) {
    console.error(`\n${error.message}`);
  } else {
    console.error(`\nThe demo stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
