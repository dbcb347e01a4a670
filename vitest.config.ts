import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // LibreOffice renders are heavy: keep workers few on the 2-core machine.
    maxWorkers: 2,
    // The default output, and at its very end the files that did not pass (test/support/unfinishedReporter.ts).
    reporters: ['default', './test/support/unfinishedReporter.ts'],
  },
});
