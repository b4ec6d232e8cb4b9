// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SeriesPackActions } from '@/components/series-pack-actions';
import { SeriesPrintView } from '@/entrypoints/sidepanel/series-print-view';
import { mount, q } from '../helpers/dom';
import { NHS_NUMBER, PACK_NOW, sampleSeriesEvidence } from '../helpers/series-pack-fixtures';

const TITLE = 'Primary Care Commissioning Committee';

/** What the component put on the clipboard, by type. */
let clipboard: Record<string, string>;
let downloads: { name: string; blob: Blob }[];

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(PACK_NOW);
  clipboard = {};
  downloads = [];
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
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

function click(element: HTMLElement): void {
  act(() => element.click());
}

function actions(props: Partial<Parameters<typeof SeriesPackActions>[0]> = {}) {
  return mount(<SeriesPackActions evidence={sampleSeriesEvidence()} seriesTitle={TITLE} redact={true} namesAs="names" {...props} />);
}

describe('SeriesPackActions', () => {
  it('offers the four ways out, with a live region for what happened', () => {
    const root = actions();
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Copy the evidence pack',
      'Download as Word',
      'Print or save as PDF',
      'Download the figures (CSV)',
    ]);
    expect(q(root, 'series-pack-status').getAttribute('role')).toBe('status');
  });

  it('copies the pack as rich text and plain text together, redacted', async () => {
    const root = actions();
    click(q(root, 'series-pack-copy'));
    await settle();
    expect(clipboard['text/html']).toContain('<h1 style=');
    expect(clipboard['text/html']).toContain('Evidence pack: Primary Care Commissioning Committee');
    expect(clipboard['text/plain']).toContain('Primary care held 42% of the seats and 23% of the talk in the last 6 meetings.');
    expect(clipboard['text/plain']).not.toContain(NHS_NUMBER);
    expect(q(root, 'series-pack-status').textContent).toBe('Copied the evidence pack. Paste it into an email or a document: headings and tables are kept.');
  });

  it('describes people by their organisation when names are shown as roles', async () => {
    const root = actions({ namesAs: 'roles' });
    click(q(root, 'series-pack-copy'));
    await settle();
    expect(clipboard['text/plain']).toContain('Someone from Townships 1 PCN');
    expect(clipboard['text/plain']).not.toContain('Tom Richards');
  });

  it('copies plain text where the browser refuses HTML on the clipboard', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const root = actions();
    click(q(root, 'series-pack-copy'));
    await settle();
    expect(clipboard['text/html']).toBeUndefined();
    expect(q(root, 'series-pack-status').textContent).toBe('Copied the evidence pack as plain text. Paste it into an email or a document.');
  });

  it('says plainly when copying fails', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: vi.fn(async () => Promise.reject(new Error('Document is not focused.'))) } });
    const root = actions();
    click(q(root, 'series-pack-copy'));
    await settle();
    expect(q(root, 'series-pack-error').getAttribute('role')).toBe('alert');
    expect(q(root, 'series-pack-error').textContent).toBe('Copying did not work: Document is not focused.');
    expect(q(root, 'series-pack-status').textContent).toBe('');
  });

  it('downloads the pack as a Word document named after the series and the day', async () => {
    const root = actions();
    click(q(root, 'series-pack-word'));
    await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    await settle();
    expect(downloads[0]!.name).toBe('series-primary-care-commissioning-committee-2027-05-12.docx');
    const documentXml = strFromU8(unzipSync(new Uint8Array(await downloads[0]!.blob.arrayBuffer()))['word/document.xml']!);
    expect(documentXml).toContain('Meeting by meeting');
    expect(q(root, 'series-pack-status').textContent).toBe('Saved series-primary-care-commissioning-committee-2027-05-12.docx to your downloads.');
  });

  it('downloads the figures as CSV', async () => {
    const root = actions();
    click(q(root, 'series-pack-csv'));
    await settle();
    expect(downloads.map((d) => d.name)).toEqual(['series-primary-care-commissioning-committee-2027-05-12.csv']);
    const csv = await downloads[0]!.blob.text();
    expect(csv).toContain('"Date","Title","People"');
    expect(q(root, 'series-pack-status').textContent).toContain('Saved series-primary-care-commissioning-committee-2027-05-12.csv to your downloads.');
  });

  it('opens the print view in a new tab with the pack as chosen, and the view shows it', async () => {
    const created: string[] = [];
    vi.spyOn(browser.tabs, 'create').mockImplementation(async (properties) => {
      created.push(properties.url!);
      return undefined as unknown as Awaited<ReturnType<typeof browser.tabs.create>>;
    });
    const root = actions({ namesAs: 'roles' });
    click(q(root, 'series-pack-print'));
    await settle();
    expect(created).toHaveLength(1);
    const url = new URL(created[0]!);
    expect(url.pathname).toBe('/sidepanel.html');
    const token = url.searchParams.get('print-series')!;
    expect(token).toBeTruthy();
    expect(q(root, 'series-pack-status').textContent).toBe('The print view opened in a new tab. Choose “Save as PDF” as the printer to make a PDF.');

    const print = vi.fn();
    vi.stubGlobal('print', print);
    const view = mount(<SeriesPrintView token={token} />);
    await settle();
    expect(q(view, 'series-print-view')).toBeTruthy();
    expect(view.querySelector('h1')!.textContent).toBe(`Evidence pack: ${TITLE}`);
    expect(view.textContent).toContain('Someone from Townships 1 PCN');
    expect(view.textContent).not.toContain('Tom Richards');
    expect(document.title).toBe(`Evidence pack: ${TITLE}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    expect(print).toHaveBeenCalled();
  });

  it('the print view says so when the pack is no longer there', async () => {
    const view = mount(<SeriesPrintView token="gone" />);
    await settle();
    expect(q(view, 'series-print-missing').textContent).toContain('no longer available to print');
  });
});
