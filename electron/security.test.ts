import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents, WebFrameMain } from 'electron';
import {
  GRANTED_TO_APP,
  blockNetwork,
  devServerUrlFrom,
  guardWebContents,
  isAllowedFrameUrl,
  isAppUrl,
  isScannerUrl,
  isTrustedSender,
  restrictPermissions,
  secureWebPreferences,
} from './security';

describe('window options', () => {
  it('hold every security setting', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
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
    });
  });

  it('give no preload (so no IPC at all) unless one is asked for', () => {
    expect(secureWebPreferences()).not.toHaveProperty('preload');
    expect(secureWebPreferences()).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});

type NavListener = (
  event: { preventDefault: () => void; url?: string; isMainFrame?: boolean },
  url?: string,
) => void;

function fakeContents() {
  const listeners: Record<string, NavListener> = {};
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: vi.fn((name: string, fn: NavListener) => {
      listeners[name] = fn;
    }),
    setWindowOpenHandler: vi.fn((fn: (details: { url: string }) => { action: string }) => {
      openHandler = fn;
    }),
  };
  return {
    contents: contents as unknown as WebContents,
    listeners,
    open: (url: string) => openHandler!({ url }),
  };
}

const OTHER_ORIGINS = [
  'app://evil/index.html',
  'app://profproba.evil/index.html',
  'app://user:pw@profproba/index.html',
  'https://example.com/',
  'http://127.0.0.1:5173/',
  'file:///etc/passwd',
  'file:///C:/Windows/system32/calc.exe',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'chrome://settings',
  'not a url',
];

describe('navigation guard', () => {
  it('lets the main frame stay on the app origin and denies every other origin', () => {
    const { contents, listeners } = fakeContents();
    guardWebContents(contents);
    for (const url of ['app://profproba/index.html#/programs', 'app://profproba/', ...OTHER_ORIGINS]) {
      for (const name of ['will-navigate', 'will-redirect']) {
        const event = { preventDefault: vi.fn() };
        listeners[name]!(event, url);
        expect(event.preventDefault, `${name} ${url}`).toHaveBeenCalledTimes(
          url.startsWith('app://profproba/') ? 0 : 1,
        );
      }
    }
  });

  it('lets sub-frames show only the app’s own pages and blobs', () => {
    const { contents, listeners } = fakeContents();
    guardWebContents(contents);
    const frame = (url: string, isMainFrame = false) => {
      const event = { preventDefault: vi.fn(), url, isMainFrame };
      listeners['will-frame-navigate']!(event);
      return event.preventDefault.mock.calls.length === 0;
    };
    expect(frame('blob:app://profproba/5b1c7e1e-0000-4000-8000-000000000000')).toBe(true);
    expect(frame('about:blank')).toBe(true);
    expect(frame('app://profproba/index.html')).toBe(true);
    expect(frame('blob:https://evil.example/5b1c')).toBe(false);
    for (const url of OTHER_ORIGINS) expect(frame(url), url).toBe(false);
    // The main frame is will-navigate's business.
    expect(frame('https://example.com/', true)).toBe(true);
  });

  it('refuses to attach a <webview>', () => {
    const { contents, listeners } = fakeContents();
    guardWebContents(contents);
    const event = { preventDefault: vi.fn() };
    listeners['will-attach-webview']!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and hands nothing to the system browser', () => {
    const { contents, open } = fakeContents();
    guardWebContents(contents);
    for (const url of [
      'https://bvbinfo.ru/',
      'http://example.org/a?b=c',
      'file:///C:/Windows/system32/calc.exe',
      'app://profproba/index.html',
      'javascript:alert(1)',
      'ms-msdt:/id',
      'smb://host/share',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
  });

  it('accepts a dev-server origin only when one is configured', () => {
    expect(isAppUrl('http://127.0.0.1:5173/')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', 'http://127.0.0.1:5173/')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:9999/', 'http://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedFrameUrl('blob:http://127.0.0.1:5173/x', 'http://127.0.0.1:5173/')).toBe(true);
  });
});

describe('permissions', () => {
  type RequestHandler = (
    c: unknown,
    p: string,
    cb: (ok: boolean) => void,
    d?: { requestingUrl?: string; mediaTypes?: string[] },
  ) => void;
  type CheckHandler = (c: unknown, p: string, origin: string, d?: { mediaType?: string }) => boolean;
  function fakeSession() {
    const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
    const session = {
      setPermissionRequestHandler: (fn: RequestHandler) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: CheckHandler) => (handlers.check = fn),
      setDevicePermissionHandler: (fn: () => boolean) => (handlers.device = fn),
    } as unknown as Session;
    return { session, handlers };
  }
  const request = (h: RequestHandler, permission: string, url: string) => {
    const cb = vi.fn();
    h({ getURL: () => url }, permission, cb, { requestingUrl: url });
    return cb.mock.calls[0]![0] as boolean;
  };

  it('are denied: camera, microphone, location, notifications, clipboard reading, devices…', () => {
    const { session, handlers } = fakeSession();
    restrictPermissions(session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'midi',
      'fullscreen',
      'openExternal',
      'hid',
      'serial',
      'usb',
      'display-capture',
      'unknown',
    ]) {
      expect(request(handlers.request!, permission, 'app://profproba/index.html'), permission).toBe(false);
      expect(handlers.check!({}, permission, 'app://profproba'), permission).toBe(false);
    }
    expect(handlers.device!()).toBe(false);
  });

  it('grant the app page only durable storage and clipboard writing, and no other origin anything', () => {
    const { session, handlers } = fakeSession();
    restrictPermissions(session);
    for (const permission of GRANTED_TO_APP) {
      expect(request(handlers.request!, permission, 'app://profproba/index.html')).toBe(true);
      expect(handlers.check!({}, permission, 'app://profproba/')).toBe(true);
      expect(request(handlers.request!, permission, 'https://evil.example/')).toBe(false);
      expect(handlers.check!({}, permission, 'https://evil.example')).toBe(false);
    }
  });
});

describe('the camera for the QR scanner page', () => {
  type RequestHandler = (
    c: unknown,
    p: string,
    cb: (ok: boolean) => void,
    d?: { requestingUrl?: string; mediaTypes?: string[] },
  ) => void;
  type CheckHandler = (c: unknown, p: string, origin: string, d?: { mediaType?: string }) => boolean;
  function handlers() {
    const h: { request?: RequestHandler; check?: CheckHandler } = {};
    restrictPermissions({
      setPermissionRequestHandler: (fn: RequestHandler) => (h.request = fn),
      setPermissionCheckHandler: (fn: CheckHandler) => (h.check = fn),
      setDevicePermissionHandler: () => undefined,
    } as unknown as Session);
    return h as Required<typeof h>;
  }
  const scanner = 'app://profproba/index.html#/attendance/sessions/s-1/scan';
  const ask = (h: RequestHandler, url: string, mediaTypes: string[]) => {
    const cb = vi.fn();
    h({ getURL: () => url }, 'media', cb, { requestingUrl: url, mediaTypes });
    return cb.mock.calls[0]![0] as boolean;
  };

  it('knows the scanner page by its route', () => {
    expect(isScannerUrl(scanner)).toBe(true);
    expect(isScannerUrl('app://profproba/index.html#/attendance/sessions/s-1')).toBe(false);
    expect(isScannerUrl('app://profproba/index.html#/attendance/sessions/s-1/scan/x')).toBe(false);
    expect(isScannerUrl('app://profproba/index.html#/participants')).toBe(false);
    expect(isScannerUrl('https://evil.example/#/attendance/sessions/s-1/scan')).toBe(false);
    expect(
      isScannerUrl('http://127.0.0.1:5173/#/attendance/sessions/s-1/scan', 'http://127.0.0.1:5173/'),
    ).toBe(true);
  });

  it('is granted (video only) to the scanner page and to no other page or origin', () => {
    const h = handlers();
    expect(ask(h.request, scanner, ['video'])).toBe(true);
    expect(ask(h.request, scanner, ['audio'])).toBe(false);
    expect(ask(h.request, scanner, ['video', 'audio'])).toBe(false);
    expect(ask(h.request, scanner, [])).toBe(false);
    expect(ask(h.request, 'app://profproba/index.html#/attendance/sessions/s-1', ['video'])).toBe(false);
    expect(ask(h.request, 'app://profproba/index.html#/home', ['video'])).toBe(false);
    expect(ask(h.request, 'https://evil.example/#/attendance/sessions/s-1/scan', ['video'])).toBe(false);
    expect(h.check({ getURL: () => scanner }, 'media', 'app://profproba', { mediaType: 'video' })).toBe(true);
    expect(h.check({ getURL: () => scanner }, 'media', 'app://profproba', { mediaType: 'audio' })).toBe(
      false,
    );
    expect(
      h.check({ getURL: () => 'app://profproba/index.html#/home' }, 'media', 'app://profproba', {
        mediaType: 'video',
      }),
    ).toBe(false);
  });
});

describe('network', () => {
  function check(devServerUrl?: string) {
    let handler: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      webRequest: { onBeforeRequest: (fn: typeof handler) => (handler = fn) },
    } as unknown as Session;
    const lock = blockNetwork(session, devServerUrl);
    const allowed = (url: string) => {
      const cb = vi.fn();
      handler!({ url }, cb);
      return !(cb.mock.calls[0]![0] as { cancel: boolean }).cancel;
    };
    return Object.assign(allowed, { lock });
  }

  it('lets through exactly the configured sync server (scheme, host and port) and nothing else', () => {
    const allowed = check();
    expect(allowed('https://couch.venue:6984/profproba/_changes')).toBe(false);
    allowed.lock.allow('https://couch.venue:6984');
    expect(allowed('https://couch.venue:6984/profproba/_changes?feed=longpoll')).toBe(true);
    expect(allowed('https://couch.venue:6984/_session')).toBe(true);
    for (const url of [
      'http://couch.venue:6984/profproba',
      'https://couch.venue:5984/profproba',
      'https://couch.venue/profproba',
      'https://evil.example/profproba',
      'https://couch.venue.evil.example:6984/',
      'wss://couch.venue:6984/',
    ]) {
      expect(allowed(url), url).toBe(false);
    }
    allowed.lock.allow(null);
    expect(allowed('https://couch.venue:6984/profproba')).toBe(false);
  });

  it('names the server for the CSP and asks for a reload only when a new server replaces the named one', () => {
    const allowed = check();
    expect(allowed.lock.policyOrigin()).toBeNull();
    expect(allowed.lock.allow(null)).toBe(false);
    expect(allowed.lock.allow('https://couch.venue:6984')).toBe(true);
    expect(allowed.lock.policyOrigin()).toBe('https://couch.venue:6984');
    // The same server again (every replication start asks): no reload.
    expect(allowed.lock.allow('https://couch.venue:6984')).toBe(false);
    // Sync off: the lock closes, the page's CSP may keep naming the server; on again: no reload.
    expect(allowed.lock.allow(null)).toBe(false);
    expect(allowed('https://couch.venue:6984/profproba')).toBe(false);
    expect(allowed.lock.policyOrigin()).toBe('https://couch.venue:6984');
    expect(allowed.lock.allow('https://couch.venue:6984')).toBe(false);
    // Another server: the CSP names it alone, after a reload.
    expect(allowed.lock.allow('http://192.168.1.10:5984')).toBe(true);
    expect(allowed.lock.policyOrigin()).toBe('http://192.168.1.10:5984');
    expect(() => allowed.lock.allow('https://a.example https://b.example')).toThrow();
    expect(allowed.lock.policyOrigin()).toBe('http://192.168.1.10:5984');
  });

  it('starts naming the previous run’s server for the CSP (a valid origin only), the lock still closed', () => {
    const session = { webRequest: { onBeforeRequest: vi.fn() } } as unknown as Session;
    const lock = blockNetwork(session, undefined, 'https://couch.venue:6984');
    expect(lock.policyOrigin()).toBe('https://couch.venue:6984');
    const handler = vi.mocked(session.webRequest.onBeforeRequest).mock.calls[0]![0] as unknown as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const cb = vi.fn();
    handler({ url: 'https://couch.venue:6984/venue' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });
    expect(lock.allow('https://couch.venue:6984')).toBe(false);
    for (const bad of ['https://couch.venue:6984/venue', '*', 'https://a.example https://b.example', '']) {
      expect(blockNetwork(session, undefined, bad).policyOrigin(), bad).toBeNull();
    }
  });

  it('refuses a malformed sync server origin and keeps the one it had', () => {
    const allowed = check();
    allowed.lock.allow('http://192.168.1.10:5984');
    for (const bad of [
      'http://192.168.1.10:5984/profproba',
      'http://user:pw@192.168.1.10:5984',
      'ftp://192.168.1.10',
      'file:///C:/',
      '*',
      '',
      'http://192.168.1.10:5984/',
    ]) {
      expect(() => allowed.lock.allow(bad), bad).toThrow();
    }
    expect(allowed('http://192.168.1.10:5984/profproba')).toBe(true);
    expect(allowed('http://192.168.1.11:5984/profproba')).toBe(false);
  });

  it('lets the app load its own files and blobs but nothing from the network', () => {
    const allowed = check();
    expect(allowed('app://profproba/assets/index.js')).toBe(true);
    expect(allowed('blob:app://profproba/1')).toBe(true);
    expect(allowed('data:image/png;base64,AAAA')).toBe(true);
    for (const url of [
      'https://example.com/x.js',
      'http://127.0.0.1:5173/',
      'ws://a/',
      'wss://a/',
      'ftp://a/',
    ]) {
      expect(allowed(url), url).toBe(false);
    }
  });

  it('reaches the dev server and its hot-reload socket only while developing', () => {
    const allowed = check('http://127.0.0.1:5173/');
    expect(allowed('http://127.0.0.1:5173/src/main.tsx')).toBe(true);
    expect(allowed('ws://127.0.0.1:5173/')).toBe(true);
    expect(allowed('http://127.0.0.1:5174/')).toBe(false);
  });
});

describe('IPC sender check', () => {
  const frame = (url: string, parent: unknown = null) => ({ url, parent }) as unknown as WebFrameMain;
  it('trusts only the app top frame', () => {
    expect(isTrustedSender(frame('app://profproba/index.html'))).toBe(true);
    expect(isTrustedSender(frame('app://profproba/index.html', {}))).toBe(false);
    expect(isTrustedSender(frame('https://example.com/'))).toBe(false);
    expect(isTrustedSender(frame('file:///C:/x.html'))).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('the dev server address (VITE_DEV_SERVER_URL)', () => {
  it('is ignored by the installed app, whatever it says', () => {
    expect(devServerUrlFrom('http://127.0.0.1:5173/', true)).toBeUndefined();
    expect(devServerUrlFrom('http://localhost:5173', true)).toBeUndefined();
  });

  it('in a development run, only a loopback http server with a port', () => {
    expect(devServerUrlFrom('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrlFrom('http://localhost:5173', false)).toBe('http://localhost:5173/');
    for (const refused of [
      'https://evil.example:5173/',
      'http://evil.example:5173/',
      'http://127.0.0.1.evil.example:5173/',
      'http://localhost.evil.example:5173/',
      'http://127.0.0.1/',
      'http://localhost:80/',
      'http://user:pw@127.0.0.1:5173/',
      'https://127.0.0.1:5173/',
      'file:///C:/app/index.html',
      'app://profproba/index.html',
      'not a url',
      '',
    ]) {
      expect(devServerUrlFrom(refused, false), refused).toBeUndefined();
    }
    expect(devServerUrlFrom(undefined, false)).toBeUndefined();
  });
});
