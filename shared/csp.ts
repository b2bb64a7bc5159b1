/**
 * The app's Content-Security-Policy. Scripts only from the app's own origin; styles may be inline because the
 * component library sets CSS variables through style attributes; blob: frames are how a generated PDF is
 * previewed and printed. Only `connect-src` varies: the venue's CouchDB (replication, issue 19) is chosen at
 * run time, so the policy names exactly that server's origin once one is configured, and no http(s) at all
 * before.
 */
function policy(connect: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * `connect-src` for a configured sync server (`scheme://host:port`, nothing else) or none. Anything that is not
 * exactly a server origin (a path, credentials, a wildcard, a second source smuggled in with a space) throws:
 * the policy never admits more than one server.
 */
export function connectSources(syncOrigin: string | null): string {
  const own = "'self' data: blob:";
  if (syncOrigin === null) return own;
  // Exactly `scheme://host[:port]`: what `URL.origin` gives back unchanged (no path, credentials, query or space).
  const parsed = URL.canParse(syncOrigin) ? new URL(syncOrigin) : null;
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== syncOrigin) {
    throw new Error('not a server origin');
  }
  return `${own} ${syncOrigin}`;
}

/** The desktop app's policy, sent as the header of every `app://` response (electron/app-protocol.ts). */
export function contentSecurityPolicy(syncOrigin: string | null): string {
  return policy(connectSources(syncOrigin));
}

/**
 * The outer bound, in the built index.html's meta tag (both apps): any http(s) server, because the web app's
 * static page cannot know the venue's server. The web app narrows it at start with a second policy of
 * `narrowingPolicy` (policies intersect, so that can only tighten); the desktop app's header narrows it too.
 */
export const CONTENT_SECURITY_POLICY = policy("'self' data: blob: http: https:");

/** The second policy the web app adds at start: only `connect-src`, to the stored server (or none). */
export function narrowingPolicy(syncOrigin: string | null): string {
  return `connect-src ${connectSources(syncOrigin)}`;
}
