/**
 * Effective-access evaluation for the simulated file system: enough of Windows' DACL rules (explicit
 * deny before allow, deny-only groups match only deny ACEs) to answer "can this token write here?".
 */
import type { Ace } from '../queries';

/** SE_GROUP_ENABLED and SE_GROUP_USE_FOR_DENY_ONLY. */
const ENABLED = 0x4;
const DENY_ONLY = 0x10;
/** FILE_ADD_FILE / FILE_WRITE_DATA, plus GENERIC_ALL and GENERIC_WRITE. */
const WRITE_BITS = 0x2;
const GENERIC_ALL = 0x10000000;
const GENERIC_WRITE = 0x40000000;

export interface TokenLike {
  userSid: string;
  groups: readonly { sid: string; attributes: number }[];
}

function grantsWrite(rights: number): boolean {
  return (rights & WRITE_BITS) !== 0 || (rights & GENERIC_ALL) !== 0 || (rights & GENERIC_WRITE) !== 0;
}

/** True when the DACL lets the token create and write files. A null DACL grants everyone everything. */
export function canWrite(acl: readonly Ace[] | null, token: TokenLike): boolean {
  if (acl === null) return true;
  const allowSids = new Set([token.userSid]);
  const denySids = new Set([token.userSid]);
  for (const g of token.groups) {
    if ((g.attributes & DENY_ONLY) !== 0) denySids.add(g.sid);
    else if ((g.attributes & ENABLED) !== 0) {
      allowSids.add(g.sid);
      denySids.add(g.sid);
    }
  }
  if (acl.some((a) => a.type === 'deny' && denySids.has(a.sid) && grantsWrite(a.rights))) return false;
  return acl.some((a) => a.type === 'allow' && allowSids.has(a.sid) && grantsWrite(a.rights));
}
