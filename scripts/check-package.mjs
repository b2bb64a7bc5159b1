// `node scripts/check-package.mjs [--no-build]`: packs the app offline and checks what the installer would
// ship. electron-builder runs for real (its config, file filters, asar packing, fuse flipping) but on a fake
// Electron folder, so nothing is downloaded: a stub binary carries only Electron's fuse sentinel.
// Checks: the built main bundle runs and wires everything (scripts/smoke-main-bundle.mjs), app.asar holds
// only dist/electron, dist/renderer and package.json (no node_modules), the packed
// package.json points at the bundled main, and every security fuse ends up in the state electron-builder.yml
// asks for. The real Windows installer still needs `npm run dist` on a machine with internet.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses');
const { SENTINEL } = require('@electron/fuses/dist/constants');

const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const ALLOWED = [/^\/package\.json$/, /^\/dist(\/electron|\/renderer)?$/, /^\/dist\/(electron|renderer)\//];
const REQUIRED = [
  '/package.json',
  '/dist/electron/main.cjs',
  '/dist/electron/preload.cjs',
  '/dist/electron/package.json',
  '/dist/renderer/index.html',
];
/** What electron-builder.yml sets; '1' enabled, '0' disabled (the byte values of the fuse wire). */
const EXPECTED_FUSES = {
  RunAsNode: '0',
  EnableCookieEncryption: '1',
  EnableNodeOptionsEnvironmentVariable: '0',
  EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1',
  OnlyLoadAppFromAsar: '1',
  GrantFileProtocolExtraPrivileges: '0',
};
/** A stock Electron binary's wire: run-as-node, NODE_OPTIONS, inspect and file:// privileges on. */
const STOCK_WIRE = '10110001';

function run(command, args) {
  const r = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} failed (${r.status})`);
  }
  return r.stdout;
}

/**
 * Runs the built dist/electron/main.cjs under Node with a stand-in `electron` (scripts/smoke-main-bundle.mjs)
 * and checks the wiring the unit tests check on the sources: data folder and app scheme before ready, one
 * sandboxed window with the bundled preload, the app page, and exactly the channels the preload calls.
 */
function smokeMainBundle() {
  const dir = path.join(work, 'smoke');
  mkdirSync(dir);
  const reportFile = path.join(dir, 'report.json');
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(path.join(root, 'scripts', 'smoke-main-bundle.mjs')).href,
      path.join(root, 'dist', 'electron', 'main.cjs'),
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, SMOKE_DIR: dir, SMOKE_REPORT: reportFile } },
  );
  if (r.status !== 0) {
    problems.push(
      `main bundle failed to run (${r.status}): ${r.stderr.trim().split('\n').slice(0, 5).join(' | ')}`,
    );
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const before = (entry) => {
    const at = report.order.indexOf(entry);
    return at >= 0 && at < report.order.indexOf('ready');
  };
  for (const entry of ['setPath userData', 'registerSchemesAsPrivileged app', 'requestSingleInstanceLock']) {
    if (!before(entry)) problems.push(`main bundle: "${entry}" not done before ready`);
  }
  if (!report.userData?.endsWith(path.join('Roaming', 'ПрофПроба')))
    problems.push(`userData is ${report.userData}`);
  const [win, ...more] = report.windows;
  const prefs = win?.webPreferences ?? {};
  if (more.length > 0 || !win) problems.push(`main bundle opened ${report.windows.length} windows`);
  if (prefs.sandbox !== true || prefs.contextIsolation !== true || prefs.nodeIntegration !== false)
    problems.push('main window is not sandboxed/isolated');
  if (!prefs.preload || !existsSync(prefs.preload)) problems.push(`preload not found: ${prefs.preload}`);
  if (report.loaded.join() !== 'app://profproba/index.html') problems.push(`loaded ${report.loaded.join()}`);
  if (report.errors.length > 0) problems.push(`main bundle showed errors: ${report.errors.join(' | ')}`);
  if (!report.logFile) problems.push('no main.log written in the logs folder');
  const handled = report.ipcChannels.filter((c) => !report.removedChannels.includes(c)).sort();
  const called = preloadInvokes(path.join(root, 'dist', 'electron', 'preload.cjs'));
  if (handled.join() !== called.sort().join())
    problems.push(`IPC: main answers [${handled.join()}], preload calls [${called.join()}]`);
  smokeSummary = `main bundle: ${handled.length} IPC channels, window sandboxed, app page loaded`;
}

/**
 * The channels the built preload really invokes: it runs in a fresh context with a stand-in `electron`, and
 * every function it exposes is called once (the names are built at run time, so reading the text would not
 * find them).
 */
function preloadInvokes(file) {
  const invoked = new Set();
  let api = {};
  const electron = {
    contextBridge: { exposeInMainWorld: (_key, value) => (api = value) },
    ipcRenderer: {
      invoke: async (channel) => invoked.add(channel),
      on: () => undefined,
      removeListener: () => undefined,
      send: () => undefined,
    },
  };
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error(`the preload requires ${name}`);
  };
  vm.runInNewContext(readFileSync(file, 'utf8'), { module, exports: module.exports, require, console });
  for (const fn of Object.values(api)) if (typeof fn === 'function') fn({}, () => undefined);
  return [...invoked];
}

let smokeSummary = '';
const work = mkdtempSync(path.join(os.tmpdir(), 'profproba-package-'));
const problems = [];
try {
  if (!process.argv.includes('--no-build')) run(npm, ['run', 'build', '--silent']);
  smokeMainBundle();

  const fakeElectron = path.join(work, 'electron-dist');
  mkdirSync(fakeElectron);
  const electronVersion = require('electron/package.json').version;
  writeFileSync(path.join(fakeElectron, 'version'), electronVersion);
  writeFileSync(
    path.join(fakeElectron, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\nexit 0\n# fuse wire: '),
      Buffer.from(SENTINEL),
      Buffer.from([1, STOCK_WIRE.length]),
      Buffer.from(STOCK_WIRE),
      Buffer.from('\n'),
    ]),
    { mode: 0o755 },
  );

  const output = path.join(work, 'release');
  const started = Date.now();
  run(npx, [
    'electron-builder',
    '--linux',
    'dir',
    '--publish',
    'never',
    `-c.electronDist=${fakeElectron}`,
    `-c.directories.output=${output}`,
  ]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const appDir = path.join(output, 'linux-unpacked');
  const archive = path.join(appDir, 'resources', 'app.asar');
  const entries = asar.listPackage(archive, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
  for (const entry of entries) {
    if (!ALLOWED.some((re) => re.test(entry))) problems.push(`unexpected file in app.asar: ${entry}`);
  }
  for (const entry of REQUIRED) if (!entries.includes(entry)) problems.push(`missing in app.asar: ${entry}`);
  if (entries.some((e) => e.includes('node_modules'))) problems.push('node_modules packed into app.asar');

  const packedPackage = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  if (packedPackage.main !== 'dist/electron/main.cjs') problems.push(`packed main is ${packedPackage.main}`);
  if (packedPackage.productName !== 'ПрофПроба') problems.push('packed productName is not ПрофПроба');

  const wire = await getCurrentFuseWire(path.join(appDir, 'ProfProba'));
  for (const [name, expected] of Object.entries(EXPECTED_FUSES)) {
    const actual = String.fromCharCode(wire[FuseV1Options[name]]);
    if (actual !== expected) problems.push(`fuse ${name} is ${actual}, expected ${expected}`);
  }

  const sizeMb = (statSync(archive).size / 1024 / 1024).toFixed(1);
  if (Number(sizeMb) > 40) problems.push(`app.asar is ${sizeMb} MB: dependencies were probably packed`);
  console.log(
    `app.asar: ${entries.length} entries, ${sizeMb} MB, packed in ${seconds} s; ` +
      `fuses: ${Object.keys(EXPECTED_FUSES).length} checked; ${smokeSummary}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log('✓ package contents and fuses as expected');
