// Electron's main process wired against a stand-in for the electron module (its binary is not
// needed): the scheme is privileged, renderers sandboxed, the window hardened, IPC guarded (our
// window, our origin), navigation and new windows denied (allow-listed links go to the browser),
// permissions refused in every session, the menu installed and talking to the window, and the app
// quits when its last window closes.
import type { MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcRequestSchemas, MENU_CHANNEL } from '../../electron/ipc/contract';
import { ENGINE_V8_FLAGS } from '../../experiments/v8Tuning';

type Listener = (...args: any[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners: Record<string, Listener[]> = {};
  const windows: any[] = [];
  const session = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  });
  return {
    appListeners,
    windows,
    newSession: session,
    app: {
      on: vi.fn((event: string, listener: Listener) => void (appListeners[event] ??= []).push(listener)),
      whenReady: vi.fn(() => Promise.resolve()),
      isReady: () => true,
      isPackaged: true,
      enableSandbox: vi.fn(),
      commandLine: { appendSwitch: vi.fn() },
      getVersion: () => '0.1.0',
      getPath: (name: string) => `/tmp/probation-sim-main-test/${name}`,
      quit: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    session: { defaultSession: session(), fromPartition: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    shell: { openExternal: vi.fn(async () => undefined) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  };
});

vi.mock('electron', () => {
  let nextId = 1;
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    static getFocusedWindow = () => fake.windows[0] ?? null;
    options: unknown;
    webContents = { id: nextId++, getURL: () => 'app://renderer/index.html', send: vi.fn() };
    loadURL = vi.fn(() => Promise.resolve());
    on = vi.fn();
    once = vi.fn();
    show = vi.fn();
    isDestroyed = () => false;
    constructor(options: unknown) {
      this.options = options;
      fake.windows.push(this);
    }
  }
  const electron = { ...fake, BrowserWindow };
  return { ...electron, default: electron };
});

const emit = (event: string, ...args: unknown[]) => fake.appListeners[event]?.forEach((listener) => listener(...args));

beforeAll(async () => {
  await import('../../electron/main');
  // Let the whenReady() callbacks run; the menu comes last, after reading the recent list from disk.
  await vi.waitFor(() => expect(fake.Menu.setApplicationMenu).toHaveBeenCalled(), { timeout: 10_000 });
});

/** A web contents as the app:// handlers see it, recording its listeners. */
function fakeContents() {
  const listeners: Record<string, Listener> = {};
  let windowOpenHandler: Listener = () => undefined;
  const contents = {
    on: (event: string, listener: Listener) => void (listeners[event] = listener),
    setWindowOpenHandler: (handler: Listener) => void (windowOpenHandler = handler),
  };
  emit('web-contents-created', {}, contents);
  const prevented = (event: string, details: Record<string, unknown>) => {
    const withPrevent = { ...details, preventDefault: vi.fn() };
    listeners[event](withPrevent);
    return withPrevent.preventDefault.mock.calls.length > 0;
  };
  return { listeners, prevented, openWindow: (url: string) => windowOpenHandler({ url }) };
}

describe('electron/main.ts', () => {
  it('registers app:// as a standard, secure scheme and serves it', () => {
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('starts every renderer, where the engine runs in workers, with the engine’s V8 flags', () => {
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('js-flags', ENGINE_V8_FLAGS.join(' '));
  });

  it('sandboxes every renderer', () => {
    expect(fake.app.enableSandbox).toHaveBeenCalled();
  });

  it('opens one hardened window on the app origin', () => {
    expect(fake.windows).toHaveLength(1);
    const { webPreferences } = fake.windows[0].options;
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(fake.windows[0].loadURL).toHaveBeenCalledWith('app://renderer/index.html');
  });

  it('guards every IPC channel: only our window, only on the app origin', async () => {
    const channels = new Map(fake.ipcMain.handle.mock.calls.map(([channel, listener]) => [channel, listener as Listener]));
    expect([...channels.keys()].sort()).toEqual(Object.keys(ipcRequestSchemas).sort());
    const getInfo = channels.get('app:get-info')!;
    const ours = fake.windows[0].webContents;
    await expect(getInfo({ sender: ours, senderFrame: { url: 'app://renderer/index.html' } }, null)).resolves.toMatchObject({
      runtime: 'electron',
      appVersion: '0.1.0',
      engineVersion: expect.any(String),
    });
    await expect(getInfo({ sender: ours, senderFrame: { url: 'https://evil.example/' } }, null)).rejects.toThrow(/Refused/);
    await expect(getInfo({ sender: { id: 999 }, senderFrame: { url: 'app://renderer/index.html' } }, null)).rejects.toThrow(/Refused/);
  });

  it('keeps every web contents on the app origin and opens no windows', () => {
    const { prevented, openWindow } = fakeContents();
    expect(prevented('will-navigate', { url: 'https://evil.example/' })).toBe(true);
    expect(prevented('will-navigate', { url: 'file:///etc/passwd' })).toBe(true);
    expect(prevented('will-navigate', { url: 'app://renderer/index.html?scale=0.1' })).toBe(false);
    expect(prevented('will-redirect', { url: 'https://evil.example/' })).toBe(true);
    expect(prevented('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false })).toBe(true);
    expect(prevented('will-attach-webview', {})).toBe(true);
    expect(openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('sends an allow-listed link to the browser, in place of navigating or opening a window', () => {
    const { prevented, openWindow } = fakeContents();
    const link = 'https://www.gov.uk/government/publications/probation-reform';
    expect(prevented('will-navigate', { url: link })).toBe(true);
    expect(openWindow(link)).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal.mock.calls).toEqual([[link], [link]]);
  });

  it('refuses every permission, in the default session and in any session created later', () => {
    const [handler] = fake.session.defaultSession.setPermissionRequestHandler.mock.calls[0];
    const callback = vi.fn();
    handler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const later = fake.newSession();
    emit('session-created', later);
    const [check] = later.setPermissionCheckHandler.mock.calls[0];
    expect(check({}, 'clipboard-read')).toBe(false);
    const [device] = later.setDevicePermissionHandler.mock.calls[0];
    expect(device({})).toBe(false);
  });

  it('installs the menu, whose commands reach the window on the menu channel', () => {
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    const file = template.find((m) => m.label === '&File')!.submenu as MenuItemConstructorOptions[];
    (file.find((i) => i.label === 'Save')!.click as () => void)();
    expect(fake.windows[0].webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, { command: 'save' });
    const view = template.find((m) => m.label === '&View')!.submenu as MenuItemConstructorOptions[];
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false); // packaged: no developer tools
  });

  it('shows the About box from Help', () => {
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
    const help = template.find((m) => m.label === '&Help')!.submenu as MenuItemConstructorOptions[];
    (help.find((i) => i.label?.startsWith('About'))!.click as () => void)();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(fake.windows[0], expect.objectContaining({ detail: expect.stringMatching(/^Engine /) }));
  });

  it('quits when the last window closes (except on macOS)', () => {
    emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
