import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const zodFree = {
  // Content-script code must not pull zod (about 60 kB) into the meeting page.
  paths: [{ name: 'zod', message: 'zod must stay out of the content script.', allowTypeImports: true }],
  patterns: [
    {
      group: ['**/messaging/protocol', '**/core/model', '**/core/meeting-export'],
      message: 'These modules define zod schemas; import their types only.',
      allowTypeImports: true,
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name=/^(sendMessage|onMessage)$/]",
          message: 'Runtime messaging lives in utils/messaging only.',
        },
      ],
    },
  },
  {
    files: ['utils/messaging/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['scripts/**', 'simulator/harness/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['utils/core/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', 'dexie', 'webextension-polyfill', 'preact', 'preact/*', '@/*', '../*'],
              message: 'The core is pure: it imports nothing but zod and other core modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'browser', 'chrome', 'navigator', 'indexedDB', 'localStorage', 'location'].map((name) => ({
          name,
          message: 'The core is pure: no DOM or browser globals.',
        })),
      ],
    },
  },
  {
    files: ['utils/db/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/utils/files', '**/utils/files/*', '../files', '../files/*'],
              message: 'utils/db must not import utils/files: file formats may read the database\'s shapes, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['utils/platforms/**', 'entrypoints/*.content/**', 'utils/messaging/client.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', zodFree] },
  },
  {
    files: ['components/**'],
    ignores: ['components/hooks/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'wxt/browser', '**/utils/db/*', '**/utils/messaging/*'], message: 'Components are presentational: data comes in as props.' },
          ],
        },
      ],
    },
  },
);
