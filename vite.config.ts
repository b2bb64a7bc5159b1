import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The CSP goes into the built index.html only: the dev server needs an inline React-refresh preamble
 * that a strict policy would block, while every shipped build (Electron and web) carries the policy.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'profproba-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

function outDirFor(mode: string): string {
  if (mode === 'electron') return './dist/renderer';
  if (mode === 'bench') return './dist/bench';
  return process.env.WEB_OUT_DIR ?? './dist/web';
}

export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs: the same build works from app://profproba/, file:// and any static server path.
  base: './',
  publicDir: fileURLToPath(new URL('./renderer/public', import.meta.url)),
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
      '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)),
    },
  },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL(outDirFor(mode), import.meta.url)),
    // The benchmark build adds bench.html: a page on the same origin that drives the app's own modules.
    rollupOptions:
      mode === 'bench'
        ? {
            input: {
              index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
              bench: fileURLToPath(new URL('./renderer/bench.html', import.meta.url)),
            },
          }
        : undefined,
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
}));
