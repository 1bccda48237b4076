// The bridge in a plain browser (`npm run web`, the end-to-end tests, wherever the desktop app is
// not available): the same DesktopApi with browser means. Saves are downloads, opening is a file
// input, the recovery journal lives in localStorage; the recent list and PDF printing are desktop
// features, and say so.
import { checkExternalLink } from '../../electron/core/externalLinks';
// The engine's version string only (one constant, none of the engine's code): getAppInfo must name
// it in the browser too, and the desktop side (electron/core/about.ts) reads the same constant.
import { ENGINE_VERSION } from '../engine';
import type { Bridge } from './bridgeTypes';
import { createBrowserJournal } from './browserJournal';
import { bytesFromBase64, offerDownload } from './download';
import { pickFile, readPickedDocument } from './filePicker';

/**
 * The app's version, inlined by the build (vite.config.ts `define`; also declared in env.d.ts).
 * Declared again here so that the Node-side type check of the tests, which import this file but
 * not env.d.ts, knows it too.
 */
declare const __APP_VERSION__: string;

export const PDF_NEEDS_DESKTOP = 'PDF export needs the desktop app; export the HTML report and print it from your browser';
export const RECENT_NEEDS_DESKTOP = 'Recent files are a desktop feature: in the browser, open the file again with Open….';

export function createBrowserBridge(): Bridge {
  const journal = createBrowserJournal(() => window.localStorage, () => new Date());
  return {
    runtime: 'browser',
    getAppInfo: async () => ({
      runtime: 'browser',
      appVersion: __APP_VERSION__,
      engineVersion: ENGINE_VERSION,
      platformSummary: `browser (${navigator.userAgent.match(/(Chrome|Firefox|Safari)\/[\d.]+/)?.[0] ?? 'unknown'})`,
    }),
    saveTextFile: async ({ suggestedName, contents, encoding }) => {
      offerDownload(document, suggestedName, encoding === 'base64' ? bytesFromBase64(contents) : contents);
      return { status: 'saved', location: 'your downloads folder' };
    },
    openDocument: async () => {
      const file = await pickFile(document);
      return file ? readPickedDocument(file) : { status: 'cancelled' };
    },
    openRecent: async () => ({ status: 'failed', message: RECENT_NEEDS_DESKTOP }),
    saveDocument: async ({ suggestedName, contents }) => {
      offerDownload(document, suggestedName, contents);
      return { status: 'saved', path: `download:${suggestedName}`, name: suggestedName };
    },
    listRecent: async () => [],
    writeJournal: (request) => journal.write(request),
    listJournal: () => journal.list(),
    discardJournal: (id) => journal.discard(id),
    exportPdf: async () => {
      throw new Error(PDF_NEEDS_DESKTOP);
    },
    openExternal: async (url) => {
      const verdict = checkExternalLink(url);
      if (!verdict.allowed) return { status: 'refused', reason: verdict.reason };
      // With noopener, window.open returns null whether or not a tab opened, so there is nothing to check.
      window.open(verdict.url, '_blank', 'noopener,noreferrer');
      return { status: 'opened' };
    },
    // Keyboard shortcuts in the browser are the renderer's own; there is no menu to hear from.
    onMenuCommand: () => () => undefined,
  };
}
