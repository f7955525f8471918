/**
 * ACL facts for the temp-folder fixes. Windows' default DACL of C:\Windows\Temp (Windows 10/11):
 * SYSTEM and Administrators full control (OI)(CI), CREATOR OWNER full control, and Users (CI)(S,WD,AD,X)
 * = SYNCHRONIZE | add file | add subfolder | traverse (0x100026): users may create, not read others'.
 */
import type { Ace } from '../host/queries';

export const SID = {
  system: 'S-1-5-18',
  admins: 'S-1-5-32-544',
  users: 'S-1-5-32-545',
  creatorOwner: 'S-1-3-0',
  everyone: 'S-1-1-0',
  authUsers: 'S-1-5-11',
} as const;
const FULL = 0x1f01ff;
const WRITE_BITS = 0x2 | 0x10000000 | 0x40000000;

export const WINDOWS_TEMP_DEFAULT_ACL: Ace[] = [
  { sid: SID.system, rights: FULL, type: 'allow', inherited: false, inheritance: 3 },
  { sid: SID.admins, rights: FULL, type: 'allow', inherited: false, inheritance: 3 },
  { sid: SID.creatorOwner, rights: FULL, type: 'allow', inherited: false, inheritance: 3 },
  { sid: SID.users, rights: 0x100026, type: 'allow', inherited: false, inheritance: 1 },
];

const grantsWrite = (rights: number): boolean => (rights & WRITE_BITS) !== 0;

/** Whether a principal (by its SIDs) may create files under this DACL: deny first, then allow. */
export function sidsCanWrite(acl: readonly Ace[] | null, sids: readonly string[]): boolean {
  if (acl === null) return true;
  const set = new Set([...sids, SID.everyone]);
  if (acl.some((a) => a.type === 'deny' && set.has(a.sid) && grantsWrite(a.rights))) return false;
  return acl.some((a) => a.type === 'allow' && set.has(a.sid) && grantsWrite(a.rights));
}

/** The ACL a user's %TEMP% gets by inheritance from its parent: the parent's inheritable entries. */
export function inheritedFrom(parent: readonly Ace[] | null, userSid: string): Ace[] {
  const source = parent?.filter((a) => (a.inheritance & 1) !== 0 || (a.inheritance & 2) !== 0) ?? [];
  if (source.length > 0 && sidsCanWrite(source, [userSid])) return source.map((a) => ({ ...a, inherited: true }));
  // No usable parent: the profile defaults, explicit.
  return [SID.system, SID.admins, userSid].map((sid) => ({
    sid,
    rights: FULL,
    type: 'allow' as const,
    inherited: false,
    inheritance: 3,
  }));
}
