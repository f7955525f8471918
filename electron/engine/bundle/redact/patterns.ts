/**
 * Shape-based redactors: SIDs, e-mail, IPv4, IPv6 and MAC addresses (security.md 5.2's catalogue,
 * from sos clean and Netdata's support bundle [SO1][ND1]). Every regex here is linear: bounded
 * repetitions or groups that start with a fixed separator, and e-mail is found by scanning around
 * each "@" instead of a regex that could restart at every position. Candidates are validated (octets
 * up to 255, node:net's isIPv6) so version strings, timestamps and "file.c:123" survive (security.md
 * 5.3 "Non-destruction", F3).
 */
import { isIPv6 } from 'node:net';
import type { RedactionCounts } from '@shared/model/bundle';
import { isSidPseudonym, type PseudonymMap } from './pseudonyms';

export interface PatternContext {
  map: PseudonymMap;
  counts: RedactionCounts;
  /** The text is a value whose key names a version: dotted quads there are versions, not addresses. */
  versionContext?: boolean;
}

const SID = /(?<![\d-])S-1-\d{1,3}(?:-\d+)+/giu;

/**
 * SIDs that name no person or machine: they stay readable because the diagnosis hinges on them
 * (SYSTEM, Administrators, Users, Everyone, integrity labels, service SIDs derived from a service
 * name, app container and capability SIDs).
 */
export function isWellKnownSid(sid: string): boolean {
  const s = sid.toUpperCase();
  if (/^S-1-[0-3]-\d+$/u.test(s)) return true; // null, world, local, creator
  if (/^S-1-5-\d+$/u.test(s)) return true; // NT AUTHORITY single sub-authority (18 SYSTEM, 11, 4, 113, 114 ...)
  if (/^S-1-5-(?:32|64|80|83|84|90|96)(?:-\d+)+$/u.test(s)) return true; // BUILTIN, auth packages, services, VMs, UMDF, DWM, font driver
  if (/^S-1-15-[23](?:-\d+)+$/u.test(s)) return true; // app packages and capabilities
  if (/^S-1-1[68]-\d+$/u.test(s)) return true; // integrity levels, authentication authority
  return false;
}

export function redactSids(text: string, ctx: PatternContext): string {
  if (!/S-1-/iu.test(text)) return text;
  return text.replace(SID, (sid) => {
    if (isWellKnownSid(sid) || isSidPseudonym(sid)) return sid;
    ctx.counts.sid++;
    return ctx.map.pseudonym('sid', sid.toUpperCase());
  });
}

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)/gu;
const VERSION_BEFORE = /(?:version|build|\bver)\w{0,12}[^\w\n]{0,6}$|\bv$/iu;

function keepIpv4(ip: string): boolean {
  const o = ip.split('.').map(Number);
  if (o.some((n) => n > 255)) return true; // not an address at all
  const [a, b, c] = o as [number, number, number, number];
  // Loopback, broadcast, and network addresses (x.x.x.0 names no host; most such quads are versions).
  if (a === 127 || ip === '255.255.255.255' || o[3] === 0) return true;
  // Our own pseudonyms (TEST-NET-1 and -2), so a second pass changes nothing.
  return (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100);
}

export function redactIpv4(text: string, ctx: PatternContext): string {
  if (ctx.versionContext) return text;
  return text.replace(IPV4, (ip, offset: number, whole: string) => {
    if (keepIpv4(ip)) return ip;
    const before = whole.slice(Math.max(0, offset - 24), offset);
    if (VERSION_BEFORE.test(before)) return ip;
    ctx.counts.ipv4++;
    return ctx.map.pseudonym('ipv4', ip);
  });
}

const IPV6_CANDIDATE = /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[0-9A-Za-z]{1,16})?(?![0-9A-Za-z:])/gu;

export function redactIpv6(text: string, ctx: PatternContext): string {
  if (!text.includes(':')) return text;
  return text.replace(IPV6_CANDIDATE, (cand) => {
    const zone = cand.indexOf('%');
    const addr = zone === -1 ? cand : cand.slice(0, zone);
    const colons = addr.split(':').length - 1;
    if (!addr.includes('::') && colons !== 7) return cand;
    // Real addresses have at least two groups ("fe80::1"); "d::" at the end of a word is not one.
    if (addr.split(':').filter(Boolean).length < 2) return cand;
    if (!isIPv6(addr)) return cand;
    const lower = addr.toLowerCase();
    if (lower === '::' || lower === '::1' || lower.startsWith('2001:db8:')) return cand;
    ctx.counts.ipv6++;
    return ctx.map.pseudonym('ipv6', lower);
  });
}

const MAC = /(?<![0-9A-F:-])[0-9A-F]{2}([:-])[0-9A-F]{2}(?:\1[0-9A-F]{2}){4}(?![0-9A-F]|[:-][0-9A-F])/giu;

export function redactMacs(text: string, ctx: PatternContext): string {
  return text.replace(MAC, (mac) => {
    if (/^(?:00[:-]){5}00$/u.test(mac)) return mac;
    ctx.counts.mac++;
    return ctx.map.pseudonym('mac', mac.toLowerCase().replaceAll('-', ':'));
  });
}

const isLocalChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x2e ||
  c === 0x5f ||
  c === 0x2b ||
  c === 0x2d ||
  c === 0x27 ||
  c > 0x7f;
const isDomainChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x2e ||
  c === 0x2d ||
  c > 0x7f;

/** Positions of "@" and of URL-encoded "%40", in order: [start, end) of each. */
function atSigns(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) out.push([i, i + 1]);
  for (const m of text.matchAll(/%40/gu)) out.push([m.index, m.index + 3]);
  return out.sort((a, b) => a[0] - b[0]);
}

const MAX_LOCAL = 64;
const PSEUDONYM_DOMAIN = 'redacted.invalid';
const TLD_AT_END = /\.\p{L}{2}[\p{L}\d-]{0,61}$/u;
const MAX_DOMAIN = 255;

/**
 * E-mail addresses (also URL-encoded, "name%40example.com"). For each "@" the local part is scanned
 * to the left (at most 64 characters, RFC 5321) and the domain to the right (at most 255), so the
 * work stays linear in the text length whatever the input.
 */
export function redactEmails(text: string, ctx: PatternContext): string {
  if (!text.includes('@') && !/%40/u.test(text)) return text;
  let out = '';
  let last = 0;
  for (const [atStart, atEnd] of atSigns(text)) {
    if (atStart < last) continue;
    const floor = Math.max(last, atStart - MAX_LOCAL);
    let s = atStart;
    while (s > floor) {
      if (isLocalChar(text.charCodeAt(s - 1))) s--;
      // A local part may carry URL escapes (%27 for an apostrophe).
      else if (s - 3 >= floor && text[s - 3] === '%' && isHex(text.charCodeAt(s - 2)) && isHex(text.charCodeAt(s - 1)))
        s -= 3;
      else break;
    }
    let e = atEnd;
    const ceiling = Math.min(text.length, atEnd + MAX_DOMAIN);
    while (e < ceiling && isDomainChar(text.charCodeAt(e))) e++;
    while (e > atEnd && text[e - 1] === '.') e--;
    while (s < atStart && (text[s] === "'" || text[s] === '.')) s++;
    let domain = text.slice(atEnd, e);
    // "a@example.com.x": the address ends at the last label that can be a top-level domain.
    while (!TLD_AT_END.test(domain) && domain.includes('.')) domain = domain.slice(0, domain.lastIndexOf('.'));
    e = atEnd + domain.length;
    const local = text.slice(s, atStart);
    if (domain.startsWith('.') || domain.startsWith('-')) continue;
    if (/email\d+$/iu.test(local) && domain.toLowerCase().startsWith(PSEUDONYM_DOMAIN)) {
      // One of our stand-ins (whatever is glued after it): kept and consumed, so the next "@" cannot
      // reach back into it.
      const end = atEnd + PSEUDONYM_DOMAIN.length;
      out += text.slice(last, end);
      last = end;
      continue;
    }
    if (local.length === 0 || !TLD_AT_END.test(domain)) continue;
    ctx.counts.email++;
    out += text.slice(last, s) + ctx.map.pseudonym('email', `${local}@${domain}`);
    last = e;
  }
  return last === 0 ? text : out + text.slice(last);
}

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
