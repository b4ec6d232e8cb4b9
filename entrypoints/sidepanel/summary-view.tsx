import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLiveQuery, useLiveQueryState, useThrottled } from '@/components/hooks/use-live-query';
import { SummaryDocument } from '@/components/summary-document';
import { SummaryOptionsForm } from '@/components/summary-options';
import { SummaryShare } from '@/components/summary-share';
import { formatDate } from '@/utils/core/format';
import { buildSummary, DEFAULT_SUMMARY_OPTIONS, type SummaryModel, type SummaryOptions } from '@/utils/core/summary';
import { renderSummaryHtml, renderSummaryMarkdown, renderSummaryText, summaryMailto, summarySubject } from '@/utils/core/summary-render';
import type { MeetingDb } from '@/utils/db/database';
import { getPrivacySettings, getSummaryOptions, saveSummaryOptions } from '@/utils/db/settings-repo';
import { getSavedSummary, loadSummaryInput, saveSummary } from '@/utils/db/summary-repo';
import { meetingFileName } from '@/utils/files/file-name';
import { ChatNoticeSection } from './chat-notice-section';
import { copyRichText } from './clipboard';
import { downloadFile } from '@/components/download';
import { useLanguage } from './language';

/** The summary on the clipboard, formatted for Outlook and as plain text together. */
function copySummary(shown: SummaryModel): Promise<'rich' | 'plain'> {
  return copyRichText(renderSummaryHtml(shown), renderSummaryText(shown));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The summary shown: made fresh from the meeting, or the one kept when its transcript was deleted. */
function useSummary(db: MeetingDb, meetingId: string) {
  const privacy = useLiveQuery(() => getPrivacySettings(db), []);
  const storedOptions = useLiveQuery(() => getSummaryOptions(db), []);
  const saved = useLiveQuery(() => getSavedSummary(db, meetingId).then((row) => row ?? null), [meetingId]);
  // The summary says how many suggestions are still to review, so it waits for the language tools (a tenth of a second, once).
  const language = useLanguage();
  const { value: loaded, error } = useLiveQueryState(
    () => (language ? loadSummaryInput(db, meetingId, Date.now(), language).then((input) => input ?? null) : Promise.resolve(undefined)),
    [meetingId, language],
  );
  // A live meeting changes with every caption; once a second is plenty for a preview.
  const input = useThrottled(loaded, 1000);
  const isRedactionRequired = privacy?.redactPatientDetails ?? true;
  const chosen = storedOptions ?? DEFAULT_SUMMARY_OPTIONS;
  const options: SummaryOptions = { ...chosen, redact: isRedactionRequired || chosen.redact };
  const kept = input?.transcriptDeletedAtMs && saved ? saved : null;
  const model = useMemo(
    () => (kept ? kept.model : input ? buildSummary(input, options) : null),
    [kept, input, options.includeQuotes, options.includeExcerpts, options.namesAs, options.redact],
  );
  return {
    model,
    options: kept ? kept.options : options,
    chosenOptions: chosen,
    isRedactionRequired,
    keptAtMs: kept?.savedAtMs ?? null,
    pendingSuggestions: kept ? 0 : (input?.pendingSuggestions ?? 0),
    startedAtMs: input?.meeting.startedAtMs ?? 0,
    isMissing: input === null,
    isLoading: input === undefined || privacy === undefined || storedOptions === undefined || saved === undefined,
    error,
  };
}

/**
 * The summary of one meeting: choices, a preview, and one-click sharing.
 * Every share also keeps the summary with the meeting, so it outlives the
 * transcript under the retention setting.
 */
export function SummaryView({ db, meetingId, onBack }: { db: MeetingDb; meetingId: string; onBack: () => void }) {
  const summary = useSummary(db, meetingId);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { model } = summary;
  const mailto = useMemo(() => (model ? summaryMailto(model) : null), [model]);

  const keep = (shown: SummaryModel): Promise<void> =>
    saveSummary(db, { meetingId, savedAtMs: Date.now(), options: summary.options, model: shown });

  /**
   * Runs one share action, saying what happened or why it failed. The summary
   * is kept once it has been shared, or first when the action reads it back
   * (the print view).
   */
  const share = (what: string, action: (shown: SummaryModel) => Promise<string>, keepFirst = false): void => {
    if (!model) return;
    setBusy(true);
    setStatus(null);
    setError(null);
    (keepFirst ? keep(model).then(() => action(model)) : action(model))
      .then(async (done) => {
        setStatus(done);
        if (!keepFirst) await keep(model);
      })
      .catch((failure: unknown) => setError(`${what} did not work: ${messageOf(failure)}`))
      .finally(() => setBusy(false));
  };

  if (summary.error && !model) {
    return (
      <p class="error" role="alert" data-testid="summary-read-error">
        This meeting could not be read from the browser’s storage: {summary.error.message}
      </p>
    );
  }
  if (summary.isMissing) {
    return (
      <div class="empty" data-testid="summary-missing">
        <p>This meeting is no longer stored, so there is nothing to summarise.</p>
        <button type="button" class="link" onClick={onBack}>
          ← Back
        </button>
      </div>
    );
  }
  if (summary.isLoading || !model) return <p class="empty">Loading…</p>;

  return (
    <div class="summary-view" data-testid="summary-view">
      <button type="button" class="link" onClick={onBack} data-testid="summary-back">
        ← Back to the meeting
      </button>
      <h1 class="visually-hidden">Summary to share</h1>
      {summary.keptAtMs ? (
        <p class="note" data-testid="summary-kept">
          The transcript has been deleted under your retention setting. This is the summary kept on {formatDate(summary.keptAtMs)}.
        </p>
      ) : null}
      {summary.pendingSuggestions > 0 ? (
        <p class="note" data-testid="summary-pending">
          {summary.pendingSuggestions === 1
            ? '1 suggested action or decision has not been reviewed, so it is left out. '
            : `${summary.pendingSuggestions} suggested actions or decisions have not been reviewed, so they are left out. `}
          <button type="button" class="link" onClick={onBack} data-testid="summary-review">
            Review suggestions
          </button>
        </p>
      ) : null}
      <SummaryOptionsForm
        options={summary.options}
        isRedactionRequired={summary.isRedactionRequired}
        isLocked={summary.keptAtMs !== null}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        onChange={(next) => {
          saveSummaryOptions(db, { ...next, redact: summary.isRedactionRequired ? summary.chosenOptions.redact : next.redact }).catch((failure: unknown) =>
            setError(`That choice could not be saved: ${messageOf(failure)}`),
          );
        }}
      />
      <SummaryShare
        mailto={mailto}
        busy={busy}
        status={status}
        error={error}
        onCopy={() =>
          share('Copying', async (shown) =>
            (await copySummary(shown)) === 'rich'
              ? 'Copied. Paste it into an email or a document: headings and tables are kept.'
              : 'Copied as plain text. Paste it into an email or a document.',
          )
        }
        onEmail={() =>
          mailto
            ? share('Email', async () => 'Your email app should open with the summary. If it does not, use Copy summary.')
            : share('Email', async (shown) => {
                await copySummary(shown);
                // Too long for a mail link: open a new email with the subject and let the user paste.
                window.open(`mailto:?subject=${encodeURIComponent(summarySubject(shown))}`, '_blank');
                return 'The summary is too long for an email link, so it has been copied. Paste it into the new email.';
              })
        }
        onPrint={() =>
          share(
            'Printing',
            async () => {
              const url = `${browser.runtime.getURL('/sidepanel.html')}?print=${encodeURIComponent(meetingId)}`;
              await browser.tabs.create({ url });
              return 'The print view opened in a new tab. Choose “Save as PDF” as the printer to make a PDF.';
            },
            // The print view shows the kept summary, so it is kept before the tab opens.
            true,
          )
        }
        onWord={() =>
          share('The Word document', async (shown) => {
            // Loaded only now: nobody pays for the Word writer until they ask for it.
            const { renderSummaryDocx } = await import('@/utils/files/summary-docx');
            const fileName = meetingFileName('summary', shown.title, summary.startedAtMs, 'docx');
            downloadFile(fileName, await renderSummaryDocx(shown), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
            return `Saved ${fileName} to your downloads.`;
          })
        }
        onMarkdown={() =>
          share('The Markdown file', async (shown) => {
            const fileName = meetingFileName('summary', shown.title, summary.startedAtMs, 'md');
            downloadFile(fileName, renderSummaryMarkdown(shown), 'text/markdown;charset=utf-8');
            return `Saved ${fileName} to your downloads.`;
          })
        }
      />
      <SummaryDocument model={model} headingId="summary-title" />
      <ChatNoticeSection />
    </div>
  );
}
