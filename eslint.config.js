// Type-aware lint. The layer rules mirror DESIGN.md: core runs on plain Node and knows no
// host; the renderer reaches data only through the contract in core/api.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const hostImports = [
  { group: ['electron', 'electron/*'], message: 'core/ must not import Electron.' },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'core/ must not import React.',
  },
  { group: ['**/main/**', '../main', '../../main'], message: 'core/ must not import main/.' },
  { group: ['**/renderer/**'], message: 'core/ must not import renderer/.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'playwright-report/',
      'test-results/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.js', 'renderer/vite.config.ts'],
        },
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: hostImports }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '!**/core/api', '!**/core/api.ts'],
              message: 'renderer/ reaches data only through the contract in core/api.ts.',
            },
            {
              group: ['**/main/**', 'electron', 'node:*'],
              message: 'renderer/ runs in the DOM only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
);
