// The application menu as data: a pure function from the platform, the recent documents and a few
// callbacks to the template Electron's Menu.buildFromTemplate takes (wired in setup/menu.ts).
// Document commands (New, Open, Save, Export, Undo, Redo) are sent to the renderer, which owns the
// document and its undo history; text editing (cut, copy, paste) uses Electron's roles, which act on
// the focused field. Accelerators use CmdOrCtrl, so each platform gets its usual keys.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuMessage, RecentDocument } from '../ipc/contract';
import { PRODUCT_NAME } from './about';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Reload and developer tools are for development only. */
  isDevelopment: boolean;
  recent: readonly RecentDocument[];
}

export interface MenuCallbacks {
  /** Sends a command to the app's window. */
  send(message: MenuMessage): void;
  openDocumentation(): void;
  showAbout(): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

function recentSubmenu(recent: readonly RecentDocument[], send: MenuCallbacks['send']): Item[] {
  if (recent.length === 0) return [{ label: 'No recent documents', enabled: false }];
  return recent.map((doc) => ({
    // A file name may contain '&', which menus on Windows and Linux read as a mnemonic marker.
    label: doc.name.replaceAll('&', '&&'),
    toolTip: doc.path,
    click: () => send({ command: 'open-recent', path: doc.path }),
  }));
}

function fileMenu({ platform, recent }: MenuContext, { send }: MenuCallbacks): Item {
  return {
    label: '&File',
    submenu: [
      { label: 'New', accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'new' }) },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'open' }) },
      { label: 'Open Recent', submenu: recentSubmenu(recent, send) },
      separator,
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send({ command: 'save' }) },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send({ command: 'save-as' }) },
      separator,
      { label: 'Export report…', accelerator: 'CmdOrCtrl+E', click: () => send({ command: 'export-report' }) },
      // On macOS, Quit lives in the app menu.
      ...(platform === 'darwin' ? [] : [separator, { role: 'quit' } as Item]),
    ],
  };
}

function editMenu({ platform }: MenuContext, { send }: MenuCallbacks): Item {
  return {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send({ command: 'undo' }) },
      { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => send({ command: 'redo' }) },
      // Ctrl+Y is Redo on Windows and Linux too: a hidden item carries the second shortcut (Electron
      // fires accelerators of hidden items there). On macOS Cmd+Y means something else.
      ...(platform === 'darwin'
        ? []
        : [{ label: 'Redo', accelerator: 'Ctrl+Y', visible: false, acceleratorWorksWhenHidden: true, click: () => send({ command: 'redo' }) } as Item]),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu({ isDevelopment }: MenuContext): Item {
  const development: Item[] = isDevelopment ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] : [];
  return {
    label: '&View',
    submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
  };
}

function helpMenu({ platform }: MenuContext, { openDocumentation, showAbout }: MenuCallbacks): Item {
  return {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'Model documentation', click: () => openDocumentation() },
      ...(platform === 'darwin' ? [] : [separator, { label: `About ${PRODUCT_NAME}`, click: () => showAbout() } as Item]),
    ],
  };
}

/** macOS puts About, Hide and Quit in a first menu named after the app. */
function macAppMenu({ showAbout }: MenuCallbacks): Item {
  return {
    label: PRODUCT_NAME,
    submenu: [
      { label: `About ${PRODUCT_NAME}`, click: () => showAbout() },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

export function buildMenuTemplate(context: MenuContext, callbacks: MenuCallbacks): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  return [
    ...(isMac ? [macAppMenu(callbacks)] : []),
    fileMenu(context, callbacks),
    editMenu(context, callbacks),
    viewMenu(context),
    ...(isMac ? [{ role: 'windowMenu' } as Item] : []),
    helpMenu(context, callbacks),
  ];
}
