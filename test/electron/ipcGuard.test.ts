// The IPC guard: the sender check (our window, our origin) and the request validation every channel
// goes through.
import { describe, expect, it, vi } from 'vitest';
import { guardedHandler, IpcRefusedError, isTrustedSender, registerIpcHandlers, type IpcHandlers } from '../../electron/ipc/handle';
import { ipcRequestSchemas } from '../../electron/ipc/contract';

const OUR_WINDOW = 7;
const isOurs = (sender: { id: number }) => sender.id === OUR_WINDOW;
const fromApp = { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://renderer/index.html?scale=0.02' } };
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
    expect(isTrustedSender({ sender: { id: OUR_WINDOW }, senderFrame: { url } }, isOurs)).toBe(trusted);
  });

  it('refuses a message whose frame is gone', () => {
    expect(isTrustedSender({ sender: { id: OUR_WINDOW }, senderFrame: null }, isOurs)).toBe(false);
  });

  it('refuses an app page in any other web contents (say, the hidden PDF window)', () => {
    expect(isTrustedSender({ sender: { id: OUR_WINDOW + 1 }, senderFrame: { url: 'app://renderer/index.html' } }, isOurs)).toBe(false);
  });
});

describe('guardedHandler', () => {
  it('passes a valid request from the app to the handler', async () => {
    const handler = vi.fn(async () => ({ status: 'cancelled' as const }));
    await expect(guardedHandler('file:save-text', handler, isOurs)(fromApp, validSave)).resolves.toEqual({ status: 'cancelled' });
    expect(handler).toHaveBeenCalledWith(validSave);
  });

  it('refuses an untrusted sender before looking at the payload', async () => {
    const handler = vi.fn();
    const call = guardedHandler('file:save-text', handler, isOurs)({ sender: { id: OUR_WINDOW }, senderFrame: { url: 'https://evil.example/' } }, validSave);
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
    const call = guardedHandler('file:save-text', handler, isOurs)(fromApp, ...(payload === undefined ? [] : [payload]));
    await expect(call).rejects.toThrow(message);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    await expect(guardedHandler('app:get-info', vi.fn(), isOurs)(fromApp, null, 'extra')).rejects.toThrow(/one argument/);
  });

  it.each([
    ['file:save-document', { path: null, suggestedName: 'tr.csv', contents: '{}' }, /suggestedName: a file name ending \.json/],
    ['report:export-pdf', { suggestedName: 'report.html', html: '<p>' }, /suggestedName: a file name ending \.pdf/],
    ['journal:write', { id: '../../x', title: 't', path: null, contents: '' }, /id: lower-case letters/],
    ['journal:discard', 'Doc 1', /request: lower-case letters/],
    ['file:open-recent', '', /request/],
    ['shell:open-external', 'http://www.gov.uk/', /request/],
    ['file:save-text', { suggestedName: 'a.png', contents: 'x', encoding: 'latin1' }, /encoding/],
  ] as const)('validates %s, naming the field', async (channel, payload, message) => {
    const handler = vi.fn();
    await expect(guardedHandler(channel, handler as never, isOurs)(fromApp, payload)).rejects.toThrow(message);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('registerIpcHandlers', () => {
  it('registers a guarded handler for every channel of the contract', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: vi.fn((channel: string, listener) => registered.set(channel, listener)) };
    const cancelled = async () => ({ status: 'cancelled' as const });
    const handlers: IpcHandlers = {
      'app:get-info': async () => ({ runtime: 'electron', appVersion: '1.2.3', engineVersion: '0.2.0', platformSummary: 'test' }),
      'file:save-text': cancelled,
      'file:open-document': cancelled,
      'file:open-recent': cancelled,
      'file:save-document': cancelled,
      'file:list-recent': async () => [],
      'journal:write': async () => ({ status: 'written' }),
      'journal:list': async () => [],
      'journal:discard': async () => ({ status: 'discarded' }),
      'report:export-pdf': cancelled,
      'shell:open-external': async () => ({ status: 'opened' }),
    };
    registerIpcHandlers(ipcMain, handlers, isOurs);
    expect([...registered.keys()].sort()).toEqual(Object.keys(ipcRequestSchemas).sort());
    await expect(registered.get('app:get-info')!(fromApp, null)).resolves.toMatchObject({ appVersion: '1.2.3' });
    for (const channel of registered.keys()) {
      await expect(registered.get(channel)!({ ...fromApp, senderFrame: null }, null)).rejects.toThrow(IpcRefusedError);
      await expect(registered.get(channel)!({ ...fromApp, sender: { id: 99 } }, null)).rejects.toThrow(IpcRefusedError);
    }
  });
});
