import { browser } from 'wxt/browser';
import { downloadFile } from '@/components/download';
import type { PageReportResult } from '@/components/page-report-button';
import { buildPageReport, describeBrowser } from '@/utils/core/page-report';
import { pageReportFileName } from '@/utils/files/file-name';

const COLLECTOR = '/page-report.js';

/**
 * Runs the page report's collector in the meeting tab and returns its answer.
 *
 * Chrome: `scripting`, on the four meeting hosts it already has. Firefox
 * (MV2): `tabs.executeScript`, which needs the same four hosts in the
 * manifest's permissions. Either way the browser refuses any other page.
 */
async function runCollector(tabId: number): Promise<unknown> {
  if (import.meta.env.FIREFOX) {
    const results = await browser.tabs.executeScript(tabId, { file: COLLECTOR });
    return results?.[0];
  }
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [COLLECTOR] });
  return first?.result;
}

/**
 * Describes the meeting page in tab `tabId` and saves the description as a
 * file (a local blob download: nothing is sent anywhere). What fails is said
 * in words a user can act on.
 */
export async function savePageReport(tabId: number | null): Promise<PageReportResult> {
  if (tabId === null) {
    return { ok: false, message: 'There is no meeting tab to describe. Open the Google Meet or Teams call in this window, then try again.' };
  }
  let structure: unknown;
  try {
    structure = await runCollector(tabId);
  } catch {
    return {
      ok: false,
      message:
        'The browser did not let the extension look at this tab. Make sure the tab beside the panel is the Google Meet or Teams call (not a new tab or another site), then try again.',
    };
  }
  if (structure === null || structure === undefined) {
    return { ok: false, message: 'This tab is not a Google Meet or Teams page, so there is nothing to describe. Switch to the call’s tab and try again.' };
  }
  try {
    const nowMs = Date.now();
    const report = buildPageReport(structure, {
      extensionVersion: browser.runtime.getManifest().version,
      browser: describeBrowser(navigator.userAgent),
      nowMs,
    });
    const fileName = pageReportFileName(report.platform, nowMs);
    downloadFile(fileName, `${JSON.stringify(report, null, 1)}\n`, 'application/json');
    return { ok: true, fileName };
  } catch {
    // The schema refused the answer (or the download failed): nothing is saved rather than something unchecked.
    return { ok: false, message: 'The page could not be described safely, so nothing was saved. Reload the meeting page and try again.' };
  }
}
