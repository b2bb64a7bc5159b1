import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../shared/csp';
import { mimeType, resolveAppRequest, serveAppRequest } from './app-protocol';

const root = path.resolve('/opt/profproba/renderer');

describe('app:// protocol', () => {
  it('maps app paths into the renderer folder', () => {
    expect(resolveAppRequest('app://profproba/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://profproba/assets/index-1.js', root)).toBe(
      path.join(root, 'assets/index-1.js'),
    );
  });

  it('refuses traversal, other hosts and garbage', () => {
    // The URL parser folds `..` away, so the path stays inside the renderer folder.
    expect(resolveAppRequest('app://profproba/../../etc/passwd', root)).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppRequest('app://profproba/..%2f..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect(resolveAppRequest('app://profproba/assets/%00.js', root)).toBeNull();
    expect(resolveAppRequest('app://other/index.html', root)).toBeNull();
    expect(resolveAppRequest('not a url', root)).toBeNull();
  });

  it('serves the right content types', () => {
    expect(mimeType('a/index.html')).toMatch(/text\/html/);
    expect(mimeType('a/x.js')).toMatch(/javascript/);
    expect(mimeType('a/x.bin')).toBe('application/octet-stream');
  });
});

describe('app:// responses', () => {
  it('carry the CSP and nosniff on every response, not only the HTML page (404s too)', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'profproba-app-'));
    try {
      fs.mkdirSync(path.join(folder, 'assets'));
      fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html>');
      fs.writeFileSync(path.join(folder, 'assets', 'worker-1.js'), 'self.onmessage = () => undefined;');
      fs.writeFileSync(path.join(folder, 'assets', 'font.woff2'), new Uint8Array([1, 2]));
      const serve = (url: string) =>
        serveAppRequest(new Request(url), folder, (file) => fs.promises.readFile(file));
      const responses = {
        html: await serve('app://profproba/'),
        js: await serve('app://profproba/assets/worker-1.js'),
        font: await serve('app://profproba/assets/font.woff2'),
        missing: await serve('app://profproba/assets/none.js'),
        outside: await serve('app://profproba/..%2f..%2fetc%2fpasswd'),
      };
      expect(responses.html.status).toBe(200);
      expect(responses.js.status).toBe(200);
      expect(await responses.js.text()).toContain('onmessage');
      expect(responses.js.headers.get('Content-Type')).toMatch(/javascript/);
      expect(responses.missing.status).toBe(404);
      expect(responses.outside.status).toBe(404);
      for (const [name, response] of Object.entries(responses)) {
        expect(response.headers.get('Content-Security-Policy'), name).toBe(contentSecurityPolicy(null));
        expect(response.headers.get('X-Content-Type-Options'), name).toBe('nosniff');
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('name exactly the configured sync server in connect-src, and no http(s) before one is configured', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'profproba-app-'));
    try {
      fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html>');
      let origin: string | null = null;
      const connectSrc = async (url: string) => {
        const response = await serveAppRequest(
          new Request(url),
          folder,
          (file) => fs.promises.readFile(file),
          () => origin,
        );
        const csp = response.headers.get('Content-Security-Policy') ?? '';
        // Every other directive is the meta tag's, unchanged.
        expect(csp.replace(/connect-src [^;]*/, '')).toBe(
          CONTENT_SECURITY_POLICY.replace(/connect-src [^;]*/, ''),
        );
        return /connect-src ([^;]*)/.exec(csp)?.[1];
      };
      expect(await connectSrc('app://profproba/')).toBe("'self' data: blob:");
      origin = 'https://couch.venue:6984';
      expect(await connectSrc('app://profproba/')).toBe("'self' data: blob: https://couch.venue:6984");
      expect(await connectSrc('app://profproba/missing.js')).toBe(
        "'self' data: blob: https://couch.venue:6984",
      );
      origin = 'http://192.168.1.10:5984';
      const changed = await connectSrc('app://profproba/');
      expect(changed).toBe("'self' data: blob: http://192.168.1.10:5984");
      expect(changed).not.toContain('couch.venue');
      expect(changed).not.toMatch(/(^| )https?:( |$)/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
