// Builds electron/main.ts and electron/preload.ts into dist/electron/*.cjs. One build per entry: the
// sandboxed preload may only require('electron'), so it must not share chunks with main.
import { build } from 'vite';
import { builtinModules } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}/dist/electron`, { recursive: true });
for (const entry of ['main', 'preload']) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: `${root}/dist/electron`,
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      lib: { entry: `${root}/electron/${entry}.ts`, formats: ['cjs'], fileName: () => `${entry}.cjs` },
      rollupOptions: { external: ['electron', /^node:/, ...builtinModules] },
    },
  });
}
// The root package is "type": "module"; these bundles are CommonJS.
writeFileSync(`${root}/dist/electron/package.json`, JSON.stringify({ type: 'commonjs' }) + '\n');
console.log('Electron: dist/electron/main.cjs, dist/electron/preload.cjs');
