// Where the renderer lives inside the desktop app: a custom, privileged `app://renderer` origin
// served from dist/renderer (see setup/appProtocol.ts). A real origin, unlike file://, gives the
// page a stable 'self' for its Content-Security-Policy, lets it start module workers, and gives
// IPC a precise sender to check.
// Invariant: nothing outside this origin may talk to main or be navigated to.

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a page of the app itself (any path, query or hash on the app origin). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
