import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node; component tests (tests/component) in jsdom.
// End-to-end tests in Chromium are run by tests/e2e/run.mjs, not by vitest.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/{unit,integration,shell}/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/setup.ts'],
          // Whole screens typed into key by key: on a loaded machine one can take more than the default 5 s.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
