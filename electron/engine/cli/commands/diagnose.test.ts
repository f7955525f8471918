/** `installer-doctor diagnose` end to end through runCli on simulated machines. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

async function cli(args: string[], lang?: 'en' | 'zh-CN' | 'zh-TW') {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: {},
    platform: 'linux',
    ...(lang ? { lang } : {}),
  });
  return { code, out, err };
}

describe('installer-doctor diagnose', () => {
  it('--json: ranked findings with id, severity, confidence and fixes; facts; probeErrors; exit 1 with findings', async () => {
    const { code, out } = await cli([
      'diagnose',
      '--scenario',
      'standard-user-windows-temp-2503',
      '--symptom',
      '2502',
      '--json',
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(out) as {
      symptom: string;
      findings: { id: string; severity: string; confidence: string; fixes: string[] }[];
      facts: object;
      probeErrors: unknown[];
    };
    expect(report.symptom).toBe('2503');
    expect(report.findings[0]).toMatchObject({
      id: 'windows-temp-acl',
      severity: 'error',
      confidence: 'high',
      fixes: ['repair-windows-temp'],
    });
    expect(report.facts).toHaveProperty('windowsTemp');
    expect(report.probeErrors).toEqual([]);
  });

  it('exits 0 on a healthy machine', async () => {
    expect((await cli(['diagnose', '--scenario', 'healthy', '--json'])).code).toBe(0);
  });

  it('inspects --msi on the examined machine', async () => {
    const { code, out } = await cli([
      'diagnose',
      '--scenario',
      'html-download-1619',
      '--symptom',
      '1619',
      '--msi',
      'C:\\Users\\alex\\Downloads\\ToolSetup.msi',
      '--json',
    ]);
    expect(code).toBe(1);
    expect((JSON.parse(out) as { findings: { id: string }[] }).findings[0]?.id).toBe('package-not-msi');
  });

  it('exits 3 on bad input: unknown symptom, unknown scenario, missing package', async () => {
    expect((await cli(['diagnose', '--scenario', 'healthy', '--symptom', 'banana'])).code).toBe(3);
    expect((await cli(['diagnose', '--scenario', 'no-such-machine'])).code).toBe(3);
    const missing = await cli(['diagnose', '--scenario', 'healthy', '--msi', 'C:\\nope.msi']);
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('C:\\nope.msi');
  });

  it('prints a localized report without --json', async () => {
    const zh = await cli(['diagnose', '--scenario', 'install-in-progress-1618', '--symptom', '1500'], 'zh-CN');
    expect(zh.code).toBe(1);
    expect(zh.out).toContain('另一个安装正在进行');
    expect(zh.out).toContain('vc_runtimeMinimum_x64.msi');
    const en = await cli(['diagnose', '--scenario', 'install-in-progress-1618', '--symptom', '1618'], 'en');
    expect(en.out).toContain('Another installation is running');
  });
});
