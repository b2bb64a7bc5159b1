import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { guardWebContents, secureWebPreferences } from './security';

/**
 * Printing runs in hidden windows that are as locked down as the main one (sandboxed, no
 * preload, so no IPC) and more: they live in their own in-memory session that reaches no network and no
 * file except the one document being printed, and they may not navigate or open windows. The document is
 * written into the app's own temporary folder and removed right after.
 *
 * A PDF is printed through a preview step: once loaded, its window is shown (the document as it will print,
 * in the same locked-down window) and the system print dialog opens over it; cancelling closes both.
 */

type HiddenWindow = Pick<BrowserWindow, 'loadFile' | 'destroy' | 'isDestroyed' | 'show'> & {
  webContents: Pick<BrowserWindow['webContents'], 'print' | 'on' | 'setWindowOpenHandler'>;
};

export interface PrintingDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => HiddenWindow;
  /** A non-persistent session used only by these windows. */
  session: Session;
  /** The app's own temporary folder, e.g. %TEMP%\ПрофПроба-печать. */
  tempFolder: string;
}

/** The hidden windows' options; `javascript` stays on only where Chromium's PDF viewer needs it. */
export function hiddenWindowOptions(
  session: Session,
  javascript: boolean,
  title: string,
): BrowserWindowConstructorOptions {
  return {
    // Created hidden so no blank window flashes; the PDF's window is shown once the document is loaded.
    show: false,
    title,
    width: 900,
    height: 720,
    webPreferences: { ...secureWebPreferences(), session, javascript, plugins: javascript },
  };
}

export function createPrinting(deps: PrintingDeps) {
  const allowedFiles = new Set<string>();
  // Compared as paths, not URL strings: Node and Chromium percent-encode a few characters differently.
  const key = (file: string) => {
    const resolved = path.resolve(file);
    return process.platform === 'win32' ? resolved.toLowerCase() : resolved;
  };
  function allowed(url: string): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    // What Chromium's PDF viewer is made of, and images embedded in the document itself.
    if (['chrome-extension:', 'chrome:', 'data:'].includes(parsed.protocol)) return true;
    if (parsed.protocol !== 'file:') return false;
    try {
      return allowedFiles.has(key(fileURLToPath(parsed)));
    } catch {
      return false;
    }
  }

  // Only the document being printed may be loaded: no network, no other local file.
  deps.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed(details.url) }));
  deps.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  deps.session.setPermissionCheckHandler(() => false);

  async function withDocument<T>(
    extension: 'pdf',
    data: Uint8Array,
    javascript: boolean,
    title: string,
    use: (win: HiddenWindow) => Promise<T>,
  ): Promise<T> {
    await fs.mkdir(deps.tempFolder, { recursive: true });
    const file = path.join(deps.tempFolder, `${randomUUID()}.${extension}`);
    await fs.writeFile(file, data);
    allowedFiles.add(key(file));
    const win = deps.createWindow(hiddenWindowOptions(deps.session, javascript, title));
    guardWebContents(win.webContents as BrowserWindow['webContents']);
    try {
      await win.loadFile(file);
      return await use(win);
    } finally {
      allowedFiles.delete(key(file));
      if (!win.isDestroyed()) win.destroy();
      await fs.rm(file, { force: true });
    }
  }

  return {
    /**
     * Shows the PDF (certificates, lists, sheets) in its preview window and the system print dialog over it.
     * Resolves to false if cancelled.
     */
    printPdf: (data: Uint8Array, title: string): Promise<boolean> =>
      withDocument('pdf', data, true, title, (win) => {
        // The preview step: the coordinator sees the document while choosing the printer and copies.
        win.show();
        return new Promise<boolean>((resolve) =>
          win.webContents.print({ silent: false, printBackground: true }, (ok) => resolve(ok)),
        );
      }),

    /** Removes documents a crash left behind. */
    cleanUp: () => fs.rm(deps.tempFolder, { recursive: true, force: true }),
  };
}
