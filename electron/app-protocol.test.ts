import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeType, resolveAppRequest } from './app-protocol';

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
