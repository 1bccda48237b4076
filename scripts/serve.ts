// A tiny static server for the built renderer (dist/renderer) on 127.0.0.1, used by `npm run web`,
// by `npm start` where Electron is unavailable, and by the end-to-end tests. It serves files
// exactly as the desktop app's app:// protocol does (same MIME types, same security headers),
// so the browser sees the same page the desktop app shows.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readRendererAsset } from '../electron/core/rendererAssets';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  root: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export async function serveRenderer({ root, port = 0, host = '127.0.0.1' }: ServeOptions): Promise<StaticServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    readRendererAsset(root, pathname).then(
      (asset) => {
        response.writeHead(asset.status, asset.headers);
        response.end(request.method === 'HEAD' ? undefined : asset.body);
      },
      (error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`Server error: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  });
  await listen(server, port, host);
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
