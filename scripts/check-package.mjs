// `node scripts/check-package.mjs [--no-build]`: packs the app offline and checks what the installer would
// ship. electron-builder runs for real (its config, file filters, asar packing, fuse flipping) but on a fake
// Electron folder, so nothing is downloaded: a stub binary carries only Electron's fuse sentinel.
// Checks: app.asar holds only dist/electron, dist/renderer and package.json (no node_modules), the packed
// package.json points at the bundled main, and every security fuse ends up in the state electron-builder.yml
// asks for. The real Windows installer still needs `npm run dist` on a machine with internet.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

const work = mkdtempSync(path.join(os.tmpdir(), 'profproba-package-'));
const problems = [];
try {
  if (!process.argv.includes('--no-build')) run(npm, ['run', 'build', '--silent']);

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
      `fuses: ${Object.keys(EXPECTED_FUSES).length} checked`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log('✓ package contents and fuses as expected');
