import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
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
    // Tests of shared code run in Node and may read their fixtures through node:*; the rest of the
    // layering above still holds for them. (Tests elsewhere in src were never barred from node:*.)
    files: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'src/shared must stay pure.' },
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
    // Folder directions (docs/architecture.md, "Layers"). Each folder is an element; an import may
    // only point along an allowed direction, and one area of the app reaches another only through
    // the area's index.ts. Test files and test helpers are their own elements: app code never
    // imports a test helper.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: { project: 'tsconfig.json' },
      },
      'boundaries/include': ['src/**/*', 'test/**/*', 'bench/**/*'],
      'boundaries/elements': [
        { type: 'test', pattern: ['**/*.test.ts', '**/*.test.tsx'], mode: 'full' },
        { type: 'testHelpers', pattern: 'test/helpers', mode: 'folder' },
        { type: 'e2e', pattern: 'test/e2e', mode: 'folder' },
        { type: 'testNode', pattern: 'test/node', mode: 'folder' },
        { type: 'bench', pattern: 'bench', mode: 'folder' },
        { type: 'shared', pattern: 'src/shared', mode: 'folder' },
        { type: 'main', pattern: 'src/main', mode: 'folder' },
        { type: 'preload', pattern: 'src/preload', mode: 'folder' },
        { type: 'entry', pattern: 'src/renderer/main.tsx', mode: 'full' },
        { type: 'app', pattern: 'src/renderer/app', mode: 'folder' },
        { type: 'feature', pattern: 'src/renderer/features/*', mode: 'folder', capture: ['area'] },
        { type: 'ui', pattern: 'src/renderer/ui', mode: 'folder' },
        { type: 'db', pattern: 'src/renderer/db/*', mode: 'folder', capture: ['area'] },
        { type: 'workers', pattern: 'src/renderer/workers', mode: 'folder' },
        { type: 'platform', pattern: 'src/renderer/platform', mode: 'folder' },
      ],
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} must not import ${dependency.type} (docs/architecture.md, Layers)',
          rules: [
            { from: 'shared', allow: ['shared'] },
            { from: 'main', allow: ['main', 'shared'] },
            { from: 'preload', allow: ['shared'] },
            // The preload's API type describes what the Electron bridge offers.
            { from: 'platform', allow: ['platform', 'preload', 'shared'] },
            { from: 'workers', allow: ['workers', 'shared'] },
            { from: 'db', allow: ['db', 'platform', 'workers', 'shared'] },
            { from: 'ui', allow: ['ui', 'platform', 'shared'] },
            { from: 'feature', allow: ['feature', 'ui', 'db', 'platform', 'workers', 'shared'] },
            { from: 'app', allow: ['app', 'feature', 'ui', 'db', 'platform', 'workers', 'shared'] },
            { from: 'entry', allow: ['app'] },
            { from: ['test', 'testHelpers', 'bench'], allow: ['*'] },
            {
              from: ['e2e', 'testNode'],
              allow: ['e2e', 'testNode', 'testHelpers', 'main', 'preload', 'shared'],
            },
          ],
        },
      ],
    },
  },
  {
    // Another area's internals are its own: app code reaches an area through its index.ts
    // (tests of an area may look inside it).
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'boundaries/entry-point': [
        'error',
        {
          default: 'allow',
          rules: [
            { target: ['feature'], disallow: ['**'] },
            { target: ['feature'], allow: ['index.ts'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
)
