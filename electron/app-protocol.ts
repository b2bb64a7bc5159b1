import path from 'node:path';
import { contentSecurityPolicy } from '../shared/csp';
import { APP_HOST } from '../shared/ipc/contract';

/**
 * Maps an `app://profproba/<path>` request to a file inside the renderer folder. Anything outside that
 * folder (`..`, encoded traversal, another host) resolves to null and is answered 404.
 */
export function resolveAppRequest(requestUrl: string, rendererRoot: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererRoot);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeType(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Headers of every `app://` response, 404s included: the CSP also governs a worker script or a document
 * opened by a direct URL (not only index.html), and `nosniff` stops a file from being run as another type
 * than its extension says. The CSP's `connect-src` names exactly the venue's sync server (`syncOrigin`, from
 * the network lock) or, before one is configured, no http(s) at all; it narrows the outer bound of the page's
 * meta tag (both policies apply).
 */
export function appResponseHeaders(contentType: string, syncOrigin: string | null = null): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(syncOrigin),
    'X-Content-Type-Options': 'nosniff',
  });
}

/**
 * Serves the built renderer from `app://profproba/`: a file inside `rendererRoot`, or 404. `syncOrigin` is asked
 * on every request, so a page loaded after the server changed gets the new policy.
 */
export async function serveAppRequest(
  request: Request,
  rendererRoot: string,
  readFile: (file: string) => Promise<BodyInit>,
  syncOrigin: () => string | null = () => null,
): Promise<Response> {
  const origin = syncOrigin();
  const notFound = () =>
    new Response('Not found', {
      status: 404,
      headers: appResponseHeaders('text/plain; charset=utf-8', origin),
    });
  const file = resolveAppRequest(request.url, rendererRoot);
  if (!file) return notFound();
  try {
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: appResponseHeaders(mimeType(file), origin) });
  } catch {
    return notFound();
  }
}
