import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/consumer/ needs the packed tarball installed (tests/consumer/run.sh runs it with its own config).
    exclude: ['tests/consumer/**', '**/node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
