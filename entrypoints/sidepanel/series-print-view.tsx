import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PrintPage, usePrintWhenReady } from '@/components/print-page';
import { SectionsDocument } from '@/components/summary-document';
import type { SeriesPack } from '@/utils/core/series-pack';
import { seriesPackSections } from '@/utils/core/series-pack-render';

/** The query parameter of the print view of a series' evidence pack: sidepanel.html?print-series=<token>. */
export const SERIES_PRINT_PARAM = 'print-series';

/**
 * Where the pack waits for its print tab. Session storage is held in memory
 * and cleared when the browser closes; one pack at a time, so a new print
 * replaces the last.
 */
const SERIES_PRINT_KEY = 'series-print';

interface StoredPack {
  readonly token: string;
  readonly pack: SeriesPack;
}

/** Keeps the pack for its print view and opens the view in a new tab. */
export async function openSeriesPrintView(pack: SeriesPack): Promise<void> {
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [SERIES_PRINT_KEY]: { token, pack } satisfies StoredPack });
  await browser.tabs.create({ url: `${browser.runtime.getURL('/sidepanel.html')}?${SERIES_PRINT_PARAM}=${encodeURIComponent(token)}` });
}

async function readPack(token: string): Promise<SeriesPack | null> {
  const stored = (await browser.storage.session.get(SERIES_PRINT_KEY))[SERIES_PRINT_KEY] as StoredPack | undefined;
  return stored?.token === token ? stored.pack : null;
}

/**
 * The evidence pack of a series alone on a page, for printing or saving as
 * PDF: the pack as it was when the user pressed Print, so the page matches
 * what they chose (redaction, names or roles).
 */
export function SeriesPrintView({ token }: { token: string }) {
  const [pack, setPack] = useState<SeriesPack | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readPack(token)
      .then(setPack)
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [token]);
  usePrintWhenReady(pack ? pack.title : null, pack);

  if (error) {
    return (
      <p class="error" role="alert" data-testid="series-print-error">
        The evidence pack could not be read: {error}
      </p>
    );
  }
  if (pack === undefined) return <p class="empty">Loading…</p>;
  if (pack === null) {
    return (
      <p class="error" role="alert" data-testid="series-print-missing">
        This evidence pack is no longer available to print. Open the series in the side panel and choose Print again.
      </p>
    );
  }
  return (
    <PrintPage testId="series-print-view">
      <SectionsDocument title={pack.title} sections={seriesPackSections(pack)} headingId="series-print-title" testId="series-pack-document" />
    </PrintPage>
  );
}
