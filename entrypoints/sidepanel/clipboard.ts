/**
 * Copies rich text and plain text together, so a paste into Outlook or Word
 * keeps headings and tables while a paste into a chat or plain editor gets
 * clean text. Where the browser cannot write HTML, plain text is copied.
 */
export async function copyRichText(html: string, text: string): Promise<'rich' | 'plain'> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Some browsers refuse HTML on the clipboard; plain text still serves.
    }
  }
  await navigator.clipboard.writeText(text);
  return 'plain';
}

/** Copies plain text. */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}
