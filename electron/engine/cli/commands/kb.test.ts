import { describe, expect, it } from 'vitest';
import type { Language } from '@shared/i18n/languages';
import { runCli } from '../run-cli';
import { ExitCode } from '../exit-codes';

async function run(args: string[], lang: Language = 'en') {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), env: {}, platform: 'linux', lang });
  return { code, out, err };
}

describe('installer-doctor kb', () => {
  it('prints one JSON object for a code known in one namespace', async () => {
    const r = await run(['kb', '2503', '--json']);
    expect(r.code).toBe(ExitCode.Ok);
    const body = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'code',
      'namespace',
      'name',
      'category',
      'benign',
      'explanation',
      'checks',
      'fixes',
    ]);
    expect(body).toMatchObject({
      code: 2503,
      namespace: 'message',
      name: 'run-script-not-in-progress',
      category: 'temp-folder',
      benign: false,
    });
    expect(body['checks']).toEqual(expect.arrayContaining(['windows-temp', 'user-temp', 'token-uac']));
    expect(body['fixes']).toEqual(expect.arrayContaining(['repair-windows-temp', 'elevated-install']));
    expect(body['explanation']).toMatch(/Temp/u);
  });

  it('prints both namespaces, exit first, for 1603 without --ns', async () => {
    const json = await run(['kb', '1603', '--json']);
    const list = JSON.parse(json.out) as { namespace: string; name: string }[];
    expect(list.map((e) => [e.namespace, e.name])).toEqual([
      ['exit', 'ERROR_INSTALL_FAILURE'],
      ['message', 'file-held-in-use'],
    ]);
    const text = await run(['kb', '1603']);
    expect(text.code).toBe(ExitCode.Ok);
    expect(text.out.indexOf('ERROR_INSTALL_FAILURE')).toBeGreaterThanOrEqual(0);
    expect(text.out.indexOf('file-held-in-use')).toBeGreaterThan(text.out.indexOf('ERROR_INSTALL_FAILURE'));
  });

  it('narrows to one namespace with --ns', async () => {
    const r = await run(['kb', '1603', '--ns', 'message', '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ code: 1603, namespace: 'message', category: 'file-in-use' });
    const e = await run(['kb', '--ns=exit', '1603', '--json']);
    expect(JSON.parse(e.out)).toMatchObject({ namespace: 'exit', name: 'ERROR_INSTALL_FAILURE', category: 'failure' });
  });

  it('gives the explanation in the --lang language, in JSON and text', async () => {
    const cn = await run(['kb', '1618', '--json', '--lang', 'zh-CN']);
    const tw = await run(['kb', '1618', '--json', '--lang', 'zh-TW']);
    const cnText = (JSON.parse(cn.out) as { explanation: string }).explanation;
    const twText = (JSON.parse(tw.out) as { explanation: string }).explanation;
    expect(cnText).toContain('安装');
    expect(twText).toContain('安裝');
    const human = await run(['kb', '2205'], 'zh-TW');
    expect(human.out).toContain('  類別：安裝套件資料庫\n');
    expect(human.out).toContain('  是否無害：是，安裝成功的記錄檔裡也會出現\n');
  });

  it('prints category, harmlessness, what the user saw, and links in text mode', async () => {
    const r = await run(['kb', '1925']);
    expect(r.out).toContain('1925  all-users-needs-admin  (Windows Installer message)');
    expect(r.out).toContain('Category: Permissions and administrator rights');
    expect(r.out).toContain('Harmless: no');
    expect(r.out).toContain('What you may have seen: ');
    expect(r.out).toContain('Checks: token-uac, installer-policies');
    expect(r.out).toContain('Fixes: elevated-install');
    const none = await run(['kb', '1602', '--ns', 'message']);
    expect(none.out).toContain('Checks: none');
  });

  it('reports an unknown code on stderr, localized, with exit 3', async () => {
    const r = await run(['kb', '1617']);
    expect(r.code).toBe(ExitCode.BadInput);
    expect(r.out).toBe('');
    expect(r.err).toBe('Installer Doctor has no entry for code 1617.\n');
    const cn = await run(['kb', '9999'], 'zh-CN');
    expect(cn.err).toBe('Installer Doctor 中没有代码 9999 的条目。\n');
  });

  it('points to the other namespace when --ns picks the wrong one', async () => {
    const r = await run(['kb', '2503', '--ns', 'exit']);
    expect(r.code).toBe(ExitCode.BadInput);
    expect(r.err).toContain('Code 2503 is not a known msiexec exit code.');
    expect(r.err).toContain('try --ns message');
    const tw = await run(['kb', '3010', '--ns', 'message', '--lang', 'zh-TW']);
    expect(tw.err).toContain('代碼 3010 不是已知的 Windows Installer 訊息');
    expect(tw.err).toContain('--ns exit');
  });

  it('rejects a bad CODE or option with exit 2', async () => {
    for (const args of [
      ['kb'],
      ['kb', 'abc'],
      ['kb', '0x643'],
      ['kb', '-5'],
      ['kb', '16O3'],
      ['kb', '1603', '1618'],
      ['kb', '1603', '--ns', 'both'],
      ['kb', '123456'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(ExitCode.Usage);
      expect(r.err, args.join(' ')).toMatch(/^installer-doctor: /u);
      expect(r.out, args.join(' ')).toBe('');
    }
  });

  it('is listed in --help', async () => {
    const r = await run(['--help']);
    expect(r.out).toMatch(/\bkb\s+Explain an msiexec exit code/u);
  });
});
