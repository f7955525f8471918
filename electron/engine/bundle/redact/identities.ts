/**
 * Who and what must not be named: user names, machine names, domains and organizations. They come
 * from the machine facts (the token's user, COMPUTERNAME, USERDOMAIN, the profile folder) and from
 * the texts themselves (C:\Users\<name>\ paths, LogonUser/ComputerName properties, \\host\share), as
 * sos clean discovers user names from collected output rather than by guessing (security.md 5.1
 * [SO1]). Each name is matched in the spellings security.md 5.2 lists: any case, 8.3 short forms
 * (JOHNSM~1), JSON \u escapes, URL encoding, HTML entities.
 */
import type { RedactionKind } from '@shared/model/bundle';

export type IdentityKind = Extract<RedactionKind, 'user' | 'host' | 'domain' | 'organization'>;

/** Profile folders and accounts that name nobody. */
const NOT_PERSONAL = new Set(
  [
    'public',
    'default',
    'default user',
    'all users',
    'defaultuser0',
    'defaultapppool',
    'administrator',
    'guest',
    'system',
    'localservice',
    'networkservice',
    'local service',
    'network service',
    'workgroup',
    'nt authority',
    'builtin',
    'nt service',
    'nt virtual machine',
    'window manager',
    'font driver host',
    'application package authority',
    'localhost',
    'azuread',
    'microsoftaccount',
    '.',
    '?',
    '..',
    'null',
    'undefined',
    'n/a',
    'none',
    'unknown',
    'shared',
    'default.migrated',
    'wdagutilityaccount',
  ].map((s) => s.toLowerCase()),
);

/**
 * Account names that are also ordinary words. Replacing "User" everywhere would rewrite "Per User
 * installation"; these are replaced only where they stand as a path segment (after \ or /) or as a
 * whole property value, which is where a log puts an account name.
 */
const GENERIC = new Set([
  'user',
  'users',
  'admin',
  'owner',
  'test',
  'guest',
  'pc',
  'home',
  'dev',
  'install',
  'setup',
  'temp',
  'windows',
  'microsoft',
  'program',
  'data',
]);

/** Our own stand-ins: never learned as names, never replaced again (idempotence). */
export const PSEUDONYM_SHAPE = /^(?:USER|HOST|DOMAIN|ORG|MAC)\d+$/iu;

export interface Identity {
  kind: IdentityKind;
  value: string;
  /** Matched only as a path segment or whole value (short or generic names). */
  pathOnly: boolean;
}

/** Characters 8.3 names may keep (besides A-Z and 0-9). */
const SHORT_NAME_OK = "!#$%&'()-@^_`{}~";

/**
 * The 8.3 forms NTFS generates for a long or non-8.3 name: spaces and dots dropped, upper case,
 * characters outside the OEM set as "_", the first six kept, then ~1..~9 (past ~4 Windows switches to
 * a hashed form that cannot be predicted; those are caught as path segments by discovery).
 */
export function shortForms(name: string): string[] {
  const upper = name.toUpperCase();
  const cleaned = [...upper]
    .filter((c) => c !== ' ' && c !== '.')
    .map((c) => (/[A-Z0-9]/u.test(c) || SHORT_NAME_OK.includes(c) ? c : '_'))
    .join('');
  const dropped = [...upper].filter((c) => /[A-Z0-9]/u.test(c) || SHORT_NAME_OK.includes(c)).join('');
  const isShortAlready = cleaned === upper && upper.length <= 8;
  if (isShortAlready) return [];
  const out = new Set<string>();
  for (const base of [cleaned, dropped]) {
    if (base.length === 0) continue;
    for (let n = 1; n <= 9; n++) out.add(`${base.slice(0, 6)}~${n}`);
  }
  return [...out];
}

/** JSON's \uXXXX spelling (as ensure_ascii serializers write it), per UTF-16 code unit. */
function jsonEscaped(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const ch = s[i] ?? '';
    out += code > 0x7e || '\'"<>&'.includes(ch) ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

/** Percent-encodes every byte outside unreserved characters (stricter than encodeURIComponent). */
function urlEncoded(s: string, spaceAsPlus: boolean): string {
  let out = '';
  for (const byte of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(byte);
    if (/[\w\-.~]/u.test(c)) out += c;
    else if (byte === 0x20 && spaceAsPlus) out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function htmlEscaped(s: string): string[] {
  if (!/['&"]/u.test(s)) return [];
  const base = (apos: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", apos);
  return [base('&#39;'), base('&#x27;'), base('&apos;')];
}

/** Every spelling of a name the matcher looks for. */
export function spellings(value: string, kind: IdentityKind): string[] {
  const forms = new Set<string>([value]);
  if (kind === 'user' || kind === 'host') for (const f of shortForms(value)) forms.add(f);
  for (const f of [...forms]) {
    forms.add(jsonEscaped(f));
    forms.add(urlEncoded(f, false));
    forms.add(urlEncoded(f, true));
    forms.add(encodeURIComponent(f));
    for (const h of htmlEscaped(f)) forms.add(h);
  }
  return [...forms].filter((f) => f.length > 0);
}

export class IdentitySet {
  private readonly byValue = new Map<string, Identity>();
  private version = 0;

  /** Adds a name; ignores empty, impersonal and pseudonym-shaped values. Returns whether it was new. */
  add(kind: IdentityKind, raw: string): boolean {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (value.length === 0 || value.length > 128 || NOT_PERSONAL.has(key) || PSEUDONYM_SHAPE.test(value)) return false;
    if (/^[\d\s.]+$/u.test(value) || value.includes('%') || value.includes('\n')) return false;
    if (this.byValue.has(key)) return false;
    const pathOnly = GENERIC.has(key) || [...value].length < 2;
    this.byValue.set(key, { kind, value, pathOnly });
    this.version++;
    return true;
  }

  get revision(): number {
    return this.version;
  }

  all(): Identity[] {
    return [...this.byValue.values()];
  }
}
