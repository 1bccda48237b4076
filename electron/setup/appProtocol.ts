// Feature: the app:// origin the renderer is served from. The scheme must be registered as
// privileged before the app is ready; the handler is installed once it is.
import { app, protocol } from 'electron';
import { APP_SCHEME } from '../core/appOrigin';
import { createAppProtocolHandler } from '../core/appProtocolHandler';

export function setupAppProtocol(rendererRoot: string): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: a real origin for 'self' and relative URLs; secure: a secure context, needed
      // for cross-origin isolation; supportFetchAPI: module scripts and workers are fetched.
      // corsEnabled stays unset on purpose: it would let other origins read app:// responses.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
  void app.whenReady().then(() => protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot)));
}
