// Where a page may go: app pages stay, allow-listed links go to the browser, the rest nowhere.
import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen, isPermissionGranted } from '../../electron/core/windowPolicy';

const govUk = 'https://www.gov.uk/government/publications/probation-reform';

describe('window policy', () => {
  it('lets a page move within the app', () => {
    expect(decideNavigation('app://renderer/index.html?scale=0.1#/compare')).toEqual({ action: 'allow' });
  });

  it('sends an allow-listed link to the browser instead of navigating to it', () => {
    expect(decideNavigation(govUk)).toEqual({ action: 'open-externally', url: govUk });
    expect(decideWindowOpen(govUk)).toEqual({ action: 'open-externally', url: govUk });
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'http://127.0.0.1:5173/', 'app://report/x.html'])('refuses %s', (url) => {
    expect(decideNavigation(url)).toEqual({ action: 'deny' });
    expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
  });

  it('never opens an app page in a new window', () => {
    expect(decideWindowOpen('app://renderer/index.html')).toEqual({ action: 'deny' });
  });

  it.each(['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal'])('refuses the %s permission', (permission) => {
    expect(isPermissionGranted(permission)).toBe(false);
  });
});
