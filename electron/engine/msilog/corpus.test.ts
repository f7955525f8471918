/**
 * Every real log in ../shared/corpus/msilogs (see its SOURCES.tsv for where each comes from) with the
 * outcome, exit code and root cause we expect, stated per file. Excerpts without a final status get
 * exitCode null and an outcome inferred from what they do show. Skipped when the corpus is absent
 * (a user's clone has no ../shared).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LogAnalysis, type LogOutcome, type LogSignal, type RootCauseKind } from '@shared/model/log-analysis';
import { analyzeLogFile } from './index';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = `${repoRoot}../shared/corpus/msilogs`;
const present = existsSync(corpus);
if (!present) console.log(`[msilog corpus] ${corpus} not found: the real-log corpus tests are skipped.`);

interface Expected {
  format: LogAnalysis['format'];
  outcome: LogOutcome;
  exitCode: number | null;
  root: null | {
    kind: RootCauseKind;
    code: number | null;
    action?: string | null;
    customAction?: string;
    customActionExitCode?: number;
    systemError?: number;
    signals?: LogSignal[];
    message?: RegExp;
  };
  encoding?: string;
  extra?: (a: LogAnalysis) => void;
}

const H = (code: number): number => code >>> 0;

const EXPECTED: Record<string, Expected> = {
  'burn-bundle-wix7-package-msi-install-success.log': {
    format: 'msi-verbose',
    outcome: 'success',
    exitCode: 0,
    root: null,
    encoding: 'utf-16le',
  },
  'burn-bundle-wix7-related-bundle-msi-removal-success.log': {
    format: 'msi-verbose',
    outcome: 'success',
    exitCode: 0,
    root: null,
  },
  // The non-vital related-bundle failure (e000 0x80070003) is listed, but the bundle exits 0.
  'burn-bundle-wix7-upgrade-related-bundle-0x80070003.log': {
    format: 'burn',
    outcome: 'success',
    exitCode: 0,
    root: null,
    encoding: 'utf-8',
    extra: (a) => expect(a.errors.filter((e) => e.code === H(0x80070003)).length).toBe(5),
  },
  'burn-excerpt-0x80070005-failed-to-write-run-key-adguard.log': {
    format: 'burn',
    outcome: 'failure',
    exitCode: null,
    root: { kind: 'burn', code: H(0x80070005), systemError: 5, message: /Failed to write run key value/u },
  },
  'burn-excerpt-patch-bundle-0x80070643-failed-to-install-msp.log': {
    format: 'burn',
    outcome: 'failure',
    exitCode: null,
    root: { kind: 'burn', code: H(0x80070643), systemError: 1603, action: '_10.0.238.0' },
  },
  // Client side only: the user left at the first dialog.
  'cancel-1602-userexit-redball.log': {
    format: 'msi-verbose',
    outcome: 'cancelled',
    exitCode: 1602,
    root: { kind: 'cancelled', code: 1602, action: 'WelcomeDlg' },
    extra: (a) => {
      expect(a.errors).toEqual([]);
      expect(a.actions.find((x) => x.name === 'WelcomeDlg')).toMatchObject({ side: 'client', result: 'cancelled' });
    },
  },
  'excerpt-1500-another-installation-in-progress-keybase.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: null,
    root: { kind: 'error', code: 1500 },
  },
  'excerpt-1603-deferred-ca-cplog-file-not-found-hp-eprint.log': {
    format: 'msi-basic',
    outcome: 'failure',
    exitCode: null,
    root: {
      kind: 'custom-action',
      code: 1603,
      action: 'InstallExecute',
      customAction: 'AddUPDDriverAndPrinter',
      customActionExitCode: 1603,
    },
  },
  'excerpt-1603-error1722-reinstall-servicecontrol-host-install.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: null,
    root: { kind: 'error', code: 1722, customAction: 'NServiceBus.Host.exe_Install' },
  },
  // A log tail: the status is there, the cause is not.
  'excerpt-1603-servicecontrol-log-tail-dotted-date.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: 1603,
    root: null,
  },
  'excerpt-1618-failed-to-grab-execution-mutex-modsecurity.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: null,
    root: { kind: 'mutex', code: 1618, signals: ['mutex-busy'] },
  },
  'excerpt-1722-ca-powershell-checkpython-exit1-winget-validation.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: null,
    root: { kind: 'error', code: 1722, customAction: 'CheckPython', customActionExitCode: 1 },
  },
  'excerpt-1722-nested-msi-ca-returned-1618-dokany.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: null,
    root: {
      kind: 'error',
      code: 1722,
      customAction: '_28197B5F_E425_401B_B146_7D198EC702E1',
      customActionExitCode: 1618,
      signals: ['nested-msi-from-custom-action', 'mutex-busy'],
    },
  },
  'excerpt-1722-start-service-net-exe-error2-servicepulse.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: null,
    root: { kind: 'error', code: 1722, customAction: 'Start_Service', customActionExitCode: 2 },
  },
  'excerpt-2203-inprogressinstallinfo-ipi-pathnotfound-haxm.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: null,
    root: {
      kind: 'error',
      code: 2203,
      systemError: -2147287037,
      action: 'InstallInitialize',
      signals: ['ipi-path-not-found'],
    },
  },
  'excerpt-2503-2502-runscript-not-in-progress-lithnet.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: null,
    root: { kind: 'error', code: 2503, action: 'InstallExecute' },
  },
  'excerpt-error1311-source-file-not-found-cabinet-clickpaste.log': {
    format: 'msi-basic',
    outcome: 'failure',
    exitCode: null,
    root: { kind: 'error', code: 1311 },
  },
  // Note 2329 with error 32 (sharing violation) and the lookup of message 1903: a reboot is scheduled.
  'excerpt-file-in-use-2318-2329-note1903-powertoys.log': {
    format: 'msi-verbose',
    outcome: 'reboot-required',
    exitCode: null,
    root: null,
    extra: (a) =>
      expect(a.filesInUse).toMatchObject([
        { path: 'C:\\Program Files\\PowerToys\\modules\\launcher\\Images\\app.dark.png', source: 'note-2329' },
      ]),
  },
  'excerpt-info1903-scheduling-reboot-config-msi-rbf-winget.log': {
    format: 'msi-basic',
    outcome: 'reboot-required',
    exitCode: null,
    root: null,
    extra: (a) => expect(a.reboot.scheduledOperations).toBe(12),
  },
  'excerpt-policy-disablemsi-1-wazuh-agent.log': {
    format: 'msi-verbose',
    outcome: 'unknown',
    exitCode: null,
    root: null,
    extra: (a) => {
      expect(a.policies.machine).toMatchObject({ DisableMsi: 1, AlwaysInstallElevated: 0 });
      expect(a.elevated).toBe(true);
    },
  },
  'excerpt-sourcemgmt-cached-package-missing-removeexistingproducts-owncloud.log': {
    format: 'msi-verbose',
    outcome: 'unknown',
    exitCode: null,
    root: null,
    extra: (a) => expect(a.errors).toMatchObject([{ severity: 'warning', code: null }]),
  },
  'excerpt-zhCN-1603-reconfigure-wmi-exporter-win2008r2.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: 1603,
    root: null,
  },
  'fail-1603-error1310-error-writing-file-C-root-nonadmin.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: 1603,
    root: { kind: 'error', code: 1310, action: 'InstallFinalize', signals: ['silent-no-elevation'] },
    encoding: 'utf-16le',
    extra: (a) => expect(a.elevated).toBe(false),
  },
  'fail-1603-error1310-error-writing-file-C-root-nonadmin.utf8bom-copy.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: 1603,
    root: { kind: 'error', code: 1310, action: 'InstallFinalize' },
    encoding: 'utf-8',
  },
  'fail-1603-error1714-older-version-cannot-be-removed-1620.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: 1603,
    root: {
      kind: 'error',
      code: 1714,
      systemError: 1620,
      action: 'RemoveExistingProducts',
      signals: ['nested-install-failed', 'package-open-failed'],
    },
    extra: (a) =>
      expect(a.nestedInstalls).toMatchObject([
        { product: '{4D6E4DBC-75B0-4913-972A-8471EC5EE1D0}', exitCode: 1620, failed: true },
      ]),
  },
  'fail-1603-error1925-insufficient-privileges-silent-nonadmin.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: 1603,
    root: { kind: 'error', code: 1925, action: 'InstallFinalize', signals: ['silent-no-elevation'] },
  },
  // The trap: no "Return value 3" anywhere; the 2203 STG_E_ACCESSDENIED note on the .ipi comes first.
  'fail-1603-error2503-2502-admin-install-nodejs-choco.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: 1603,
    root: { kind: 'error', code: 2503, action: 'InstallFinalize', signals: ['ipi-access-denied'] },
    extra: (a) => {
      expect(a.errors.map((e) => e.code)).toEqual([2503, 2502]);
      expect(a.noise.byCode['restart-manager']).toBe(1);
    },
  },
  'fail-1603-launchcondition-later-version-nodejs-frFR.log': {
    format: 'msi-verbose',
    outcome: 'failure',
    exitCode: 1603,
    root: { kind: 'launch-condition', code: null, action: 'LaunchConditions', message: /later version of Node\.js/u },
  },
  'fail-launchcondition-later-version-nodejs-frFR-nonverbose.log': {
    format: 'msi-basic',
    outcome: 'failure',
    exitCode: 1603,
    root: { kind: 'launch-condition', code: null, action: 'LaunchConditions' },
  },
  'success-install-dell-supportassist-utf16le-verbose.log': {
    format: 'msi-verbose',
    outcome: 'success',
    exitCode: 0,
    root: null,
    extra: (a) => expect(a.product).toMatchObject({ name: 'Dell SupportAssist', version: '3.14.2.45116' }),
  },
  'success-install-pycapture2-admin-retry.log': {
    format: 'msi-verbose',
    outcome: 'success',
    exitCode: 0,
    root: null,
    extra: (a) => expect(a.elevated).toBe(true),
  },
  // Full of 2826, 2203 "3: 0" and 2205/2228 noise: none of it is an error.
  'success-install-redball-wix-enGB.log': {
    format: 'msi-verbose',
    outcome: 'success',
    exitCode: 0,
    root: null,
    extra: (a) => expect(a.errors).toEqual([]),
  },
  'success-reconfigure-notepadpp-utf16le-nonverbose.log': {
    format: 'msi-basic',
    outcome: 'success',
    exitCode: 0,
    root: null,
    extra: (a) =>
      expect(a.customActions).toMatchObject([
        { name: 'WixRemoveFoldersEx', exitCode: 1603, translatedToSuccess: true },
      ]),
  },
};

describe.skipIf(!present)('real corpus logs (../shared/corpus/msilogs)', () => {
  it('has an expectation for every log in the corpus', () => {
    expect(
      readdirSync(corpus)
        .filter((f) => f.endsWith('.log'))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file}: ${want.outcome}, exit ${want.exitCode}, root ${want.root ? `${want.root.kind} ${want.root.code}` : 'none'}`, async () => {
      const a = LogAnalysis.parse(await analyzeLogFile(`${corpus}/${file}`));
      expect({ format: a.format, outcome: a.outcome, exitCode: a.exitCode }).toEqual({
        format: want.format,
        outcome: want.outcome,
        exitCode: want.exitCode,
      });
      if (want.encoding) expect(a.encoding.name).toBe(want.encoding);
      if (want.root === null) expect(a.rootCause).toBeNull();
      else {
        const { signals, message, ...fields } = want.root;
        expect(a.rootCause).toMatchObject(fields);
        if (signals) expect(a.rootCause?.signals).toEqual(expect.arrayContaining(signals));
        if (message) expect(a.rootCause?.message).toMatch(message);
        expect(a.rootCause?.context.some((c) => c.line === a.rootCause?.line)).toBe(true);
      }
      want.extra?.(a);
    });
  }
});
