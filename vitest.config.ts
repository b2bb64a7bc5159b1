import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
      '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)),
    },
  },
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
});
