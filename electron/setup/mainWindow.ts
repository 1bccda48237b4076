// Feature: the main window and the app's lifetime (quit when the last window closes, except on
// macOS where apps stay open; re-open a window when the dock icon is clicked).
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../core/appOrigin';
import { hardenedWebPreferences } from '../core/windowPolicy';

function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    show: false,
    title: 'Probation operating-model simulator',
    webPreferences: hardenedWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

export function setupMainWindow(preloadPath: string): void {
  void app.whenReady().then(() => {
    createMainWindow(preloadPath);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath);
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
