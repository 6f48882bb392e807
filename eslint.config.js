// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The stages of src/ and what each may import (ARCHITECTURE.md). A stage
 * imports only stages below it; the pure core (no I/O, no clock, no process)
 * is every stage but load/, write/, convert/, options/ and cli/. errors/ (the
 * known errors, known-errors.ts) is below every stage that throws or
 * recognises one.
 */
const LAYERS = {
  model: [],
  diagnostics: [],
  dataset: [],
  types: [],
  errors: ['diagnostics'],
  validate: ['dataset', 'diagnostics', 'model'],
  compute: ['model'],
  render: ['compute', 'errors', 'model'],
  load: ['dataset', 'diagnostics', 'errors', 'model'],
  write: ['errors', 'render'],
  convert: ['errors', 'render', 'write'],
  options: ['dataset', 'diagnostics', 'errors', 'load', 'model'],
  intake: ['compute', 'dataset', 'diagnostics', 'model', 'render', 'validate'],
};
const PURE = [
  'model',
  'diagnostics',
  'dataset',
  'errors',
  'validate',
  'compute',
  'render',
  'intake',
];
const STAGES = [...Object.keys(LAYERS), 'cli'];

/** Modules that reach the world: the core stays pure and gets what it needs as arguments. */
const WORLD = [
  'fs',
  'fs/promises',
  'os',
  'child_process',
  'worker_threads',
  'module',
  'process',
  'net',
  'http',
  'https',
].flatMap((name) => [name, `node:${name}`]);

const pureMessage =
  'The core stays pure: I/O, threads and the clock live in load/, write/, convert/, options/ and cli/.';

/** no-restricted-imports for one stage: the stages it may not import, and the world when it is pure. */
function importRules(stage) {
  const allowed = new Set([stage, ...LAYERS[stage]]);
  const forbidden = STAGES.filter((other) => !allowed.has(other));
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          ...(PURE.includes(stage) ? WORLD : []).map((name) => ({ name, message: pureMessage })),
          ...(PURE.includes(stage) ? ['chalk', 'commander'] : []).map((name) => ({
            name,
            message: 'Colours and flags belong to cli/.',
          })),
        ],
        patterns: [
          {
            group: [
              ...forbidden.map((other) => `**/${other}/**`),
              // The flow and the library entry at the top of src/.
              ...['../', '../../', '../../../'].flatMap((up) => [
                `${up}pipeline.js`,
                `${up}index.js`,
              ]),
            ],
            message: `${stage}/ may import only ${[...allowed].filter((name) => name !== stage).join(', ') || 'nothing of the other stages'} (ARCHITECTURE.md).`,
          },
        ],
      },
    ],
  };
}

const pureRules = {
  'no-console': 'error',
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'Pass options in; the core never reads process.' },
    { name: 'performance', message: 'The core does not time itself.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'The core never asks the clock: take the day as an input.',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'The core never asks the clock: take the day as an input.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'reports/**',
      'bench/.data/**',
      'bench/.out/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'performance',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'Buffer',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...Object.keys(LAYERS).map((stage) => ({
    files: [`src/${stage}/**/*.ts`],
    rules: { ...importRules(stage), ...(PURE.includes(stage) ? pureRules : {}) },
  })),
);
