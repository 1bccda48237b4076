// Preload against a stand-in for electron: it exposes exactly DesktopApi's named functions, each
// invoking its own channel, and the menu subscription listens on MENU_CHANNEL without ever handing
// the page an IPC event (whose sender would be ipcRenderer itself).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcRequestSchemas, MENU_CHANNEL, type DesktopApi } from '../../electron/ipc/contract';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, request: unknown) => ({ channel, request })),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => {
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
    ipcRenderer: { invoke: fake.invoke, on: fake.on, removeListener: fake.removeListener },
  };
  return { ...electron, default: electron };
});

let api: DesktopApi;
beforeAll(async () => {
  await import('../../electron/preload');
  api = fake.exposed.get('probationSimDesktop') as DesktopApi;
});

describe('electron/preload.ts', () => {
  it('exposes one object, with exactly the functions of DesktopApi', () => {
    expect([...fake.exposed.keys()]).toEqual(['probationSimDesktop']);
    expect(Object.keys(api).sort()).toEqual(
      [
        'discardJournal',
        'exportPdf',
        'getAppInfo',
        'listJournal',
        'listRecent',
        'onMenuCommand',
        'openDocument',
        'openExternal',
        'openRecent',
        'saveDocument',
        'saveTextFile',
        'writeJournal',
      ].sort(),
    );
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invokes each channel of the contract with its one argument', async () => {
    const save = { path: null, suggestedName: 'tr.json', contents: '{}' };
    const journal = { id: 'doc-1', title: 't', path: null, contents: '{}' };
    const calls: [Promise<unknown>, string, unknown][] = [
      [api.getAppInfo(), 'app:get-info', null],
      [api.saveTextFile({ suggestedName: 'a.csv', contents: 'x' }), 'file:save-text', { suggestedName: 'a.csv', contents: 'x' }],
      [api.openDocument(), 'file:open-document', null],
      [api.openRecent('/home/ann/tr.json'), 'file:open-recent', '/home/ann/tr.json'],
      [api.saveDocument(save), 'file:save-document', save],
      [api.listRecent(), 'file:list-recent', null],
      [api.writeJournal(journal), 'journal:write', journal],
      [api.listJournal(), 'journal:list', null],
      [api.discardJournal('doc-1'), 'journal:discard', 'doc-1'],
      [api.exportPdf({ suggestedName: 'r.pdf', html: '<p>' }), 'report:export-pdf', { suggestedName: 'r.pdf', html: '<p>' }],
      [api.openExternal('https://www.gov.uk/government/publications/x'), 'shell:open-external', 'https://www.gov.uk/government/publications/x'],
    ];
    for (const [call, channel, request] of calls) await expect(call).resolves.toEqual({ channel, request });
    expect(new Set(calls.map(([, channel]) => channel))).toEqual(new Set(Object.keys(ipcRequestSchemas)));
  });

  it('subscribes to menu commands on MENU_CHANNEL, passing the message only, and unsubscribes', () => {
    const handler = vi.fn();
    const unsubscribe = api.onMenuCommand(handler);
    const [channel, listener] = fake.on.mock.calls[0];
    expect(channel).toBe(MENU_CHANNEL);
    listener({ sender: 'ipcRenderer itself' }, { command: 'open-recent', path: '/home/ann/tr.json' });
    expect(handler).toHaveBeenCalledWith({ command: 'open-recent', path: '/home/ann/tr.json' });
    expect(handler.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(fake.removeListener).toHaveBeenCalledWith(MENU_CHANNEL, listener);
  });
});
