// Lint, and the direction of imports (DESIGN.md, "Layout"):
//   shared/   imports nothing from electron/, renderer/, bin/, React, Electron, undici or node:*
//   renderer/ never imports electron/ (it talks to the typed API only)
//   only electron/main.ts and electron/preload.ts import 'electron' (thin shells)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// bare Node builtin names are matched exactly (`paths`), so a folder named util/ is not caught
const nodeBuiltinNames = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
];

const sharedPureGroup = [
  '**/electron/**',
  '**/renderer/**',
  '**/bin/**',
  'electron',
  'react',
  'react-dom',
  'react/*',
  '@xyflow/*',
  'zustand',
  'zustand/*',
  'undici',
  'node:*',
];

/** The floors of shared/, lowest first; each may import only from the floors below it. */
const FLOORS = ['hot', 'design', 'validate', 'compile', 'import'];
const floorGroup = (names) => names.flatMap((f) => [`**/${f}`, `**/${f}/**`, `../${f}`]);

function sharedImportRule(above) {
  return {
    paths: nodeBuiltinNames.map((name) => ({
      name,
      message: 'shared/ is pure TypeScript: no node builtins.',
    })),
    patterns: [
      {
        group: sharedPureGroup,
        message:
          'shared/ is pure TypeScript: no Electron, React, undici, node:* or imports from electron/, renderer/, bin/.',
      },
      ...(above.length > 0
        ? [
            {
              group: floorGroup(above),
              message: `Floors of shared/: ${FLOORS.join(' -> ')}; a floor imports only from the floors below it.`,
            },
          ]
        : []),
    ],
  };
}

const sharedFloors = [
  // all of shared/ first; the floors below override it (a later rule entry replaces an earlier one)
  { files: ['shared/**/*.ts'], above: [] },
  ...FLOORS.map((floor, i) => ({
    files: [`shared/${floor}/**/*.ts`],
    // hot/ is the lowest floor: it imports nothing else of shared/
    above:
      floor === 'hot'
        ? ['design', 'validate', 'compile', 'import', 'catalog', 'util', 'deploy', 'ipc']
        : FLOORS.slice(i + 1),
  })),
];

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'node_modules/**',
      'out/**',
      'dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '.devcloud/**',
      'assets/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No `export *`: name what a module exports.' },
      ],
    },
  },
  // shared/ is pure; inside it, the floors of HOT values: hot -> design -> validate -> compile -> import
  // (a folder imports only from the floors below it). One rule entry per folder, since a later
  // `no-restricted-imports` replaces an earlier one.
  ...sharedFloors.map(({ files, above }) => ({
    files,
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', sharedImportRule(above)] },
  })),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinNames.map((name) => ({
            name,
            message: 'renderer/ runs in a sandbox: no node builtins.',
          })),
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'undici', 'node:*'],
              message:
                'renderer/ talks only to the typed API (shared/ipc); never to electron/, Node or undici.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'bin/**/*.ts',
      'scripts/**/*.{ts,mjs,js}',
      'test/**/*.ts',
      'bench/**/*.ts',
      'e2e/**/*.ts',
    ],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // `paths` matches the package name exactly, so relative imports of electron/ code are fine
          paths: [
            {
              name: 'electron',
              message:
                "Only the thin shells (electron/main.ts, electron/preload.ts, electron/shell/) import 'electron'.",
            },
          ],
        },
      ],
    },
  },
);
