// Electron's main process wired against a stand-in for the electron module (its binary is not
// needed): the scheme is privileged, the window hardened, IPC guarded, navigation and new windows
// denied, permissions refused, and the app quits when its last window closes.
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners: Record<string, Listener[]> = {};
  const windows: { options: any; loadURL: ReturnType<typeof vi.fn> }[] = [];
  return {
    appListeners,
    windows,
    app: {
      on: vi.fn((event: string, listener: Listener) => void (appListeners[event] ??= []).push(listener)),
      whenReady: vi.fn(() => Promise.resolve()),
      getVersion: () => '0.1.0',
      getPath: () => '/home/user/Documents',
      quit: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    dialog: { showSaveDialog: vi.fn() },
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    static getFocusedWindow = () => null;
    options: unknown;
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    show = vi.fn();
    constructor(options: unknown) {
      this.options = options;
      fake.windows.push(this as never);
    }
  }
  const electron = { ...fake, BrowserWindow };
  return { ...electron, default: electron };
});

const emit = (event: string, ...args: unknown[]) => fake.appListeners[event]?.forEach((listener) => listener(...args));

beforeAll(async () => {
  await import('../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the whenReady() callbacks run
});

describe('electron/main.ts', () => {
  it('registers app:// as a standard, secure scheme and serves it', () => {
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('opens one hardened window on the app origin', () => {
    expect(fake.windows).toHaveLength(1);
    const { webPreferences } = fake.windows[0].options;
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(fake.windows[0].loadURL).toHaveBeenCalledWith('app://renderer/index.html');
  });

  it('guards every IPC channel with the sender check', async () => {
    const channels = new Map(fake.ipcMain.handle.mock.calls.map(([channel, listener]) => [channel, listener]));
    expect([...channels.keys()].sort()).toEqual(['app:get-info', 'file:save-text']);
    const getInfo = channels.get('app:get-info') as Listener;
    await expect(getInfo({ senderFrame: { url: 'app://renderer/index.html' } }, null)).resolves.toMatchObject({ runtime: 'electron' });
    await expect(getInfo({ senderFrame: { url: 'https://evil.example/' } }, null)).rejects.toThrow(/Refused/);
  });

  it('keeps every web contents on the app origin and opens no windows', () => {
    const listeners: Record<string, Listener> = {};
    let windowOpenHandler: Listener = () => undefined;
    const contents = {
      on: (event: string, listener: Listener) => void (listeners[event] = listener),
      setWindowOpenHandler: (handler: Listener) => void (windowOpenHandler = handler),
    };
    emit('web-contents-created', {}, contents);

    const navigate = (url: string) => {
      const details = { url, preventDefault: vi.fn() };
      listeners['will-navigate'](details);
      return details.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://renderer/index.html?scale=0.1')).toBe(false);
    expect(windowOpenHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    listeners['will-attach-webview'](attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('refuses every permission request', () => {
    const [handler] = fake.session.defaultSession.setPermissionRequestHandler.mock.calls[0];
    const callback = vi.fn();
    handler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('quits when the last window closes (except on macOS)', () => {
    emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
