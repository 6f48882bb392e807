import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit`: the pure stages and the library, from the TypeScript
 * sources (fast; `npm run test:unit`). `e2e`: everything that runs the built
 * CLI, the built package or a third-party reader (pandoc, LibreOffice,
 * openpyxl, python-docx); its global setup builds dist/ first, so it never
 * tests stale code. `npm test` runs both.
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
    testTimeout: 30_000,
    hookTimeout: 60_000,
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
