// The security decisions for every web contents, as pure functions (wired in setup/security.ts).
// The renderer is treated as untrusted: it runs sandboxed, isolated from preload, without Node, and
// can neither leave the app's origin nor open windows. A link to one of the allow-listed sites
// (core/externalLinks.ts) opens in the user's browser instead.
// The windows' webPreferences are written out where each window is created (setup/mainWindow.ts,
// setup/pdfRenderer.ts), as literals, so that reviewers and electronegativity see them there.
import { isAppUrl } from './appOrigin';
import { checkExternalLink } from './externalLinks';

/** What to do when a page tries to go to `url`: stay (an in-app page), hand it to the browser, or refuse. */
export type NavigationDecision = { action: 'allow' } | { action: 'open-externally'; url: string } | { action: 'deny' };

export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { action: 'allow' };
  return decideWindowOpen(url);
}

/** A page never gets a new window: an allow-listed link opens in the browser, anything else nowhere. */
export function decideWindowOpen(url: string): Exclude<NavigationDecision, { action: 'allow' }> {
  const verdict = checkExternalLink(url);
  return verdict.allowed ? { action: 'open-externally', url: verdict.url } : { action: 'deny' };
}

/** In-app navigation (e.g. a reload with new query parameters) is fine; leaving the app is not. */
export function isNavigationAllowed(url: string): boolean {
  return decideNavigation(url).action === 'allow';
}

/** No permission (camera, notifications, clipboard reads, ...) is ever needed by the app. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
