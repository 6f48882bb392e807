import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit`: the pure stages and the library, from the TypeScript
 * sources (`npm run test:unit`). `e2e`: the command line, run in-process on
 * the built dist/ (test/helpers/cli.ts), the few runs that must be a real
 * process (the launcher, signals, another user, the package, the GitHub
 * Action) and the third-party readers (pandoc, LibreOffice, openpyxl,
 * python-docx); its global setup builds dist/ first, so it never tests stale
 * code. `npm test` runs both.
 *
 * Worker threads without a fresh module graph per file (`isolate: false`):
 * most of a test file's cost was loading the modules again, and no test
 * leaves state behind for the next (the CLI keeps none between runs).
 * Timeouts only catch a hang, and are generous.
 */
const E2E = [
  'test/cli/**/*.test.ts',
  'test/hostile/**/*.test.ts',
  'test/readers/**/*.test.ts',
  'test/built/**/*.test.ts',
  'test/package/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'threads',
    isolate: false,
    // vitest's default is one worker fewer than the cores: one, on two. Many e2e files wait on a
    // child process (npm, LibreOffice, python), so one more than the cores. (Per-project counts
    // would make vitest run the projects one after the other.) `test:unit` asks for two.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // The fuzz suite (npm run fuzz) is pure too, but it is a property test over thousands of datasets.
          exclude: [...E2E],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          exclude: ['test/hostile/properties.test.ts'],
          globalSetup: ['test/setup/build.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'fuzz', include: ['test/hostile/properties.test.ts'] },
      },
    ],
  },
});
