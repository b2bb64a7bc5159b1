import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, connectSources, contentSecurityPolicy, narrowingPolicy } from './csp';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe('Content-Security-Policy', () => {
  it('the meta tag’s outer bound admits any http(s) server, nothing else of the network', () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'connect-src')).toBe("'self' data: blob: http: https:");
    expect(directive(CONTENT_SECURITY_POLICY, 'script-src')).toBe("'self'");
  });

  it('the narrowed policy names exactly the configured server, or no http(s) before one is configured', () => {
    expect(directive(contentSecurityPolicy(null), 'connect-src')).toBe("'self' data: blob:");
    expect(directive(contentSecurityPolicy('https://couch.venue:6984'), 'connect-src')).toBe(
      "'self' data: blob: https://couch.venue:6984",
    );
    // Only connect-src differs from the outer bound.
    expect(contentSecurityPolicy('https://couch.venue:6984').replace(/connect-src [^;]*/, '')).toBe(
      CONTENT_SECURITY_POLICY.replace(/connect-src [^;]*/, ''),
    );
    expect(narrowingPolicy('http://192.168.1.10:5984')).toBe(
      "connect-src 'self' data: blob: http://192.168.1.10:5984",
    );
    expect(narrowingPolicy(null)).toBe("connect-src 'self' data: blob:");
  });

  it('refuses anything but one server origin: no path, credentials, wildcard or second source', () => {
    for (const bad of [
      'https://couch.venue:6984/profproba',
      'https://user:pw@couch.venue:6984',
      'https:',
      '*',
      'https://a.example https://b.example',
      "https://a.example; script-src 'unsafe-inline'",
      'ftp://couch.venue',
      '',
    ]) {
      expect(() => connectSources(bad), bad).toThrow();
    }
  });
});
