/**
 * electron-builder.yml, checked offline:
 * 1. against electron-builder's own JSON schema (app-builder-lib's validateConfiguration, the check
 *    `electron-builder` runs before any download; ../shared/research/toolchain.md section 8),
 * 2. against our rules (issue 8): no msi anywhere, portable + nsis for x64 and arm64, asInvoker, asar
 *    with only out/** and package.json, fuses through the afterPack hook, signing through env vars,
 * 3. by packaging for real with `--dir` and a fake Electron distribution (a real PE file carrying a
 *    fuse wire), then reading back the asar listing, the asar integrity resource, the fuse wire, the
 *    version info, the manifest and the icon of the produced InstallerDoctor.exe.
 * The Electron binary and the NSIS/7-Zip bundles come from GitHub, so the real portable/nsis build only
 * runs on a machine with internet access (`npm run dist:win`).
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  [key: string]: unknown;
  files?: string[];
  asar?: boolean;
  asarUnpack?: string[];
  afterPack?: string;
  electronFuses?: unknown;
  win?: {
    target?: TargetEntry[];
    icon?: string;
    requestedExecutionLevel?: string;
    signtoolOptions?: { sign?: string; signingHashAlgorithms?: string[] };
  };
  nsis?: { perMachine?: boolean; allowElevation?: boolean; installerIcon?: string };
  portable?: { requestExecutionLevel?: string };
}

const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const fuses = require('@electron/fuses') as typeof import('@electron/fuses');
const fuseModule = await import('./electron-fuses.mjs');
const { signPlan } = await import('./sign-windows.mjs');

const loadConfig = (): BuilderConfig =>
  yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const validate = (config: unknown) => validateConfiguration(config, new DebugLogger(false));

/** Every string anywhere in the config, with the keys, lower-cased. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value.toLowerCase()];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k.toLowerCase(), ...allStrings(v)]);
  return [];
}

describe('electron-builder.yml against the electron-builder schema', () => {
  it('is accepted by electron-builder 26 validateConfiguration', async () => {
    await expect(validate(loadConfig())).resolves.toBeUndefined();
  });

  it('the same validator rejects an unknown key and a wrong type (the check can fail)', async () => {
    await expect(validate({ ...loadConfig(), bogusKey: true })).rejects.toThrow(/bogusKey/u);
    await expect(
      validate({ ...loadConfig(), win: { ...loadConfig().win, requestedExecutionLevel: 'root' } }),
    ).rejects.toThrow(/requestedExecutionLevel/u);
  });
});

describe('electron-builder.yml follows the distribution rules', () => {
  const config = loadConfig();

  it('never builds or mentions an msi target', () => {
    const words = allStrings(config);
    expect(words.filter((w) => w === 'msi' || w === 'msi-wrapped' || w === 'msiwrapped')).toEqual([]);
    expect(Object.keys(config)).not.toContain('msi');
  });

  it('builds portable and nsis for x64 and arm64, and nothing else', () => {
    const targets = config.win?.target ?? [];
    expect(targets.map((t) => t.target).sort()).toEqual(['nsis', 'portable']);
    for (const t of targets) expect([...(t.arch ?? [])].sort()).toEqual(['arm64', 'x64']);
  });

  it('runs as invoker: no elevation at start, the installer is per-user', () => {
    expect(config.win?.requestedExecutionLevel).toBe('asInvoker');
    expect(config.portable?.requestExecutionLevel).toBe('user');
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.allowElevation).toBe(false);
  });

  it('packs an asar with only out/** and package.json, nothing unpacked, no node_modules', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([]);
    const files = config.files ?? [];
    const includes = files.filter((f) => !f.startsWith('!'));
    expect(includes.sort()).toEqual(['out/**', 'package.json']);
    for (const excluded of [
      '!out/preview{,/**}',
      '!out/bench{,/**}',
      '!out/cli{,/**}',
      '!**/*.map',
      '!node_modules{,/**}',
    ])
      expect(files).toContain(excluded);
  });

  it('takes icon and version info from assets/ and package.json', () => {
    expect(config.win?.icon).toBe('assets/icon.ico');
    expect(existsSync(join(root, 'assets/icon.ico'))).toBe(true);
    expect(config['productName']).toBe('Installer Doctor');
    expect(config['executableName']).toBe('InstallerDoctor');
  });

  it('flips fuses in the afterPack hook (not twice through electronFuses) and signs through the env hook', () => {
    expect(config.electronFuses).toBeUndefined();
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(existsSync(join(root, config.afterPack ?? ''))).toBe(true);
    expect(config.win?.signtoolOptions?.sign).toBe('./scripts/sign-windows.mjs');
    expect(config.win?.signtoolOptions?.signingHashAlgorithms).toEqual(['sha256']);
  });
});

describe('Electron fuses (scripts/electron-fuses.mjs)', () => {
  const release = fuseModule.fuseValues({ e2e: false });

  it('decides every fuse that @electron/fuses knows', () => {
    const known = Object.keys(fuses.FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    expect(Object.keys(release).sort()).toEqual(known.sort());
  });

  it('release: RunAsNode, NODE_OPTIONS, --inspect and file: privileges off; asar-only and integrity on', () => {
    expect(release).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      GrantFileProtocolExtraPrivileges: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('e2e builds differ only in keeping --inspect', () => {
    expect(fuseModule.fuseValues({ e2e: true })).toEqual({ ...release, EnableNodeCliInspectArguments: true });
    expect(fuseModule.isE2eBuild({ [fuseModule.E2E_ENV]: '1' })).toBe(true);
    expect(fuseModule.isE2eBuild({ [fuseModule.E2E_ENV]: 'true' })).toBe(true);
    expect(fuseModule.isE2eBuild({ [fuseModule.E2E_ENV]: '0' })).toBe(false);
    expect(fuseModule.isE2eBuild({})).toBe(false);
  });

  it('maps names to the @electron/fuses wire indexes', () => {
    const config = fuseModule.fuseConfig(fuses, { e2e: false });
    expect(config['version']).toBe(fuses.FuseVersion.V1);
    expect(config[fuses.FuseV1Options.RunAsNode]).toBe(false);
    expect(config[fuses.FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });
});

describe('signing hook (scripts/sign-windows.mjs)', () => {
  const tool = 'C:\\Tools\\signtool.exe';
  const args = JSON.stringify(['sign', '/fd', 'sha256', '{file}']);

  it('leaves local builds unsigned when nothing is configured', () => {
    expect(signPlan('a.exe', {}).kind).toBe('skip');
  });

  it('refuses to skip when a release build requires signing', () => {
    expect(() => signPlan('a.exe', { INSTALLER_DOCTOR_REQUIRE_SIGNING: '1' })).toThrow(/SIGN_COMMAND/u);
  });

  it('runs the configured program with the file in place of {file}, as one argument', () => {
    const path = 'C:\\build\\release\\win-unpacked\\Installer Doctor Setup.exe';
    const plan = signPlan(path, { INSTALLER_DOCTOR_SIGN_COMMAND: tool, INSTALLER_DOCTOR_SIGN_ARGS: args });
    expect(plan).toEqual({ kind: 'run', command: tool, args: ['sign', '/fd', 'sha256', path] });
  });

  it('rejects a relative program, arguments that are not a JSON string array, or no {file}', () => {
    expect(() =>
      signPlan('a.exe', { INSTALLER_DOCTOR_SIGN_COMMAND: 'signtool', INSTALLER_DOCTOR_SIGN_ARGS: args }),
    ).toThrow(/absolute/u);
    expect(() =>
      signPlan('a.exe', { INSTALLER_DOCTOR_SIGN_COMMAND: tool, INSTALLER_DOCTOR_SIGN_ARGS: 'sign {file}' }),
    ).toThrow(/JSON array/u);
    expect(() => signPlan('a.exe', { INSTALLER_DOCTOR_SIGN_COMMAND: tool, INSTALLER_DOCTOR_SIGN_ARGS: '[1]' })).toThrow(
      /JSON array/u,
    );
    expect(() =>
      signPlan('a.exe', { INSTALLER_DOCTOR_SIGN_COMMAND: tool, INSTALLER_DOCTOR_SIGN_ARGS: '["sign"]' }),
    ).toThrow(/\{file\}/u);
  });
});

// ---------------------------------------------------------------------------------------------
// Packaging with a fake Electron distribution (`electronDist`), as in toolchain.md section 8(b).

/** A PE file with version info (electron-winstaller's Setup.exe) plus a 9-fuse wire at the end. */
function makeFakeElectronDist(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const pe = readFileSync(require.resolve('electron-winstaller/vendor/Setup.exe'));
  // Sentinel, wire version 1, wire length 9, all fuses '1' (enabled) except index 4/5 (Electron's defaults).
  const wire = Buffer.concat([
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, 9]),
    Buffer.from('111100001', 'latin1'),
  ]);
  writeFileSync(join(dir, 'electron.exe'), Buffer.concat([pe, wire]));
  writeFileSync(join(dir, 'version'), '45.4.1');
  writeFileSync(join(dir, 'LICENSE'), 'fake');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), 'fake');
}

/** A throw-away project: our real config, hooks, icon and package.json, with a fake out/ tree. */
function makeProject(dir: string): void {
  for (const f of [
    'package.json',
    'electron-builder.yml',
    'scripts/after-pack.mjs',
    'scripts/electron-fuses.mjs',
    'scripts/sign-windows.mjs',
    'assets/icon.ico',
  ]) {
    cpSync(join(root, f), join(dir, f));
  }
  // A junction needs no privilege on Windows; the type is ignored elsewhere.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction');
  const files: Record<string, string> = {
    'out/main/index.js': 'console.log("main")',
    'out/main/index.js.map': '{}',
    'out/main/chunks/a.js': 'export {}',
    'out/preload/index.cjs': 'module.exports = {}',
    'out/renderer/index.html': '<!doctype html>',
    'out/renderer/assets/index.js': '',
    'out/renderer/assets/index.js.map': '{}',
    'out/cli/installer-doctor.mjs': '',
    'out/preview/server.mjs': '',
    'out/bench/bench.mjs': '',
    'stray.txt': 'must not be packed',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

describe('packaging --dir with a fake Electron distribution', () => {
  let work = '';
  let appDir = '';
  let build: ReturnType<typeof spawnSync> | undefined;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'id-eb-'));
    const dist = join(work, 'electron-dist');
    const project = join(work, 'project');
    makeFakeElectronDist(dist);
    makeProject(project);
    const cli = require.resolve('electron-builder/cli.js');
    build = spawnSync(
      process.execPath,
      [cli, '--win', '--x64', '--dir', '--publish', 'never', '--projectDir', project, `-c.electronDist=${dist}`],
      {
        cwd: project,
        encoding: 'utf8',
        timeout: 110_000,
        env: {
          ...process.env,
          INSTALLER_DOCTOR_SIGN_COMMAND: '',
          INSTALLER_DOCTOR_E2E_BUILD: '',
          ELECTRON_BUILDER_OFFLINE: 'true',
        },
      },
    );
    appDir = join(project, 'release', 'win-unpacked');
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('succeeds', () => {
    expect(build?.error).toBeUndefined();
    expect(build?.status, `${String(build?.stdout)}\n${String(build?.stderr)}`).toBe(0);
    expect(existsSync(join(appDir, 'InstallerDoctor.exe'))).toBe(true);
  });

  it('the asar holds only out/** (no preview, cli, bench, maps) and package.json; nothing unpacked', () => {
    const asar = require('@electron/asar') as { listPackage(p: string, o: object): string[] };
    const listing = asar
      .listPackage(join(appDir, 'resources', 'app.asar'), {})
      .map((p) => p.replaceAll('\\', '/'))
      .sort();
    expect(listing).toEqual([
      '/out',
      '/out/main',
      '/out/main/chunks',
      '/out/main/chunks/a.js',
      '/out/main/index.js',
      '/out/preload',
      '/out/preload/index.cjs',
      '/out/renderer',
      '/out/renderer/assets',
      '/out/renderer/assets/index.js',
      '/out/renderer/index.html',
      '/package.json',
    ]);
    expect(existsSync(join(appDir, 'resources', 'app.asar.unpacked'))).toBe(false);
  });

  it('embeds the asar header hash that EnableEmbeddedAsarIntegrityValidation checks', async () => {
    const ResEdit = await import('resedit');
    const exe = ResEdit.NtExecutable.from(readFileSync(join(appDir, 'InstallerDoctor.exe')), { ignoreCert: true });
    const entries = ResEdit.NtExecutableResource.from(exe).entries;
    const integrity = entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
    expect(integrity).toBeDefined();
    const recorded = JSON.parse(Buffer.from(integrity?.bin ?? new ArrayBuffer(0)).toString('utf8')) as {
      file: string;
      alg: string;
      value: string;
    }[];
    const asar = require('@electron/asar') as { getRawHeader(p: string): { headerString: string } };
    const expected = createHash('sha256')
      .update(asar.getRawHeader(join(appDir, 'resources', 'app.asar')).headerString)
      .digest('hex');
    expect(recorded).toEqual([{ file: 'resources\\app.asar', alg: 'SHA256', value: expected }]);
  });

  it('flips the release fuses and leaves a fuse it does not know at its default', async () => {
    const wire = await fuses.getCurrentFuseWire(join(appDir, 'InstallerDoctor.exe'));
    const on = 49;
    const off = 48;
    const O = fuses.FuseV1Options;
    expect(wire[O.RunAsNode]).toBe(off);
    expect(wire[O.EnableCookieEncryption]).toBe(on);
    expect(wire[O.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(wire[O.EnableNodeCliInspectArguments]).toBe(off);
    expect(wire[O.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
    expect(wire[O.OnlyLoadAppFromAsar]).toBe(on);
    expect(wire[O.GrantFileProtocolExtraPrivileges]).toBe(off);
    expect((wire as unknown as Record<number, number>)[8]).toBe(on);
  });

  it('writes version info, an asInvoker manifest and our icon into InstallerDoctor.exe', async () => {
    const ResEdit = await import('resedit');
    const exe = ResEdit.NtExecutable.from(readFileSync(join(appDir, 'InstallerDoctor.exe')), { ignoreCert: true });
    const entries = ResEdit.NtExecutableResource.from(exe).entries;
    const [info] = ResEdit.Resource.VersionInfo.fromEntries(entries);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(info?.getStringValues({ lang: 1033, codepage: 1200 })).toMatchObject({
      ProductName: 'Installer Doctor',
      FileDescription: 'Installer Doctor',
      FileVersion: pkg.version,
      CompanyName: 'Installer Doctor contributors',
    });
    const manifest = entries.find((e) => e.type === 24);
    expect(Buffer.from(manifest?.bin ?? new ArrayBuffer(0)).toString('utf8')).toContain('level="asInvoker"');
    const groups = ResEdit.Resource.IconGroupEntry.fromEntries(entries);
    const sizes = (groups[0]?.icons ?? []).map((i) => i.width || 256).sort((a, b) => a - b);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });
});
