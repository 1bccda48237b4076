// Feature: the policies that apply to every web contents the app ever creates: no navigation
// away from the app, no new windows, no webviews, no permissions.
import { app, session } from 'electron';
import { isNavigationAllowed, isPermissionGranted } from '../core/windowPolicy';

export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (details) => {
      if (!isNavigationAllowed(details.url)) details.preventDefault();
    });
    contents.on('will-redirect', (details) => {
      if (!isNavigationAllowed(details.url)) details.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(isPermissionGranted(permission)),
    );
    session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  });
}
