import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../shared/csp';
import { IPC_EVENTS, channelName, ipcSchemas, type IpcChannel } from '../shared/ipc/contract';

/**
 * main.ts imported against a fake `electron`: checks that the entry point wires every safeguard, in the
 * right order, without an Electron binary.
 */

type Fn = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const order: string[] = [];
  const state = {
    order,
    lock: true,
    packaged: false,
    switches: [] as string[],
    paths: new Map<string, string>(),
    appListeners: new Map<string, (...args: unknown[]) => unknown>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcChannels: [] as string[],
    ipcFns: new Map<string, (...args: unknown[]) => unknown>(),
    windows: [] as {
      options: Record<string, unknown>;
      listeners: Map<string, (...args: unknown[]) => unknown>;
      pageListeners: Map<string, (...args: unknown[]) => unknown>;
      loadURL: ReturnType<typeof vi.fn>;
      send: ReturnType<typeof vi.fn>;
    }[],
    ready: null as null | (() => void),
    sessions: {} as Record<string, Record<string, ReturnType<typeof vi.fn>>>,
  };
  return state;
});

function fakeSession(name: string) {
  const s = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    onBeforeRequest: vi.fn(),
  };
  h.sessions[name] = s;
  return { ...s, webRequest: { onBeforeRequest: s.onBeforeRequest } };
}

vi.mock('electron', () => {
  class BrowserWindow {
    listeners = new Map<string, Fn>();
    pageListeners = new Map<string, Fn>();
    loadURL = vi.fn(async () => undefined);
    send = vi.fn();
    webContents = {
      on: (name: string, fn: Fn) => this.pageListeners.set(name, fn),
      send: this.send,
      isLoading: () => false,
      reload: vi.fn(),
    };
    constructor(public options: Record<string, unknown>) {
      h.order.push('BrowserWindow');
      h.windows.push(this as never);
    }
    on = (name: string, fn: Fn) => this.listeners.set(name, fn);
    once = (name: string, fn: Fn) => this.listeners.set(name, fn);
    maximize = vi.fn();
    isDestroyed = () => false;
    isVisible = () => true;
    isMinimized = () => false;
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
  }
  return {
    BrowserWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    app: {
      setName: vi.fn((name: string) => h.order.push(`setName ${name}`)),
      setPath: vi.fn((name: string, value: string) => {
        h.order.push(`setPath ${name}`);
        h.paths.set(name, value);
      }),
      getPath: vi.fn((name: string) => h.paths.get(name) ?? path.join(tmp, name)),
      setAppLogsPath: vi.fn((value: string) => h.paths.set('logs', value)),
      requestSingleInstanceLock: vi.fn(() => {
        h.order.push('requestSingleInstanceLock');
        return h.lock;
      }),
      quit: vi.fn(),
      on: vi.fn((name: string, fn: Fn) => h.appListeners.set(name, fn)),
      whenReady: vi.fn(
        () =>
          new Promise<void>((resolve) => {
            h.ready = () => {
              h.order.push('ready');
              resolve();
            };
          }),
      ),
      getVersion: () => '0.1.0',
      exit: vi.fn(),
      get isPackaged() {
        return h.packaged;
      },
      commandLine: { hasSwitch: vi.fn((name: string) => h.switches.includes(name)) },
    },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
    },
    ipcMain: {
      handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => {
        h.ipcChannels.push(channel);
        h.ipcFns.set(channel, fn);
      }),
      removeAllListeners: vi.fn(),
      removeHandler: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => h.order.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string, fn: (request: Request) => Promise<Response>) =>
        h.protocolHandlers.set(scheme, fn),
      ),
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(text),
      decryptString: (data: Buffer) => data.toString(),
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    session: {
      get defaultSession() {
        return h.sessions.default
          ? sessionObjects.default
          : (sessionObjects.default = fakeSession('default'));
      },
      fromPartition: vi.fn((name: string) => (sessionObjects[name] ??= fakeSession(name))),
    },
    shell: { openPath: vi.fn(), openExternal: vi.fn() },
  };
});
const sessionObjects: Record<string, ReturnType<typeof fakeSession>> = {};

const log = vi.hoisted(() => ({
  transports: { file: {} as Record<string, unknown>, console: {} as Record<string, unknown> },
  hooks: [] as unknown[],
  info: vi.fn(),
  warn: vi.fn(),
  error: vi.fn(),
  initialize: vi.fn(),
}));
vi.mock('electron-log/main', () => ({ default: log }));

const processHandlers = new Map<string, Fn>();
let tmp: string;

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  h.order.length = 0;
  h.lock = true;
  h.packaged = false;
  h.switches = [];
  h.paths.clear();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'profproba-main-'));
  h.paths.set('appData', path.join(tmp, 'AppData', 'Roaming'));
  h.paths.set('temp', tmp);
  h.appListeners.clear();
  h.protocolHandlers.clear();
  h.ipcChannels.length = 0;
  h.ipcFns.clear();
  h.windows.length = 0;
  h.ready = null;
  for (const key of Object.keys(h.sessions)) delete h.sessions[key];
  for (const key of Object.keys(sessionObjects)) delete sessionObjects[key];
  log.hooks.length = 0;
  processHandlers.clear();
  // The real process must not get the app's crash handlers: they would swallow test failures.
  const original = process.on.bind(process);
  vi.spyOn(process, 'on').mockImplementation(((name: string, fn: Fn) => {
    if (name === 'uncaughtException' || name === 'unhandledRejection') {
      processHandlers.set(name, fn);
      return process;
    }
    return original(name as never, fn as never);
  }) as typeof process.on);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function startApp() {
  const electron = await import('electron');
  await import('./main');
  expect(h.ready).not.toBeNull();
  h.ready!();
  await vi.waitFor(() => expect(h.windows[0]?.loadURL).toHaveBeenCalled());
  return electron;
}

describe('main process wiring', () => {
  it('before ready: fixed data folder, logging, crash handlers, app scheme, single-instance lock', async () => {
    const electron = await import('electron');
    await import('./main');
    expect(electron.app.setName).toHaveBeenCalledWith('ПрофПроба');
    expect(electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      path.join(tmp, 'AppData', 'Roaming', 'ПрофПроба'),
    );
    expect(electron.app.setAppLogsPath).toHaveBeenCalledWith(
      path.join(tmp, 'AppData', 'Roaming', 'ПрофПроба', 'logs'),
    );
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect(h.order).toContain('requestSingleInstanceLock');
    expect(h.order).not.toContain('ready');
    expect(h.appListeners.has('second-instance')).toBe(true);
    expect([...processHandlers.keys()].sort()).toEqual(['uncaughtException', 'unhandledRejection']);
    // Logs go to %APPDATA%\ПрофПроба\logs\main.log, through the redacting hook, without electron-log's preload.
    expect((log.transports.file.resolvePathFn as () => string)()).toBe(
      path.join(tmp, 'AppData', 'Roaming', 'ПрофПроба', 'logs', 'main.log'),
    );
    expect(log.hooks).toHaveLength(1);
    expect(log.initialize).not.toHaveBeenCalled();
    // …and electron-log's own renderer channel, registered on import, is removed again.
    expect(electron.ipcMain.removeAllListeners).toHaveBeenCalledWith('__ELECTRON_LOG__');
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith('__ELECTRON_LOG__');
  });

  it('after ready: one hardened window, guards, permissions, network lock, IPC, and the app page', async () => {
    await startApp();
    expect(h.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(h.order.indexOf('ready'));
    expect(h.order.indexOf('setPath userData')).toBeLessThan(h.order.indexOf('ready'));
    expect(h.windows).toHaveLength(1);
    const win = h.windows[0]!;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect((win.options.webPreferences as { preload: string }).preload).toMatch(/preload\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://profproba/index.html');

    const def = h.sessions.default!;
    expect(def.setPermissionRequestHandler).toHaveBeenCalled();
    expect(def.setPermissionCheckHandler).toHaveBeenCalled();
    expect(def.setDevicePermissionHandler).toHaveBeenCalled();
    expect(def.onBeforeRequest).toHaveBeenCalled();
    // The print windows' own session is locked down too.
    expect(h.sessions['profproba-print']!.onBeforeRequest).toHaveBeenCalled();
    expect(h.sessions['profproba-print']!.setPermissionRequestHandler).toHaveBeenCalled();

    expect(h.ipcChannels.sort()).toEqual(
      Object.keys(ipcSchemas)
        .map((c) => channelName(c as IpcChannel))
        .sort(),
    );
    // Failure handlers on the window: no silent white window.
    expect([...win.pageListeners.keys()]).toEqual(
      expect.arrayContaining(['render-process-gone', 'did-fail-load', 'did-finish-load']),
    );
    expect(win.listeners.has('unresponsive')).toBe(true);
  });

  it('guards every web contents created later (windows, frames, print windows)', async () => {
    await startApp();
    const created = h.appListeners.get('web-contents-created')!;
    const on = vi.fn();
    const setWindowOpenHandler = vi.fn();
    created({}, { on, setWindowOpenHandler });
    expect(on.mock.calls.map((c) => c[0])).toEqual(
      expect.arrayContaining([
        'will-navigate',
        'will-redirect',
        'will-frame-navigate',
        'will-attach-webview',
      ]),
    );
    const deny = setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => { action: string };
    expect(deny({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    // Denied outright: not even an https link goes to the system browser.
    const electron = await import('electron');
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('serves the renderer from app://profproba/ with the CSP header and nothing outside it', async () => {
    await startApp();
    const serve = h.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://profproba/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
    // No sync server configured yet: no http(s) at all.
    expect(page.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(null));
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    // Every response, not only the page: a 404 carries the policy too.
    const missing = await serve(new Request('app://profproba/no-such-file.js'));
    expect(missing.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(null));
    expect(missing.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await serve(new Request('app://profproba/..%2f..%2fpackage.json'))).status).toBe(404);
    expect((await serve(new Request('app://profproba/no-such-file.js'))).status).toBe(404);
    expect((await serve(new Request('app://other/index.html'))).status).toBe(404);
  });

  it('the page naming a sync server: the CSP header names exactly it, and a new one reloads the window', async () => {
    await startApp();
    const serve = h.protocolHandlers.get('app')!;
    const setSyncServer = h.ipcFns.get('profproba:setSyncServer')!;
    const win = h.windows[0]! as unknown as { webContents: { reload: ReturnType<typeof vi.fn> } };
    const event = { sender: {}, senderFrame: { url: 'app://profproba/index.html', parent: null } };
    const csp = async () =>
      (await serve(new Request('app://profproba/index.html'))).headers.get('Content-Security-Policy');

    await setSyncServer(event, 'https://couch.venue:6984');
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(await csp()).toBe(contentSecurityPolicy('https://couch.venue:6984'));
    // The same server again (the reloaded page resumes sync): no second reload.
    await setSyncServer(event, 'https://couch.venue:6984');
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);

    await setSyncServer(event, 'http://192.168.1.10:5984');
    expect(win.webContents.reload).toHaveBeenCalledTimes(2);
    const changed = await csp();
    expect(changed).toContain("connect-src 'self' data: blob: http://192.168.1.10:5984;");
    expect(changed).not.toContain('couch.venue');
  });

  it('the next start names the last server in the CSP at once: no reload when the page names it again', async () => {
    const data = path.join(tmp, 'AppData', 'Roaming', 'ПрофПроба');
    fs.mkdirSync(data, { recursive: true });
    fs.writeFileSync(path.join(data, 'sync-server-origin.txt'), 'https://couch.venue:6984');
    await startApp();
    const serve = h.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://profproba/index.html'));
    expect(page.headers.get('Content-Security-Policy')).toBe(
      contentSecurityPolicy('https://couch.venue:6984'),
    );
    const win = h.windows[0]! as unknown as { webContents: { reload: ReturnType<typeof vi.fn> } };
    const event = { sender: {}, senderFrame: { url: 'app://profproba/index.html', parent: null } };
    await h.ipcFns.get('profproba:setSyncServer')!(event, 'https://couch.venue:6984');
    expect(win.webContents.reload).not.toHaveBeenCalled();
    // Another server: reloaded, and kept for the next start.
    await h.ipcFns.get('profproba:setSyncServer')!(event, 'http://192.168.1.10:5984');
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(fs.readFileSync(path.join(data, 'sync-server-origin.txt'), 'utf8')).toBe(
      'http://192.168.1.10:5984',
    );
  });

  it('a second start with a backup file focuses this window and forwards the file', async () => {
    await startApp();
    const win = h.windows[0]!;
    const file = path.join(tmp, 'Вектор.profproba-backup');
    fs.writeFileSync(file, new Uint8Array([7, 7]));
    h.appListeners.get('second-instance')!({}, ['C:\\ProfProba.exe', '--flag', file], tmp);
    await vi.waitFor(() => expect(win.send).toHaveBeenCalled());
    expect(win.send).toHaveBeenCalledWith(IPC_EVENTS.openBackupFile, {
      name: 'Вектор.profproba-backup',
      data: new Uint8Array([7, 7]),
    });
  });

  it('quits at once when another instance already runs', async () => {
    h.lock = false;
    const electron = await import('electron');
    await import('./main');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(h.appListeners.has('second-instance')).toBe(false);
  });

  it('the installed app refuses to start with debugging switches (the fuses cover only Node’s)', async () => {
    h.packaged = true;
    h.switches = ['remote-debugging-port'];
    const electron = await import('electron');
    await import('./main');
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('the installed app ignores VITE_DEV_SERVER_URL: its own page, no network or IPC for that origin', async () => {
    vi.stubEnv('VITE_DEV_SERVER_URL', 'http://127.0.0.1:5173/');
    h.packaged = true;
    await startApp();
    expect(h.windows[0]!.loadURL).toHaveBeenCalledWith('app://profproba/index.html');
    const onBefore = h.sessions.default!.onBeforeRequest!.mock.calls[0]![0] as (
      details: { url: string },
      callback: (r: { cancel: boolean }) => void,
    ) => void;
    const callback = vi.fn();
    onBefore({ url: 'http://127.0.0.1:5173/src/main.tsx' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('a development run loads a loopback dev server', async () => {
    vi.stubEnv('VITE_DEV_SERVER_URL', 'http://localhost:5173');
    await startApp();
    expect(h.windows[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('a development run given a foreign dev server address loads the app page instead', async () => {
    vi.stubEnv('VITE_DEV_SERVER_URL', 'https://evil.example:5173/');
    await startApp();
    expect(h.windows[0]!.loadURL).toHaveBeenCalledWith('app://profproba/index.html');
  });

  it.each(['no-sandbox', 'enable-logging'])('the installed app refuses to start with --%s', async (name) => {
    h.packaged = true;
    h.switches = [name];
    const electron = await import('electron');
    await import('./main');
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('a development run (not packaged) may be debugged', async () => {
    h.switches = ['inspect'];
    const electron = await import('electron');
    await import('./main');
    expect(electron.app.exit).not.toHaveBeenCalled();
    expect(electron.app.whenReady).toHaveBeenCalled();
  });

  it('the Файл menu opens the data, backups and logs folders', async () => {
    const electron = await startApp();
    const template = vi.mocked(electron.Menu.buildFromTemplate).mock.calls[0]![0] as unknown as {
      label: string;
      submenu: { label?: string; click?: () => void }[];
    }[];
    const file = template.find((m) => m.label === 'Файл')!;
    const click = (label: string) => file.submenu.find((i) => i.label === label)!.click!();
    click('Открыть папку журналов ошибок');
    click('Открыть папку резервных копий');
    const userData = path.join(tmp, 'AppData', 'Roaming', 'ПрофПроба');
    expect(vi.mocked(electron.shell.openPath).mock.calls).toEqual([
      [path.join(userData, 'logs')],
      [path.join(userData, 'backups')],
    ]);
  });
});
