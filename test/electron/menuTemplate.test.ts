// The application menu built from callbacks: the usual shortcuts, document commands sent to the
// renderer, the recent list, the About box and the documentation link.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutBoxOptions, desktopAppInfo, PRODUCT_NAME } from '../../electron/core/about';
import { buildMenuTemplate, type MenuContext } from '../../electron/core/menuTemplate';
import { MENU_COMMANDS } from '../../electron/ipc/contract';
import { ENGINE_VERSION } from '../../model/version';

type Item = MenuItemConstructorOptions;

function setup(context: Partial<MenuContext> = {}) {
  const callbacks = { send: vi.fn(), openDocumentation: vi.fn(), showAbout: vi.fn() };
  const template = buildMenuTemplate({ platform: 'linux', isDevelopment: false, recent: [], ...context }, callbacks);
  const menu = (label: string) => template.find((m) => m.label?.replace('&', '') === label || m.role === label)!;
  const items = (label: string) => menu(label).submenu as Item[];
  const item = (menuLabel: string, label: string) => items(menuLabel).find((i) => i.label === label && i.visible !== false)!;
  const click = (i: Item) => (i.click as () => void)();
  return { template, callbacks, menu, items, item, click };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(setup().template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it.each([
    ['File', 'New', 'CmdOrCtrl+N', 'new'],
    ['File', 'Open…', 'CmdOrCtrl+O', 'open'],
    ['File', 'Save', 'CmdOrCtrl+S', 'save'],
    ['File', 'Save As…', 'CmdOrCtrl+Shift+S', 'save-as'],
    ['File', 'Export report…', 'CmdOrCtrl+E', 'export-report'],
    ['Edit', 'Undo', 'CmdOrCtrl+Z', 'undo'],
    ['Edit', 'Redo', 'CmdOrCtrl+Shift+Z', 'redo'],
  ])('%s → %s (%s) sends "%s" to the renderer', (menuLabel, label, accelerator, command) => {
    const { item, click, callbacks } = setup();
    const entry = item(menuLabel, label);
    expect(entry.accelerator).toBe(accelerator);
    click(entry);
    expect(callbacks.send).toHaveBeenCalledWith({ command });
    expect(MENU_COMMANDS).toContain(command);
  });

  it('also redoes with Ctrl+Y on Windows and Linux, through a hidden item, but not on macOS', () => {
    const { items, click, callbacks } = setup();
    const ctrlY = items('Edit').find((i) => i.accelerator === 'Ctrl+Y')!;
    expect(ctrlY.visible).toBe(false);
    click(ctrlY);
    expect(callbacks.send).toHaveBeenCalledWith({ command: 'redo' });
    expect(setup({ platform: 'darwin' }).items('Edit').some((i) => i.accelerator === 'Ctrl+Y')).toBe(false);
  });

  it('leaves cut, copy, paste and select all to the focused field', () => {
    expect(setup().items('Edit').flatMap((i) => (i.role ? [i.role] : []))).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('lists recent documents, each opening its own path', () => {
    const recent = [
      { path: '/home/ann/tr & co.json', name: 'tr & co.json', at: '2025-01-02T00:00:00Z' },
      { path: '/home/ann/unified.json', name: 'unified.json', at: '2025-01-01T00:00:00Z' },
    ];
    const { item, click, callbacks } = setup({ recent });
    const submenu = item('File', 'Open Recent').submenu as Item[];
    expect(submenu.map((i) => i.label)).toEqual(['tr && co.json', 'unified.json']);
    click(submenu[1]);
    expect(callbacks.send).toHaveBeenCalledWith({ command: 'open-recent', path: '/home/ann/unified.json' });
  });

  it('shows an empty recent list as one disabled line', () => {
    const submenu = setup().item('File', 'Open Recent').submenu as Item[];
    expect(submenu).toEqual([{ label: 'No recent documents', enabled: false }]);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => setup({ isDevelopment }).items('View').map((i) => i.role);
    expect(roles(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', undefined, 'togglefullscreen']);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('opens the documentation and the About box from Help', () => {
    const { item, click, callbacks } = setup();
    click(item('Help', 'Model documentation'));
    click(item('Help', `About ${PRODUCT_NAME}`));
    expect(callbacks.openDocumentation).toHaveBeenCalledOnce();
    expect(callbacks.showAbout).toHaveBeenCalledOnce();
  });

  it('quits from File on Windows and Linux, and from the app menu on macOS', () => {
    expect(setup().items('File').at(-1)).toEqual({ role: 'quit' });
    const mac = setup({ platform: 'darwin' });
    expect(mac.template.map((m) => m.label ?? m.role)).toEqual([PRODUCT_NAME, '&File', '&Edit', '&View', 'windowMenu', '&Help']);
    expect(mac.items('File').some((i) => i.role === 'quit')).toBe(false);
    const appMenu = mac.template[0].submenu as Item[];
    expect(appMenu.some((i) => i.role === 'quit')).toBe(true);
    mac.click(appMenu[0]);
    expect(mac.callbacks.showAbout).toHaveBeenCalledOnce();
  });
});

describe('what the app says about itself', () => {
  const versions = { electron: '41.6.1', chrome: '146.0.7680.80', node: '24.11.1' };

  it('gives the app, engine and runtime versions to getAppInfo', () => {
    expect(desktopAppInfo('0.1.0', versions, 'linux')).toEqual({
      runtime: 'electron',
      appVersion: '0.1.0',
      engineVersion: ENGINE_VERSION,
      platformSummary: 'Electron 41.6.1 (Chrome 146.0.7680.80, Node 24.11.1) on linux',
    });
  });

  it('shows them in the About box', () => {
    const options = aboutBoxOptions('0.1.0', versions);
    expect(options.message).toBe(`${PRODUCT_NAME} 0.1.0`);
    expect(options.detail.split('\n').slice(0, 4)).toEqual([`Engine ${ENGINE_VERSION}`, 'Electron 41.6.1', 'Chrome 146.0.7680.80', 'Node 24.11.1']);
  });

  it('offers no PDF export on any platform: the menu exports the HTML report only, which works everywhere', () => {
    const labels = (items: Item[]): string[] => items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(labels(setup({ platform }).template).filter((label) => /pdf/i.test(label))).toEqual([]);
    }
  });
});
