#!/usr/bin/env node
// Bundles the plain-Node entry points with esbuild: the installer-doctor CLI and the development
// preview server. Runs as `prepare`, so `npx installer-doctor` works right after `npm install`.
import { build } from 'esbuild';
import { nodeBundleOptions } from './esbuild-node.mjs';

const common = { ...nodeBundleOptions, sourcemap: 'linked' };

const entries = [
  { in: 'electron/engine/cli/main.ts', out: 'out/cli/installer-doctor.mjs' },
  { in: 'electron/preview/server.ts', out: 'out/preview/server.mjs' },
  { in: 'electron/engine/msilog/worker/log-worker.ts', out: 'out/preview/log-worker.mjs' },
];
for (const e of entries) {
  await build({ ...common, entryPoints: [e.in], outfile: e.out });
}
