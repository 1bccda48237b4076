// Feature: the main window and the app's lifetime (quit when the last window closes, except on
// macOS where apps stay open; re-open a window when the dock icon is clicked). The windows created
// here are the only ones IPC answers and the menu talks to.
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../core/appOrigin';

const appWindows = new Set<BrowserWindow>();

function createMainWindow(preloadPath: string): BrowserWindow {
  // The renderer is untrusted: sandboxed, isolated from preload, no Node anywhere, no webviews.
  // Written out here as a literal so that reviewers and electronegativity see every setting.
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    show: false,
    title: 'Probation operating-model simulator',
    webPreferences: {
      // electronegativity's PRELOAD_JS_CHECK asks for a review of every preload: electron/preload.ts
      // exposes DesktopApi's named functions only, never ipcRenderer or an IPC event.
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // No disableBlinkFeatures: 'Auxclick' (which electronegativity's AUXCLICK_JS_CHECK asks for):
      // Chromium has no runtime feature of that name any more, so it would change nothing. A
      // middle-click on a link asks for a new window, and security.ts refuses every new window.
    },
  });
  appWindows.add(window);
  window.on('closed', () => appWindows.delete(window));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** True for the web contents of one of the app's own windows (the IPC sender check). */
export function isAppWebContents(sender: { id: number }): boolean {
  for (const window of appWindows) {
    if (!window.isDestroyed() && window.webContents.id === sender.id) return true;
  }
  return false;
}

/** The window menu commands go to: the focused app window, else any. */
export function currentAppWindow(): BrowserWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  if (focused && appWindows.has(focused)) return focused;
  return [...appWindows].find((window) => !window.isDestroyed());
}

export function setupMainWindow(preloadPath: string): void {
  void app.whenReady().then(() => {
    createMainWindow(preloadPath);
    app.on('activate', () => {
      if (appWindows.size === 0) createMainWindow(preloadPath);
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
