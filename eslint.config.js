import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/**', 'dist-web*/**', 'node_modules/**', 'test-results*/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Components never touch Dexie: every write goes through the repositories in db/.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Use the repositories in src/renderer/db/.' }] },
      ],
    },
  },
  {
    files: ['src/renderer/db/**/*.{ts,tsx}', 'src/renderer/workers/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Layering: shared code is pure; it imports no Electron, Node, DOM framework or database.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'node:*', 'fs', 'path'], message: 'src/shared must stay pure.' },
            {
              group: ['react', 'react-dom', '@mui/*', 'dexie', 'dexie-react-hooks'],
              message: 'src/shared must stay pure.',
            },
            {
              group: ['**/renderer/**', '**/main/**', '**/preload/**'],
              message: 'src/shared imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'Main never imports renderer code.' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
)
