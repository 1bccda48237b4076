// The allow-list of web pages the app opens in the user's browser (shared with the browser bridge).
import { describe, expect, it } from 'vitest';
import { checkExternalLink, isAllowedExternalLink, MODEL_DOCUMENTATION_URL, PROJECT_REPOSITORY_URL } from '../../electron/core/externalLinks';

describe('checkExternalLink', () => {
  it.each([
    ['the model documentation', MODEL_DOCUMENTATION_URL],
    ['the repository itself', PROJECT_REPOSITORY_URL],
    ['a gov.uk publication', 'https://www.gov.uk/government/publications/transforming-rehabilitation-a-strategy-for-reform'],
    ['gov.uk statistics', 'https://www.gov.uk/government/statistics/offender-management-statistics-quarterly-october-to-december-2023'],
    ['a published PDF', 'https://assets.publishing.service.gov.uk/media/abc/omsq.pdf'],
    ['an NAO report', 'https://www.nao.org.uk/reports/transforming-rehabilitation-progress-review/'],
    ['an HM Inspectorate of Probation page', 'https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/'],
    ['a committee publication', 'https://committees.parliament.uk/publications/1234/documents/5678/default/'],
  ])('allows %s', (_label, url) => {
    expect(checkExternalLink(url)).toEqual({ allowed: true, url: new URL(url).href });
  });

  it.each([
    ['plain http', 'http://www.gov.uk/government/publications/x', /only https/],
    ['a javascript: URL', 'javascript:alert(1)', /only https/],
    ['a file: URL', 'file:///etc/passwd', /only https/],
    ['a look-alike host', 'https://www.gov.uk.evil.example/government/publications/x', /not one of the sites/],
    ['a query string that names gov.uk', 'https://evil.example/?https://www.gov.uk/government/publications/', /not one of the sites/],
    ['another GitHub repository', 'https://github.com/someone-else/probation-sim/blob/main/docs/model.md', /outside the pages/],
    ['a repository whose name starts the same', `${PROJECT_REPOSITORY_URL}-fork/blob/main/README.md`, /outside the pages/],
    ['a path that climbs out', `${PROJECT_REPOSITORY_URL}/../../evil/repo`, /outside the pages/],
    ['an encoded climb', `${PROJECT_REPOSITORY_URL}/%2e%2e/%2e%2e/evil/repo`, /outside the pages/],
    ['another gov.uk section', 'https://www.gov.uk/sign-in-universal-credit', /outside the pages/],
    ['credentials in the link', 'https://user:pass@www.gov.uk/government/publications/x', /user name or password/],
    ['an explicit port', 'https://www.gov.uk:8443/government/publications/x', /port/],
    ['not a URL at all', 'gov.uk/government/publications', /not a valid web address/],
    ['a very long link', `https://www.gov.uk/government/publications/${'a'.repeat(2100)}`, /longer than 2048/],
  ])('refuses %s, saying why', (_label, url, reason) => {
    const verdict = checkExternalLink(url);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toMatch(reason);
    expect(isAllowedExternalLink(url)).toBe(false);
  });

  it('hands back the normalised link, so what is opened is what was checked', () => {
    expect(checkExternalLink('https://WWW.GOV.UK/government/publications/x')).toEqual({
      allowed: true,
      url: 'https://www.gov.uk/government/publications/x',
    });
  });
});
