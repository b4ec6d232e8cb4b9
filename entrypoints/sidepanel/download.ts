/** Saves text as a file through the browser's download of a local blob: no network involved. */
export function downloadFile(fileName: string, contents: string | Blob, type: string): void {
  const url = URL.createObjectURL(contents instanceof Blob ? contents : new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
