// Feature: the policies that apply to every web contents and every session the app ever creates:
// sandboxed renderers, no navigation away from the app, no new windows or webviews, no
// permissions. A link to an allow-listed site (core/externalLinks.ts) opens in the user's browser.
import { app, session, shell, type Session, type WebContents } from 'electron';
import { decideNavigation, decideWindowOpen, isNavigationAllowed, isPermissionGranted } from '../core/windowPolicy';

function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  target.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  target.setDevicePermissionHandler(() => false);
}

// shell.openExternal below only ever gets a URL that decideNavigation / decideWindowOpen allowed
// (https, an allow-listed site and path: core/externalLinks.ts); electronegativity's
// OPEN_EXTERNAL_JS_CHECK flags every call for review, and this is that review.
function keepOnAppOrigin(contents: WebContents): void {
  contents.on('will-navigate', (details) => {
    const decision = decideNavigation(details.url);
    if (decision.action === 'allow') return;
    details.preventDefault();
    if (decision.action === 'open-externally') void shell.openExternal(decision.url);
  });
  // Redirects and sub-frame navigations never leave the app either (and never open the browser);
  // the main frame's own navigations are will-navigate's.
  contents.on('will-redirect', (details) => {
    if (!isNavigationAllowed(details.url)) details.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame && !isNavigationAllowed(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.action === 'open-externally') void shell.openExternal(decision.url);
    return { action: 'deny' };
  });
}

export function setupSecurity(): void {
  // Every renderer sandboxed, whatever a window's own settings say (must precede 'ready').
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => keepOnAppOrigin(contents));
  app.on('session-created', (created) => denyPermissions(created));
  void app.whenReady().then(() => denyPermissions(session.defaultSession));
}
