import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { builtinModules } from 'node:module';

const NODE_BUILTINS = [...builtinModules, 'node:*'];

/** One room of the house: what files in it may not import, each with the reason. */
function room(files, name, { electron = false, node = false, bare = [], regexes = [] }) {
  const paths = [
    ...(electron
      ? [{ name: 'electron', message: `${name} stays free of Electron: take a port instead.` }]
      : []),
    ...bare.map((module) => ({ name: module, message: `${name} does not use ${module}.` })),
  ];
  const patterns = [
    ...(node ? [{ group: NODE_BUILTINS, message: `${name} takes the OS through ports.` }] : []),
    ...regexes.map(([regex, message]) => ({ regex, message })),
  ];
  return { files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

export default ts.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'tests/.artifacts/'] },
  js.configs.recommended,
  ...ts.configs.strict,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // noUncheckedIndexedAccess makes every index lookup optional; `!` marks the lookups whose
      // index the code has just established, which is clearer than a dead fallback.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The design's rooms, one rule set per room (the whole matrix): core imports only shared;
  // services only core, shared and the ports; adapters never services or the app; the app
  // never adapters; the renderer only shared; the preload only shared and Electron's bridge.
  // tests/unit/importRules.test.ts proves each rule fails on a forbidden import.
  room(['electron/shared/**/*.ts'], 'shared code', {
    electron: true,
    node: true,
    // Only its own files (and zod): nothing from main, preload or the renderer.
    regexes: [['(^|/)(main|preload|renderer)(/|$)', 'shared code imports only shared code.']],
  }),
  room(['electron/main/core/**/*.ts'], 'core', {
    electron: true,
    node: true,
    regexes: [
      ['^\\.\\./(?!\\.\\./shared/)', 'core imports only core and shared: take a port instead.'],
    ],
  }),
  room(['electron/main/services/**/*.ts'], 'a service', {
    electron: true,
    node: true,
    regexes: [
      [
        '^\\.\\./(adapters/|app$|ipc$|index$)',
        'services import only core, shared and the ports (appPorts.ts).',
      ],
    ],
  }),
  room(['electron/main/app.ts', 'electron/main/appPorts.ts'], 'the app', {
    electron: true,
    node: true,
    regexes: [
      ['^\\./(adapters/|index$)', 'the app never imports adapters: index.ts hands them in.'],
    ],
  }),
  room(['electron/main/adapters/**/*.ts'], 'an adapter', {
    regexes: [
      [
        '^\\.\\./(services/|app$|ipc$|index$)',
        'adapters implement ports; they never import services or the app.',
      ],
    ],
  }),
  room(['electron/main/ipc.ts'], 'the IPC guard', {
    regexes: [
      ['^\\./(adapters/|services/|app$|index$)', 'ipc.ts checks calls; the app answers them.'],
    ],
  }),
  room(['electron/preload/**/*.ts'], 'the preload', {
    node: true,
    regexes: [
      ['^\\.\\./(?!shared/)', 'the preload builds the bridge from the shared contract only.'],
    ],
  }),
  room(['renderer/**/*'], 'the renderer', {
    electron: true,
    node: true,
    bare: ['zod'],
    regexes: [
      [
        '/electron/(?!shared/)',
        'The renderer shows what main decided: it imports only electron/shared and reaches main through the bridge.',
      ],
    ],
  }),
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'Only main/ipc.ts registers IPC handlers.',
        },
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'Only the preload talks to ipcRenderer.',
        },
      ],
    },
  },
);
