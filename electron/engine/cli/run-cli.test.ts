import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { ExitCode } from './exit-codes';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: {},
    platform: 'linux',
    lang: 'en',
  });
  return { code, out, err };
}

describe('installer-doctor CLI', () => {
  it('--version prints the package version', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+/u);
  });

  it('--help lists every command and the exit codes', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.out).toContain('list');
    expect(r.out).toContain('Exit codes');
  });

  it('list --json prints arrays of checks, fixes, symptoms and scenarios, each item with an id', async () => {
    const r = await cli('list', '--json');
    expect(r.code).toBe(ExitCode.Ok);
    const parsed = JSON.parse(r.out) as Record<string, { id: string }[]>;
    for (const key of ['checks', 'fixes', 'symptoms', 'scenarios']) {
      expect(Array.isArray(parsed[key])).toBe(true);
      expect(parsed[key]?.length).toBeGreaterThan(0);
      for (const item of parsed[key] ?? []) expect(typeof item.id).toBe('string');
    }
    expect(parsed['scenarios']?.map((s) => s.id)).toEqual(
      expect.arrayContaining(['healthy', 'standard-user-windows-temp-2503', 'install-in-progress-1618']),
    );
  });

  it('usage errors exit 2 with a message on stderr', async () => {
    for (const argv of [['frobnicate'], ['list', '--bogus'], ['--lang', 'fr', 'list'], []]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(ExitCode.Usage);
    }
    expect((await cli('frobnicate')).err).toContain('unknown command');
  });

  it('--lang may appear anywhere', async () => {
    expect((await cli('list', '--lang', 'zh-TW', '--json')).code).toBe(ExitCode.Ok);
    expect((await cli('--lang=zh-CN', 'list', '--json')).code).toBe(ExitCode.Ok);
  });
});
