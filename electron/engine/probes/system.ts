/**
 * OS build and update revision, Windows Installer version, and free space on the system drive. The
 * build and UBR also tell whether the August 2025 cumulative update is installed: from it on, a
 * repair started by a standard user needs administrator approval (CVE-2025-50173, KB5063878 and its
 * siblings; support.microsoft.com "Unexpected UAC prompts when running MSI repair operations").
 */
import type { Probe } from './types';
import { maybe, need } from './types';

/**
 * First update build revision (UBR) of the August 12, 2025 cumulative update per OS build, from the
 * update's KB pages: Windows 11 24H2 / Server 2025 KB5063878, 23H2/22H2 KB5063875, Windows 10
 * 22H2/21H2 KB5063709, Server 2022 KB5063880, Windows 10 1809 / Server 2019 KB5063877, 1607 / Server
 * 2016 KB5063871. Builds released after it (25H2 and later) include the change.
 */
export const SECURE_REPAIR_UBR: Readonly<Record<number, number>> = {
  14393: 8330,
  17763: 7678,
  19044: 6216,
  19045: 6216,
  20348: 4052,
  22621: 5768,
  22631: 5768,
  26100: 4946,
};

export function secureRepairUpdateInstalled(build: number, ubr: number | null): boolean | null {
  const min = SECURE_REPAIR_UBR[build];
  if (min !== undefined) return ubr === null ? null : ubr >= min;
  return build > 26100 ? true : null;
}

export const systemProbe: Probe<'system'> = {
  fact: 'system',
  checkId: 'system-info',
  queries: () => [
    { kind: 'os' },
    { kind: 'env', names: ['SystemRoot'] },
    { kind: 'path', path: '%SystemRoot%', acl: false, expand: true },
  ],
  parse(answers) {
    const os = need(answers, 0, 'os');
    const root = maybe(answers, 1, 'env')?.values['SystemRoot']?.expanded ?? 'C:\\Windows';
    const drive = maybe(answers, 2, 'path');
    return {
      build: os.build,
      ubr: os.ubr,
      version: os.version,
      productType: os.productType,
      is64Bit: os.is64Bit,
      uiLocale: os.uiLocale,
      msiVersion: os.msiVersion,
      systemDrive: root.slice(0, 2).toUpperCase(),
      systemDriveFreeBytes: drive?.freeBytes ?? null,
      secureRepairUpdate: secureRepairUpdateInstalled(os.build, os.ubr),
    };
  },
};
