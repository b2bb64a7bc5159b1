import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents, WebFrameMain } from 'electron';
import {
  denyAllPermissions,
  guardWebContents,
  isAppUrl,
  isTrustedSender,
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
      webviewTag: false,
    });
  });
});

describe('navigation guard', () => {
  function fakeContents() {
    const listeners: Record<string, (event: { preventDefault: () => void }, url: string) => void> = {};
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: vi.fn((name: string, fn: (event: { preventDefault: () => void }, url: string) => void) => {
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

  it('allows only the app origin and denies everything else', () => {
    const { contents, listeners } = fakeContents();
    guardWebContents(contents, vi.fn());
    for (const [url, allowed] of [
      ['app://profproba/index.html#/programs', true],
      ['app://evil/index.html', false],
      ['https://example.com/', false],
      ['file:///etc/passwd', false],
      ['javascript:alert(1)', false],
    ] as const) {
      const event = { preventDefault: vi.fn() };
      listeners['will-navigate']!(event, url);
      expect(event.preventDefault).toHaveBeenCalledTimes(allowed ? 0 : 1);
    }
  });

  it('denies every new window and hands http(s) links to the system browser only', () => {
    const openExternal = vi.fn();
    const { contents, open } = fakeContents();
    guardWebContents(contents, openExternal);
    expect(open('https://bvbinfo.ru/')).toEqual({ action: 'deny' });
    expect(open('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny' });
    expect(open('app://profproba/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://bvbinfo.ru/');
  });

  it('accepts a dev-server origin only when one is configured', () => {
    expect(isAppUrl('http://127.0.0.1:5173/')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', 'http://127.0.0.1:5173/')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:9999/', 'http://127.0.0.1:5173/')).toBe(false);
  });
});

describe('permissions', () => {
  it('are all denied', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (fn: typeof requestHandler) => (requestHandler = fn),
      setPermissionCheckHandler: (fn: typeof checkHandler) => (checkHandler = fn),
    } as unknown as Session;
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const cb = vi.fn();
      requestHandler!({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
  });
});

describe('IPC sender check', () => {
  const frame = (url: string, parent: unknown = null) => ({ url, parent }) as unknown as WebFrameMain;
  it('trusts only the app top frame', () => {
    expect(isTrustedSender(frame('app://profproba/index.html'))).toBe(true);
    expect(isTrustedSender(frame('app://profproba/index.html', {}))).toBe(false);
    expect(isTrustedSender(frame('https://example.com/'))).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
