import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Three bundles: main (ESM), preload (CommonJS: a sandboxed preload cannot be ESM) and the renderer.
// Every package is a devDependency and gets bundled, so the packaged app carries only out/.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig({
  main: {
    resolve: { alias },
    define,
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: 'electron/main/index.ts', 'log-worker': 'electron/engine/msilog/worker/log-worker.ts' },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: 'electron/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    define,
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      reportCompressedSize: true,
      rolldownOptions: { input: 'renderer/index.html' },
    },
  },
});
