import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { PAGE_POLICY } from './electron/main/adapters/bundleFiles';

/** The renderer pages: one window each, so the routine window ships only what it needs. */
export const rendererPages = {
  routine: resolve('renderer/routine.html'),
  settings: resolve('renderer/settings.html'),
  history: resolve('renderer/history.html'),
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only `electron`: everything else is bundled into one
      // CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [
      svelte({ configFile: resolve('svelte.config.js') }),
      {
        // One policy for every page, the same the app:// protocol sends. The dev server's live
        // reload talks over a websocket; the shipped pages talk to nothing.
        name: 'content-security-policy',
        transformIndexHtml: (_html, context) => [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              content: context.server
                ? PAGE_POLICY.replace("connect-src 'none'", "connect-src 'self' ws://localhost:*")
                : PAGE_POLICY,
            },
            injectTo: 'head-prepend',
          },
        ],
      },
    ],
    build: {
      outDir: resolve('out/renderer'),
      // The windows load these on every open: keep them small. Main stays readable for logs.
      minify: true,
      rollupOptions: { input: rendererPages },
    },
  },
});
