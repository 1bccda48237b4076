// The renderer's only way out of the page: in the desktop app, the named functions preload exposes
// (electron/preload.ts); in a plain browser, browserBridge.ts does the same jobs with browser
// means (downloads instead of save dialogs, a file input instead of an open dialog). The UI never
// knows which one it has, except through `runtime`.
import type { DesktopApi, DesktopApiKey } from '../../electron/ipc/contract';
import { createBrowserBridge } from './browserBridge';

export type * from './bridgeTypes';
import type { Bridge } from './bridgeTypes';

/** The desktop API as a Bridge: each function called on the exposed object, never detached from it. */
export function wrapDesktopApi(desktop: DesktopApi): Bridge {
  return {
    runtime: 'electron',
    getAppInfo: () => desktop.getAppInfo(),
    saveTextFile: (request) => desktop.saveTextFile(request),
    openDocument: () => desktop.openDocument(),
    openRecent: (path) => desktop.openRecent(path),
    saveDocument: (request) => desktop.saveDocument(request),
    listRecent: () => desktop.listRecent(),
    writeJournal: (request) => desktop.writeJournal(request),
    listJournal: () => desktop.listJournal(),
    discardJournal: (id) => desktop.discardJournal(id),
    exportPdf: (request) => desktop.exportPdf(request),
    openExternal: (url) => desktop.openExternal(url),
    onMenuCommand: (handler) => desktop.onMenuCommand(handler),
  };
}

export function getBridge(): Bridge {
  const key: DesktopApiKey = 'probationSimDesktop';
  const desktop = (window as unknown as Partial<Record<DesktopApiKey, DesktopApi>>)[key];
  return desktop ? wrapDesktopApi(desktop) : createBrowserBridge();
}
