/**
 * Turns a path answer (and an optional write test) into FolderFacts, comparing the DACL with the
 * entries Windows creates by default. Rights are FileSystemRights numbers, never names.
 */
import type { AceFact, FolderFacts } from '@shared/model/facts';
import type { AnswerOf } from '../host/queries';
import { SIDS } from './types';

export const FULL_CONTROL = 0x1f01ff;
const GENERIC_ALL = 0x10000000;
const WRITE_BITS = 0x2 | 0x4 | 0x40000000 | GENERIC_ALL;

export interface DefaultAce {
  sid: string;
  rights: number;
}

/**
 * C:\Windows\Temp on a clean Windows 10/11: SYSTEM and Administrators full control, CREATOR OWNER full
 * control on what it creates, and Users "traverse, create files, create folders" (icacls
 * `(CI)(S,WD,AD,X)` = SYNCHRONIZE|WRITE_DATA|APPEND_DATA|EXECUTE = 0x100026).
 */
export const WINDOWS_TEMP_DEFAULTS: readonly DefaultAce[] = [
  { sid: SIDS.system, rights: FULL_CONTROL },
  { sid: SIDS.administrators, rights: FULL_CONTROL },
  { sid: SIDS.creatorOwner, rights: FULL_CONTROL },
  { sid: SIDS.users, rights: 0x100026 },
];

/**
 * C:\Windows\Installer: SYSTEM and Administrators full control, Everyone read and execute. Windows
 * Installer insists the cache folder is owned by SYSTEM or Administrators (MsiInstaller event 1028).
 */
export const INSTALLER_FOLDER_DEFAULTS: readonly DefaultAce[] = [
  { sid: SIDS.system, rights: FULL_CONTROL },
  { sid: SIDS.administrators, rights: FULL_CONTROL },
  { sid: SIDS.everyone, rights: 0x1200a9 },
];

const grants = (ace: AceFact, rights: number): boolean =>
  (ace.rights & GENERIC_ALL) !== 0 || (ace.rights & rights) === rights;

export function analyzeFolder(
  path: string,
  info: AnswerOf<'path'>,
  options: { defaults: readonly DefaultAce[]; userSid: string | null; write: AnswerOf<'writeTest'> | null },
): FolderFacts {
  const acl: AceFact[] | null =
    info.acl?.map((a) => ({
      sid: a.sid,
      rights: a.rights,
      type: a.type,
      inherited: a.inherited,
      inheritance: a.inheritance,
    })) ?? null;
  const watched = new Set<string>([
    SIDS.system,
    SIDS.administrators,
    SIDS.users,
    SIDS.everyone,
    SIDS.authenticatedUsers,
  ]);
  if (options.userSid) watched.add(options.userSid);
  const harmfulDenies =
    acl?.filter((a) => a.type === 'deny' && watched.has(a.sid) && (a.rights & WRITE_BITS) !== 0) ?? [];
  const allows = acl?.filter((a) => a.type === 'allow') ?? [];
  const missingDefaults =
    acl === null || !info.exists
      ? []
      : options.defaults.filter((d) => !allows.some((a) => a.sid === d.sid && grants(a, d.rights)));
  const systemDenied = harmfulDenies.some((a) => a.sid === SIDS.system || a.sid === SIDS.everyone);
  const systemFullControl =
    acl === null || !info.exists
      ? null
      : !systemDenied && allows.some((a) => a.sid === SIDS.system && grants(a, FULL_CONTROL));
  return {
    path,
    exists: info.exists,
    type: info.type,
    attributes: info.attributes,
    isReparsePoint: (info.attributes & 0x400) !== 0,
    isEncrypted: (info.attributes & 0x4000) !== 0,
    isNetwork: info.isNetwork,
    ownerSid: info.ownerSid,
    acl,
    freeBytes: info.freeBytes,
    userWrite: options.write,
    systemFullControl,
    missingDefaults: missingDefaults.map((d) => ({ sid: d.sid, rights: d.rights })),
    harmfulDenies,
  };
}

/** One ACE as a short, locale-independent line: "S-1-5-18 allow 0x1F01FF (inherited)". */
export function formatAce(ace: AceFact): string {
  return `${ace.sid} ${ace.type} 0x${ace.rights.toString(16).toUpperCase()}${ace.inherited ? ' (inherited)' : ''}`;
}
