// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The pure core may not reach the world: no console, file system, colours or CLI parsing. */
const coreRestrictions = {
  'no-console': 'error',
  'no-restricted-imports': [
    'error',
    {
      paths: [
        'fs',
        'node:fs',
        'fs/promises',
        'node:fs/promises',
        'chalk',
        'commander',
        'node:process',
        'process',
      ].map((name) => ({
        name,
        message: 'The core stays pure: I/O lives in load/, write/ and cli/.',
      })),
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'Pass options in; the core never reads process.' },
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
  ...tseslint.configs.recommended,
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
  {
    files: [
      'src/validate/**',
      'src/model/**',
      'src/compute/**',
      'src/render/**',
      'src/diagnostics/**',
      'src/period/**',
      'src/text/**',
    ],
    rules: coreRestrictions,
  },
);
