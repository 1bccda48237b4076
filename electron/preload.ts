// Preload: exposes a few named functions to the renderer, never ipcRenderer itself.
// It runs sandboxed, so it is bundled into one CommonJS file that requires nothing but
// 'electron'; the contract is imported for its types only (no zod in here).
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi, DesktopApiKey, IpcChannel, IpcRequest, IpcResponse } from './ipc/contract';

function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResponse<C>>;
}

const api: DesktopApi = {
  getAppInfo: () => invoke('app:get-info', null),
  saveTextFile: (request) => invoke('file:save-text', request),
};

const key: DesktopApiKey = 'probationSimDesktop';
contextBridge.exposeInMainWorld(key, api);
