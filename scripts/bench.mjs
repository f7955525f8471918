#!/usr/bin/env node
// `npm run bench`: bundles every bench/*.bench.ts with esbuild (the same options as the CLI bundle in
// build-node-entries.mjs, so @shared paths and the iconv-lite require() work) into out/bench/, then
// runs each with node, one after another. Benchmarks print figures; they never fail on timings.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions } from './esbuild-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);

const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  const outfile = join(root, 'out', 'bench', file.replace(/\.ts$/u, '.mjs'));
  await build({ ...nodeBundleOptions, entryPoints: [join('bench', file)], outfile });
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`=== ${file}: exited with ${r.status ?? r.signal}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
