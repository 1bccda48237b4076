// The security decisions for every window, as data and pure functions (wired in setup/security.ts
// and setup/mainWindow.ts). The renderer is treated as untrusted: it runs sandboxed, isolated from
// preload, without Node, and can neither leave the app's origin nor open windows.
import { isAppUrl } from './appOrigin';

export function hardenedWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** In-app navigation (e.g. a reload with new query parameters) is fine; leaving the app is not. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** No permission (camera, notifications, clipboard reads, ...) is ever needed by the app. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
