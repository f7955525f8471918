/**
 * Finds names in texts, the way sos clean discovers user names from what it collected instead of
 * guessing (security.md 5.1 [SO1]):
 * - profile folders: ...\Users\<name>\..., ...\Documents and Settings\<name>\... (and /home/<name>/ for a
 *   log chosen on a Linux helpdesk machine), also with forward
 *   slashes, doubled (JSON-escaped) backslashes and URL-encoded separators (%5C, %2F);
 * - properties and variables that hold an account, machine, domain or company (LogonUser, USERNAME,
 *   ComputerName, USERDOMAIN, COMPANYNAME; MsiLogonUser docs [MS4]), and NAME=value environment lines;
 * - the host of a UNC path (\\host\share).
 * Scanning is regex-light: each regex is a fixed prefix, and the name that follows is read by a loop.
 */
import type { IdentityKind } from './identities';
import { IDENTITY_PROPERTIES, propertyValueIn } from './msi-lines';

export interface Discovered {
  kind: IdentityKind;
  value: string;
}

const PROFILE_ROOT = /(?:[\\/]|%5C|%2F)(?:Users|Documents and Settings|DOCUME~\d|home)(?:[\\/]|%5C|%2F)+/giu;
/** Characters that end a path segment. */
const SEGMENT_END = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|', '\r', '\n', '\t', '\0']);
const MAX_SEGMENT = 64;

function decodeSegment(raw: string): string[] {
  const out = [raw];
  if (/%[0-9A-F]{2}/iu.test(raw)) {
    try {
      out.push(decodeURIComponent(raw.replaceAll('+', ' ')));
    } catch {
      // Not valid percent-encoding: the raw form is all we have.
    }
  }
  if (raw.includes('\\u'))
    out.push(raw.replace(/\\u([0-9A-Fa-f]{4})/gu, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))));
  return out;
}

/** The profile segment after a match of PROFILE_ROOT, and whether a path separator ended it. */
function readSegment(text: string, from: number): { segment: string; bySeparator: boolean } {
  let i = from;
  while (i < text.length && i - from <= MAX_SEGMENT * 3) {
    const c = text[i] ?? '';
    if (SEGMENT_END.has(c)) return { segment: text.slice(from, i), bySeparator: c === '\\' || c === '/' };
    if (c === '%' && /^%(?:5C|2F|22|3A)$/iu.test(text.slice(i, i + 3)))
      return { segment: text.slice(from, i), bySeparator: /^%(?:5C|2F)$/iu.test(text.slice(i, i + 3)) };
    i++;
  }
  return { segment: text.slice(from, i), bySeparator: false };
}

function profileNames(text: string, out: Discovered[]): void {
  if (!/users|documents and settings|docume~|home/iu.test(text)) return;
  for (const m of text.matchAll(PROFILE_ROOT)) {
    const { segment, bySeparator } = readSegment(text, m.index + m[0].length);
    for (const decoded of decodeSegment(segment)) {
      const trimmed = decoded.replace(/[\s.'",;)\]}]+$/u, '').trim();
      if (!trimmed) continue;
      const words = trimmed.split(/\s+/u);
      if (bySeparator && trimmed.length <= MAX_SEGMENT) out.push({ kind: 'user', value: trimmed });
      else {
        // The path ended without a separator ("...\Users\alex is missing"): the name is at least the
        // first word; the whole run is kept too when it is short enough to be a folder name.
        if (words[0]) out.push({ kind: 'user', value: words[0].replace(/[.'",;)\]}]+$/u, '') });
        if (trimmed.length <= MAX_SEGMENT && words.length <= 3) out.push({ kind: 'user', value: trimmed });
      }
    }
  }
}

const IDENTITY_NAME = /LogonUser|USERNAME|ComputerName|MachineName|USERDOMAIN|USERDNSDOMAIN|COMPANYNAME/giu;

function propertyNames(text: string, out: Discovered[]): void {
  // One look per line (matches later in a line already seen are skipped), so a hostile one-line text
  // full of these names costs one scan, not one per match.
  let lineEnd = -1;
  for (const m of text.matchAll(IDENTITY_NAME)) {
    if (m.index < lineEnd) continue;
    const start = text.lastIndexOf('\n', m.index) + 1;
    const endAt = text.indexOf('\n', m.index);
    lineEnd = endAt === -1 ? text.length : endAt;
    const line = text.slice(start, lineEnd).replace(/\r$/u, '');
    const prop = propertyValueIn(line);
    if (prop) {
      const kind = IDENTITY_PROPERTIES[prop.name.toUpperCase()];
      const value = line.slice(prop.start, prop.end).trim();
      if (kind && value && !value.includes('@')) out.push({ kind, value });
      continue;
    }
    // Environment dumps: "USERNAME=alex", "COMPUTERNAME=DESKTOP-1".
    const eq = line.indexOf('=', m.index - start);
    const name = line.slice(0, eq).trim().toUpperCase();
    const kind = eq === -1 ? undefined : IDENTITY_PROPERTIES[name];
    if (kind) {
      const value = line.slice(eq + 1).trim();
      if (value && !value.includes(' ') && !value.includes('@')) out.push({ kind, value });
    }
  }
}

const UNC = /(?<=^|[\s"'=(,])\\\\([A-Za-z0-9][\w-]{0,62})((?:\.[\w-]{1,63}){0,6})\\/gmu;

function uncHosts(text: string, out: Discovered[]): void {
  if (!text.includes('\\\\')) return;
  for (const m of text.matchAll(UNC)) {
    if (m[1]) out.push({ kind: 'host', value: m[1] });
    if (m[2]) out.push({ kind: 'domain', value: m[2].slice(1) });
  }
}

/** What each rule finds, in the order of the text: profile folders, properties, UNC hosts. */
export interface DiscoveredByRule {
  profiles: Discovered[];
  properties: Discovered[];
  uncs: Discovered[];
}

export function discoverByRule(text: string): DiscoveredByRule {
  const d: DiscoveredByRule = { profiles: [], properties: [], uncs: [] };
  profileNames(text, d.profiles);
  propertyNames(text, d.properties);
  uncHosts(text, d.uncs);
  return d;
}

export function discoverIdentities(text: string): Discovered[] {
  const d = discoverByRule(text);
  return [...d.profiles, ...d.properties, ...d.uncs];
}
