// The consumer job (tests/consumer/run.sh): the tests that need the packed tarball installed into temp projects,
// and the end-to-end tests that accept a plugin path (AZURE_AI_SECURITY_PLUGIN_DIR), run against that install.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/consumer/**/*.test.ts', 'tests/e2e/language-server.test.ts', 'tests/e2e/shared-config.test.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
