#!/usr/bin/env node
// Writes assets/licenses.json (or --out FILE): the npm packages whose code ends up in the app's bundles, with version,
// licence and licence text, for the About screen. Runs first in `npm run build`.
//
// Which packages: esbuild bundles each entry point of the app (main, preload, renderer, CLI) in memory
// with a metafile, and every node_modules package that contributes bytes to an output is listed. That
// follows the real import graph (including lazy imports and tree-shaking) instead of trusting
// package.json, where everything is a devDependency on purpose. Electron itself is added: its runtime
// ships in the package (Chromium's own notices ship beside the exe as LICENSES.chromium.html).
// The output is deterministic (sorted, no timestamps), so the committed file only changes when the
// dependencies do.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const ENTRIES = [
  { entry: 'electron/main/index.ts', platform: 'node', tsconfig: 'tsconfig.electron.json' },
  { entry: 'electron/preload/index.ts', platform: 'node', tsconfig: 'tsconfig.electron.json' },
  { entry: 'electron/engine/cli/main.ts', platform: 'node', tsconfig: 'tsconfig.electron.json' },
  { entry: 'renderer/main.tsx', platform: 'browser', tsconfig: 'tsconfig.renderer.json' },
];

/** Vite-only import forms (`?url`, `?raw`, assets) resolve to nothing here: they hold no package code. */
const viteSuffixes = {
  name: 'vite-suffixes',
  setup(b) {
    b.onResolve({ filter: /\?(?:url|raw|worker|inline)$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** The package that owns a bundled file: the part after the last node_modules/. */
export function packageOf(file) {
  const parts = file.split(/[\\/]/u);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return null;
  const first = parts[i + 1];
  if (!first) return null;
  const name = first.startsWith('@') ? `${first}/${parts[i + 2] ?? ''}` : first;
  return { name, dir: parts.slice(0, i + (first.startsWith('@') ? 3 : 2)).join('/') };
}

async function bundledPackages() {
  const found = new Map();
  for (const e of ENTRIES) {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [e.entry],
      bundle: true,
      write: false,
      metafile: true,
      outdir: join(root, 'out', '.licenses-scan'),
      platform: e.platform,
      format: 'esm',
      target: 'es2022',
      tsconfig: e.tsconfig,
      external: ['electron'],
      loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty', '.woff2': 'empty', '.json': 'json' },
      define: {
        __APP_VERSION__: '"0.0.0"',
        'import.meta.env.DEV': 'false',
        'import.meta.env.PROD': 'true',
        'import.meta.env.MODE': '"production"',
      },
      plugins: [viteSuffixes],
      logLevel: 'silent',
    });
    for (const output of Object.values(result.metafile.outputs)) {
      for (const [input, info] of Object.entries(output.inputs)) {
        if (info.bytesInOutput <= 0) continue;
        const pkg = packageOf(input);
        if (pkg && !found.has(pkg.dir)) found.set(pkg.dir, pkg.name);
      }
    }
  }
  return found;
}

function licenseOf(pkgJson) {
  if (typeof pkgJson.license === 'string') return pkgJson.license;
  if (pkgJson.license && typeof pkgJson.license.type === 'string') return pkgJson.license.type;
  if (Array.isArray(pkgJson.licenses)) return pkgJson.licenses.map((l) => l.type ?? String(l)).join(' OR ');
  return 'UNKNOWN';
}

function licenseText(dir) {
  const file = readdirSync(dir).find((f) => /^(?:licen[sc]e|copying)(?:[.-].*)?$/iu.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').replace(/\r\n/gu, '\n').trim() : null;
}

async function main() {
  const packages = [];
  const texts = {};
  const add = (dir, fallbackName) => {
    const pkgJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const text = licenseText(dir);
    let textId = null;
    if (text) {
      textId = createHash('sha256').update(text).digest('hex').slice(0, 12);
      texts[textId] = text;
    }
    packages.push({
      name: pkgJson.name ?? fallbackName,
      version: pkgJson.version ?? '',
      license: licenseOf(pkgJson),
      textId,
    });
  };
  for (const [rel, name] of await bundledPackages()) {
    const dir = join(root, ...rel.split('/'));
    if (existsSync(join(dir, 'package.json'))) add(dir, name);
  }
  add(join(root, 'node_modules', 'electron'), 'electron');

  const seen = new Set();
  const unique = packages
    .filter((p) => {
      const key = `${p.name}@${p.version}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
  const usedTexts = Object.fromEntries(
    Object.entries(texts)
      .filter(([id]) => unique.some((p) => p.textId === id))
      .sort(([a], [b]) => a.localeCompare(b, 'en')),
  );
  const unknown = unique.filter((p) => p.license === 'UNKNOWN');
  if (unknown.length) console.warn(`[licenses] no licence declared by: ${unknown.map((p) => p.name).join(', ')}`);

  const out = {
    note: 'Generated by scripts/collect-licenses.mjs from the packages bundled into the app. Do not edit.',
    runtimeNotice:
      'The Electron runtime includes Chromium and other components; their licences are in LICENSES.chromium.html next to InstallerDoctor.exe.',
    packages: unique,
    texts: usedTexts,
  };
  const outArg = process.argv.indexOf('--out');
  const target =
    outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1] : join(root, 'assets', 'licenses.json');
  writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
  console.log(
    `[licenses] ${unique.length} packages, ${Object.keys(usedTexts).length} distinct licence texts -> ${target.split(sep).slice(-2).join('/')}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
