import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Once the document to print is there: names the page after it (the PDF's
 * default file name) and opens the print dialogue after the first paint, so
 * the preview has the content. `title` is null while it loads.
 */
export function usePrintWhenReady(title: string | null, readyKey: unknown): void {
  useEffect(() => {
    if (title === null) return;
    document.title = title;
    const timer = setTimeout(() => window.print(), 100);
    return () => clearTimeout(timer);
  }, [readyKey]);
}

/** A document alone on a page, for printing or saving as PDF, with its own Print button that is not printed. */
export function PrintPage(props: { testId: string; children: ComponentChildren }) {
  return (
    <main class="print-page" data-testid={props.testId}>
      <div class="actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      {props.children}
    </main>
  );
}
