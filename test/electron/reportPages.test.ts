// The pages the PDF export prints: served from memory, with a policy that lets them load nothing.
import { describe, expect, it } from 'vitest';
import { createReportPages, isReportRequestAllowed, REPORT_CONTENT_SECURITY_POLICY } from '../../electron/core/reportPages';

describe('report pages', () => {
  it('serves a report at an unguessable app://report URL until it is removed', async () => {
    const pages = createReportPages();
    const url = pages.add('<h1>TR raises recalls</h1>');
    expect(url).toMatch(/^app:\/\/report\/[0-9a-f-]{36}\.html$/);
    const response = await pages.handle(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(REPORT_CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('<h1>TR raises recalls</h1>');
    pages.remove(url);
    expect((await pages.handle(new Request(url))).status).toBe(404);
  });

  it('keeps two exports apart and answers nothing else', async () => {
    const pages = createReportPages();
    const first = pages.add('first');
    const second = pages.add('second');
    expect(first).not.toBe(second);
    expect(await (await pages.handle(new Request(second))).text()).toBe('second');
    expect((await pages.handle(new Request('app://report/guess.html'))).status).toBe(404);
    expect((await pages.handle(new Request(first, { method: 'POST', body: 'x' }))).status).toBe(404);
  });

  it('lets the report load no script, frame or remote resource', () => {
    expect(REPORT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(REPORT_CONTENT_SECURITY_POLICY).toContain('img-src data:');
    expect(REPORT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|https?:/);
  });

  it.each([
    ['the report itself', 'app://report/0b7c.html', true],
    ['an inline image', 'data:image/png;base64,iVBORw0KGgo=', true],
    ['a remote image', 'https://tracker.example/pixel.png', false],
    ['a local file', 'file:///home/ann/.ssh/id_rsa', false],
    ['the app renderer', 'app://renderer/index.html', false],
  ])('the PDF session lets through %s: %s', (_label, url, allowed) => {
    expect(isReportRequestAllowed(url)).toBe(allowed);
  });
});
