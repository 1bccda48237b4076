// Feature: printing a report to PDF. The report's HTML is loaded into a hidden, offscreen, sandboxed
// window with JavaScript disabled, in an in-memory session of its own that can fetch nothing but the
// report itself (core/reportPages.ts), and printed with Chromium's own PDF printer.
import { BrowserWindow, session, type Session } from 'electron';
import { APP_SCHEME } from '../core/appOrigin';
import { createReportPages, isReportRequestAllowed } from '../core/reportPages';

/** No "persist:" prefix: the session lives in memory and leaves nothing on disk. */
const PDF_PARTITION = 'report-pdf';
/** A self-contained page loads in well under a second; a stuck one must not hang the export. */
const PDF_TIMEOUT_MS = 60_000;

const pages = createReportPages();
let reportSession: Session | undefined;

function pdfSession(): Session {
  if (!reportSession) {
    reportSession = session.fromPartition(PDF_PARTITION);
    reportSession.protocol.handle(APP_SCHEME, (request) => pages.handle(request));
    reportSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isReportRequestAllowed(details.url) }));
  }
  return reportSession;
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`PDF export: ${what} took longer than ${PDF_TIMEOUT_MS / 1000} s.`)), PDF_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function renderPdf(html: string): Promise<Uint8Array> {
  const url = pages.add(html);
  // JavaScript is off and every new window is refused (security.ts), so electronegativity's
  // AUXCLICK_JS_CHECK (which asks for disableBlinkFeatures: 'Auxclick', a feature name Chromium no
  // longer has) flags nothing real here.
  const window = new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      session: pdfSession(),
      javascript: false,
      offscreen: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  try {
    await withTimeout(window.loadURL(url), 'loading the report');
    const pdf = await withTimeout(
      window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
      'printing the report',
    );
    return new Uint8Array(pdf);
  } finally {
    pages.remove(url);
    window.destroy();
  }
}
