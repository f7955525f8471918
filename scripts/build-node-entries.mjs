#!/usr/bin/env node
// Bundles the plain-Node entry points with esbuild: the installer-doctor CLI and the development
// preview server. Runs as `prepare`, so `npx installer-doctor` works right after `npm install`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: 'tsconfig.electron.json',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies (iconv-lite, ws) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __idCreateRequire } from 'node:module'; const require = __idCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
  sourcemap: 'linked',
};

const entries = [
  { in: 'electron/engine/cli/main.ts', out: 'out/cli/installer-doctor.mjs' },
  { in: 'electron/preview/server.ts', out: 'out/preview/server.mjs' },
  { in: 'electron/engine/msilog/worker/log-worker.ts', out: 'out/preview/log-worker.mjs' },
];
for (const e of entries) {
  await build({ ...common, entryPoints: [e.in], outfile: e.out });
}
