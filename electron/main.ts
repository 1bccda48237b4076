// Electron's main process: one setupX() per feature, nothing else (the style of Electron Fiddle).
// The logic behind each feature lives in plain modules (core/, ipc/) that are tested in Node.
// Bundled to dist/electron/main.cjs, so __dirname is dist/electron and the renderer is beside it.
import path from 'node:path';
import { setupAppProtocol } from './setup/appProtocol';
import { setupIpc } from './setup/ipc';
import { setupMainWindow } from './setup/mainWindow';
import { setupMenu } from './setup/menu';
import { setupSecurity } from './setup/security';
import { setupV8Tuning } from './setup/v8Tuning';

setupV8Tuning();
setupAppProtocol(path.join(__dirname, '..', 'renderer'));
setupSecurity();
const menu = setupMenu();
setupIpc({ onRecentChanged: menu.showRecent });
setupMainWindow(path.join(__dirname, 'preload.cjs'));
