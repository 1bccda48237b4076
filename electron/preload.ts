// Preload: exposes the named functions of DesktopApi to the renderer, never ipcRenderer itself, and
// never an IPC event (whose `sender` would hand the page ipcRenderer after all).
// It runs sandboxed, so it is bundled into one CommonJS file that requires nothing but 'electron';
// the contract is imported for its types only (no zod in here), which is why the menu channel's
// name is written out below (test/electron/preload.test.ts checks it equals MENU_CHANNEL).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopApi, DesktopApiKey, IpcChannel, IpcRequest, IpcResponse, MenuMessage } from './ipc/contract';

const MENU_CHANNEL = 'menu:command' as const;

function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResponse<C>>;
}

const api: DesktopApi = {
  getAppInfo: () => invoke('app:get-info', null),
  saveTextFile: (request) => invoke('file:save-text', request),
  openDocument: () => invoke('file:open-document', null),
  openRecent: (path) => invoke('file:open-recent', path),
  saveDocument: (request) => invoke('file:save-document', request),
  listRecent: () => invoke('file:list-recent', null),
  writeJournal: (request) => invoke('journal:write', request),
  listJournal: () => invoke('journal:list', null),
  discardJournal: (id) => invoke('journal:discard', id),
  exportPdf: (request) => invoke('report:export-pdf', request),
  openExternal: (url) => invoke('shell:open-external', url),
  onMenuCommand: (handler) => {
    const listener = (_event: IpcRendererEvent, message: MenuMessage) => handler(message);
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  },
};

const key: DesktopApiKey = 'probationSimDesktop';
contextBridge.exposeInMainWorld(key, api);
