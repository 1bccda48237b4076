// Feature: the IPC bridge's main side. Electron's dialog and app metadata are wired around the
// plain handlers of ipc/handlers.ts; the guard of ipc/handle.ts checks and validates every call.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { writeFileAtomic } from '../core/atomicWrite';
import { registerIpcHandlers } from '../ipc/handle';
import { createIpcHandlers } from '../ipc/handlers';

async function chooseSavePath(suggestedName: string): Promise<string | undefined> {
  const extension = path.extname(suggestedName).slice(1);
  const options = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
  };
  const window = BrowserWindow.getFocusedWindow();
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled ? undefined : choice.filePath;
}

export function setupIpc(): void {
  const handlers = createIpcHandlers({
    appInfo: () => ({
      runtime: 'electron',
      appVersion: app.getVersion(),
      platformSummary: `Electron ${process.versions.electron} (Chrome ${process.versions.chrome}) on ${process.platform}`,
    }),
    chooseSavePath,
    writeTextFile: writeFileAtomic,
  });
  registerIpcHandlers(ipcMain, handlers);
}
