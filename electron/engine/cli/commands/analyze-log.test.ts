import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '@shared/i18n/languages';
import { LogAnalysis } from '@shared/model/log-analysis';
import { runCli } from '../run-cli';
import { ExitCode } from '../exit-codes';
import { fixtureBytes, fixturePath } from '../../msilog/test-helpers';

async function run(args: string[], lang: Language = 'en') {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), env: {}, platform: 'linux', lang });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'analyze-log-'));
function temp(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('installer-doctor analyze-log', () => {
  it('prints the analysis as JSON that matches the shared schema, exit 1 for a failure', async () => {
    const file = temp('2503.log', fixtureBytes('verbose-2503-2502-no-return-value-3.log'));
    const r = await run(['analyze-log', file, '--json']);
    expect(r.code).toBe(ExitCode.Findings);
    const a = LogAnalysis.parse(JSON.parse(r.out));
    expect(a).toMatchObject({
      format: 'msi-verbose',
      outcome: 'failure',
      exitCode: 1603,
      rootCause: { code: 2503, namespace: 'message' },
      encoding: { name: 'utf-16le', bom: true },
    });
  });

  it('exits 0 for a success and prints a human summary in English', async () => {
    const r = await run(['analyze-log', temp('ok.log', fixtureBytes('verbose-success-noise.log'))]);
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.out).toContain('Result: The install succeeded (exit code 0)');
    expect(r.out).toContain('Product: Contoso Widget 2.0.1');
    expect(r.out).toMatch(/Ignored 9 harmless lines/u);
    expect(r.out).not.toContain('Policies');
  });

  it('exits 0 for success with a restart pending (3010)', async () => {
    const r = await run(['analyze-log', temp('3010.log', fixtureBytes('verbose-3010-files-in-use.log')), '--json']);
    expect(r.code).toBe(ExitCode.Ok);
    expect(JSON.parse(r.out)).toMatchObject({ outcome: 'reboot-required', exitCode: 3010 });
  });

  it('summarizes the root cause with its context and the KB meaning, in Simplified Chinese', async () => {
    const r = await run([
      'analyze-log',
      temp('1722.log', fixtureBytes('verbose-1722-custom-action.log')),
      '--lang',
      'zh-CN',
    ]);
    expect(r.code).toBe(ExitCode.Findings);
    expect(r.out).toContain('结果：安装失败 (退出代码 1603)');
    expect(r.out).toContain('根本原因：Windows Installer 错误 1722 位于操作 InstallFinalize');
    expect(r.out).toMatch(/含义：\S/u);
    expect(r.out).toContain('自定义操作 RegisterAgentService 以代码 5 退出');
    expect(r.out).toMatch(/13 > MSI \(s\) \(90:94\) \[13:00:02:000\]: Note: 1: 1722 2: RegisterAgentService/u);
  });

  it('prints Traditional Chinese for a cancelled install, exit 1', async () => {
    const r = await run(['analyze-log', temp('1602.log', fixtureBytes('basic-cancel-1602.log')), '--lang', 'zh-TW']);
    expect(r.code).toBe(ExitCode.Findings);
    expect(r.out).toContain('安裝已被取消');
    expect(r.out).toContain('在 WelcomeDlg 處取消');
  });

  it('honours --encoding', async () => {
    const file = temp('gbk.log', fixtureBytes('basic-zh-CN-final-status.txt', 'gbk'));
    const r = await run(['analyze-log', file, '--json', '--encoding', 'gbk']);
    expect(JSON.parse(r.out)).toMatchObject({ encoding: { name: 'gbk', source: 'override' }, exitCode: 1603 });
  });

  it('exit 3 with a clear, localized message for a missing file', async () => {
    const r = await run(['analyze-log', join(dir, 'missing.log')], 'zh-CN');
    expect(r.code).toBe(ExitCode.BadInput);
    expect(r.err).toContain('不存在');
    expect(r.out).toBe('');
  });

  it('exit 3 for a file that is not a log', async () => {
    const r = await run([
      'analyze-log',
      temp(
        'picture.png',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
      ),
    ]);
    expect(r.code).toBe(ExitCode.BadInput);
    expect(r.err).toContain('does not look like a Windows Installer or WiX Burn log');
  });

  it('exit 3 for a folder', async () => {
    const r = await run(['analyze-log', dir]);
    expect(r.code).toBe(ExitCode.BadInput);
    expect(r.err).toContain('cannot be read');
  });

  it('exit 2 for usage errors: no file, two files, an unknown encoding', async () => {
    expect((await run(['analyze-log'])).code).toBe(ExitCode.Usage);
    expect((await run(['analyze-log', 'a.log', 'b.log'])).code).toBe(ExitCode.Usage);
    const bad = await run(['analyze-log', fixturePath('basic-cancel-1602.log'), '--encoding', 'klingon']);
    expect(bad.code).toBe(ExitCode.Usage);
    expect(bad.err).toContain('Unknown encoding "klingon"');
  });
});
