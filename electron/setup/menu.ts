// Feature: the application menu (core/menuTemplate.ts), rebuilt whenever the recent documents
// change. Document commands go to the app's window on the one-way 'menu:command' channel; Help
// opens the model documentation that ships with the app (core/documentationPath.ts) and shows the
// About box.
import { app, dialog, Menu, shell } from 'electron';
import { aboutBoxOptions } from '../core/about';
import { isAppUrl } from '../core/appOrigin';
import { documentationPath } from '../core/documentationPath';
import { buildMenuTemplate, type MenuCallbacks } from '../core/menuTemplate';
import { createRecentDocuments } from '../core/recentDocuments';
import { MENU_CHANNEL, type RecentDocument } from '../ipc/contract';
import { currentAppWindow } from './mainWindow';

const callbacks: MenuCallbacks = {
  send(message) {
    const window = currentAppWindow();
    // Only a page of the app itself hears menu commands.
    if (window && isAppUrl(window.webContents.getURL())) window.webContents.send(MENU_CHANNEL, message);
  },
  openDocumentation() {
    // A fixed file of the app's own, opened with the OS's viewer for Markdown (or text).
    const file = documentationPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
    void shell.openPath(file).then((problem) => {
      if (problem) void dialog.showMessageBox({ type: 'info', message: 'The model documentation could not be opened', detail: `${problem}\nIt is at ${file}.` });
    });
  },
  showAbout() {
    const window = currentAppWindow();
    const options = aboutBoxOptions(app.getVersion(), process.versions);
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  },
};

function installMenu(recent: readonly RecentDocument[]): void {
  const context = { platform: process.platform, isDevelopment: !app.isPackaged, recent };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context, callbacks)));
}

/** Installs the menu once the app is ready; `showRecent` rebuilds it with a new recent list. */
export function setupMenu(): { showRecent(recent: RecentDocument[]): void } {
  const recentDocuments = createRecentDocuments({ userDataDir: app.getPath('userData'), now: () => new Date() });
  void app.whenReady().then(async () => installMenu(await recentDocuments.list()));
  return {
    showRecent: (recent) => {
      if (app.isReady()) installMenu(recent);
    },
  };
}
