import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run-cli';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-fix-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: { INSTALLER_DOCTOR_DATA_DIR: dir },
    platform: 'linux',
    lang: 'en',
  });
  return { code, out, err };
}

describe('installer-doctor fix / undo / journal', () => {
  it('without --yes and without a terminal only plans: exact commands, nothing applied', async () => {
    const r = await cli(['fix', 'repair-windows-temp', '--scenario', 'windows-temp-is-file-2503', '--json']);
    const body = JSON.parse(r.out);
    expect([r.code, body.fix, body.outcome, body.verified]).toEqual([0, 'repair-windows-temp', 'planned', null]);
    expect(body.plan.steps.map((s: { command: string }) => s.command)).toEqual([
      expect.stringMatching(
        /^Move-Item -LiteralPath 'C:\\Windows\\Temp' -Destination 'C:\\Windows\\Temp\.installer-doctor-\d{8}-\d{6}\.bak'$/u,
      ),
      "[IO.Directory]::CreateDirectory('C:\\Windows\\Temp')",
      expect.stringContaining('SetSecurityDescriptorSddlForm'),
    ]);
    expect(
      body.plan.steps.every((s: { elevated: boolean; description: string }) => s.elevated && s.description.length > 0),
    ).toBe(true);
  });

  it('--yes applies, verifies by re-diagnosis and journals; undo replays and reverts; journal lists it', async () => {
    const r = await cli(['fix', 'repair-windows-temp', '--scenario', 'windows-temp-is-file-2503', '--yes', '--json']);
    const body = JSON.parse(r.out);
    expect([r.code, body.outcome, body.verified, body.simulated]).toEqual([0, 'applied', true, true]);
    const u = await cli(['undo', '--json']);
    expect([u.code, JSON.parse(u.out).state, JSON.parse(u.out).replayed]).toEqual([0, 'undone', true]);
    const j = JSON.parse((await cli(['journal', '--json'])).out);
    expect(j.entries[0]).toMatchObject({ id: body.journalId, fix: 'repair-windows-temp', state: 'undone' });
  });

  it('the UAC prompt declined is "declined" with exit code 5, not a failure', async () => {
    const r = await cli([
      'fix',
      'elevated-install',
      '--scenario',
      'uac-declined-1223',
      '--msi',
      'C:\\Users\\alex\\Downloads\\ExampleApp-1.4.2-x64.msi',
      '--yes',
      '--json',
    ]);
    expect([r.code, JSON.parse(r.out).outcome]).toEqual([5, 'declined']);
  });

  it('an unsafe --msi path is refused with a clear message (exit 3)', async () => {
    const r = await cli(['fix', 'elevated-install', '--scenario', 'healthy', '--msi', 'C:\\temp\\CON.msi', '--json']);
    expect([r.code, JSON.parse(r.out).refusal.reason]).toEqual([3, 'unsafe-path']);
  });

  it('--dry-run never applies, even with --yes', async () => {
    const r = await cli([
      'fix',
      'remove-always-install-elevated',
      '--scenario',
      'always-install-elevated',
      '--dry-run',
      '--yes',
      '--json',
    ]);
    expect(JSON.parse(r.out).outcome).toBe('planned');
  });
});
