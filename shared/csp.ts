/**
 * The one Content-Security-Policy of the app, used by the built index.html (meta tag) and by the
 * Electron protocol handler (response header). Scripts only from the app's own origin; styles may be
 * inline because the component library sets CSS variables through style attributes; blob: frames are
 * how a generated PDF is previewed and printed. `connect-src` admits http(s) because the venue's CouchDB
 * (replication, issue 19) is chosen by the venue at run time; which servers are actually reachable is decided
 * below the page: in the desktop app by the shell's network lock (electron/security.ts), in the web app by
 * the server's CORS, which allows only the app's origins (docs/couchdb-setup.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob: http: https:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
