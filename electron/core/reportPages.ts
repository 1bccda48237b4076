// The pages the PDF export prints: each report's HTML is served from memory at
// app://report/<token>.html to a hidden window in a session of its own (setup/pdfRenderer.ts).
// Served rather than loaded as a data: URL because Chromium caps URLs at 2 MB, and a report with
// its charts embedded as images is larger than that.
// Invariants: the report page can load nothing but itself and inline data: images and fonts (its
// Content-Security-Policy, and the session refusing every other request), so printing a report
// never reaches the network or the disk; a token is unguessable and served only until removed.
import { randomUUID } from 'node:crypto';
import { APP_SCHEME } from './appOrigin';

export const REPORT_HOST = 'report';
const REPORT_ORIGIN = `${APP_SCHEME}://${REPORT_HOST}`;

/** Reports are self-contained: inline styles, data: images and fonts, no scripts, no frames. */
export const REPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface ReportPages {
  /** Serves `html` until removed; returns its URL. */
  add(html: string): string;
  remove(url: string): void;
  /** The protocol handler for the PDF session (the shape of protocol.handle's handler). */
  handle(request: Request): Promise<Response>;
}

export function createReportPages(): ReportPages {
  const pages = new Map<string, string>();
  return {
    add(html) {
      const url = `${REPORT_ORIGIN}/${randomUUID()}.html`;
      pages.set(url, html);
      return url;
    },
    remove(url) {
      pages.delete(url);
    },
    async handle(request) {
      const html = request.method === 'GET' ? pages.get(request.url) : undefined;
      if (html === undefined) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
      return new Response(html, {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': REPORT_CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    },
  };
}

/** What the PDF session lets through: the report pages themselves and inline data. */
export function isReportRequestAllowed(url: string): boolean {
  if (url.startsWith('data:')) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === REPORT_HOST;
  } catch {
    return false;
  }
}
