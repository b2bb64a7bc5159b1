// Loaded with `node --import ./scripts/smoke-main-bundle.mjs dist/electron/main.cjs` by scripts/check-package.mjs:
// runs the BUILT main bundle (not the TypeScript the unit tests import) against a stand-in `electron`, so a
// bundling mistake — a module left out, a wrong __dirname, a CommonJS/ESM mix-up — shows without Electron.
// Writes what the bundle did to the JSON file named by SMOKE_REPORT.
import Module from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const root = process.env.SMOKE_DIR;
const report = {
  order: [],
  ipcChannels: [],
  removedChannels: [],
  windows: [],
  loaded: [],
  errors: [],
  userData: null,
  logFile: null,
};
const paths = { appData: path.join(root, 'AppData', 'Roaming'), temp: path.join(root, 'Temp') };
let ready;

function fakeSession(name) {
  const note = (what) => () => report.order.push(`${name}.${what}`);
  return {
    setPermissionRequestHandler: note('permissions'),
    setPermissionCheckHandler: note('permissionCheck'),
    setDevicePermissionHandler: note('devices'),
    webRequest: { onBeforeRequest: note('network') },
  };
}

class BrowserWindow {
  constructor(options) {
    report.order.push('BrowserWindow');
    report.windows.push(options);
    this.webContents = {
      on() {},
      send() {},
      reload() {},
      setWindowOpenHandler() {},
      isLoading: () => false,
    };
  }
  on() {}
  once() {}
  maximize() {}
  show() {}
  isDestroyed() {
    return false;
  }
  isVisible() {
    return true;
  }
  async loadURL(url) {
    report.loaded.push(url);
  }
}

const electron = {
  app: {
    isPackaged: true,
    commandLine: { hasSwitch: () => false },
    setName: (name) => report.order.push(`setName ${name}`),
    setPath: (key, value) => {
      paths[key] = value;
      if (key === 'userData') report.userData = value;
      report.order.push(`setPath ${key}`);
    },
    getPath: (key) => paths[key] ?? path.join(root, key),
    setAppLogsPath: (value) => (paths.logs = value),
    requestSingleInstanceLock: () => {
      report.order.push('requestSingleInstanceLock');
      return true;
    },
    on: (name) => report.order.push(`app.on ${name}`),
    quit: () => report.order.push('quit'),
    exit: () => report.order.push('exit'),
    whenReady: () => new Promise((resolve) => (ready = resolve)),
    getVersion: () => '0.0.0-smoke',
  },
  BrowserWindow,
  Menu: { setApplicationMenu: () => report.order.push('menu'), buildFromTemplate: (t) => t },
  dialog: { showErrorBox: (_title, message) => report.errors.push(message) },
  ipcMain: {
    handle: (channel) => report.ipcChannels.push(channel),
    on: (channel) => report.ipcChannels.push(channel),
    removeAllListeners: (channel) => report.removedChannels.push(channel),
    removeHandler: (channel) => report.removedChannels.push(channel),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) =>
      report.order.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join(',')}`),
    handle: (scheme) => report.order.push(`protocol.handle ${scheme}`),
  },
  screen: { getAllDisplays: () => [] },
  session: { defaultSession: fakeSession('default'), fromPartition: (name) => fakeSession(name) },
  shell: { openPath: async () => '', openExternal: async () => undefined },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

process.on('exit', () => {
  const logs = paths.logs && path.join(paths.logs, 'main.log');
  report.logFile = logs && fs.existsSync(logs) ? logs : null;
  fs.writeFileSync(process.env.SMOKE_REPORT, JSON.stringify(report));
});

// Let the bundle's top level run, then say "ready" and give start() a moment.
setTimeout(() => {
  report.order.push('ready');
  ready?.();
  setTimeout(() => undefined, 300);
}, 100);
