import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{api,db,registry,scripts,test}/**/*.test.ts', 'web/app/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'web/build/**'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup-file.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
