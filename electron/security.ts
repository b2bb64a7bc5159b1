import type { BrowserWindowConstructorOptions, Session, WebContents, WebFrameMain } from 'electron';
import { APP_HOST, APP_SCHEME, serverOrigin } from '../shared/ipc/contract';

/**
 * The security checklist in one place: window options, navigation and window-open guards, permissions,
 * network lock-down and the IPC sender check. Pure functions over Electron objects, so tests run them on
 * mocks.
 */

export type WebPreferences = NonNullable<BrowserWindowConstructorOptions['webPreferences']>;

/** Every window of the app gets these; only the main window gets a preload. */
export function secureWebPreferences(preloadPath?: string): WebPreferences {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server `npm run dev` points Electron at. Any process can set an environment variable, so the
 * installed app ignores it (else a foreign page would get the privileged preload, IPC and the network),
 * and a development run accepts only a loopback http server with an explicit port.
 */
export function devServerUrlFrom(value: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !value) return undefined;
  const parsed = parse(value);
  if (!parsed || parsed.protocol !== 'http:') return undefined;
  if (parsed.hostname !== '127.0.0.1' && parsed.hostname !== 'localhost') return undefined;
  // A port is required (`URL` reports none for a missing or default one): the dev server always has one.
  if (parsed.port === '') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return `${parsed.origin}/`;
}

/**
 * The only origin the window may show (`app://profproba`); a dev server origin is allowed only when
 * running `npm run dev`. Compared by scheme and host because a custom scheme's `URL.origin` is "null".
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  )
    return true;
  const dev = devServerUrl ? parse(devServerUrl) : null;
  return dev !== null && parsed.origin === dev.origin;
}

/** What an iframe inside the app may load: app pages, blobs the app made, and empty documents. */
export function isAllowedFrameUrl(url: string, devServerUrl?: string): boolean {
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length), devServerUrl);
  return isAppUrl(url, devServerUrl);
}

/**
 * Denies navigation away from the app and every new window. The app has no external links, so nothing is
 * handed to the system browser either: a crafted link in pupil data cannot open a page or a program.
 */
export function guardWebContents(contents: WebContents, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  // Sub-frames (the PDF preview) may show the app's own blob: documents and nothing else.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    if (!isAllowedFrameUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * What the app's own page may have: keeping its IndexedDB safe from eviction (`navigator.storage.persist()`
 * goes through the permission system) and writing to the clipboard (copy buttons). Everything else —
 * camera (but on the QR scanner page, `isScannerUrl`), microphone, location, notifications, clipboard reading, fullscreen, devices — is refused, and
 * nothing at all is granted to any other origin.
 */
export const GRANTED_TO_APP = ['persistent-storage', 'clipboard-sanitized-write'] as const;

function grants(permission: string, url: string | undefined, devServerUrl?: string): boolean {
  return (
    (GRANTED_TO_APP as readonly string[]).includes(permission) &&
    url !== undefined &&
    isAppUrl(url, devServerUrl)
  );
}

/**
 * The one exception: the camera (video only, never the microphone) for the attendance QR scanner page,
 * `#/attendance/sessions/<id>/scan`, so no other screen of the app can turn the webcam on.
 */
export function isScannerUrl(url: string | undefined, devServerUrl?: string): boolean {
  if (url === undefined || !isAppUrl(url, devServerUrl)) return false;
  return /^#\/attendance\/sessions\/[^/?#]+\/scan$/.test(parse(url)?.hash ?? '');
}

/** The URL is asked for last: a check without a video request never looks at the page. */
function grantsCamera(
  permission: string,
  mediaTypes: readonly string[],
  url: () => string | undefined,
  devServerUrl?: string,
): boolean {
  return (
    permission === 'media' &&
    mediaTypes.length > 0 &&
    mediaTypes.every((m) => m === 'video') &&
    isScannerUrl(url(), devServerUrl)
  );
}

export function restrictPermissions(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = details?.requestingUrl ?? contents?.getURL();
    const mediaTypes = (details as { mediaTypes?: string[] } | undefined)?.mediaTypes ?? [];
    callback(
      grants(permission, url, devServerUrl) || grantsCamera(permission, mediaTypes, () => url, devServerUrl),
    );
  });
  session.setPermissionCheckHandler(
    (contents, permission, requestingOrigin, details) =>
      grants(permission, requestingOrigin, devServerUrl) ||
      grantsCamera(permission, [details?.mediaType ?? ''], () => contents?.getURL(), devServerUrl),
  );
  // Device pickers (USB, HID, serial, Bluetooth) never open either.
  session.setDevicePermissionHandler(() => false);
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

export interface NetworkLock {
  /**
   * Lets through exactly this origin (scheme, host and port: the venue's sync server); null closes it. Returns
   * true when the page must be reloaded for its CSP to admit the server: the origin is new and differs from
   * the one the CSP names (`policyOrigin`).
   */
  allow(origin: string | null): boolean;
  /**
   * The origin the CSP's `connect-src` names (electron/app-protocol.ts): the last server let through, kept when
   * sync is turned off (the lock alone then refuses it, and turning sync on again needs no reload); null until a
   * server is first configured in this run.
   */
  policyOrigin(): string | null;
}

/**
 * The app works offline: no request leaves the machine, so a crafted page or document cannot send data
 * anywhere. Only the dev server (while developing) and the venue's sync server, once the page names it
 * (`setSyncServer`), are reachable — the sync server by its exact origin, so another port or scheme of the
 * same host stays closed.
 */
export function blockNetwork(
  session: Session,
  devServerUrl?: string,
  /** The server the CSP named in the previous run (a per-PC file): named again at once, the lock still closed. */
  previousPolicyOrigin: string | null = null,
): NetworkLock {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  let server: string | null = null;
  session.webRequest.onBeforeRequest((details, callback) => {
    const parsed = parse(details.url);
    const network = parsed === null || NETWORK_SCHEMES.has(parsed.protocol);
    // The dev server's page and its hot-reload socket (ws://same host) are the one exception.
    const devServer = dev !== null && parsed !== null && parsed.host === dev.host;
    const syncServer = server !== null && parsed !== null && parsed.origin === server;
    callback({ cancel: network && !devServer && !syncServer });
  });
  let policy =
    previousPolicyOrigin !== null && serverOrigin(previousPolicyOrigin) === previousPolicyOrigin
      ? previousPolicyOrigin
      : null;
  return {
    allow(origin) {
      if (origin !== null && serverOrigin(origin) !== origin) throw new Error('not a server origin');
      server = origin;
      if (origin === null || origin === policy) return false;
      policy = origin;
      return true;
    },
    policyOrigin: () => policy,
  };
}

/** IPC is answered only for the app's own top frame. */
export function isTrustedSender(frame: WebFrameMain | null | undefined, devServerUrl?: string): boolean {
  if (!frame) return false;
  if (frame.parent) return false;
  return isAppUrl(frame.url, devServerUrl);
}
