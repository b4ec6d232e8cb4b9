// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChatNotice } from '@/components/chat-notice';
import { SummaryDocument } from '@/components/summary-document';
import { loadLanguage } from '@/entrypoints/sidepanel/language';
import { PrintView } from '@/entrypoints/sidepanel/print-view';
import { SummaryView } from '@/entrypoints/sidepanel/summary-view';
import { CHAT_NOTICE } from '@/utils/core/chat-notice';
import { buildSummary } from '@/utils/core/summary';
import type { MeetingDb } from '@/utils/db/database';
import { applyRetention } from '@/utils/db/retention-repo';
import { getSummaryOptions, savePrivacySettings } from '@/utils/db/settings-repo';
import { summaryRowSchema } from '@/utils/db/rows';
import { getSavedSummary } from '@/utils/db/summary-repo';
import { makeDb, T0 } from '../helpers/builders';
import { mount, q, qq } from '../helpers/dom';
import { seedFinishedMeeting } from '../helpers/finished-meeting';
import { sampleSummaryInput, summarySavedBeforeItems } from '../helpers/summary-fixture';

const DAY_MS = 86_400_000;
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

let db: MeetingDb | undefined;
/** What the view put on the clipboard, by type. */
let clipboard: Record<string, string>;

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

beforeEach(() => {
  clipboard = {};
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      write: vi.fn(async (items: FakeClipboardItem[]) => {
        for (const [type, blob] of Object.entries(items[0]!.items)) clipboard[type] = await blob.text();
      }),
      writeText: vi.fn(async (text: string) => {
        clipboard['text/plain'] = text;
      }),
    },
  });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await db?.delete();
  db = undefined;
});

// The panel loads its language model when first needed; load it once up front so suggestions are counted at once.
beforeAll(async () => {
  await loadLanguage();
}, 30_000);

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

function click(element: HTMLElement): void {
  act(() => element.click());
}

describe('SummaryDocument', () => {
  it('shows every section of the sample meeting as headings, lists and tables', () => {
    const model = buildSummary(sampleSummaryInput());
    const root = mount(<SummaryDocument model={model} headingId="t" />);
    const headings = qq(root, 'summary-document')[0]!.querySelectorAll('h2');
    expect([...headings].map((h) => h.textContent)).toEqual([
      'In brief',
      'Item by item',
      'The meeting',
      'Share of voice',
      'Who was there',
      'Decisions',
      'Actions',
      'Primary care moments',
      'To follow up',
      'About this summary',
    ]);
    expect(root.querySelector('h1')!.textContent).toContain('Primary care summary:');
    expect(root.querySelector('table.summary-table th[scope="col"]')!.textContent).toBe('Sector');
    expect(root.textContent).toContain(model.headline);
  });

  it('opens with In brief, then each agenda item with its times, share and what was confirmed under it', () => {
    const model = buildSummary(sampleSummaryInput());
    const root = mount(<SummaryDocument model={model} />);
    const [inBrief, itemByItem] = [...root.querySelectorAll('section.summary-section')];
    expect([...inBrief!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(model.inBrief);
    const items = [...itemByItem!.querySelectorAll('section.summary-part')];
    expect(items.map((part) => part.querySelector('h3')!.textContent)).toEqual(model.items!.map((i) => i.label));
    const item8 = items.find((part) => part.querySelector('h3')!.textContent === 'Item 8: Winter local enhanced service')!;
    expect(item8.querySelector('p')!.textContent).toMatch(/^10:1\d to 10:1\d, \d min\. Primary care had \d+% of the talk, with 42% of the people present \(5 of 12\)\.$/);
    expect(item8.querySelector('li')!.textContent).toBe('Decision D-2026-002: The committee resolved to commission the winter LES from 1 December');
  });

  it('shows a summary saved before In brief and items existed, as it was', () => {
    const saved = summaryRowSchema.parse(summarySavedBeforeItems().json);
    const root = mount(<SummaryDocument model={saved.model} />);
    expect(root.querySelector('h2')!.textContent).toBe('The meeting');
    expect(root.textContent).not.toMatch(/In brief|Item by item/);
    expect(root.textContent).toContain(saved.model.headline);
  });

  it('renders captions and names that hold markup as text, never as elements', () => {
    const input = sampleSummaryInput();
    const hostile = sampleSummaryInput({
      utterances: [...input.analysis.utterances, { speaker: HOSTILE, text: `Same-day access for general practice ${HOSTILE}`, startMs: input.analysis.utterances.at(-1)!.startMs + 1000 }],
      attendees: [...input.analysis.attendees, HOSTILE],
      actions: [{ ...input.actions[0]!, text: `Send the ${HOSTILE} paper` }],
    });
    const root = mount(<SummaryDocument model={buildSummary(hostile, { includeQuotes: true, includeExcerpts: true, namesAs: 'names', redact: false })} />);
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('Send the <img src=x onerror="alert(1)"><script>alert(2)</script> paper');
  });

  it('renders an agenda item title that holds markup as text', () => {
    const input = sampleSummaryInput();
    const hostile = { ...input, analysis: { ...input.analysis, items: input.analysis.items.map((item) => ({ ...item, title: HOSTILE })) } };
    const root = mount(<SummaryDocument model={buildSummary(hostile)} />);
    expect(root.querySelector('img, script')).toBeNull();
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toContain(`Item 4: ${HOSTILE}`);
  });
});

describe('ChatNotice', () => {
  it('copies the notice for the meeting chat', () => {
    const onCopy = vi.fn();
    const root = mount(<ChatNotice onCopy={onCopy} status="Copied. Paste it into the meeting chat." />);
    expect(q(root, 'chat-notice-text').textContent).toBe(CHAT_NOTICE);
    click(q(root, 'copy-chat-notice'));
    expect(onCopy).toHaveBeenCalledWith(CHAT_NOTICE);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Copied. Paste it into the meeting chat.');
  });
});

describe('SummaryView', () => {
  async function openSummary(meetingId: string): Promise<HTMLElement> {
    const root = mount(<SummaryView db={db!} meetingId={meetingId} onBack={() => undefined} />);
    await settle();
    return root;
  }

  it('previews the summary with patient details hidden by default', async () => {
    db = makeDb();
    const meetingId = await seedFinishedMeeting(db);
    const root = await openSummary(meetingId);
    const preview = q(root, 'summary-document').textContent!;
    expect(preview).toContain('Primary care summary: Primary Care Commissioning Committee');
    expect(preview).toContain('[NHS number]');
    expect(preview).not.toContain('943 476 5919');
    expect((q(root, 'summary-redact') as HTMLInputElement).checked).toBe(true);
    expect((q(root, 'summary-redact') as HTMLInputElement).disabled).toBe(true);
  });

  it('leads to the options page where patient data is set', async () => {
    db = makeDb();
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const meetingId = await seedFinishedMeeting(db);
    const root = await openSummary(meetingId);
    expect(root.querySelector('#summary-redact-hint')!.textContent).toBe('Patient details are hidden in every export. To change that, open Organisations and settings.');
    click(q(root, 'summary-open-settings'));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('copies rich text and plain text together and keeps the summary with the meeting', async () => {
    db = makeDb();
    const meetingId = await seedFinishedMeeting(db);
    const root = await openSummary(meetingId);
    click(q(root, 'summary-copy'));
    await settle();
    expect(clipboard['text/html']).toContain('<h1 style=');
    expect(clipboard['text/html']).toContain('Primary care summary: Primary Care Commissioning Committee');
    expect(clipboard['text/plain']).toMatch(/^Primary care summary: Primary Care Commissioning Committee/);
    expect(clipboard['text/plain']).not.toContain('<');
    expect(q(root, 'summary-status').textContent).toContain('headings and tables are kept');
    const kept = await getSavedSummary(db, meetingId);
    expect(kept?.model.title).toBe('Primary Care Commissioning Committee');
  });

  it('falls back to plain text where the browser cannot copy HTML', async () => {
    db = makeDb();
    vi.stubGlobal('ClipboardItem', undefined);
    const meetingId = await seedFinishedMeeting(db);
    const root = await openSummary(meetingId);
    click(q(root, 'summary-copy'));
    await settle();
    expect(clipboard['text/html']).toBeUndefined();
    expect(clipboard['text/plain']).toContain('ACTIONS');
    expect(q(root, 'summary-status').textContent).toBe('Copied as plain text. Paste it into an email or a document.');
  });

  it('says plainly when copying is refused', async () => {
    db = makeDb();
    vi.mocked(navigator.clipboard.write).mockRejectedValue(new Error('Document is not focused.'));
    vi.mocked(navigator.clipboard.writeText).mockRejectedValue(new Error('Document is not focused.'));
    const meetingId = await seedFinishedMeeting(db);
    const root = await openSummary(meetingId);
    click(q(root, 'summary-copy'));
    await settle();
    expect(q(root, 'summary-error').textContent).toBe('Copying did not work: Document is not focused.');
    expect(await getSavedSummary(db, meetingId)).toBeUndefined();
  });

  it('remembers the choices and applies them to the preview', async () => {
    db = makeDb();
    const meetingId = await seedFinishedMeeting(db);
    const root = await openSummary(meetingId);
    expect(q(root, 'summary-document').textContent).toContain('Dr Tom Richards');
    click(q(root, 'summary-roles'));
    await settle();
    expect(q(root, 'summary-document').textContent).not.toContain('Tom Richards');
    click(q(root, 'summary-excerpts'));
    await settle();
    expect(q(root, 'summary-document').textContent).toContain('Transcript excerpts');
    expect(await getSummaryOptions(db)).toMatchObject({ namesAs: 'roles', includeExcerpts: true });
  });

  it('lets the user show patient details only when the setting allows it', async () => {
    db = makeDb();
    await savePrivacySettings(db, { redactPatientDetails: false, retentionDays: null });
    const meetingId = await seedFinishedMeeting(db);
    const root = await openSummary(meetingId);
    const redact = q(root, 'summary-redact') as HTMLInputElement;
    expect(redact.disabled).toBe(false);
    expect(q(root, 'summary-document').textContent).toContain('[NHS number]');
    click(redact);
    await settle();
    expect(q(root, 'summary-document').textContent).toContain('943 476 5919');
  });

  it('copies and opens a new email when the summary is too long for a mail link', async () => {
    db = makeDb();
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    const meetingId = await seedFinishedMeeting(db);
    const root = await openSummary(meetingId);
    const email = q(root, 'summary-email');
    expect(email.tagName).toBe('BUTTON');
    click(email);
    await settle();
    expect(opened).toHaveBeenCalledWith(expect.stringMatching(/^mailto:\?subject=Primary%20care%20summary/), '_blank');
    expect(clipboard['text/plain']).toContain('Primary care summary');
    expect(q(root, 'summary-status').textContent).toContain('too long for an email link');
  });

  it('shows the kept summary once the transcript has been deleted', async () => {
    db = makeDb();
    const meetingId = await seedFinishedMeeting(db);
    await savePrivacySettings(db, { redactPatientDetails: true, retentionDays: 1 });
    expect(await applyRetention(db, T0 + 2 * DAY_MS)).toBe(1);
    const root = await openSummary(meetingId);
    expect(q(root, 'summary-kept').textContent).toContain('The transcript has been deleted under your retention setting');
    // The kept summary still has the quotes the transcript no longer does.
    expect(q(root, 'summary-document').textContent).toContain('enhanced access figures');
    expect((q(root, 'summary-quotes') as HTMLInputElement).closest('fieldset')!.disabled).toBe(true);
  });

  it('says how many suggestions are not yet reviewed and leads back to them', async () => {
    db = makeDb();
    const onBack = vi.fn();
    const meetingId = await seedFinishedMeeting(db, [
      ['Helen Marsh', 'Can you send the access figures round by Friday, Tom?'],
      ['Dr Tom Richards', 'I will circulate the paper before the next meeting.'],
    ]);
    const root = mount(<SummaryView db={db} meetingId={meetingId} onBack={onBack} />);
    await settle();
    // The second line's suggestion was confirmed when the meeting was seeded; the first waits.
    expect(q(root, 'summary-pending').textContent).toBe('1 suggested action or decision has not been reviewed, so it is left out. Review suggestions');
    click(q(root, 'summary-review'));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('says so when the meeting is no longer stored', async () => {
    db = makeDb();
    const root = await openSummary('meeting-that-was-deleted');
    expect(q(root, 'summary-missing').textContent).toContain('no longer stored');
  });
});

describe('PrintView', () => {
  it('shows the kept summary alone and opens the print dialogue', async () => {
    db = makeDb();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const meetingId = await seedFinishedMeeting(db);
    const summaryRoot = mount(<SummaryView db={db} meetingId={meetingId} onBack={() => undefined} />);
    await settle();
    click(q(summaryRoot, 'summary-copy'));
    await settle();
    const root = mount(<PrintView db={db} meetingId={meetingId} />);
    await settle();
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    expect(q(root, 'print-view').textContent).toContain('Primary care summary: Primary Care Commissioning Committee');
    expect(document.title).toContain('Primary care summary');
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('prints a summary kept before In brief and items existed', async () => {
    db = makeDb();
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const saved = summaryRowSchema.parse(summarySavedBeforeItems().json);
    await db.summaries.put(saved);
    const root = mount(<PrintView db={db} meetingId={saved.meetingId} />);
    await settle();
    expect(q(root, 'print-view').querySelector('h2')!.textContent).toBe('The meeting');
    expect(q(root, 'print-view').textContent).toContain(saved.model.headline);
  });

  it('says what to do when there is no summary to print', async () => {
    db = makeDb();
    const root = mount(<PrintView db={db} meetingId="nothing-here" />);
    await settle();
    expect(q(root, 'print-missing').textContent).toContain('Open the meeting in the side panel and choose Print again');
  });
});
