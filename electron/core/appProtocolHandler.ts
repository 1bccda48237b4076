// The app:// protocol handler as a plain function from a fetch Request to a Response (the shape
// Electron's protocol.handle expects), so that it is tested in Node without Electron.
// Invariant: only GET/HEAD on the app's own host are answered; everything else is refused.
import { APP_HOST } from './appOrigin';
import { readRendererAsset } from './rendererAssets';

export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    const asset = await readRendererAsset(rendererRoot, url.pathname);
    const body = request.method === 'HEAD' ? null : asset.body;
    return new Response(body, { status: asset.status, headers: asset.headers });
  };
}
