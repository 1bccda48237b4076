// The renderer's only way out of the page: in the desktop app, the named functions preload exposes
// (electron/preload.ts); in a plain browser, browserBridge.ts does the same jobs with browser
// means (downloads instead of save dialogs). The UI never knows which one it has.
import type { DesktopApi, DesktopApiKey } from '../../electron/ipc/contract';
import { createBrowserBridge } from './browserBridge';

export type { AppInfo, SaveTextRequest, SaveTextResult } from '../../electron/ipc/contract';

export interface Bridge extends DesktopApi {
  readonly runtime: 'electron' | 'browser';
}

export function getBridge(): Bridge {
  const key: DesktopApiKey = 'probationSimDesktop';
  const desktop = (window as unknown as Partial<Record<DesktopApiKey, DesktopApi>>)[key];
  if (!desktop) return createBrowserBridge();
  return {
    runtime: 'electron',
    getAppInfo: () => desktop.getAppInfo(),
    saveTextFile: (request) => desktop.saveTextFile(request),
  };
}
