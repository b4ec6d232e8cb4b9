/** Saves text or a blob as a file through the browser's download of a local blob URL: nothing leaves the browser. */
export function downloadFile(fileName: string, contents: string | Blob, type: string): void {
  const url = URL.createObjectURL(contents instanceof Blob ? contents : new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Firefox cancels a download whose URL is revoked at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
