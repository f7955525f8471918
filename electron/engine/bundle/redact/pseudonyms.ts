/**
 * Consistent pseudonyms within one bundle: the same user name, host, SID or address gets the same
 * stand-in in every file, so a helpdesk can still follow "USER1's temp folder" across the report, the
 * scenario and the logs (sos clean, Netdata: security.md 5.1 [SO1][ND1]). The map from real value to
 * pseudonym is private: it is returned beside the zip, never written into it. It is capped (Netdata
 * caps at 4096) so hostile input cannot grow it without bound; past the cap, values are still replaced,
 * by a generic stand-in.
 */
import type { RedactionCounts, RedactionKind } from '@shared/model/bundle';
import { RedactionKind as RedactionKindSchema } from '@shared/model/bundle';

export const MAP_CAP = 4096;

export interface MapEntry {
  kind: RedactionKind;
  original: string;
  pseudonym: string;
}

export const emptyCounts = (): RedactionCounts =>
  Object.fromEntries(RedactionKindSchema.options.map((k) => [k, 0])) as RedactionCounts;

export function addCounts(into: RedactionCounts, from: RedactionCounts): void {
  for (const k of RedactionKindSchema.options) into[k] += from[k];
}

/** The stand-in for the n-th value of a kind. Each shape is recognised by `isPseudonym` below. */
function makePseudonym(kind: RedactionKind, n: number, original: string): string {
  switch (kind) {
    case 'user':
      return `USER${n}`;
    case 'host':
      return `HOST${n}`;
    case 'domain':
      return `DOMAIN${n}`;
    case 'organization':
      return `ORG${n}`;
    case 'email':
      return `email${n}@redacted.invalid`;
    case 'ipv4':
      // TEST-NET-1 / TEST-NET-2 (RFC 5737): documentation ranges, never a real host.
      return n <= 254 ? `192.0.2.${n}` : `198.51.100.${((n - 255) % 254) + 1}`;
    case 'ipv6':
      // 2001:db8::/32 is the documentation prefix (RFC 3849).
      return `2001:db8::${n.toString(16)}`;
    case 'mac':
      return `MAC${n}`;
    case 'sid':
      return sidPseudonym(original, n);
    case 'secret-property':
    case 'hidden-property':
    case 'command-line-value':
      // Secrets are never pseudonymized (equal stand-ins would tell which passwords are equal).
      return REDACTED;
    default:
      return assertNever(kind);
  }
}

export const REDACTED = '[REDACTED]';

/**
 * A SID keeps its shape so the replayed scenario still parses and compares: the identifier authority
 * and first sub-authority stay, the identifying sub-authorities become 0-0-N, and for S-1-5-21 (local
 * and domain accounts) the RID stays (security.md 5.2: "keep the RID", 500 = Administrator).
 */
function sidPseudonym(sid: string, n: number): string {
  const parts = sid.toUpperCase().split('-');
  const head = parts.slice(0, 4).join('-');
  if (parts[3] === '21' && parts.length >= 8) return `${head}-0-0-${n}-${parts[7] ?? '0'}`;
  if (parts[3] === '21') return `${head}-0-0-${n}`;
  return `${head}-0-0-${n}`;
}

function assertNever(x: never): never {
  throw new Error(`unknown redaction kind ${String(x)}`);
}

/** Whether a value already is one of our pseudonyms (so a second pass leaves it alone). */
export function isSidPseudonym(sid: string): boolean {
  return /^S-1-\d{1,3}-\d{1,10}-0-0-\d{1,6}(?:-\d{1,10})?$/iu.test(sid);
}

export class PseudonymMap {
  private readonly maps = new Map<RedactionKind, Map<string, { original: string; pseudonym: string }>>();
  private size = 0;

  /** The pseudonym for a value (case-insensitive for names), minted on first sight. */
  pseudonym(kind: RedactionKind, original: string): string {
    let map = this.maps.get(kind);
    if (!map) this.maps.set(kind, (map = new Map()));
    const key = original.toLowerCase();
    const known = map.get(key);
    if (known !== undefined) return known.pseudonym;
    const n = map.size + 1;
    if (this.size >= MAP_CAP) return kind === 'sid' ? 'S-1-0-0-0-0' : `[${kind.toUpperCase()}]`;
    const value = makePseudonym(kind, n, original);
    map.set(key, { original, pseudonym: value });
    this.size++;
    return value;
  }

  /** Whether this value was already given a pseudonym. */
  has(kind: RedactionKind, original: string): boolean {
    return this.maps.get(kind)?.has(original.toLowerCase()) ?? false;
  }

  /** The private map: real value to pseudonym. Never put into the bundle. */
  entries(): MapEntry[] {
    const out: MapEntry[] = [];
    for (const [kind, map] of this.maps)
      for (const { original, pseudonym } of map.values()) out.push({ kind, original, pseudonym });
    return out;
  }
}
