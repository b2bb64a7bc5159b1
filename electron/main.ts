import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, net, protocol, screen, session, shell } from 'electron';
import log from 'electron-log/main';
import { APP_ORIGIN, APP_SCHEME, IPC_EVENTS, type OpenedFile } from '../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { mimeType, resolveAppRequest } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { russianMenuTemplate } from './menu';
import { appFolders } from './paths';
import { denyAllPermissions, guardWebContents, isHttpUrl, secureWebPreferences } from './security';
import { loadWindowState, saveWindowState } from './window-state';

/**
 * The main process stays thin: it serves the renderer from `app://profproba/`, opens one hardened window,
 * and answers the typed IPC calls. Everything else happens in the renderer.
 */

const BACKUP_EXTENSION = '.profproba-backup';
const devServerUrl = process.env.VITE_DEV_SERVER_URL;
const rendererRoot = path.join(__dirname, '..', 'renderer');

log.initialize();
log.transports.file.level = 'info';
process.on('uncaughtException', (error) => {
  log.error('Uncaught exception', error);
  dialog.showErrorBox(
    'ПрофПроба: ошибка',
    `Произошла непредвиденная ошибка. Данные сохранены.\n\n${error.message}`,
  );
});
process.on('unhandledRejection', (reason) => log.error('Unhandled rejection', reason));

// Must run before `ready`: a standard, secure scheme gets its own stable origin for IndexedDB.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

let mainWindow: BrowserWindow | null = null;
let pendingBackupFile: OpenedFile | null = null;

function backupArgument(argv: readonly string[]): string | undefined {
  return argv.find((a) => a.toLowerCase().endsWith(BACKUP_EXTENSION) && fs.existsSync(a));
}

function deliverBackupFile(filePath: string): void {
  try {
    const file: OpenedFile = {
      name: path.basename(filePath),
      data: new Uint8Array(fs.readFileSync(filePath)),
    };
    if (mainWindow && !mainWindow.webContents.isLoading())
      mainWindow.webContents.send(IPC_EVENTS.openBackupFile, file);
    else pendingBackupFile = file;
  } catch (error) {
    log.error('Could not read the backup file passed on the command line', error);
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const file = backupArgument(argv);
    if (file) deliverBackupFile(file);
  });
  void app.whenReady().then(start);
}

async function htmlToPdf(html: string, landscape: boolean): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { ...secureWebPreferences(''), preload: undefined, javascript: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return new Uint8Array(
      await win.webContents.printToPDF({ landscape, pageSize: 'A4', printBackground: true }),
    );
  } finally {
    win.destroy();
  }
}

async function printPdf(data: Uint8Array, title: string): Promise<boolean> {
  const folder = path.join(app.getPath('temp'), 'profproba-print');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `print-${Date.now()}.pdf`);
  fs.writeFileSync(file, data);
  const win = new BrowserWindow({
    show: false,
    title,
    webPreferences: { ...secureWebPreferences(''), preload: undefined, plugins: true },
  });
  try {
    await win.loadFile(file);
    return await new Promise<boolean>((resolve) =>
      win.webContents.print({ silent: false, printBackground: true }, (ok) => resolve(ok)),
    );
  } finally {
    win.destroy();
    fs.rmSync(file, { force: true });
  }
}

async function start(): Promise<void> {
  const folders = appFolders(app.getPath('userData'), app.getPath('logs'));
  const stateFile = path.join(folders.data, 'window-state.json');

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rendererRoot);
    if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(`file://${file}`);
    const headers = new Headers({ 'Content-Type': mimeType(file) });
    if (file.endsWith('.html')) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: 200, headers });
  });

  denyAllPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, (url) => void shell.openExternal(url), devServerUrl),
  );

  registerIpcHandlers({
    ipcMain,
    dialog,
    shell: {
      openPath: shell.openPath,
      openExternal: (url, options) => (isHttpUrl(url) ? shell.openExternal(url, options) : Promise.resolve()),
    },
    getWindow: () => mainWindow,
    folders,
    appVersion: app.getVersion(),
    devServerUrl,
    htmlToPdf,
    printPdf,
    log: (message) => log.warn(message),
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      russianMenuTemplate({
        openDataFolder: () => void shell.openPath(folders.data),
        openBackupsFolder: () => {
          fs.mkdirSync(folders.backups, { recursive: true });
          void shell.openPath(folders.backups);
        },
        about: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'О программе',
            message: `ПрофПроба ${app.getVersion()}`,
            detail: 'Офлайн-журнал площадки профессиональных проб.',
          }),
      }),
    ),
  );

  const state = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  mainWindow = new BrowserWindow({
    ...state,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'ПрофПроба',
    backgroundColor: '#f7f8fa',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  if (state.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.webContents.on('did-finish-load', () => {
    if (pendingBackupFile) {
      mainWindow?.webContents.send(IPC_EVENTS.openBackupFile, pendingBackupFile);
      pendingBackupFile = null;
    }
  });
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    log.error('Renderer process gone', details);
    dialog.showErrorBox(
      'ПрофПроба',
      'Окно программы завершилось с ошибкой и будет перезагружено. Сохранённые данные не пострадали.',
    );
    mainWindow?.reload();
  });
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const bounds = mainWindow.getNormalBounds();
    saveWindowState(stateFile, { ...bounds, maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  const initialFile = backupArgument(process.argv);
  if (initialFile) deliverBackupFile(initialFile);

  await mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());
