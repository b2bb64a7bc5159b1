import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import log from 'electron-log/main';
import { APP_ORIGIN, APP_SCHEME, IPC_EVENTS } from '../shared/ipc/contract';
import { serveAppRequest } from './app-protocol';
import { backupArgument, createBackupForwarder } from './backup-file';
import { installProcessErrorHandlers, watchWindowFailures } from './failure-handling';
import { registerIpcHandlers } from './ipc';
import { configureLogging, describeError } from './logging';
import { russianMenuTemplate } from './menu';
import { PRODUCT_NAME, appFolders, userDataFolder } from './paths';
import { createPrinting } from './printing';
import {
  blockNetwork,
  devServerUrlFrom,
  guardWebContents,
  restrictPermissions,
  secureWebPreferences,
} from './security';
import { loadWindowState, saveWindowState } from './window-state';

/**
 * The main process stays thin: it serves the renderer from `app://profproba/`, opens one hardened window,
 * answers the typed IPC calls and prints. Everything else happens in the renderer.
 */

// Only a development run may load the dev server (see devServerUrlFrom).
const devServerUrl = devServerUrlFrom(process.env.VITE_DEV_SERVER_URL, app.isPackaged);
const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';
const rendererRoot = path.join(__dirname, '..', 'renderer');
const homeDir = os.homedir();

// Data under %APPDATA%\ПрофПроба whatever the exe is called; logs in its logs folder. Before `ready`.
app.setName(PRODUCT_NAME);
app.setPath('userData', userDataFolder(app.getPath('appData')));
app.setAppLogsPath(path.join(app.getPath('userData'), 'logs'));
const folders = appFolders(app.getPath('userData'), app.getPath('logs'));

// No log.initialize(): it would add electron-log's own preload and IPC channel to every page, a way
// around the checked IPC contract. Only the main process logs.
configureLogging(log, folders.logs, homeDir);
// electron-log registers its renderer channel when imported; only the checked IPC contract may be answered.
ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
const logError = (message: string, error?: unknown) =>
  error === undefined ? log.error(message) : log.error(message, describeError(error, homeDir));
installProcessErrorHandlers(process, { dialog, logError });

// The inspector fuse stops Node's --inspect; Chromium's own debugging switches would still expose the
// pages (and the venue's data) to any local program, so the installed app refuses to start with them.
// The same for switches that weaken it: --no-sandbox turns off the renderer's sandbox, and
// --enable-logging writes the pages' console (pupils' data in error texts) to a file or the terminal.
const REFUSED_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'js-flags',
  'no-sandbox',
  'enable-logging',
];
const debuggingRequested = app.isPackaged && REFUSED_SWITCHES.some((name) => app.commandLine.hasSwitch(name));

// Must run before `ready`: a standard, secure scheme gets its own stable origin for IndexedDB.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

let mainWindow: BrowserWindow | null = null;
/** Lets the window close once the page has finished its closing work (see the window's 'close' handler). */
let releaseClose: (() => void) | null = null;
/** How long a closing backup may take before the window closes anyway. */
const CLOSING_WORK_LIMIT_MS = 30_000;

const backups = createBackupForwarder({
  getWindow: () => mainWindow,
  readFile: async (file) => new Uint8Array(await fs.promises.readFile(file)),
  fileSize: async (file) => (await fs.promises.stat(file)).size,
  logError,
  showError: (message) => dialog.showErrorBox('ПрофПроба', message),
});

if (debuggingRequested) {
  log.warn('Started with a debugging or unsafe switch: refused');
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // Another ПрофПроба is running: it receives this argv (and a backup file in it) through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    }
    const file = backupArgument(argv, fs.existsSync);
    if (file) void backups.deliver(file);
  });
  app.on('window-all-closed', () => app.quit());
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logError('Start-up failed', error);
      dialog.showErrorBox('ПрофПроба', 'Программа не смогла запуститься. Подробности — в журнале ошибок.');
      app.quit();
    });
}

async function start(): Promise<void> {
  const stateFile = path.join(folders.data, 'window-state.json');
  log.info(`ПрофПроба ${app.getVersion()} started`);

  restrictPermissions(session.defaultSession, devServerUrl);
  // The server the CSP named last run: this run's first page names it too, so a start with sync on needs no reload.
  const policyFile = path.join(folders.data, 'sync-server-origin.txt');
  let previousPolicy: string | null = null;
  try {
    previousPolicy = fs.readFileSync(policyFile, 'utf8').trim();
  } catch {
    // No file: no server named yet.
  }
  const networkLock = blockNetwork(session.defaultSession, devServerUrl, previousPolicy);
  // The CSP header names the sync server the lock lets through (electron/app-protocol.ts).
  protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest(
      request,
      rendererRoot,
      (file) => fs.promises.readFile(file),
      () => networkLock.policyOrigin(),
    ),
  );
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServerUrl));

  const printing = createPrinting({
    createWindow: (options) => new BrowserWindow(options),
    session: session.fromPartition('profproba-print'),
    tempFolder: path.join(app.getPath('temp'), 'ProfProba-print'),
  });
  void printing.cleanUp();

  registerIpcHandlers({
    onCloseReady: () => releaseClose?.(),
    ipcMain,
    dialog,
    shell: { openPath: (folder) => shell.openPath(folder) },
    getWindow: () => mainWindow,
    folders,
    appVersion: app.getVersion(),
    devServerUrl,
    // A new server reloads the window: its CSP, fixed when the page loaded, admits only the previous one.
    allowSyncServer: (origin) => {
      if (!networkLock.allow(origin)) return;
      try {
        fs.mkdirSync(folders.data, { recursive: true });
        fs.writeFileSync(policyFile, networkLock.policyOrigin() ?? '');
      } catch (error) {
        // Only costs a reload at the next start.
        log.warn(`The sync server's origin was not kept: ${describeError(error, homeDir)}`);
      }
      mainWindow?.webContents.reload();
    },
    printPdf: printing.printPdf,
    log: (message) => log.warn(message),
    safeStorage,
  });

  const openFolder = (folder: string) => {
    fs.mkdirSync(folder, { recursive: true });
    void shell.openPath(folder);
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      russianMenuTemplate({
        openDataFolder: () => openFolder(folders.data),
        openBackupsFolder: () => openFolder(folders.backups),
        openLogsFolder: () => openFolder(folders.logs),
        about: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'О программе',
            message: `ПрофПроба ${app.getVersion()}`,
            detail: `Офлайн-журнал площадки профессиональных проб.\n\nДанные: ${folders.data}`,
          }),
      }),
    ),
  );

  const state = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow({
    ...state,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'ПрофПроба',
    backgroundColor: '#f7f8fa',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow = win;
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // Should the first paint never come, show the window anyway rather than leave nothing on screen.
  setTimeout(() => {
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  }, 10_000);
  watchWindowFailures(win, { dialog, logError, quit: () => app.quit() });
  win.webContents.on('did-finish-load', () => backups.flush());
  let closingWorkDone = false;
  win.on('close', (event) => {
    try {
      saveWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (error) {
      logError('Could not save the window position', error);
    }
    // The first close lets the page write its automatic backup on quit; the window closes when the page
    // says it is done, or after a time limit so a stuck page never keeps the app open.
    if (closingWorkDone || win.webContents.isLoading() || win.webContents.isCrashed()) return;
    event.preventDefault();
    closingWorkDone = true;
    const finish = () => {
      clearTimeout(timer);
      releaseClose = null;
      if (!win.isDestroyed()) win.close();
    };
    const timer = setTimeout(finish, CLOSING_WORK_LIMIT_MS);
    releaseClose = finish;
    win.webContents.send(IPC_EVENTS.beforeClose);
  });
  win.on('closed', () => {
    mainWindow = null;
  });

  const initialFile = backupArgument(process.argv, fs.existsSync);
  if (initialFile) void backups.deliver(initialFile);

  // A failed load rejects here and also fires 'did-fail-load', whose handler tells the person.
  await win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`).catch(() => undefined);
}
