/** Checks, ranking, the pure parsers behind the probes, and the catalogs' completeness. */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, SYMPTOM_IDS } from '@shared/model/catalog-ids';
import { FINDING_CHECKS, FINDING_IDS } from '@shared/model/finding-ids';
import { translate } from '@shared/i18n/translate';
import { LANGUAGES } from '@shared/i18n/languages';
import { SYMPTOMS, symptomForCode, symptomKeys } from '@shared/symptoms/index';
import { diagnose } from '../diagnose/index';
import { loadBuiltinScenario } from '../host/simulated/scenario-loader';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { summarizeEvents, internalErrorCode, productFromMessage } from '../probes/events';
import { openTransaction } from '../probes/in-progress';
import { parseMsiexecCommandLine } from '../probes/msiexec-cmdline';
import { unpackGuid } from '../probes/cached-packages';
import { parseFileRenames } from '../probes/pending-reboot';
import { secureRepairUpdateInstalled } from '../probes/system';
import { normalizeImagePath } from '../probes/msiserver';
import { CHECKS, runChecks } from './index';

const ev = (id: number, time: string, data: string[], processId: number | null = null) => ({
  id,
  time,
  level: 4,
  userSid: null,
  data,
  processId,
});

describe('catalogs', () => {
  it('implements every CHECK_ID, and every finding belongs to a check', () => {
    expect(Object.keys(CHECKS).sort()).toEqual([...CHECK_IDS].sort());
    for (const check of Object.values(FINDING_CHECKS)) expect(CHECK_IDS).toContain(check);
  });

  it('has a title and an explanation for every finding, and a card for every symptom, in every language', () => {
    for (const lang of LANGUAGES) {
      for (const id of FINDING_IDS) {
        expect(translate(lang, `findings:${id}.title`), `${lang} ${id}`).not.toBe(`findings:${id}.title`);
        expect(translate(lang, `findings:${id}.explanation`)).not.toBe(`findings:${id}.explanation`);
      }
      for (const id of SYMPTOM_IDS)
        for (const key of Object.values(symptomKeys(id))) expect(translate(lang, key), key).not.toBe(key);
    }
    expect(translate('zh-TW', 'findings:install-in-progress.title')).toBe('另一個安裝正在進行');
  });

  it('maps error codes to symptoms: both numbers of a pair, and no code to two symptoms', () => {
    expect(symptomForCode(2502)).toBe('2503');
    expect(symptomForCode(1500)).toBe('1618');
    expect(symptomForCode(1635)).toBe('1612');
    expect(symptomForCode(1620)).toBe('1619');
    expect(symptomForCode(4242)).toBeNull();
    const codes = Object.values(SYMPTOMS).flatMap((s) => s.codes);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('ranking uses the symptom', () => {
  it('the same machine ranks the in-progress install first for 1618 and the Temp permissions first for 2503', async () => {
    const scenario = loadBuiltinScenario('standard-user-windows-temp-2503');
    const host = new SimulatedHost(scenario);
    const report = await diagnose(host, { symptom: '2503' });
    const facts = {
      ...report.facts,
      inProgress: {
        serviceBusy: true,
        clients: [
          {
            pid: 42,
            commandLine: 'msiexec.exe /i "C:\\x.msi" /qn',
            ownerSid: 'S-1-5-18',
            started: null,
            action: 'install' as const,
            packagePath: 'C:\\x.msi',
          },
        ],
        openTransaction: null,
        inProgressKey: null,
      },
    };
    expect(runChecks(facts, '2503', Date.now())[0]?.id).toBe('windows-temp-acl');
    expect(runChecks(facts, '1618', Date.now())[0]?.id).toBe('install-in-progress');
    const confidenceFor1618 = runChecks(facts, '1618', Date.now()).find((f) => f.id === 'windows-temp-acl')?.confidence;
    expect(confidenceFor1618).toBe('low');
  });
});

describe('event log (fields per learn.microsoft.com/windows/win32/msi/event-logging)', () => {
  it('turns 1033 with a failing status plus 10005 into one failure carrying the internal error', () => {
    const facts = summarizeEvents([
      ev(1040, '2026-11-20T10:00:00.000Z', ['C:\\a.msi', '9012'], 9012),
      ev(10005, '2026-11-20T10:01:00.000Z', [
        'Product: ExampleApp -- The installer has encountered an unexpected error installing this package. This may indicate a problem with this package. The error code is 2503. The arguments are: , , ',
      ]),
      ev(11708, '2026-11-20T10:01:00.000Z', ['Product: ExampleApp -- Installation failed.']),
      ev(1033, '2026-11-20T10:01:00.000Z', ['ExampleApp', '1.4.2', '1033', '1603', 'Example Corp']),
      ev(1033, '2026-11-19T10:01:00.000Z', ['Other', '1.0', '1033', '3010', 'Contoso']),
    ]);
    expect(facts.failures).toEqual([
      {
        time: '2026-11-20T10:01:00.000Z',
        product: 'ExampleApp',
        version: '1.4.2',
        action: 'install',
        status: 1603,
        messageCodes: [2503],
        eventIds: [1033, 11708, 10005],
      },
    ]);
  });

  it('keeps an 11708 without its 1033 (status unknown) and reads product names in any language', () => {
    const facts = summarizeEvents([ev(11708, '2026-11-20T10:00:00.000Z', ['产品: 示例应用 -- 安装失败。'])]);
    expect(facts.failures).toMatchObject([{ product: '示例应用', status: null, action: 'install' }]);
    expect(productFromMessage('no separator')).toBeNull();
    expect(internalErrorCode(['2755'])).toBe(2755);
    expect(internalErrorCode(['Product: App 2.1 -- error code is 2103.'])).toBe(2103);
  });

  it('groups self-repair events by product and counts them', () => {
    const facts = summarizeEvents([
      ev(1004, '2026-11-20T10:00:00.000Z', ['{P}', 'F', '{C}', 'C:\\x.dll']),
      ev(1001, '2026-11-20T10:00:00.000Z', ['{P}', 'F', '{C}']),
      ev(1001, '2026-11-20T09:00:00.000Z', ['{P}', 'F', '{C}']),
    ]);
    expect(facts.selfRepair).toEqual([
      expect.objectContaining({ productCode: '{P}', count: 3, resource: 'C:\\x.dll' }),
    ]);
  });

  it('finds the last 1040 without its 1042 (corpus: D:\\wmi_exporter-0.1.1-amd64.msi, client 8076)', () => {
    const begin = ev(1040, '2016-12-09T13:38:57.000Z', ['D:\\wmi_exporter-0.1.1-amd64.msi', '8076'], 8076);
    const end = ev(1042, '2016-12-09T13:38:57.000Z', ['D:\\wmi_exporter-0.1.1-amd64.msi', '8076'], 8076);
    expect(openTransaction([begin, end])).toBeNull();
    expect(openTransaction([begin])).toBe(begin);
  });
});

describe('parsers behind the probes', () => {
  it('reads what a running msiexec does (command-line-options.md)', () => {
    expect(parseMsiexecCommandLine('"C:\\WINDOWS\\system32\\msiexec.exe" /i "C:\\Pkg Cache\\vc.msi" /qn')).toEqual({
      action: 'install',
      packagePath: 'C:\\Pkg Cache\\vc.msi',
    });
    expect(parseMsiexecCommandLine('C:\\WINDOWS\\system32\\msiexec.exe /V')).toEqual({
      action: 'service',
      packagePath: null,
    });
    expect(parseMsiexecCommandLine('msiexec.exe /X{0A1B2C3D-1111-2222-3333-444455556666}').action).toBe('other');
    expect(parseMsiexecCommandLine('msiexec.exe -x {0A1B} /quiet')).toEqual({
      action: 'uninstall',
      packagePath: '{0A1B}',
    });
    expect(parseMsiexecCommandLine('msiexec.exe /fomus {P}').action).toBe('repair');
    expect(parseMsiexecCommandLine('C:\\Windows\\System32\\MsiExec.exe -Embedding 1A2B3C').action).toBe('other');
  });

  it('unpacks registry GUIDs (corpus reg-query-installer-sourcelist: 06093EA0902F50D4BA7C458B9FFC3AE2)', () => {
    expect(unpackGuid('06093EA0902F50D4BA7C458B9FFC3AE2')).toBe('{0AE39060-F209-4D05-ABC7-54B8F9CFA32E}');
    expect(unpackGuid('not-a-code')).toBe('not-a-code');
  });

  it('reads PendingFileRenameOperations pairs; an empty target is a deletion', () => {
    expect(parseFileRenames(['\\??\\C:\\a.dll', '!\\??\\C:\\a.dll.new', '\\??\\C:\\b.tmp', ''])).toEqual({
      count: 2,
      deletes: 1,
      samples: ['C:\\a.dll -> C:\\a.dll.new', 'C:\\b.tmp -> (delete)'],
    });
    expect(parseFileRenames([])).toEqual({ count: 0, deletes: 0, samples: [] });
  });

  it('knows which builds carry the August 2025 repair hardening', () => {
    expect(secureRepairUpdateInstalled(26100, 4946)).toBe(true);
    expect(secureRepairUpdateInstalled(26100, 4652)).toBe(false);
    expect(secureRepairUpdateInstalled(19045, null)).toBeNull();
    expect(secureRepairUpdateInstalled(26200, 1)).toBe(true);
    expect(secureRepairUpdateInstalled(9600, 1)).toBeNull();
  });

  it('accepts msiserver image paths however Windows spells the system folder', () => {
    for (const p of [
      '%systemroot%\\system32\\msiexec.exe /V',
      'C:\\WINDOWS\\system32\\msiexec.exe /V',
      '"C:\\Windows\\System32\\msiexec.exe"  /v',
    ])
      expect(normalizeImagePath(p, 'C:\\Windows')).toBe('<root>\\system32\\msiexec.exe /v');
    expect(normalizeImagePath('C:\\Tools\\msiexec.exe /V', 'C:\\Windows')).not.toBe('<root>\\system32\\msiexec.exe /v');
  });
});
