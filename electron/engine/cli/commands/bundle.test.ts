/**
 * The bundle and record-scenario commands through runCli, and their replay through
 * `diagnose --scenario FILE` (issue 6: "installer-doctor diagnose --scenario FILE.zip reproduces the
 * same findings").
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

async function cli(argv: string[]) {
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

const topOf = async (scenario: string) => {
  const r = await cli(['diagnose', '--scenario', scenario, '--symptom', '2503', '--json']);
  return (JSON.parse(r.out) as { findings: { id: string }[] }).findings.map((f) => f.id);
};

describe('installer-doctor bundle', () => {
  it('writes a bundle that diagnose --scenario FILE.zip replays to the same findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
    const log = join(dir, 'MSIabc.LOG');
    writeFileSync(
      log,
      'MSI (s) (3C:40) [10:00:01:003]: Error 2503. Called RunScript when not marked in progress. C:\\Users\\alex\\x\n',
    );
    const out = join(dir, 'support.zip');
    const r = await cli([
      'bundle',
      '--out',
      out,
      '--scenario',
      'standard-user-windows-temp-2503',
      '--include-log',
      log,
      '--symptom',
      '2503',
      '--json',
      '--write-map',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out) as { path: string; files: { name: string }[]; mapPath: string };
    expect(summary.files.map((f) => f.name)).toEqual(
      expect.arrayContaining(['report.json', 'report.html', 'scenario.json', 'logs/01-MSIabc.LOG']),
    );
    expect(existsSync(summary.mapPath)).toBe(true);
    expect(await topOf(out)).toEqual(await topOf('standard-user-windows-temp-2503'));
    expect(readFileSync(out).includes(Buffer.from('alex'))).toBe(false);

    const again = await cli(['bundle', '--out', out, '--scenario', 'healthy']);
    expect(again.code).toBe(3);
    expect(again.err).toMatch(/never overwritten/u);
  });

  it('needs --out', async () => {
    expect((await cli(['bundle', '--scenario', 'healthy'])).code).toBe(2);
    expect((await cli(['record-scenario'])).code).toBe(2);
  });
});

describe('installer-doctor record-scenario', () => {
  it('writes a redacted scenario that diagnose --scenario FILE.json replays to the same findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-record-'));
    const out = join(dir, 'machine.json');
    const r = await cli(['record-scenario', '--out', out, '--scenario', 'install-in-progress-1618']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/alex|DESKTOP-SIM01|1111111111/u);
    expect(await topOf(out)).toEqual(await topOf('install-in-progress-1618'));
    expect((await cli(['record-scenario', '--out', out, '--scenario', 'healthy'])).code).toBe(3);
  });
});
