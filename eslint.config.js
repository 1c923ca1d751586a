// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Imports each layer must never make (DESIGN.md §3): the rule is the architecture. */
const noUi = { group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand/react', '**/ui/**'], message: 'model, analysis and io never import the UI (DESIGN.md §3).' }
const noNetwork = { group: ['y-websocket', 'ws', 'node:http', 'node:https', 'node:net', 'http', 'https', 'net', '**/sync/**', '**/server/**'], message: 'model and analysis never touch the network (DESIGN.md §3).' }
const noNode = { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'model and analysis run in the browser too: no Node built-ins.' }
const noServer = { group: ['**/server/**'], message: 'the UI never imports server code.' }

export default tseslint.config(
  // Generated validators (npm run gen; a test checks they are current) are not code anyone writes.
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', 'test-results/**', 'coverage/**', 'src/model/file/generated/**', 'src/analysis/index/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/model/**/*.ts', 'src/analysis/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noUi, noNetwork, noNode] }] },
  },
  {
    files: ['src/io/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noUi] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServer] }] },
  },
  {
    files: ['src/cli/**/*.ts', 'server/**/*.ts', 'src/sync/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', '**/ui/**'], message: 'no React outside src/ui (DESIGN.md §3).' }] }] },
  },
)
