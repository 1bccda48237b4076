// Saving in a plain browser means offering a download: the browser decides where it goes (usually
// the Downloads folder), so a save there can never overwrite anything silently.

const MIME_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  html: 'text/html;charset=utf-8',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
};

export function mimeTypeForName(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/** Binary exports (PNG) cross the bridge as base64 text; an invalid string is an error, not garbage. */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw new Error('The export could not be saved: its contents are not valid base64.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function offerDownload(doc: Document, fileName: string, contents: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([contents], { type: mimeTypeForName(fileName) }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and still needs the URL.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
