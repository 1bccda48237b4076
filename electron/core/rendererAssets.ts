// How the built renderer (dist/renderer) is served, defined once for both runtimes: the Electron
// app:// protocol handler and the plain-HTTP server used by `npm run web` and the end-to-end tests.
// Serving both the same way means the browser tests exercise the desktop app's real security
// policy and its cross-origin isolation (which lets a run be cancelled through shared memory).
// Invariants: only files under the root are ever read; every response carries the same headers.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Everything the app loads is its own: scripts, workers, styles. Nothing inline, nothing remote.
 * Sent as a header on every app:// response (RENDERER_HEADERS), which electronegativity's
 * CSP_GLOBAL_CHECK cannot see (it looks for webRequest header rewrites and <meta> tags), hence its
 * "No CSP has been detected": a false positive. test/electron/appProtocol.test.ts checks the header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers on every response. COOP + COEP make the page cross-origin isolated (SharedArrayBuffer). */
export const RENDERER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/** The file a URL path names under `root`, or null when it is malformed or would escape root. */
export function resolveAssetPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const resolved = path.resolve(base, relative);
  return resolved.startsWith(base + path.sep) ? resolved : null;
}

export interface AssetResponse {
  status: 200 | 404;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string;
}

export async function readRendererAsset(root: string, urlPathname: string): Promise<AssetResponse> {
  const filePath = resolveAssetPath(root, urlPathname);
  const isFile = filePath ? await stat(filePath).then((s) => s.isFile(), () => false) : false;
  if (!filePath || !isFile) {
    return { status: 404, headers: { ...RENDERER_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
  }
  const body = new Uint8Array(await readFile(filePath)); // a plain Uint8Array is a valid fetch body everywhere
  return { status: 200, headers: { ...RENDERER_HEADERS, 'Content-Type': mimeTypeOf(filePath) }, body };
}
