// The app:// protocol handler and the serving rules it shares with the browser server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../electron/core/appProtocolHandler';
import { CONTENT_SECURITY_POLICY, mimeTypeOf, resolveAssetPath } from '../../electron/core/rendererAssets';

let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
  root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(root, 'assets', 'engine.worker-abc.js'), 'postMessage(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
  handle = createAppProtocolHandler(root);
});
afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

describe('the app:// protocol handler', () => {
  it('serves the entry page with the security headers', async () => {
    const response = await handle(new Request('app://renderer/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves module and worker scripts as JavaScript', async () => {
    const response = await handle(new Request('app://renderer/assets/engine.worker-abc.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['an encoded path out of the root', 'app://renderer/%2e%2e/secret.txt'],
    ['an encoded separator', 'app://renderer/..%2fsecret.txt'],
    ['a missing file', 'app://renderer/nope.js'],
    ['a folder', 'app://renderer/assets'],
    ['another host', 'app://other/index.html'],
  ])('answers 404 for %s', async (_label, url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the root');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handle(new Request('app://renderer/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://renderer/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('resolveAssetPath', () => {
  it('maps / to index.html and stays inside the root', () => {
    expect(resolveAssetPath('/srv/app', '/')).toBe(path.resolve('/srv/app/index.html'));
    expect(resolveAssetPath('/srv/app', '/assets/a.js')).toBe(path.resolve('/srv/app/assets/a.js'));
    expect(resolveAssetPath('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveAssetPath('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveAssetPath('/srv/app', '/a%00.js')).toBeNull();
  });

  it('knows the MIME types the renderer build produces', () => {
    expect(mimeTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('favicon.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('data.bin')).toBe('application/octet-stream');
  });
});
