import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickTestId, startFirefox, talkRowsIn } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'transcripts');
const poll = { timeout: 20_000, interval: 250 };

let firefox: Awaited<ReturnType<typeof startFirefox>>;
/** The side panel's page open in an ordinary tab. */
let panel: string;
/** Why Firefox could not start: each test fails with it rather than being skipped. */
let startError: unknown = null;

beforeAll(async () => {
  try {
    firefox = await startFirefox();
    panel = await firefox.openTab(`${firefox.baseUrl}/sidepanel.html`);
  } catch (error) {
    startError = error;
  }
});

beforeEach(() => {
  if (startError) throw startError;
});

afterAll(async () => {
  await firefox?.close();
});

/**
 * Chooses a fixture in the page's "Import a transcript" input, found by its
 * label as a user finds it: the file is put into the input's file list and
 * the input told it changed, as the file picker does.
 */
function chooseFile(context: string, name: string, how: 'input' | 'drop' = 'input'): Promise<boolean> {
  return firefox.evaluate(
    context,
    (fileName, content, mode) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Import a transcript');
      const input = label ? document.getElementById(label.htmlFor) : null;
      if (!(input instanceof HTMLInputElement)) return false;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], fileName));
      if (mode === 'drop') {
        const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer });
        input.closest('[data-testid="import-drop"]')!.dispatchEvent(drop);
      } else {
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      return true;
    },
    name,
    [...readFileSync(join(FIXTURES, name))],
    how,
  );
}

const textOf = (context: string, testId: string): Promise<string | null> =>
  firefox.evaluate(context, (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);

/** Types into an input the way a user's typing reaches Preact (an input event). */
const fill = (context: string, testId: string, value: string): Promise<void> =>
  firefox.evaluate(
    context,
    (id, text) => {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    testId,
    value,
  );

describe('importing transcripts in Firefox', () => {
  it('imports a Zoom WebVTT file in the side panel page: Past meetings lists it with its figures, and its summary opens', async () => {
    await expect.poll(() => clickTestId(firefox, panel, 'nav-history'), poll).toBe(true);
    expect(await chooseFile(panel, 'zoom-2026-11-20-lmc.vtt')).toBe(true);
    await expect.poll(() => textOf(panel, 'import-format'), poll).toBe('Zoom transcript (WebVTT, .vtt): zoom-2026-11-20-lmc.vtt');
    expect(await textOf(panel, 'import-figures')).toBe('3 speakers, 57 words in 5 utterances, 0:33 long.');
    await fill(panel, 'import-title', 'LMC liaison meeting');
    await fill(panel, 'import-date', '2026-11-20');
    await fill(panel, 'import-time', '18:00');
    expect(await clickTestId(firefox, panel, 'import-save')).toBe(true);
    await expect.poll(() => textOf(panel, 'import-message'), poll).toContain('Saved “LMC liaison meeting” (20 Nov 2026)');
    await expect.poll(() => textOf(panel, 'history-item'), poll).toContain('Imported transcript · 20 Nov 2026 18:00');

    const stored = (await firefox.readExtensionStore(panel, 'utterances')) as { speaker: string; startMs: number }[];
    expect(stored.sort((a, b) => a.startMs - b.startMs).map((u) => u.speaker)).toEqual(['Dr Priya Shah', "Mark O'Neill", 'Dr Priya Shah', "Mark O'Neill", 'José García-López']);

    expect(await clickTestId(firefox, panel, 'import-open')).toBe(true);
    await expect.poll(() => textOf(panel, 'talk-source'), poll).toBe('Talk time from the transcript’s timings, share of talk time. Total 0:29 from 3 speakers.');
    await expect.poll(() => clickTestId(firefox, panel, 'share-view-person'), poll).toBe(true);
    await expect.poll(async () => (await talkRowsIn(firefox, panel)).map((r) => r.speaker).sort(), poll).toEqual(['Dr Priya Shah', 'José García-López', "Mark O'Neill"]);
    expect(await clickTestId(firefox, panel, 'open-summary')).toBe(true);
    await expect.poll(() => textOf(panel, 'summary-document'), poll).toContain('Zoom transcript (WebVTT, .vtt), imported');
  });

  it('imports a Google Meet .docx dropped onto the options page, and refuses a file that is not a transcript', async () => {
    const options = await firefox.openTab(`${firefox.baseUrl}/options.html`);
    await expect.poll(() => chooseFile(options, 'not-a-transcript.txt'), poll).toBe(true);
    await expect.poll(() => textOf(options, 'import-error'), poll).toMatch(/^not-a-transcript\.txt: This file does not look like a meeting transcript/);
    expect(await chooseFile(options, 'meet-2026-11-19-place-board.docx', 'drop')).toBe(true);
    await expect.poll(() => textOf(options, 'import-format'), poll).toBe('Google Meet transcript (Word document, .docx): meet-2026-11-19-place-board.docx');
    expect(await clickTestId(firefox, options, 'import-save')).toBe(true);
    await expect.poll(() => textOf(options, 'import-message'), poll).toContain('Saved “Rotherham Place Partnership Board” (19 Nov 2026)');
    const meetings = (await firefox.readExtensionStore(options, 'meetings')) as { title: string; platform: string }[];
    expect(meetings.map((m) => [m.title, m.platform]).sort()).toEqual([
      ['LMC liaison meeting', 'import'],
      ['Rotherham Place Partnership Board', 'import'],
    ]);
    await firefox.closeTab(options);
  });
});
