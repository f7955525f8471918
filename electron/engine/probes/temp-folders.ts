/**
 * The folders Windows Installer writes to: the user's %TEMP% (the client side and per-user installs),
 * C:\Windows\Temp (the service, which runs as LocalSystem, and elevated custom actions) and the cache
 * C:\Windows\Installer. Paths go to the host unexpanded (%TEMP%) so one batch answers everything.
 */
import type { TempRisk, UserTempFacts } from '@shared/model/facts';
import type { HostQuery } from '../host/queries';
import { analyzeFolder, FULL_CONTROL, INSTALLER_FOLDER_DEFAULTS, WINDOWS_TEMP_DEFAULTS } from './folder';
import type { Probe } from './types';
import { expandWith, maybe, need, ProbeFailure, SIDS } from './types';

/** Past this length paths built under TEMP (extraction folders, cabinets) start to exceed MAX_PATH (260). */
export const TEMP_PATH_LONG = 120;

const SYSTEM_ROOT_ENV: HostQuery = { kind: 'env', names: ['SystemRoot'] };
const TOKEN: HostQuery = { kind: 'token' };

function systemRootFrom(answers: Parameters<typeof maybe>[0], i: number): string {
  return maybe(answers, i, 'env')?.values['SystemRoot']?.expanded ?? 'C:\\Windows';
}

/** Risky TEMP shapes: on a share, very long, outside the profile, TMP elsewhere, a link, unexpanded. */
export function tempRisks(
  temp: UserTempFacts['temp'],
  tmp: UserTempFacts['tmp'],
  userProfile: string | null,
  isNetwork: boolean,
  isReparsePoint: boolean,
): TempRisk[] {
  const risks: TempRisk[] = [];
  const path = temp.expanded ?? '';
  if (isNetwork || path.startsWith('\\\\')) risks.push('network');
  if (path.length > TEMP_PATH_LONG) risks.push('too-long');
  if (path.includes('%')) risks.push('unexpanded');
  if (/^[a-z]:\\?$/iu.test(path)) risks.push('root-of-drive');
  const lowerProfile = userProfile?.toLowerCase();
  if (lowerProfile && path && !path.toLowerCase().startsWith(`${lowerProfile}\\`)) risks.push('outside-profile');
  if (tmp.expanded && path && tmp.expanded.toLowerCase() !== path.toLowerCase()) risks.push('tmp-differs');
  if (isReparsePoint) risks.push('reparse-point');
  return risks;
}

export const userTempProbe: Probe<'userTemp'> = {
  fact: 'userTemp',
  checkId: 'user-temp',
  queries: () => [
    { kind: 'env', names: ['TEMP', 'TMP', 'USERPROFILE'] },
    { kind: 'path', path: '%TEMP%', expand: true },
    { kind: 'writeTest', path: '%TEMP%', expand: true },
    TOKEN,
  ],
  parse(answers) {
    const env = need(answers, 0, 'env').values;
    const temp = env['TEMP'] ?? { raw: null, expanded: null };
    const tmp = env['TMP'] ?? { raw: null, expanded: null };
    const userProfile = env['USERPROFILE']?.expanded ?? null;
    if (!temp.expanded) {
      return { temp, tmp, userProfile, folder: null, risks: ['unexpanded'] };
    }
    const info = maybe(answers, 1, 'path');
    const userSid = maybe(answers, 3, 'token')?.userSid ?? null;
    // A profile's Temp inherits full control for SYSTEM, Administrators and the user; the user needs at
    // least "create files" and "create folders" (0x6) there.
    const defaults = [{ sid: SIDS.system, rights: FULL_CONTROL }, ...(userSid ? [{ sid: userSid, rights: 0x6 }] : [])];
    const folder = info
      ? analyzeFolder(temp.expanded, info, { defaults, userSid, write: maybe(answers, 2, 'writeTest') })
      : null;
    return {
      temp,
      tmp,
      userProfile,
      folder,
      risks: tempRisks(temp, tmp, userProfile, folder?.isNetwork ?? false, folder?.isReparsePoint ?? false),
    };
  },
};

export const windowsTempProbe: Probe<'windowsTemp'> = {
  fact: 'windowsTemp',
  checkId: 'windows-temp',
  queries: () => [
    SYSTEM_ROOT_ENV,
    { kind: 'path', path: '%SystemRoot%\\Temp', expand: true },
    { kind: 'writeTest', path: '%SystemRoot%\\Temp', expand: true },
    TOKEN,
  ],
  parse(answers) {
    const path = expandWith('%SystemRoot%\\Temp', { SystemRoot: systemRootFrom(answers, 0) });
    const info = need(answers, 1, 'path');
    return analyzeFolder(path, info, {
      defaults: WINDOWS_TEMP_DEFAULTS,
      userSid: maybe(answers, 3, 'token')?.userSid ?? null,
      write: maybe(answers, 2, 'writeTest'),
    });
  },
};

export const installerFolderProbe: Probe<'installerFolder'> = {
  fact: 'installerFolder',
  checkId: 'installer-folder',
  queries: () => [SYSTEM_ROOT_ENV, { kind: 'path', path: '%SystemRoot%\\Installer', expand: true }],
  parse(answers) {
    const path = expandWith('%SystemRoot%\\Installer', { SystemRoot: systemRootFrom(answers, 0) });
    const info = need(answers, 1, 'path');
    if (info.exists && info.acl === null) throw new ProbeFailure('the permissions of the folder could not be read');
    return analyzeFolder(path, info, { defaults: INSTALLER_FOLDER_DEFAULTS, userSid: null, write: null });
  },
};
