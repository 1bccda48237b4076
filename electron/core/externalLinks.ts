// The only web pages the app will open in the user's browser: the project's documentation and the
// official publications its parameters cite (REFERENCE.md: gov.uk, the NAO, Parliament, HM
// Inspectorate of Probation). A link is allowed only over https, on one of these hosts exactly, under
// one of its path prefixes, with no credentials and no unusual port.
// Shared by Electron's main process (shell.openExternal) and the browser bridge (window.open), so it
// imports nothing from Node or the DOM: only the URL global both have.

/** The project's source repository; its docs/ folder is the model documentation. */
export const PROJECT_REPOSITORY_URL = 'https://github.com/probation-sim/probation-sim';
/** Help → Model documentation. */
export const MODEL_DOCUMENTATION_URL = `${PROJECT_REPOSITORY_URL}/blob/main/docs/model.md`;

interface AllowedSite {
  host: string;
  /** Path prefixes, each ending in '/', so that '/government/publications/' never matches '/government/publicationsX'. */
  paths: readonly string[];
}

export const ALLOWED_SITES: readonly AllowedSite[] = [
  { host: 'github.com', paths: [`${new URL(PROJECT_REPOSITORY_URL).pathname}/`] },
  { host: 'www.gov.uk', paths: ['/government/publications/', '/government/statistics/', '/guidance/'] },
  { host: 'assets.publishing.service.gov.uk', paths: ['/'] },
  { host: 'www.nao.org.uk', paths: ['/reports/', '/wp-content/uploads/'] },
  { host: 'committees.parliament.uk', paths: ['/publications/', '/work/'] },
  { host: 'publications.parliament.uk', paths: ['/pa/'] },
  { host: 'www.justiceinspectorates.gov.uk', paths: ['/hmiprobation/'] },
];

/** Far longer than any real publication link; a cap keeps a hostile string out of the OS shell. */
const MAX_URL_LENGTH = 2048;

export type LinkVerdict = { allowed: true; url: string } | { allowed: false; reason: string };

/** Whether `candidate` may be opened outside the app; `url` is the normalised form to open. */
export function checkExternalLink(candidate: string): LinkVerdict {
  if (candidate.length > MAX_URL_LENGTH) return { allowed: false, reason: `the link is longer than ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { allowed: false, reason: 'it is not a valid web address' };
  }
  if (url.protocol !== 'https:') return { allowed: false, reason: `only https links are opened (this one is ${url.protocol})` };
  if (url.username || url.password) return { allowed: false, reason: 'the link carries a user name or password' };
  if (url.port) return { allowed: false, reason: `the link names a port (${url.port})` };
  const site = ALLOWED_SITES.find((s) => s.host === url.hostname);
  if (!site) return { allowed: false, reason: `${url.hostname} is not one of the sites the app links to` };
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (!site.paths.some((prefix) => path.startsWith(prefix))) {
    return { allowed: false, reason: `${url.hostname}${url.pathname} is outside the pages the app links to` };
  }
  return { allowed: true, url: url.href };
}

export function isAllowedExternalLink(candidate: string): boolean {
  return checkExternalLink(candidate).allowed;
}
