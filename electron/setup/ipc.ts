// Feature: the IPC bridge's main side. Electron's dialogs, shell, PDF printer and app metadata are
// wired around the plain handlers of ipc/handlers.ts; the guard of ipc/handle.ts checks the sender
// and validates every call.
import path from 'node:path';
import { app, dialog, ipcMain, shell, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { desktopAppInfo } from '../core/about';
import type { RecentDocument } from '../ipc/contract';
import { registerIpcHandlers } from '../ipc/handle';
import { createIpcHandlers } from '../ipc/handlers';
import { currentAppWindow, isAppWebContents } from './mainWindow';
import { renderPdf } from './pdfRenderer';

const FILTER_NAMES: Record<string, string> = {
  json: 'Scenario or experiment (JSON)',
  csv: 'CSV table',
  pdf: 'PDF document',
  html: 'Web page (HTML)',
  svg: 'SVG image',
  png: 'PNG image',
  txt: 'Text',
};

async function chooseSavePath(suggestedName: string, near?: string): Promise<string | undefined> {
  const extension = path.extname(suggestedName).slice(1).toLowerCase();
  const options: SaveDialogOptions = {
    defaultPath: near ?? path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: FILTER_NAMES[extension] ?? extension.toUpperCase(), extensions: [extension] }],
  };
  const window = currentAppWindow();
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? undefined : choice.filePath;
}

async function chooseOpenPath(): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    defaultPath: app.getPath('documents'),
    properties: ['openFile'],
    filters: [{ name: FILTER_NAMES.json, extensions: ['json'] }],
  };
  const window = currentAppWindow();
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return choice.canceled ? undefined : choice.filePaths[0];
}

export function setupIpc({ onRecentChanged }: { onRecentChanged(recent: RecentDocument[]): void }): void {
  const handlers = createIpcHandlers({
    appInfo: () => desktopAppInfo(app.getVersion(), process.versions, process.platform),
    dialogs: { chooseSavePath, chooseOpenPath },
    userDataDir: app.getPath('userData'),
    now: () => new Date(),
    renderPdf,
    // Only ever called with a link core/externalLinks.ts allowed (see ipc/handlers.ts), which is
    // what electronegativity's OPEN_EXTERNAL_JS_CHECK asks a reviewer to confirm.
    openExternal: (url) => shell.openExternal(url),
    onRecentChanged,
  });
  registerIpcHandlers(ipcMain, handlers, isAppWebContents);
}
