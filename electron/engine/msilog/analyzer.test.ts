/**
 * The analyzer on our own synthetic fixtures (fixtures/*.log, written for these tests in the line shapes
 * msiexec and Burn use). Each test names the Microsoft document the expectation rests on.
 */
import { describe, expect, it } from 'vitest';
import { LogAnalysis } from '@shared/model/log-analysis';
import { analyzeLogBytes, analyzeLogFile } from './index';
import { fixtureBytes, fixturePath, fixtureText, encodeText } from './test-helpers';

const analyze = (name: string, ...rest: Parameters<typeof fixtureBytes> extends [string, ...infer R] ? R : never) =>
  LogAnalysis.parse(analyzeLogBytes(fixtureBytes(name, ...rest)));

describe('success logs and benign noise', () => {
  const a = analyze('verbose-success-noise.log');

  it('reads success from "MainEngineThread is returning 0" and gives no root cause', () => {
    expect(a).toMatchObject({
      format: 'msi-verbose',
      outcome: 'success',
      exitCode: 0,
      status: { source: 'engine' },
      rootCause: null,
    });
  });

  it('ignores 2205, 2228, 2262 and 2203 with -2147287038, DEBUG 2826 and Restart Manager error 29 (msdocs: windows-installer-error-messages)', () => {
    expect(a.errors).toEqual([]);
    expect(a.noise.byCode).toMatchObject({
      '2205': 1,
      '2228': 1,
      '2262': 1,
      '2203': 1,
      '2826': 2,
      '1402': 1,
      '2318': 1,
      'restart-manager': 1,
    });
  });

  it('records a custom action "translated to success" without calling it a failure', () => {
    expect(a.customActions).toEqual([
      { name: 'CleanupLegacyFolders', exitCode: 1603, translatedToSuccess: true, line: expect.any(Number) },
    ]);
  });

  it('reads product, header, policies and elevation lines', () => {
    expect(a.product).toEqual({
      name: 'Contoso Widget',
      version: '2.0.1',
      code: '{6F1D2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B}',
      package: 'C:\\Packages\\Contoso Widget 2.0.msi',
    });
    expect(a.header).toEqual({
      started: '3/14/2026  9:30:00',
      build: '5.00.10011.00',
      callingProcess: 'C:\\Windows\\system32\\msiexec.exe',
    });
    expect(a.policies).toEqual({
      machine: { Debug: 0, DisableMsi: 0, AlwaysInstallElevated: 0 },
      user: { AlwaysInstallElevated: 0, SearchOrder: 'nmu' },
    });
    expect(a.elevated).toBe(true);
    expect(a.elevation.map((e) => e.text)).toContain(
      'Product installation will be elevated because user is admin and product is being installed per-machine.',
    );
  });

  it('keeps hidden properties masked (msdocs: preventing confidential information in the log)', () => {
    expect(a.hiddenProperties).toEqual(['SERVICE_PASSWORD']);
    expect(JSON.stringify(a)).not.toMatch(/SERVICE_PASSWORD[^*]*=\s*[^*\s]/u);
    expect(a.properties).toMatchObject({ ALLUSERS: '1', UILevel: '2' });
  });

  it('records actions with return values and durations (msdocs: logging of action return values)', () => {
    const install = a.actions.find((x) => x.name === 'INSTALL');
    expect(install).toMatchObject({
      side: 'server',
      returnValue: 1,
      result: 'success',
      startTime: '9:30:00',
      endTime: '9:30:03',
      durationMs: 3000,
    });
    expect(a.actions.map((x) => x.name)).toEqual([
      'INSTALL',
      'CostInitialize',
      'WelcomeDlg',
      'CleanupLegacyFolders',
      'InstallFinalize',
    ]);
    expect(a.stats).toMatchObject({ complete: true, longLines: 0 });
  });
});

describe('root causes', () => {
  it('2503/2502 without any "Return value 3", with the 2203 STG_E_ACCESSDENIED note on inprogressinstallinfo.ipi', () => {
    const a = analyze('verbose-2503-2502-no-return-value-3.log');
    expect(a.outcome).toBe('failure');
    expect(a.exitCode).toBe(1603);
    expect(a.rootCause).toMatchObject({ kind: 'error', code: 2503, namespace: 'message', action: 'InstallFinalize' });
    expect(a.rootCause?.signals).toContain('ipi-access-denied');
    expect(a.rootCause?.context.map((c) => c.text).join('\n')).toContain('inprogressinstallinfo.ipi 3: -2147287035');
    expect(a.errors.map((e) => e.code)).toEqual([2503, 2502]);
  });

  it('1618: "Failed to grab execution mutex" (msdocs: _MSIExecute mutex)', () => {
    const a = analyze('verbose-1618-mutex.log');
    expect(a).toMatchObject({
      outcome: 'failure',
      exitCode: 1618,
      rootCause: { kind: 'mutex', code: 1618, namespace: 'exit', signals: ['mutex-busy'] },
    });
  });

  it('1619: the package could not be opened (Note 2203 on the .msi with STG_E_ACCESSDENIED, the log shape of Microsoft KB 889710); the exit code is the cause', () => {
    const a = analyze('verbose-1619-package-open.log');
    expect(a).toMatchObject({
      outcome: 'failure',
      exitCode: 1619,
      rootCause: { kind: 'exit-code', code: 1619, namespace: 'exit' },
    });
    expect(a.rootCause?.signals).toContain('package-open-failed');
  });

  it('a failure inside a nested install (RemoveExistingProducts): 1714 with System Error 1620', () => {
    const a = analyze('verbose-1620-nested-removal.log');
    expect(a.rootCause).toMatchObject({
      code: 1714,
      namespace: 'message',
      systemError: 1620,
      action: 'RemoveExistingProducts',
      nested: true,
    });
    expect(a.rootCause?.message).toMatch(/^Error 1714\. The older version/u);
    expect(a.rootCause?.signals).toEqual(expect.arrayContaining(['nested-install-failed', 'package-open-failed']));
    expect(a.nestedInstalls).toEqual([
      {
        product: '{11111111-2222-3333-4444-555555555555}',
        parentAction: 'RemoveExistingProducts',
        line: 12,
        exitCode: 1620,
        failed: true,
      },
    ]);
  });

  it('a custom action exit code joined to its Error 1722', () => {
    const a = analyze('verbose-1722-custom-action.log');
    expect(a.rootCause).toMatchObject({
      code: 1722,
      namespace: 'message',
      action: 'InstallFinalize',
      customAction: 'RegisterAgentService',
      customActionExitCode: 5,
    });
  });

  it('1602: user cancel in a non-verbose log, status read from the summary line (msdocs: error-codes)', () => {
    const a = analyze('basic-cancel-1602.log');
    expect(a).toMatchObject({
      format: 'msi-basic',
      outcome: 'cancelled',
      exitCode: 1602,
      status: { source: 'final-message' },
    });
    expect(a.rootCause).toMatchObject({ kind: 'cancelled', code: 1602, namespace: 'exit', action: 'WelcomeDlg' });
  });

  it('3010 with files in use and a scheduled reboot (msdocs: logging of reboot requests)', () => {
    const a = analyze('verbose-3010-files-in-use.log');
    expect(a).toMatchObject({ outcome: 'reboot-required', exitCode: 3010, rootCause: null });
    expect(a.reboot).toEqual({
      required: true,
      initiated: false,
      reasons: ['scheduled-operations', 'replaced-in-use-files', 'exit-code'],
      scheduledOperations: 1,
    });
    expect(a.filesInUse).toEqual([
      { path: null, process: { name: 'Woodgrove Viewer', pid: 4312 }, source: 'restart-manager', line: 10 },
      {
        path: 'C:\\Program Files\\Woodgrove\\viewer.dll',
        process: { name: 'viewer', pid: 4312 },
        source: 'info-1603',
        line: 11,
      },
      { path: 'C:\\Program Files\\Woodgrove\\render.dll', process: null, source: 'info-1603', line: 15 },
    ]);
  });

  it('1641: the installer started the restart itself', () => {
    const a = analyze('verbose-1641-restart-initiated.log');
    expect(a).toMatchObject({
      outcome: 'reboot-required',
      exitCode: 1641,
      reboot: { required: true, initiated: true },
    });
    expect(a.reboot.reasons).toEqual(['force-reboot-action', 'exit-code']);
  });
});

describe('forged text inside property values and command lines', () => {
  it('cannot change the verdict or add errors', () => {
    const a = analyze('forged-property-values.log');
    expect(a).toMatchObject({ outcome: 'success', exitCode: 0, rootCause: null, errors: [], customActions: [] });
    expect(a.actions.map((x) => `${x.name}:${x.result}`)).toEqual(['INSTALL:success']);
    expect(a.product.name).toBe('Fourth Coffee POS');
  });

  it('still holds when the log is cut before the final status', () => {
    const text = fixtureText('forged-property-values.log');
    const cut = text.slice(0, text.indexOf('MSI (s) (D0:D4) [16:00:01:100]'));
    const a = analyzeLogBytes(encodeText(cut, 'utf-16le-bom'));
    expect(a.errors).toEqual([]);
    expect(a.outcome).toBe('success');
    expect(a.status.source).toBe('inferred');
  });
});

describe('Burn logs', () => {
  it('a failed MSI package: HRESULT 0x80070643 is Win32 1603, text forged in a variable is ignored', () => {
    const a = analyze('burn-failure-0x80070643.log', 'utf-8', true);
    expect(a).toMatchObject({
      format: 'burn',
      outcome: 'failure',
      exitCode: 1603,
      product: { name: 'Contoso Suite', version: '5.0.0.0' },
    });
    expect(a.rootCause).toMatchObject({
      kind: 'burn',
      code: 0x80070643,
      namespace: 'hresult',
      systemError: 1603,
      action: 'ContosoCore',
    });
    expect(a.errors.map((e) => e.message)).toEqual([
      'Error 0x80070643: Failed to install MSI package.',
      'Error 0x80070643: Failed to execute MSI package.',
      'Error 0x80070643: Failed to configure per-machine MSI package.',
    ]);
    expect(a.actions).toMatchObject([{ name: 'ContosoCore', result: 'failed' }]);
  });

  it('success with a restart required: exit code 0xbc2 is 3010', () => {
    const a = analyze('burn-success-restart-required.log', 'utf-8');
    expect(a).toMatchObject({ format: 'burn', outcome: 'reboot-required', exitCode: 3010, rootCause: null });
    expect(a.reboot.reasons).toEqual(['burn-restart', 'exit-code']);
  });
});

describe('translated final lines are read by their number', () => {
  it('zh-CN in GBK (cp936): failure 1603 and the launch condition text', () => {
    const a = analyze('basic-zh-CN-final-status.txt', 'gbk');
    expect(a.encoding).toEqual({ name: 'gbk', bom: false, source: 'detected' });
    expect(a).toMatchObject({
      format: 'msi-basic',
      outcome: 'failure',
      exitCode: 1603,
      status: { source: 'final-message' },
      stats: { complete: true },
    });
    expect(a.rootCause).toMatchObject({
      kind: 'launch-condition',
      action: 'LaunchConditions',
      message: '此程序需要更高版本的 Windows。',
    });
    expect(a.product.name).toBe('示例软件');
  });

  it('zh-TW in Big5 (cp950): success 0', () => {
    const a = analyze('basic-zh-TW-final-status.txt', 'big5');
    expect(a.encoding.name).toBe('big5');
    expect(a).toMatchObject({ outcome: 'success', exitCode: 0 });
  });

  it('fr-FR in cp1252 with the ANSI code page given: failure 1603, root cause 1925', () => {
    const a = LogAnalysis.parse(
      analyzeLogBytes(fixtureBytes('basic-fr-FR-final-status.txt', 'windows-1252'), { ansiCodePage: 'cp1252' }),
    );
    expect(a).toMatchObject({
      outcome: 'failure',
      exitCode: 1603,
      rootCause: { code: 1925, action: 'InstallFinalize' },
    });
    expect(a.rootCause?.message).toContain('privilèges');
  });

  it('the --encoding override wins over detection', () => {
    const a = analyzeLogBytes(fixtureBytes('basic-zh-CN-final-status.txt', 'gbk'), { encoding: 'cp936' });
    expect(a.encoding).toEqual({ name: 'gbk', bom: false, source: 'override' });
    expect(a.rootCause?.message).toBe('此程序需要更高版本的 Windows。');
  });
});

describe('streaming from disk', () => {
  it('reports progress and gives the same result as from memory', async () => {
    const seen: [number, number][] = [];
    const a = await analyzeLogFile(fixturePath('verbose-1722-custom-action.log'), {
      chunkBytes: 97,
      onProgress: (r, t) => seen.push([r, t]),
    });
    const total = fixtureBytes('verbose-1722-custom-action.log', 'utf-8', true).length;
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.length).toBeGreaterThan(10);
    expect(a.rootCause?.code).toBe(1722);
    expect({ ...a, encoding: null }).toEqual({
      ...analyzeLogBytes(fixtureBytes('verbose-1722-custom-action.log', 'utf-8', true)),
      encoding: null,
    });
  });

  it('stops when the AbortSignal fires', async () => {
    const controller = new AbortController();
    const run = analyzeLogFile(fixturePath('verbose-success-noise.log'), {
      chunkBytes: 64,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow();
  });

  it('rejects a missing file with ENOENT', async () => {
    await expect(analyzeLogFile(fixturePath('no-such-file.log'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
