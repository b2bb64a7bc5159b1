// `npm start`: build, then launch the Electron app. Where the Electron binary cannot be obtained (an offline
// or locked-down machine), say so in one line and serve the web build instead, so the app still opens.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  const r = spawnSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function electronBinary() {
  try {
    // The electron package resolves (and on first use downloads) the binary for this platform.
    return require('electron');
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (binary) {
  run(['run', 'build']);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.'], { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron недоступен на этой машине (нет бинарного файла и его нельзя скачать) — открываю веб-версию в браузере.',
  );
  run(['run', 'build:web']);
  const preview = spawn(
    npm,
    ['exec', '--', 'vite', 'preview', '--mode', 'web', '--port', '4173', '--strictPort'],
    {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  preview.on('exit', (code) => process.exit(code ?? 0));
}
