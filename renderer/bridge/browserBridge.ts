// The bridge in a plain browser: files are offered as downloads; app information comes from the
// build and the user agent. Used by the end-to-end tests and wherever Electron is unavailable.
import type { Bridge } from './bridge';

function download(fileName: string, contents: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and still needs the URL.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const MIME_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
};

export function createBrowserBridge(): Bridge {
  return {
    runtime: 'browser',
    getAppInfo: async () => ({
      runtime: 'browser',
      appVersion: __APP_VERSION__,
      platformSummary: `browser (${navigator.userAgent.match(/(Chrome|Firefox|Safari)\/[\d.]+/)?.[0] ?? 'unknown'})`,
    }),
    saveTextFile: async ({ suggestedName, contents }) => {
      const extension = suggestedName.split('.').pop() ?? 'txt';
      download(suggestedName, contents, MIME_BY_EXTENSION[extension] ?? 'text/plain;charset=utf-8');
      return { status: 'saved', location: 'your downloads folder' };
    },
  };
}
