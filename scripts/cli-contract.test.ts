/**
 * The CLI's exit-code contract (docs/cli.md, electron/engine/cli/exit-codes.ts), checked on the real
 * bundle as a child process: out/cli/installer-doctor.mjs, rebuilt first by
 * scripts/build-node-entries.mjs (the `prepare` step). Fleet scripts (scripts/fleet/) rely on these
 * codes; changing one is a breaking change for every admin who deployed them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'out', 'cli', 'installer-doctor.mjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** Documented codes, as docs/cli.md lists them. */
const CODES = { ok: 0, findings: 1, usage: 2, badInput: 3, fixFailed: 4, cancelled: 5, internal: 10 } as const;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    // A fixed language and the simulated machine, whatever the developer's shell has.
    env: { ...process.env, LANG: 'en_US.UTF-8', INSTALLER_DOCTOR_SCENARIO: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let commandNames: string[] = [];

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-node-entries.mjs')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(build.status, build.stderr).toBe(0);
  expect(existsSync(bundle)).toBe(true);
  const help = cli('--help');
  commandNames = [...help.stdout.matchAll(/^ {2}([a-z][a-z-]*) {2}/gmu)].map((m) => m[1] ?? '');
}, 90_000);

describe('installer-doctor exit codes (bundled CLI as a process)', () => {
  it('exit codes in exit-codes.ts are the documented ones', async () => {
    const { ExitCode } = await import('../electron/engine/cli/exit-codes');
    expect({ ...ExitCode }).toEqual({
      Ok: 0,
      Findings: 1,
      Usage: 2,
      BadInput: 3,
      FixFailed: 4,
      Cancelled: 5,
      Internal: 10,
    });
    const doc = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');
    for (const code of Object.values(CODES)) expect(doc).toMatch(new RegExp(`^\\| *${code} *\\|`, 'mu'));
  });

  it('list --json -> 0 with the catalog on stdout as JSON, nothing on stderr', () => {
    const r = cli('list', '--json');
    expect(r.code).toBe(CODES.ok);
    const parsed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['checks', 'fixes', 'symptoms', 'scenarios']));
    expect(r.stderr).toBe('');
  });

  it('--version -> 0 and prints the package version', () => {
    const r = cli('--version');
    expect(r.code).toBe(CODES.ok);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help -> 0, no arguments -> 2 (usage on stdout in both cases)', () => {
    expect(cli('--help').code).toBe(CODES.ok);
    const bare = cli();
    expect(bare.code).toBe(CODES.usage);
    expect(bare.stdout).toContain('Usage:');
  });

  it('unknown command -> 2 with a message on stderr and nothing on stdout', () => {
    const r = cli('no-such-command');
    expect(r.code).toBe(CODES.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown command/u);
  });

  it('bad --lang -> 2, a supported one -> 0', () => {
    expect(cli('--lang', 'fr', 'list').code).toBe(CODES.usage);
    expect(cli('--lang=zh-TW', 'list', '--json').code).toBe(CODES.ok);
  });

  it('unknown option of a command -> 2', () => {
    expect(cli('list', '--no-such-option').code).toBe(CODES.usage);
  });

  it('analyze-log on a missing file -> 3 (bad input)', (ctx) => {
    if (!commandNames.includes('analyze-log')) ctx.skip('analyze-log is not in this build');
    const r = cli('analyze-log', join(tmpdir(), 'installer-doctor-no-such.log'));
    expect(r.code).toBe(CODES.badInput);
  });

  it('analyze-log on a file that is not a log -> 3 or a report, never a crash (10)', (ctx) => {
    if (!commandNames.includes('analyze-log')) ctx.skip('analyze-log is not in this build');
    const dir = mkdtempSync(join(tmpdir(), 'id-cli-'));
    try {
      const file = join(dir, 'random.bin');
      writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97) % 256)));
      const r = cli('analyze-log', file, '--json');
      expect([CODES.ok, CODES.findings, CODES.badInput]).toContain(r.code);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('diagnose (simulated machine)', () => {
    it('healthy scenario -> 0; a scenario with a finding -> 1; an unknown scenario -> 3', (ctx) => {
      if (!commandNames.includes('diagnose'))
        ctx.skip('diagnose is not in this build yet (electron/engine/cli/commands/diagnose.ts)');
      expect(cli('diagnose', '--scenario', 'healthy', '--json').code).toBe(CODES.ok);
      const found = cli('diagnose', '--scenario', 'standard-user-windows-temp-2503', '--json');
      expect(found.code).toBe(CODES.findings);
      expect(() => JSON.parse(found.stdout) as unknown).not.toThrow();
      expect(cli('diagnose', '--scenario', 'no-such-scenario', '--json').code).toBe(CODES.badInput);
    });
  });
});
