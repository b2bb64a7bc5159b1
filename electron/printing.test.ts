import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, Session } from 'electron';
import { createPrinting, type PrintingDeps } from './printing';

type Listener = (...args: unknown[]) => void;

let tmp: string;
let windows: FakeWindow[];
let requestFilter: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
let permissionRequest: (c: unknown, p: string, cb: (ok: boolean) => void) => void;
let session: Session;
/** Lets a test look at the request filter while a document is loaded. */
let loadGate: Promise<void> = Promise.resolve();
let failLoads = false;

class FakeWindow {
  listeners: Record<string, Listener> = {};
  openHandler?: (d: { url: string }) => { action: string };
  loaded?: string;
  destroyed = false;
  filesDuringUse: string[] = [];
  printResult = true;
  /** What happened to the window, in order: the preview must be on screen before the print dialog. */
  steps: string[] = [];
  show = vi.fn(() => this.steps.push('show'));
  webContents = {
    on: (name: string, fn: Listener) => (this.listeners[name] = fn),
    setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => (this.openHandler = fn),
    print: vi.fn((_options: unknown, callback: (ok: boolean) => void) => {
      this.steps.push('print');
      this.filesDuringUse = fs.readdirSync(tmp);
      callback(this.printResult);
    }),
  };
  constructor(public options: BrowserWindowConstructorOptions) {}
  loadFile = vi.fn(async (file: string) => {
    this.steps.push('load');
    this.loaded = file;
    await loadGate;
    if (failLoads) throw new Error('ERR_FAILED');
  });
  destroy = () => {
    this.steps.push('destroy');
    this.destroyed = true;
  };
  isDestroyed = () => this.destroyed;
}

function allowed(url: string): boolean {
  const cb = vi.fn();
  requestFilter({ url }, cb);
  return !(cb.mock.calls[0]![0] as { cancel: boolean }).cancel;
}

let printing: ReturnType<typeof createPrinting>;

beforeEach(() => {
  tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'profproba-print-')), 'ProfProba-print');
  windows = [];
  session = {
    webRequest: { onBeforeRequest: (fn: typeof requestFilter) => (requestFilter = fn) },
    setPermissionRequestHandler: (fn: typeof permissionRequest) => (permissionRequest = fn),
    setPermissionCheckHandler: vi.fn(),
  } as unknown as Session;
  const deps: PrintingDeps = {
    createWindow: (options) => {
      const win = new FakeWindow(options);
      windows.push(win);
      return win as unknown as ReturnType<PrintingDeps['createWindow']>;
    },
    session,
    tempFolder: tmp,
  };
  printing = createPrinting(deps);
});

afterEach(() => fs.rmSync(path.dirname(tmp), { recursive: true, force: true }));

describe('hidden print windows', () => {
  it('are hidden, sandboxed, without preload or Node, in the print session', async () => {
    await printing.printPdf(new Uint8Array([37, 80]), 'Сертификаты');
    const pdf = windows[0]!;
    expect(pdf.options.show).toBe(false);
    expect(pdf.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      session,
    });
    expect(pdf.options.webPreferences).not.toHaveProperty('preload');
    // Chromium's PDF viewer needs its own scripts.
    expect(pdf.options.webPreferences).toMatchObject({ javascript: true, plugins: true });
    expect(pdf.options.title).toBe('Сертификаты');
  });

  it('may not navigate or open windows', async () => {
    await printing.printPdf(new Uint8Array([1]), 'x');
    const win = windows[0]!;
    const event = { preventDefault: vi.fn() };
    win.listeners['will-navigate']!(event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(win.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('open the system print dialog (not silent) and report cancel as false', async () => {
    windows = [];
    const result = printing.printPdf(new Uint8Array([37]), 'Список');
    await expect(result).resolves.toBe(true);
    expect(windows[0]!.webContents.print).toHaveBeenCalledWith(
      { silent: false, printBackground: true },
      expect.any(Function),
    );
    expect(windows[0]!.filesDuringUse[0]).toMatch(/\.pdf$/);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('show the loaded document as a preview, then the print dialog over it; cancelling closes both', async () => {
    windows = [];
    let open = () => undefined as void;
    loadGate = new Promise((resolve) => (open = resolve));
    const p = printing.printPdf(new Uint8Array([37]), 'Сертификаты');
    await vi.waitFor(() => expect(windows[0]?.loaded).toBeDefined());
    windows[0]!.printResult = false;
    open();
    loadGate = Promise.resolve();
    await expect(p).resolves.toBe(false);
    expect(windows[0]!.steps).toEqual(['load', 'show', 'print', 'destroy']);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('show nothing when loading fails', async () => {
    failLoads = true;
    try {
      await expect(printing.printPdf(new Uint8Array([1]), 'x')).rejects.toThrow('ERR_FAILED');
    } finally {
      failLoads = false;
    }
    expect(windows[0]!.show).not.toHaveBeenCalled();
  });

  it('clean up even when loading fails', async () => {
    failLoads = true;
    try {
      await expect(printing.printPdf(new Uint8Array([1]), 'x')).rejects.toThrow('ERR_FAILED');
    } finally {
      failLoads = false;
    }
    expect(windows[0]!.destroyed).toBe(true);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('reach no network and no file but the document being printed', async () => {
    let seen: boolean[] = [];
    windows = [];
    let open = () => undefined as void;
    loadGate = new Promise((resolve) => (open = resolve));
    const printed = printing.printPdf(new Uint8Array([37, 80, 68, 70]), 'x');
    await vi.waitFor(() => expect(windows[0]?.loaded).toBeDefined());
    const doc = pathToFileURL(windows[0]!.loaded!).href;
    seen = [
      allowed(doc),
      allowed('file:///etc/passwd'),
      allowed(pathToFileURL(path.join(tmp, 'other.pdf')).href),
      allowed('https://evil.example/pixel.png'),
      allowed('http://127.0.0.1/'),
      allowed('data:image/png;base64,AAAA'),
      allowed('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html'),
    ];
    open();
    loadGate = Promise.resolve();
    await printed;
    expect(seen).toEqual([true, false, false, false, false, true, true]);
    // After printing even the document itself is no longer reachable.
    expect(allowed(doc)).toBe(false);
  });

  it('grant no permissions', () => {
    const cb = vi.fn();
    permissionRequest({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });

  it('remove documents a crash left behind', async () => {
    fs.mkdirSync(tmp, { recursive: true });
    fs.writeFileSync(path.join(tmp, 'old.pdf'), 'x');
    await printing.cleanUp();
    expect(fs.existsSync(tmp)).toBe(false);
  });
});
