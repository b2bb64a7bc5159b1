// `npm run dev`: the Vite dev server for the renderer plus Electron pointed at it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'vite';

const require = createRequire(import.meta.url);
const server = await createServer({ mode: 'development' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
await import('./build-electron.mjs');
let binary;
try {
  binary = require('electron');
} catch {
  console.log(`Electron недоступен на этой машине — откройте ${url} в браузере.`);
  server.printUrls();
}
if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit', env: { ...process.env, VITE_DEV_SERVER_URL: url } });
  child.on('exit', async () => {
    await server.close();
    process.exit(0);
  });
}
