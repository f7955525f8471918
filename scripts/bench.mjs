#!/usr/bin/env node
// `npm run bench`: bundles every bench/*.bench.ts with esbuild (the same options as the CLI bundle in
// build-node-entries.mjs, so @shared paths and the iconv-lite require() work) into out/bench/, then
// runs each with node, one after another. Benchmarks print figures; they never fail on timings.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const only = process.argv.slice(2);

const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  const outfile = join(root, 'out', 'bench', file.replace(/\.ts$/u, '.mjs'));
  await build({
    absWorkingDir: root,
    entryPoints: [join('bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: 'tsconfig.electron.json',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    banner: { js: "import { createRequire as __idCreateRequire } from 'node:module'; const require = __idCreateRequire(import.meta.url);" },
    logLevel: 'warning',
    legalComments: 'none',
  });
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`=== ${file}: exited with ${r.status ?? r.signal}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
