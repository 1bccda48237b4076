// The IPC guard: the sender check and request validation every channel goes through.
import { describe, expect, it, vi } from 'vitest';
import { guardedHandler, IpcRefusedError, isTrustedSender, registerIpcHandlers, type IpcHandlers } from '../../electron/ipc/handle';
import { ipcRequestSchemas } from '../../electron/ipc/contract';

const fromApp = { senderFrame: { url: 'app://renderer/index.html?scale=0.02' } };
const validSave = { suggestedName: 'as-happened.csv', contents: 'week,value\n' };

describe('isTrustedSender', () => {
  it.each([
    ['the app page', 'app://renderer/index.html', true],
    ['the app page with a hash', 'app://renderer/#/compare', true],
    ['another app host', 'app://elsewhere/index.html', false],
    ['a web page', 'https://example.org/', false],
    ['a local file', 'file:///home/user/index.html', false],
    ['the dev server', 'http://127.0.0.1:5173/', false],
    ['an unparseable url', 'not a url', false],
  ])('%s → %s', (_label, url, trusted) => {
    expect(isTrustedSender({ senderFrame: { url } })).toBe(trusted);
  });

  it('refuses a message whose frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});

describe('guardedHandler', () => {
  it('passes a valid request from the app to the handler', async () => {
    const handler = vi.fn(async () => ({ status: 'cancelled' as const }));
    await expect(guardedHandler('file:save-text', handler)(fromApp, validSave)).resolves.toEqual({ status: 'cancelled' });
    expect(handler).toHaveBeenCalledWith(validSave);
  });

  it('refuses an untrusted sender before looking at the payload', async () => {
    const handler = vi.fn();
    const call = guardedHandler('file:save-text', handler)({ senderFrame: { url: 'https://evil.example/' } }, validSave);
    await expect(call).rejects.toThrow(IpcRefusedError);
    await expect(call).rejects.toThrow(/did not come from the app's own page/);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a path instead of a file name', { ...validSave, suggestedName: '../../.bashrc' }, /suggestedName/],
    ['an unknown extension', { ...validSave, suggestedName: 'run.exe' }, /suggestedName/],
    ['an unexpected key', { ...validSave, overwrite: true }, /overwrite|Unrecognized/i],
    ['contents that are not text', { ...validSave, contents: 42 }, /contents/],
    ['no payload at all', undefined, /request/],
  ])('refuses %s, naming the field', async (_label, payload, message) => {
    const handler = vi.fn();
    const call = guardedHandler('file:save-text', handler)(fromApp, ...(payload === undefined ? [] : [payload]));
    await expect(call).rejects.toThrow(message);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    await expect(guardedHandler('app:get-info', vi.fn())(fromApp, null, 'extra')).rejects.toThrow(/one argument/);
  });
});

describe('registerIpcHandlers', () => {
  it('registers a guarded handler for every channel of the contract', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: vi.fn((channel: string, listener) => registered.set(channel, listener)) };
    const handlers: IpcHandlers = {
      'app:get-info': async () => ({ runtime: 'electron', appVersion: '1.2.3', platformSummary: 'test' }),
      'file:save-text': async () => ({ status: 'cancelled' }),
    };
    registerIpcHandlers(ipcMain, handlers);
    expect([...registered.keys()].sort()).toEqual(Object.keys(ipcRequestSchemas).sort());
    await expect(registered.get('app:get-info')!(fromApp, null)).resolves.toMatchObject({ appVersion: '1.2.3' });
    await expect(registered.get('app:get-info')!({ senderFrame: null }, null)).rejects.toThrow(IpcRefusedError);
  });
});
