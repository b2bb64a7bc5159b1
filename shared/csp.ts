/**
 * The one Content-Security-Policy of the app, used by the built index.html (meta tag) and by the
 * Electron protocol handler (response header). Scripts only from the app's own origin; styles may be
 * inline because the component library sets CSS variables through style attributes; blob: frames are
 * how a generated PDF is previewed and printed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
